"""What a secretariat would have retouched on the printed meeting pack, read back from the PDF:
the honorific the office chose (様, or 殿 on formal notices; 御中 never touched), an addressee
never broken inside its name on a small label, and a badge's post on its own line."""

from __future__ import annotations

from pathlib import Path

import pytest

from db.database import Database
from desktop import settings
from desktop.sheets import (
    address_labels,
    badges,
    envelopes,
    invitation,
    name_cards,
    reply_form,
    seating,
    session_invitation,
)
from desktop.sheets.model import Grid
from desktop.sheets.render import render
from tests.helpers.cli_support import secdesk
from tests.helpers.pdf_chars import Char, printed_chars

SAMPLE = "【架空のサンプル】地域DX推進協議会"
CHICHIBU = "秩父市 未来技術社会実装協議会"


def made(db: Database, module: object, tmp_path: Path, **options: object) -> Path:
    with db.sessions() as session:
        sheet = module.build(session, **options)  # type: ignore[attr-defined]
    out = tmp_path / f"{sheet.name}.pdf"
    render(sheet, "pdf", out)
    return out


def lines_of(chars: list[Char]) -> list[str]:
    """The characters as the eye reads them: grouped into lines by where they stand."""
    found: list[list[Char]] = []
    for char in sorted(chars, key=lambda c: c.centre[1]):
        if found and abs(found[-1][0].centre[1] - char.centre[1]) < 1.2:
            found[-1].append(char)
        else:
            found.append([char])
    return ["".join(c.text for c in sorted(line, key=lambda c: c.left)) for line in found]


def label_lines(out: Path, grid: Grid) -> dict[int, list[str]]:
    """Each label's lines on the first page."""
    found: dict[int, list[Char]] = {}
    for char in printed_chars(out)[0]:
        for position in range(1, grid.geometry.per_page + 1):
            if char.inside(grid.geometry.rect(position)):
                found.setdefault(position, []).append(char)
    return {position: lines_of(chars) for position, chars in found.items()}


def test_a_person_is_addressed_with_the_offices_honorific(
    sample_db: Database, tmp_path: Path
) -> None:
    out = made(sample_db, invitation, tmp_path, council=SAMPLE, meeting=1)
    assert "古賀真理様" in "".join(c.text for c in printed_chars(out)[0])
    settings.save({settings.HONORIFIC: "殿"})  # a formal notice
    for module in (invitation, address_labels, envelopes):
        out = made(sample_db, module, tmp_path, council=SAMPLE, meeting=1)
        printed = "".join(c.text for c in printed_chars(out)[0])
        assert "古賀真理殿" in printed and "様" not in printed, module


def test_the_honorific_of_one_printing_overrides_the_setting_but_never_御中(
    demo_path: Path, tmp_path: Path
) -> None:
    settings.save({settings.HONORIFIC: "殿"})
    out = tmp_path / "labels.pdf"
    done = secdesk(
        "--db", demo_path, "print", "address-labels", "--council", CHICHIBU,
        "--honorific", "様", "-o", out,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    printed = "".join(c.text for page in printed_chars(out) for c in page)
    assert "秩父市御中" in printed and "殿" not in printed
    assert "現地支援責任者様" in printed  # the holder of a post is a person


def test_an_honorific_the_office_does_not_use_is_refused_in_one_line(
    demo_path: Path, tmp_path: Path
) -> None:
    out = tmp_path / "labels.pdf"
    done = secdesk(
        "--db", demo_path, "print", "envelopes", "--council", CHICHIBU,
        "--honorific", "君", "-o", out,
    )  # fmt: skip
    assert done.returncode == 2 and not out.exists()
    assert "敬称「君」は使えません（様 / 殿 のどれか）" in done.stderr


def test_a_small_label_never_breaks_an_addressee_inside_its_name(
    demo_db: Database, tmp_path: Path
) -> None:
    with demo_db.sessions() as session:
        sheet = address_labels.build(session, CHICHIBU, layout="a-one-72244")
    assert isinstance(sheet.layout, Grid)
    out = tmp_path / "labels.pdf"
    render(sheet, "pdf", out)
    labels = label_lines(out, sheet.layout)
    every_line = [line for lines in labels.values() for line in lines]
    # Not 「株式会社ファミリー／マート 御中」 nor 「株式会社センリック／ 御中」: the legal form
    # on its line, the name whole with its honorific.
    assert ["株式会社", "ファミリーマート御中"] in labels.values()
    assert ["株式会社センリック御中"] in labels.values()
    assert ["公益財団法人", "埼玉県産業振興公社御中"] in labels.values()
    assert not any(line.startswith(("御中", "様")) and len(line) > 2 for line in every_line)


def test_a_badge_shows_the_post_on_its_own_line_under_the_organization(
    sample_db: Database, tmp_path: Path
) -> None:
    with sample_db.sessions() as session:
        sheet = badges.build(session, SAMPLE, meeting=1)
    assert isinstance(sheet.layout, Grid)
    out = tmp_path / "badges.pdf"
    render(sheet, "pdf", out)
    first = label_lines(out, sheet.layout)[1]
    organization = first.index("架空工業大学地域連携センター（架空のサンプル）")
    assert first[organization + 1] == "センター長"


@pytest.mark.parametrize("honorific", ["様", "殿"])
def test_the_honorific_setting_takes_様_or_殿(honorific: str) -> None:
    settings.save({settings.HONORIFIC: honorific})
    assert settings.get(settings.HONORIFIC) == honorific


def test_an_a6_badge_keeps_an_organizations_name_whole_and_its_band_readable(
    demo_db: Database, tmp_path: Path
) -> None:
    with demo_db.sessions() as session:
        sheet = badges.build(session, CHICHIBU, layout="a6")
    assert isinstance(sheet.layout, Grid)
    out = tmp_path / "badges.pdf"
    render(sheet, "pdf", out)
    cards = label_lines(out, sheet.layout)
    # Not 「公益財団法人埼／玉県産業振興／公社」.
    assert cards[3][1:3] == ["公益財団法人", "埼玉県産業振興公社"]
    band = [c for c in printed_chars(out)[0] if c.text in "委員" and c.inside((0, 120, 105, 28.5))]
    # The kind read across the room: as tall as the name on a business-card badge.
    assert band and min(c.bottom - c.top for c in band) > 8.0


def test_a_seat_with_room_shows_organization_post_and_name_on_their_own_lines(
    sample_db: Database, tmp_path: Path
) -> None:
    out = made(sample_db, seating, tmp_path, council=SAMPLE, meeting=1)
    chars = printed_chars(out)[0]
    # The first member's seat (左上位: the chair's left, the page's right), right of the table.
    seat = [c for c in chars if c.left > 160 and 40 < c.top < 75]
    assert lines_of(seat) == ["あおば市（架空のサンプル）", "企画政策課主査", "小林誠"]
    name = [c for c in seat if c.text in "小林誠"]
    assert min(c.bottom - c.top for c in name) > 4.5  # read across the table


def test_a_deputy_is_marked_as_sitting_in_a_members_place(
    sample_db: Database, tmp_path: Path
) -> None:
    # Meeting 1: みなと町's 後藤 sends 副課長 佐藤 in his place.
    for module in (badges, name_cards, seating):
        out = made(sample_db, module, tmp_path, council=SAMPLE, meeting=1)
        printed = "".join(c.text for page in printed_chars(out) for c in page)
        assert "副課長（代理）" in printed and "後藤" not in printed, module


def test_a_hybrid_meetings_venue_reads_at_the_size_of_its_date_on_the_reply_form(
    sample_db: Database, tmp_path: Path
) -> None:
    out = made(sample_db, reply_form, tmp_path, council=SAMPLE, meeting=2)
    page = printed_chars(out)[0]
    printed = "".join(c.text for c in page)
    assert "会場：みなと町交流センター（架空）（オンライン:https://example.jp/sample-meeting）" in (
        printed
    )

    def height(label: str) -> float:
        start = printed.index(label)
        return page[start].bottom - page[start].top

    # Not shrunk to half its size to squeeze the URL onto one line.
    assert height("会場") > 0.9 * height("日時")


def test_letters_to_no_one_say_so_rather_than_print_a_blank_page(
    demo_db: Database, tmp_path: Path
) -> None:
    series = "令和3年度 未来技術実装ミニシンポジウム"  # the seeds record no participants
    out = made(demo_db, session_invitation, tmp_path, series_name=series, number=1)
    (page,) = printed_chars(out)
    assert "".join(c.text for c in page).endswith("開催のご案内：宛先なし（該当なし）")
