"""Write the sample Word letter for the 開催通知 (resources/templates/invitation.docx): an A4
letter with every merge field the program fills ({{ 宛名 }}, {{ 会議名 }} …), for an office to
open in Word, reword and save as its own. Run again only to change the sample:

    .venv/bin/python tools/make_invitation_template.py
"""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

OUT = Path(__file__).resolve().parents[1] / "resources" / "templates" / "invitation.docx"
FONT = "游明朝"


def main() -> None:
    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    for side in ("left_margin", "right_margin"):
        setattr(section, side, Mm(25))
    section.top_margin = section.bottom_margin = Mm(20)
    normal = document.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(10.5)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)

    def line(text: str, align: WD_ALIGN_PARAGRAPH | None = None, size: float = 10.5) -> None:
        paragraph = document.add_paragraph()
        paragraph.alignment = align
        paragraph.add_run(text).font.size = Pt(size)

    right = WD_ALIGN_PARAGRAPH.RIGHT
    line("{{ 日付 }}", right)
    line("{{ 郵便番号 }}")
    line("{{ 住所 }}")
    line("{{ 所属 }}")
    line("{{ 役職 }}")
    line("{{ 宛名 }}", size=12)
    line("{{ 発信者 }}", right)
    line("")
    line("{{ 件名 }}", WD_ALIGN_PARAGRAPH.CENTER, 14)
    line("")
    line(
        "拝啓　時下ますますご清栄のこととお慶び申し上げます。"
        "平素は格別のご高配を賜り、厚く御礼申し上げます。"
    )
    line(
        "　さて、{{ 会議名 }}を下記のとおり開催いたします。ご多用中まことに恐縮ではございますが、"
        "ご出席くださいますようお願い申し上げます。"
    )
    line(
        "　なお、ご出欠につきましては、別紙「出欠回答票」により{{ 回答期限 }}までに"
        "事務局あてご回答くださいますようお願いいたします。"
    )
    line("敬具", right)
    line("記", WD_ALIGN_PARAGRAPH.CENTER)
    line("１　日時　　{{ 日時 }}")
    line("２　会場　　{{ 会場 }}")
    line("３　議事次第")
    line("{{ 議事次第 }}")
    line("以上", right)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(OUT))
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
