"""The options of a sheet in its print preview, each as the registry declares it: the label
paper from a list of the makers' sheets, 何枚目から, the printer's shift in mm (remembered for
the printer, with the alignment page a click away), the seating plan's 左上位 / 右上位 and the
受付簿's order."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop import settings
from desktop.ui.main_window import MainWindow
from tests.helpers.gui_support import (
    choose,
    choose_council,
    enter,
    refresh,
    settle,
    window,  # noqa: F401  (a fixture)
)
from tests.helpers.meetings import MEMBERS, people_council_in
from tests.helpers.previews import pdf_text, preview_of, remade, text_box_mm

# エーワン 72212: 2 across, 6 down, 86.4×42.3 mm from 18.6 left and 21.6 top.
LABEL_5_TOP = 21.6 + 2 * 42.3
LABEL_HEIGHT = 42.3
FIRST_COLUMN = (18.6, 18.6 + 86.4)


def test_labels_start_at_label_5_shifted_for_the_printer_remembered_between_runs(
    window: MainWindow, qtbot: QtBot, demo_path: Path
) -> None:
    council = people_council_in(demo_path)
    refresh(window)
    settle(qtbot, window)
    choose_council(qtbot, window, council)

    preview = preview_of(window, qtbot, "宛名ラベル（会議の構成員）")
    paper = preview.controls.lists["layout"]
    listed = [paper.itemText(i) for i in range(paper.count())]
    assert listed[0] == "エーワン 72212（12面）"
    assert {"エーワン 72224（24面）", "エーワン 28185（18面）", "エーワン 72244（44面）"} <= set(
        listed
    )
    assert any(text.startswith("Avery L7160") for text in listed)
    assert paper.currentText() == "エーワン 72212（12面）"

    start = preview.controls.counts["start"]
    enter(qtbot, start, "5")
    preview = remade(qtbot, window, preview)
    assert preview.controls.counts["start"].value() == 5
    left, top, _right, bottom = text_box_mm(preview.preview.pdf)
    assert top >= LABEL_5_TOP  # labels 1 to 4 are left blank
    assert FIRST_COLUMN[0] <= left < FIRST_COLUMN[1]
    assert bottom <= 21.6 + 6 * LABEL_HEIGHT

    assert preview.controls.printer is not None
    assert preview.controls.printer.currentText() == "既定のプリンター"
    assert preview.controls.offset_x is not None
    enter(qtbot, preview.controls.offset_x, "1.5")
    shifted = remade(qtbot, window, preview)
    assert settings.printer_offset("") == (1.5, 0.0)
    moved_left, moved_top, _r, _b = text_box_mm(shifted.preview.pdf)
    assert abs(moved_left - (left + 1.5)) < 0.05 and abs(moved_top - top) < 0.05
    assert shifted.controls.counts["start"].value() == 5  # the start stays
    shifted.reject()

    # Another day, the same printer: the shift is there again.
    again = preview_of(window, qtbot, "宛名ラベル（会議の構成員）")  # from label 1 again
    assert again.controls.offset_x is not None and again.controls.offset_x.value() == 1.5
    assert abs(text_box_mm(again.preview.pdf)[0] - (left + 1.5)) < 0.05

    # Measuring the shift: the alignment page of the same paper, with the same shift.
    assert again.controls.calibration_button is not None
    again.controls.calibration_button.click()
    calibration = remade(qtbot, window, again)
    assert calibration.windowTitle().endswith("エーワン 72212 位置合わせ")
    assert calibration.controls.offset_x is not None
    assert calibration.controls.offset_x.value() == 1.5


def test_another_paper_is_chosen_from_the_list(
    window: MainWindow, qtbot: QtBot, demo_path: Path
) -> None:
    council = people_council_in(demo_path)
    refresh(window)
    settle(qtbot, window)
    choose_council(qtbot, window, council)
    preview = preview_of(window, qtbot, "宛名ラベル（会議の構成員）")
    choose(qtbot, preview.controls.lists["layout"], "エーワン 72244（44面）")
    smaller = remade(qtbot, window, preview)
    assert smaller.controls.lists["layout"].currentText() == "エーワン 72244（44面）"
    # 44 labels of 48.3×25.4: the first label's text fits its small box
    left, top, _right, _bottom = text_box_mm(smaller.preview.pdf)
    assert 8.4 <= left < 8.4 + 48.3 and 8.8 <= top < 8.8 + 25.4


def test_the_seating_side_and_the_reception_order_are_chosen_in_the_preview(
    window: MainWindow, qtbot: QtBot, demo_path: Path
) -> None:
    council = people_council_in(demo_path, meeting=True)
    refresh(window)
    settle(qtbot, window)
    choose_council(qtbot, window, council)

    seating = preview_of(window, qtbot, "座席表")
    side = seating.controls.lists["seating_rule"]
    assert [side.itemText(i) for i in range(side.count())] == ["左上位", "右上位"]
    assert "左上位" in pdf_text(seating.preview.pdf)
    choose(qtbot, side, "右上位")
    seating = remade(qtbot, window, seating)
    assert "右上位" in pdf_text(seating.preview.pdf)
    seating.reject()

    reception = preview_of(window, qtbot, "受付簿・出欠一覧（会議）")
    order = reception.controls.lists["order"]
    names = [name for _role, name, *_rest in MEMBERS]
    choose(qtbot, order, "五十音順")
    by_reading = remade(qtbot, window, reception)
    text = pdf_text(by_reading.preview.pdf).replace(" ", "").replace("\u3000", "")
    at = {name: text.find(name.replace(" ", "")) for name in names}
    assert all(place >= 0 for place in at.values()), at
    # いとう, ごとう, さとう, すずき, やまだ, わたなべ
    assert sorted(names, key=at.__getitem__) == [
        "伊藤 健",
        "後藤 誠",
        "佐藤 花子",
        "鈴木 一郎",
        "山田 太郎",
        "渡辺 美咲",
    ]
