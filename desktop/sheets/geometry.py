"""Sheets of labels and cards: where each label lies on the paper, by the maker's product number
or as the user measures it.

All lengths are in millimetres from the paper's top left corner, as the makers print them on the
package: the label's size, the margin to the first label, and the pitch (from one label's edge to
the same edge of the next, so that pitch minus size is the gap between them).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from db.errors import UserError
from desktop.catalogue import QT_TR_NOOP

A4 = (210.0, 297.0)


@dataclass(frozen=True)
class PageGeometry:
    name: str  # the maker's product (エーワン 72212) or "custom"
    description: str  # A4 12面 86.4×42.3mm
    columns: int
    rows: int
    width: float  # of one label
    height: float
    left: float  # from the paper's left edge to the first label's
    top: float  # from the paper's top edge to the first label's
    pitch_x: float
    pitch_y: float
    paper: tuple[float, float] = A4
    slug: str = ""  # on the command line: a-one-72212
    # In the window's list of layouts, marked QT_TR_NOOP: エーワン 72212（12面）
    listed_as: str = ""

    @property
    def per_page(self) -> int:
        return self.columns * self.rows

    def rect(self, position: int) -> tuple[float, float, float, float]:
        """Label `position` (1-based on its sheet: left to right, then down) as (left, top,
        width, height) in mm from the paper's top left corner."""
        row, column = divmod(position - 1, self.columns)
        return (
            self.left + column * self.pitch_x,
            self.top + row * self.pitch_y,
            self.width,
            self.height,
        )

    def problem(self) -> str | None:
        """What makes a measured geometry impossible (labels off the paper or overlapping)."""
        right = self.left + (self.columns - 1) * self.pitch_x + self.width
        bottom = self.top + (self.rows - 1) * self.pitch_y + self.height
        if min(self.columns, self.rows) < 1 or min(self.width, self.height) <= 0:
            return "ラベルの数と大きさは 1 以上にしてください"
        if self.left < 0 or self.top < 0 or right > self.paper[0] + 0.05:
            return f"ラベルが用紙（幅 {self.paper[0]:g}mm）からはみ出します"
        if bottom > self.paper[1] + 0.05:
            return f"ラベルが用紙（高さ {self.paper[1]:g}mm）からはみ出します"
        if (self.columns > 1 and self.pitch_x < self.width) or (
            self.rows > 1 and self.pitch_y < self.height
        ):
            return "ラベルどうしが重なります（間隔はラベルの大きさ以上に）"
        return None

    def as_json(self) -> dict[str, object]:
        return {
            "name": self.name,
            "paper_mm": list(self.paper),
            "columns": self.columns,
            "rows": self.rows,
            "label_mm": [self.width, self.height],
            "margin_mm": {"left": self.left, "top": self.top},
            "pitch_mm": [self.pitch_x, self.pitch_y],
        }


def _preset(
    slug: str,
    name: str,
    listed_as: str,
    grid: tuple[int, int],
    size: tuple[float, float],
    margin: tuple[float, float],
    pitch: tuple[float, float] | None = None,
) -> PageGeometry:
    """A4 sheet of labels; without `pitch` they touch each other (pitch = size)."""
    columns, rows = grid
    width, height = size
    pitch_x, pitch_y = pitch or size
    return PageGeometry(
        name,
        f"A4 {columns * rows}面 {width:g}×{height:g}mm",
        columns,
        rows,
        width,
        height,
        margin[0],
        margin[1],
        pitch_x,
        pitch_y,
        slug=slug,
        listed_as=listed_as,
    )


# The makers' specifications: label size, left and top margin (to the first label's edge),
# pitch where the labels do not touch. Measure a sheet before a large run: printers feed with
# a millimetre of play, which --offset corrects and the margins absorb.
PRESETS: dict[str, PageGeometry] = {
    g.name: g
    for g in (
        # エーワン's product pages and the package: 12面 四辺余白付, 86.4×42.3; the margins
        # (18.6 left and right, 21.6 top and bottom) as the package's figure gives them.
        _preset(
            "a-one-72212",
            "エーワン 72212",
            QT_TR_NOOP("エーワン 72212（12面）"),
            (2, 6),
            (86.4, 42.3),
            (18.6, 21.6),
        ),
        _preset(
            "a-one-72210",
            "エーワン 72210",
            QT_TR_NOOP("エーワン 72210（10面）"),
            (2, 5),
            (86.4, 50.8),
            (18.6, 21.5),
        ),
        # 24面 3×8, 70×33.9: the size the maker lists. The margins are not published beside
        # it; they are the rest of A4 shared equally (full width, 12.9 top and bottom), as on
        # the maker's other 上下余白付 sheets. Not yet measured on a sheet: the calibration
        # page shows at once whether the printed outlines meet the die cuts.
        _preset(
            "a-one-72224",
            "エーワン 72224",
            QT_TR_NOOP("エーワン 72224（24面）"),
            (3, 8),
            (70.0, 33.9),
            (0.0, 12.9),
        ),
        # 18面 3×6, 70×42.3 (the and the maker's size); 21.6 top and bottom, the rest
        # of A4 shared equally as on 72224 (not yet measured on a sheet).
        _preset(
            "a-one-28185",
            "エーワン 28185",
            QT_TR_NOOP("エーワン 28185（18面）"),
            (3, 6),
            (70.0, 42.3),
            (0.0, 21.6),
        ),
        # 44面 4×11, 48.3×25.4; the rest of A4 shared equally (8.4 at the sides, 8.8 top and
        # bottom; not yet measured on a sheet).
        _preset(
            "a-one-72244",
            "エーワン 72244",
            QT_TR_NOOP("エーワン 72244（44面）"),
            (4, 11),
            (48.3, 25.4),
            (8.4, 8.8),
        ),
        # Avery's Word templates for L7160 / L7163 (21 and 14 a sheet, 38.1 high): top margin
        # 15.15, column pitch 66.04 and 101.6 (a 2.54 gap), the columns centred on A4.
        # gLabels' template set agrees for L7160 (pitch 187.2 pt = 66.04 mm, rows of 108 pt
        # = 38.1 mm, the first label within 0.3 mm of ours); its L7163 pitch (292 pt, 103 mm)
        # would leave the right margin 8 mm wider than the left, so Avery's own figure stays.
        _preset(
            "avery-l7160",
            "Avery L7160",
            QT_TR_NOOP("Avery L7160（21面）"),
            (3, 7),
            (63.5, 38.1),
            (7.21, 15.15),
            (66.04, 38.1),
        ),
        _preset(
            "avery-l7163",
            "Avery L7163",
            QT_TR_NOOP("Avery L7163（14面）"),
            (2, 7),
            (99.1, 38.1),
            (4.65, 15.15),
            (101.6, 38.1),
        ),
        # Avery Zweckform 3475: 24 a sheet, 70×36 edge to edge, 4.5 top and bottom; gLabels'
        # template set gives the same grid and size with the first row 4.43 mm down.
        _preset(
            "avery-3475",
            "Avery 3475",
            QT_TR_NOOP("Avery 3475（24面）"),
            (3, 8),
            (70.0, 36.0),
            (0.0, 4.5),
        ),
        # エーワン 51002: A4 sheet of business cards, the size of the usual 名札 insert
        # (91×55); 14 left, 11 top, as other programs' templates of the maker's 91×55 2×5
        # card sheets give them (and as 2×91 + 2×14 = 210, 5×55 + 2×11 = 297).
        _preset(
            "a-one-51002",
            "エーワン 51002",
            QT_TR_NOOP("エーワン 51002（名刺 91×55mm 10面）"),
            (2, 5),
            (91.0, 55.0),
            (14.0, 11.0),
        ),
    )
}
LABEL_LAYOUTS = tuple(g.slug for g in PRESETS.values() if g.name != "エーワン 51002")
LABELS = "エーワン 72212"  # the default for address labels

CUSTOM_FORM = "列x行 幅x高さ 左余白 上余白 [横ピッチ 縦ピッチ]（mm。例: 2x6 86.4x42.3 18.6 21.6）"
_NUMBER = r"(\d+(?:\.\d+)?)"
_CUSTOM = re.compile(
    rf"(\d+)x(\d+) {_NUMBER}x{_NUMBER} {_NUMBER} {_NUMBER}(?: {_NUMBER} {_NUMBER})?"
)


def _key(text: str) -> str:
    return re.sub(r"[\s\-_]", "", unicodedata.normalize("NFKC", text)).casefold()


def find_geometry(text: str) -> PageGeometry:
    """The preset named by `text` (エーワン 72212, or its number alone), or a geometry measured
    by the user in CUSTOM_FORM; anything else is refused in one sentence naming the presets."""
    wanted = _key(text)
    for preset in PRESETS.values():
        if wanted in (_key(preset.name), _key(preset.name.split()[-1]), _key(preset.slug)):
            return preset
    spelled = re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text).strip().replace("×", "x"))
    measured = _CUSTOM.fullmatch(spelled.replace("*", "x").lower())
    if measured is None:
        known = "、".join(f"{p.slug}（{p.name} {p.description}）" for p in PRESETS.values())
        raise UserError(
            f"ラベル用紙「{text}」はありません（使えるもの: {known}、または {CUSTOM_FORM}）。"
        )
    columns, rows = int(measured[1]), int(measured[2])
    width, height, left, top = (float(measured[i]) for i in range(3, 7))
    pitch_x = float(measured[7]) if measured[7] else width
    pitch_y = float(measured[8]) if measured[8] else height
    geometry = PageGeometry(
        "custom",
        f"A4 {columns * rows}面 {width:g}×{height:g}mm",
        columns,
        rows,
        width,
        height,
        left,
        top,
        pitch_x,
        pitch_y,
    )
    if problem := geometry.problem():
        raise UserError(f"ラベル用紙「{text}」: {problem}。")
    return geometry


def one_of(layouts: tuple[PageGeometry, ...], wanted: str | None, what: str) -> PageGeometry:
    """The layout of `layouts` whose slug is `wanted` (the first when none is wanted); another
    is refused in one sentence naming `what` (封筒, 名札の用紙) and the ones there are."""
    if not wanted:
        return layouts[0]
    for geometry in layouts:
        if geometry.slug == wanted.strip().casefold():
            return geometry
    known = "、".join(f"{g.slug}（{g.name} {g.description}）" for g in layouts)
    raise UserError(f"{what}「{wanted}」はありません（使えるもの: {known}）。")


def check_start(geometry: PageGeometry, start: int) -> None:
    """Refuse a first label that is not on the sheet."""
    if not 1 <= start <= geometry.per_page:
        raise UserError(
            f"--start は 1〜{geometry.per_page} で指定してください"
            f"（{geometry.name} は {geometry.per_page}面です）。"
        )


OFFSET_LIMIT = 20.0  # mm: a printer off by more needs its paper guide set, not an offset


def parse_offset(text: str) -> tuple[float, float]:
    """`X,Y` in mm (right and down; negative: left and up), as the calibration page measures
    the printer's shift; anything else is refused in one sentence."""
    spelled = unicodedata.normalize("NFKC", text).replace(" ", "").replace("、", ",")
    found = re.fullmatch(r"([+-]?\d+(?:\.\d+)?),([+-]?\d+(?:\.\d+)?)", spelled)
    if found is None:
        raise UserError(
            f"--offset「{text}」は 横,縦 の mm で指定してください（例: --offset 1.5,-0.5）。"
        )
    x, y = float(found[1]), float(found[2])
    if max(abs(x), abs(y)) > OFFSET_LIMIT:
        raise UserError(
            f"--offset「{text}」が大きすぎます（±{OFFSET_LIMIT:g}mm まで。"
            "用紙ガイドを合わせてください）。"
        )
    return x, y
