"""Draw the program's icon (resources/icons/secdesk.png and .ico): 事 in white on a deep blue
rounded square, the colour of the window's headings. Run again only to change the design:

    .venv/bin/python tools/make_icon.py /path/to/a/japanese/font.ttf
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

OUT = Path(__file__).resolve().parents[1] / "resources" / "icons"
SIZE = 256
BLUE = (31, 78, 140, 255)


def draw(font_file: str) -> Image.Image:
    image = Image.new("RGBA", (SIZE, SIZE), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    pen.rounded_rectangle((8, 8, SIZE - 8, SIZE - 8), radius=44, fill=BLUE)
    font = ImageFont.truetype(font_file, 168)
    pen.text((SIZE / 2, SIZE / 2 + 6), "事", font=font, fill="white", anchor="mm")
    return image


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    icon = draw(sys.argv[1])
    icon.save(OUT / "secdesk.png")
    icon.save(
        OUT / "secdesk.ico", sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (256, 256)]
    )


if __name__ == "__main__":
    main()
