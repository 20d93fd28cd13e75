"""The Japanese font the printed sheets use, embedded in every PDF.

reportlab embeds TrueType outlines only (not the CFF outlines of Noto Sans CJK and other .otf
fonts). The font is looked for in this order: the one the user chose; the fonts the PC has
(never copied into the project: Windows' own fonts may not be redistributed); a font shipped in
the program's resources folder; last reportlab's built-in Japanese CID font, which PDF viewers
draw with a font of their own — the text is right, but the look is not ours and it is not
embedded, so the app and `secdesk check` warn about it.
"""

from __future__ import annotations

import functools
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFError, TTFont

FALLBACK_CID_FONT = "HeiseiKakuGo-W5"
RESOURCE_FONTS = Path(__file__).resolve().parents[2] / "resources" / "fonts"

# Windows fonts, best first (file, index inside a .ttc collection).
_WINDOWS = (
    ("BIZ-UDGothicR.ttc", 0),
    ("YuGothR.ttc", 0),
    ("msgothic.ttc", 0),
)
# Debian/Ubuntu packages: fonts-ipaexfont-gothic, fonts-morisawa-bizud-gothic, fonts-ipafont.
_LINUX = (
    "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf",
    "/usr/share/fonts/truetype/ipaexfont-gothic/ipaexg.ttf",
    "/usr/share/fonts/truetype/fonts-morisawa-bizud-gothic/BIZUDGothic-Regular.ttf",
    "/usr/share/fonts/truetype/morisawa/BIZUDGothic-Regular.ttf",
    "/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf",
    "/usr/share/fonts/truetype/fonts-japanese-gothic.ttf",
)


@dataclass(frozen=True)
class FontChoice:
    name: str  # the reportlab font name to draw with
    source: str  # where it came from, for the user (a path, or the CID font's name)
    embedded: bool

    def warning(self) -> str | None:
        if self.embedded:
            return None
        return (
            "日本語の TrueType フォントが見つからないため、PDF にフォントを埋め込めません"
            "（表示は閲覧ソフトのフォントになります）。IPAexゴシックや BIZ UDゴシックを"
            "インストールするか、設定でフォントファイルを選んでください。"
        )


def _candidates(chosen: Path | None) -> list[tuple[Path, int]]:
    found: list[tuple[Path, int]] = []
    if chosen is not None:
        found.append((chosen, 0))
    from_env = os.environ.get("SECDESK_FONT")
    if from_env:
        found.append((Path(from_env), 0))
    if sys.platform == "win32":
        fonts = Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"
        found += [(fonts / name, index) for name, index in _WINDOWS]
    found += [(Path(p), 0) for p in _LINUX]
    if RESOURCE_FONTS.is_dir():
        found += [(p, 0) for p in sorted(RESOURCE_FONTS.glob("*.tt[fc]"))]
    return found


def japanese_font(chosen: Path | None = None) -> FontChoice:
    """The font to print with: `chosen`, else the one chosen in the settings, else found."""
    from desktop import settings  # late: the settings read the data folder's location

    return _font_for(chosen or settings.print_font())


def font_problem(path: Path) -> str | None:
    """Why the file cannot be the print font (None: it can), in words for the user."""
    try:
        TTFont(f"Secdesk-check-{path.stem}", str(path))
    except (TTFError, OSError, ValueError):
        return (
            f"「{path.name}」は印刷に使えません。TrueType の日本語フォント（.ttf / .ttc。"
            "例: IPAexゴシック、BIZ UDゴシック）を選んでください（.otf は使えません）。"
        )
    return None


def forget_found_fonts() -> None:
    """Look for the font again next time (the settings or the PC's fonts changed)."""
    _font_for.cache_clear()


@functools.cache
def _font_for(chosen: Path | None) -> FontChoice:
    """Register and return the font to print with (looked up once per chosen font)."""
    for path, index in _candidates(chosen):
        if not path.is_file():
            continue
        name = f"Secdesk-{path.stem}-{index}"
        try:
            font = TTFont(name, str(path), subfontIndex=index)
        except (TTFError, OSError, ValueError):
            continue  # CFF outlines, a damaged file …: try the next one
        pdfmetrics.registerFont(font)
        return FontChoice(name, str(path), embedded=True)
    pdfmetrics.registerFont(UnicodeCIDFont(FALLBACK_CID_FONT))
    return FontChoice(FALLBACK_CID_FONT, FALLBACK_CID_FONT, embedded=False)
