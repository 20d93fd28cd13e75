r"""Writes the README's table of import kinds from their registry (desktop.imports.kinds), so
that adding a kind is adding its module and running this once:

    .venv/bin/python tools/readme_tables.py

tests/test_readme_tables.py fails while the README says something else.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop.excel.forms import FORM_KINDS  # noqa: E402
from desktop.imports.declaration import ImportKind  # noqa: E402
from desktop.imports.kinds import all_kinds  # noqa: E402

README = ROOT / "README.md"
IMPORT_HEADING = "| list (`--kind`) / form | becomes | matched with what is stored by |"


def _named(kind: ImportKind) -> str:  # type: ignore[type-arg]
    """`roster` 委員名簿 (list or form); `measures` 支援策一覧; 関係省庁用 form."""
    text = f"`{kind.name}` {kind.label}"
    forms = [FORM_KINDS[reading.form] for reading in kind.forms]
    if forms == [kind.label]:
        text += " (list or form)"
    elif forms:
        text += "; " + ", ".join(forms) + (" forms" if len(forms) > 1 else " form")
    return f"{text} ({kind.remark})" if kind.remark else text


def import_table() -> list[str]:
    """The table's lines: its heading, its rule and one row per kind, in write order."""
    rows = [f"| {_named(k)} | {k.becomes} | {k.matched_by} |" for k in all_kinds()]
    return [IMPORT_HEADING, "|---|---|---|", *rows]


def table_in(text: str, heading: str) -> tuple[int, int]:
    """Where the table under `heading` is in the README's lines: (first, past the last)."""
    lines = text.splitlines()
    start = lines.index(heading)
    end = start
    while end < len(lines) and lines[end].startswith("|"):
        end += 1
    return start, end


def main() -> int:
    text = README.read_text(encoding="utf-8")
    lines = text.splitlines()
    start, end = table_in(text, IMPORT_HEADING)
    lines[start:end] = import_table()
    README.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
