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
from collections.abc import Container
from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfbase import pdfmetrics, ttfonts
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
# Fonts that draw what the print font lacks (𠮷 and the other CJK extension B characters,
# emoji, symbols), best first; opened only when a sheet holds such a character.
_WINDOWS_FALLBACKS = (
    ("YuGothR.ttc", 0),
    ("meiryo.ttc", 0),
    ("simsunb.ttf", 0),  # SimSun-ExtB: the whole CJK extension B
    ("seguisym.ttf", 0),
    ("seguiemj.ttf", 0),
    ("arial.ttf", 0),
)
# Debian/Ubuntu packages: fonts-ipamj-mincho, fonts-hanazono, fonts-noto-core, fonts-dejavu-core.
_LINUX_FALLBACKS = (
    "/usr/share/fonts/truetype/ipamj/ipamjm.ttf",
    "/usr/share/fonts/opentype/ipamj/ipamjm.ttf",
    "/usr/share/fonts/truetype/hanazono/HanaMinA.ttf",
    "/usr/share/fonts/truetype/hanazono/HanaMinB.ttf",
    "/usr/share/fonts/truetype/noto/NotoSansSymbols2-Regular.ttf",
    "/usr/share/fonts/truetype/noto/NotoSansSymbols-Regular.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
)


_reportlab_to_unicode = ttfonts.makeToUnicodeCMap


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's map from the PDF's glyphs back to text, with characters beyond U+FFFF in
    UTF-16 as PDF asks: reportlab writes their five hex digits, so 𠮷 or an emoji would be
    copied or searched in the PDF as another character."""
    cmap = _reportlab_to_unicode(fontname, subset)
    for index, code in enumerate(subset):
        if code > 0xFFFF:
            utf16 = chr(code).encode("utf-16-be").hex().upper()
            cmap = cmap.replace(f"<{index:02X}> <{code:04X}>", f"<{index:02X}> <{utf16}>")
    return cmap


ttfonts.makeToUnicodeCMap = _to_unicode_cmap


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

    return _font_for(chosen or settings.get(settings.PRINT_FONT))


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
    _fallback.cache_clear()


def _fallback_candidates(font: FontChoice) -> list[tuple[Path, int]]:
    """The files to look in for a character `font` lacks: the PC's other Japanese fonts, then
    fonts made for rare characters and symbols, then the program's resources folder."""
    found = [c for c in _candidates(None) if str(c[0]) != font.source]
    if sys.platform == "win32":
        fonts = Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"
        found += [(fonts / name, index) for name, index in _WINDOWS_FALLBACKS]
    found += [(Path(p), 0) for p in _LINUX_FALLBACKS]
    return list(dict.fromkeys(found))  # each file once, in order


def fallback_font(font: FontChoice, char: str) -> str | None:
    """The name of a font the PC has that draws `char`, which `font` lacks (None: none does)."""
    for path, index in _fallback_candidates(font):
        fallback = _fallback(path, index)
        if fallback is not None and ord(char) in fallback.face.charToGlyph:
            return str(fallback.fontName)
    return None


@functools.cache
def _fallback(path: Path, index: int) -> TTFont | None:
    """The font in that file, registered for drawing (None: no such file, or not usable)."""
    if not path.is_file():
        return None
    try:
        font = TTFont(f"Secdesk-fallback-{path.stem}-{index}", str(path), subfontIndex=index)
    except (TTFError, OSError, ValueError):
        return None
    pdfmetrics.registerFont(font)
    return font


def characters(font: FontChoice) -> Container[int]:
    """The code points `font` draws (reportlab's Japanese CID font: the Basic Multilingual Plane,
    whose characters its encoding can name — the viewer draws them)."""
    registered = pdfmetrics.getFont(font.name)
    if isinstance(registered, TTFont):
        return registered.face.charToGlyph  # type: ignore[no-any-return]
    return range(0x10000)


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
