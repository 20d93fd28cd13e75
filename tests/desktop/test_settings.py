"""The settings file: every setting declared once, checked when saved, forgiving when read."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from db.errors import UserError
from desktop import settings

# A value other than the default for each setting, as a user would choose it.
CHOSEN: dict[str, object] = {
    "print_font": Path("/fonts/ipaexg.ttf"),
    "continuation_deadline": (12, 15),
    "backup_keep": 3,
    "backup_every_hours": 0,
    "backup_folder": Path("/media/usb/backups"),
    "server_url": "postgresql+psycopg://office@server.local/secdesk",
    "lang": "en",
    "english_headings": True,
    "honorific": "殿",
}


def write_by_hand(data: dict[str, Any]) -> None:
    path = settings.settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data), encoding="utf-8")


def test_every_setting_is_declared_with_labels_and_help() -> None:
    assert sorted(s.key for s in settings.SETTINGS) == sorted(CHOSEN)
    for setting in settings.SETTINGS:
        assert setting.label and setting.label_en and setting.help, setting.key


@pytest.mark.parametrize("setting", settings.SETTINGS, ids=lambda s: s.key)
def test_every_setting_round_trips_and_none_is_the_default_again(
    setting: settings.Setting[Any],
) -> None:
    assert settings.get(setting) == setting.default  # no file yet
    chosen = CHOSEN[setting.key]
    assert chosen != setting.default
    settings.save({setting: chosen})
    assert settings.get(setting) == chosen
    assert all(
        settings.get(other) == other.default for other in settings.SETTINGS if other != setting
    )
    settings.save({setting: None})
    assert settings.get(setting) == setting.default


def test_all_settings_saved_together_read_back() -> None:
    settings.save({setting: CHOSEN[setting.key] for setting in settings.SETTINGS})
    assert {s.key: settings.get(s) for s in settings.SETTINGS} == CHOSEN


HAND_EDITED_WRONG = {
    "print_font": 12,
    "continuation_deadline": "2-30",
    "backup_keep": 0,
    "backup_every_hours": "24",
    "backup_folder": 7,
    "server_url": ["not", "a", "url"],
    "lang": "fr",
    "english_headings": "yes",
    "honorific": "君",
}


def test_a_hand_edited_wrong_value_means_the_default() -> None:
    assert sorted(HAND_EDITED_WRONG) == sorted(CHOSEN)
    write_by_hand(HAND_EDITED_WRONG)
    for setting in settings.SETTINGS:
        assert settings.get(setting) == setting.default, setting.key


def test_a_file_that_is_not_settings_means_the_defaults() -> None:
    path = settings.settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    for text in ("{not json", '["a list"]', ""):
        path.write_text(text, encoding="utf-8")
        assert [settings.get(s) for s in settings.SETTINGS] == [
            s.default for s in settings.SETTINGS
        ]


@pytest.mark.parametrize(
    ("setting", "wrong"),
    [
        (settings.BACKUP_KEEP, 0),
        (settings.BACKUP_KEEP, "20"),
        (settings.BACKUP_KEEP, True),
        (settings.BACKUP_EVERY_HOURS, 24 * 365),
        (settings.LANGUAGE, "fr"),
        (settings.ENGLISH_HEADINGS, 1),
        (settings.CONTINUATION_DEADLINE, (2, 29)),
        (settings.CONTINUATION_DEADLINE, "11-30"),
        (settings.PRINT_FONT, 3),
        (settings.SERVER_URL, 5),
    ],
)
def test_a_wrong_value_is_refused_in_one_line_naming_the_setting(
    setting: settings.Setting[Any], wrong: object
) -> None:
    settings.save({settings.BACKUP_KEEP: 5})
    with pytest.raises(UserError) as refused:
        settings.save({settings.LANGUAGE: "en", setting: wrong})
    message = str(refused.value)
    assert "\n" not in message
    assert setting.key in message and setting.label in message
    # the English window says it in English, naming the setting as its settings list does
    english = refused.value.text("en")
    assert setting.key in english and setting.label_en in english
    assert not re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", english), english
    # nothing of a refused save is written, not even the good part
    assert (settings.get(settings.LANGUAGE), settings.get(settings.BACKUP_KEEP)) == ("ja", 5)


def test_a_file_that_cannot_be_written_is_said_in_either_language() -> None:
    settings.settings_path().mkdir(parents=True)  # a folder where the file should be
    with pytest.raises(UserError) as refused:
        settings.save({settings.LANGUAGE: "en"})
    path = settings.settings_path()
    assert str(refused.value).startswith("設定を保存できません（") and str(path) in str(
        refused.value
    )
    assert refused.value.text("en").startswith("Cannot save the settings (")
    assert refused.value.text("en").endswith(f"): {path}")


def test_a_setting_of_a_newer_version_is_kept_but_not_read() -> None:
    newer = {"sync_every_minutes": 10, "theme": {"dark": True}, "backup_keep": 7}
    write_by_hand(newer)
    settings.save({settings.LANGUAGE: "en"})
    kept = json.loads(settings.settings_path().read_text(encoding="utf-8"))
    assert kept == {**newer, "lang": "en"}
    assert settings.get(settings.BACKUP_KEEP) == 7


def test_a_wrong_value_by_hand_is_left_alone_when_another_setting_is_saved() -> None:
    write_by_hand({"backup_keep": "many"})
    settings.save({settings.ENGLISH_HEADINGS: True})
    kept = json.loads(settings.settings_path().read_text(encoding="utf-8"))
    assert kept == {"backup_keep": "many", "english_headings": True}


def test_each_printers_shift_is_remembered_apart() -> None:
    assert settings.printer_offset("事務室のプリンター") == (0.0, 0.0)
    settings.save_printer_offset("事務室のプリンター", (1.5, -0.5))
    settings.save_printer_offset("", (0.0, 2.0))  # the default printer, unnamed
    assert settings.printer_offset("事務室のプリンター") == (1.5, -0.5)
    assert settings.printer_offset("") == (0.0, 2.0)
    assert settings.printer_offset("会議室のプリンター") == (0.0, 0.0)
    assert json.loads(settings.settings_path().read_text(encoding="utf-8"))["printer_offsets"] == {
        "事務室のプリンター": [1.5, -0.5],
        "": [0.0, 2.0],
    }


def test_hand_edited_printer_shifts_that_are_not_numbers_mean_none() -> None:
    write_by_hand({"printer_offsets": {"事務室のプリンター": ["1.5", 0]}})
    assert settings.printer_offset("事務室のプリンター") == (0.0, 0.0)
    write_by_hand({"printer_offsets": [1, 2]})
    assert settings.printer_offset("事務室のプリンター") == (0.0, 0.0)
