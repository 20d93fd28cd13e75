"""開催通知: a letter to each invitee of a council's meeting — addressed by the business rules,
dated, from the council's 事務局, 「第n回○○の開催について（通知）」 with the 記 of the date,
the place, the numbered 議事次第 and the reply deadline — as the built-in plain letter, or
merged into the office's own Word letter (`--template FILE.docx`, see docx_merge.py)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

from sqlalchemy.orm import Session

from db.models import Meeting
from desktop.japanese.wareki import format_wareki
from desktop.sheets import council_meeting
from desktop.sheets.docx_merge import check_template
from desktop.sheets.model import Letter, Letters, Sheet
from desktop.sheets.recipients import Recipient, invitees
from desktop.sheets.words import as_of_line, tr

NAME = "invitation"


def _body(meeting: Meeting) -> tuple[str, ...]:
    paragraphs = [
        "拝啓　時下ますますご清栄のこととお慶び申し上げます。"
        "平素は格別のご高配を賜り、厚く御礼申し上げます。",
        f"　さて、{council_meeting.title(meeting)}を下記のとおり開催いたします。"
        "ご多用中まことに恐縮ではございますが、ご出席くださいますようお願い申し上げます。",
    ]
    deadline = council_meeting.reply_by(meeting)
    if deadline:
        paragraphs.append(
            f"　なお、ご出欠につきましては、別紙「出欠回答票」により{deadline}までに"
            "事務局あてご回答くださいますようお願いいたします。"
        )
    return tuple(paragraphs)


def _details(meeting: Meeting) -> tuple[tuple[str, str], ...]:
    """記: when, where, what is on the agenda, by when to reply."""
    found = [("日時", council_meeting.when(meeting)), council_meeting.place(meeting)]
    if council_meeting.agenda(meeting):
        found.append(("議事次第", council_meeting.numbered_agenda(meeting)))
    deadline = council_meeting.reply_by(meeting)
    if deadline:
        found.append(("回答期限", deadline))
    return tuple(found)


def _merge(
    letter: Letter, recipient: Recipient, meeting: Meeting, honorific: str | None
) -> tuple[tuple[str, str], ...]:
    """The merge fields of docx_merge.FIELDS for this invitee."""
    found = recipient.addressed().honoured(honorific)
    return (
        ("宛名", found.addressee),
        ("郵便番号", found.postal_code),
        ("住所", found.address),
        ("所属", found.organization),
        ("役職", found.post),
        ("氏名", recipient.name),
        ("日付", letter.date),
        ("発信者", "\n".join(letter.sender)),
        ("会議名", council_meeting.title(meeting)),
        ("件名", letter.title),
        ("日時", council_meeting.when(meeting)),
        ("会場", council_meeting.place(meeting)[1]),
        ("議事次第", council_meeting.numbered_agenda(meeting)),
        ("回答期限", council_meeting.reply_by(meeting)),
    )


def build(
    session: Session,
    council: str,
    *,
    meeting: int | None = None,
    as_of: dt.date | None = None,
    template: str | None = None,
    honorific: str | None = None,
) -> Sheet:
    """The notice of meeting `meeting` (default: the council's next) to each invitee, dated
    `as_of` (default today), a person addressed with `honorific` (様 or 殿; default: the
    office's setting); with `template`, merged into that Word letter."""
    if template:
        check_template(Path(template))  # said before anything is written
    day = as_of or dt.date.today()
    found = council_meeting.find_meeting(session, council, meeting, day)
    people = invitees(session, council, found.number).people
    subject = f"{council_meeting.title(found)}の開催について（通知）"
    letters = []
    for recipient in people:
        letter = Letter(
            addressee=recipient.addressed().honoured(honorific).lines(),
            date=format_wareki(day),
            sender=(council_meeting.sender(found),),
            title=subject,
            body=_body(found),
            details=_details(found),
        )
        letters.append(replace(letter, merge=_merge(letter, recipient, found, honorific)))
    return Sheet(
        name=NAME,
        title=tr("{meeting} 開催通知").format(meeting=council_meeting.title(found)),
        as_of=as_of_line(day),
        columns=(),
        sections=(),
        layout=Letters(tuple(letters), template=template),
    )
