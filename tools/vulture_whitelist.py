"""What the dead-code finder (vulture) reports in db/ and desktop/ that is used after all (a
name read as `_.name` below counts as used, wherever it is defined).

`vulture` with no arguments reads its paths and this file from pyproject.toml ([tool.vulture]);
a new finding is either dead (removed) or added here with the reason it is not.
"""

from typing import Any

_: Any = None  # stands for any object: only the attribute names count

# Called by name by the frameworks: Qt's overrides, reportlab's page hook.
_.eventFilter
_.watched  # eventFilter's parameter: Qt passes it, the filter does not need it
_.headerData
_.dragEnterEvent
_.dropEvent
_.afterFlowable
_.draw  # a reportlab Flowable's, called when its page is drawn

# SQLAlchemy: event hooks (registered by decorator), columns and an association table that are
# part of the schema whether or not Python code reads them.
_._raise_versions
_._check_texts
_.__mapper_args__
_.updated_at
_.file_hash
_.measure_selection_organizations
_.description
_.support
_.past_selections
_.established_on

# Looked up by name: the sheet printing dialog's choices (desktop/ui/sheet_printing.py, from
# the sheets' SheetOption.window_choices), and the cells an import kind's values are read from
# for the length check (ImportKind.stored_in, read by desktop/imports/cell_checks.py).
_.series_names
_.session_choices
_.category_choices
_.programs_with_experts
_.prefecture_own_name
_.municipality_own_name
_.prefecture_own_kana
_.municipality_own_kana

# Settings openpyxl, reportlab and expat read from the objects they are set on.
_.sheet_state
_.showInputMessage
_.print_area
_.paperSize
_.fitToWidth
_.fitToHeight
_.fitToPage
_.page_margins
_.horizontalCentered
_.showGridLines
_.activeCell
_.sqref
_.formatColumns
_.formatRows
_.freeze_panes
_.print_title_rows
_.data_type
_.quotePrefix
_.levelStyles
_.dotsMinLevel
_.tableStyle
_.StartDoctypeDeclHandler
_.EntityDeclHandler
_.UnparsedEntityDeclHandler
_.ExternalEntityRefHandler
_.StartElementHandler
_.CharacterDataHandler
_.EndElementHandler

# Read by the tests: what a test needs to look at in the window, the declared settings and
# fields.
_.row_at
_.set_value
_.sheet_preview
_.SETTINGS
_.label_en
_.BOOKKEEPING
_.MERGED
_.undeclared_columns
_.day_off  # the rule of the days offices are closed, checked day by day
_.LUPDATE_SOURCES  # the files lupdate reads, which the test of the catalogue reads too

# Read by tools/readme_tables.py (outside the finder's paths) for the README's table of kinds.
_.becomes
_.matched_by
_.remark

# Invitation.membership, the seat an invitee came from: set when a meeting is set up, as a
# keyword of the constructor, which the finder does not count as a use.
_.membership

# Called by the migrations (not scanned): 0009 fills the organizations' sort keys with it, and
# so will the migration that follows a change of the 五十音 rules. 0010 fills the search keys
# with the other (and the benchmark's generator: not scanned either).
_.refill_sort_keys
_.refill_search_keys
