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
    name: str, columns: int, rows: int, size: tuple[float, float], margin: tuple[float, float]
) -> PageGeometry:
    """A sheet whose labels touch each other (pitch = size), as these A4 products are."""
    width, height = size
    return PageGeometry(
        name,
        f"A4 {columns * rows}面 {width:g}×{height:g}mm",
        columns,
        rows,
        width,
        height,
        margin[0],
        margin[1],
        width,
        height,
    )


# The makers' published specifications (label size; margins left and top), as printed on the
# package and the makers' template pages: エーワン 72212 and 72210 are the common A4 address
# label sheets with margins on all four sides; 51002 is エーワン's A4 sheet of business cards,
# the size of the usual 名札 insert (91×55 mm). Measure a sheet before a large run: printers
# feed with a millimetre of play, which the margins absorb.
PRESETS: dict[str, PageGeometry] = {
    g.name: g
    for g in (
        _preset("エーワン 72212", 2, 6, (86.4, 42.3), (18.6, 21.6)),
        _preset("エーワン 72210", 2, 5, (86.4, 50.8), (18.6, 21.5)),
        _preset("エーワン 51002", 2, 5, (91.0, 55.0), (14.0, 11.0)),
    )
}
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
        if wanted in (_key(preset.name), _key(preset.name.split()[-1])):
            return preset
    spelled = re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text).strip().replace("×", "x"))
    measured = _CUSTOM.fullmatch(spelled.replace("*", "x").lower())
    if measured is None:
        known = "、".join(f"{p.name}（{p.description}）" for p in PRESETS.values())
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


def check_start(geometry: PageGeometry, start: int) -> None:
    """Refuse a first label that is not on the sheet."""
    if not 1 <= start <= geometry.per_page:
        raise UserError(
            f"--start は 1〜{geometry.per_page} で指定してください"
            f"（{geometry.name} は {geometry.per_page}面です）。"
        )
