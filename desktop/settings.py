"""The user's settings, one small JSON file in the data folder, read by the CLI and the window.

Only what must be the same for both lives here (the font the sheets are printed with, the
honorific they address people with); what is purely about the window (its size, the last
folder) is Qt's business.

Every setting is declared once below (key, kind of value, default, labels, help) and read with
`get(SETTING)` and written with `save({SETTING: value})`. A hand-edited file with a wrong value
means that setting's default (it is never fatal); keys this version does not know (written by
another version) are kept in the file but never read.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, Protocol, TypeVar

from db.errors import UserError
from db.paths import data_dir
from desktop.catalogue import QT_TR_NOOP, Spelled, Text
from desktop.rules.support_terms import DEFAULT_DEADLINE

FILE_NAME = "settings.json"

T = TypeVar("T")


class Kind(Protocol[T]):
    """How one kind of value is kept in the file; `read` raises ValueError for a wrong one."""

    @property
    def allowed(self) -> Text: ...  # the values it takes, marked: said when one is refused

    def read(self, stored: object) -> T: ...

    def write(self, value: T) -> object: ...


@dataclass(frozen=True)
class WholeNumber:
    lowest: int
    highest: int

    @property
    def allowed(self) -> Text:
        return Text(
            QT_TR_NOOP("{lowest}〜{highest} の整数"), lowest=self.lowest, highest=self.highest
        )

    def read(self, stored: object) -> int:
        # JSON true/false are Python ints; a yes/no is not a count
        if isinstance(stored, bool) or not isinstance(stored, int):
            raise ValueError(stored)
        if not self.lowest <= stored <= self.highest:
            raise ValueError(stored)
        return stored

    def write(self, value: int) -> object:
        return value


@dataclass(frozen=True)
class YesNo:
    allowed = Text(QT_TR_NOOP("true か false"))

    def read(self, stored: object) -> bool:
        if isinstance(stored, bool):
            return stored
        raise ValueError(stored)

    def write(self, value: bool) -> object:
        return value


@dataclass(frozen=True)
class Choice:
    choices: tuple[str, ...]

    @property
    def allowed(self) -> Text:
        return Text(QT_TR_NOOP("{choices} のどれか"), choices=" / ".join(self.choices))

    def read(self, stored: object) -> str:
        if isinstance(stored, str) and stored in self.choices:
            return stored
        raise ValueError(stored)

    def write(self, value: str) -> object:
        return value


@dataclass(frozen=True)
class OptionalText:
    """Text that may be unset (None); an empty text is unset too."""

    allowed = Text(QT_TR_NOOP("文字列"))

    def read(self, stored: object) -> str | None:
        if stored is None or isinstance(stored, str):
            return stored or None
        raise ValueError(stored)

    def write(self, value: str | None) -> object:
        return value


@dataclass(frozen=True)
class OptionalFile:
    """A file's path, or unset (None)."""

    allowed = Text(QT_TR_NOOP("ファイルのパス"))

    def read(self, stored: object) -> Path | None:
        if stored is None or isinstance(stored, str):
            return Path(stored) if stored else None
        raise ValueError(stored)

    def write(self, value: Path | None) -> object:
        if value is None or isinstance(value, str | Path):
            return str(value) if value else None
        raise ValueError(value)


@dataclass(frozen=True)
class OptionalFolder:
    """A folder's path, or unset (None). Whether it is there is the reader's business: a USB
    drive comes and goes, and the setting must outlive its absence."""

    allowed = Text(QT_TR_NOOP("フォルダのパス"))

    def read(self, stored: object) -> Path | None:
        if stored is None or isinstance(stored, str):
            return Path(stored) if stored else None
        raise ValueError(stored)

    def write(self, value: Path | None) -> object:
        if value is None or isinstance(value, str | Path):
            return str(Path(value).absolute()) if value else None
        raise ValueError(value)


@dataclass(frozen=True)
class MonthDay:
    """A day of the year, kept as "11-30"; never 2-29 (every year must have it)."""

    allowed = Text(QT_TR_NOOP("月-日（例: 11-30）"))

    def read(self, stored: object) -> tuple[int, int]:
        if not isinstance(stored, str):
            raise ValueError(stored)
        month, day = (int(part) for part in stored.split("-"))
        dt.date(2001, month, day)
        return month, day

    def write(self, value: tuple[int, int]) -> object:
        month, day = value
        return f"{month}-{day}"


Offsets = dict[str, tuple[float, float]]


@dataclass(frozen=True)
class PrinterOffsets:
    """Each printer's shift in mm (right and down positive), by the printer's name, as its
    calibration page measured it: a label sheet goes through every printer a little apart."""

    allowed = Text(QT_TR_NOOP("プリンター名ごとの [横, 縦]（mm）"))

    def read(self, stored: object) -> Offsets:
        if not isinstance(stored, dict):
            raise ValueError(stored)
        offsets: Offsets = {}
        for printer, shift in stored.items():
            numbers = shift if isinstance(shift, list) and len(shift) == 2 else None
            if numbers is None or any(
                isinstance(n, bool) or not isinstance(n, int | float) for n in numbers
            ):
                raise ValueError(stored)
            offsets[str(printer)] = (float(numbers[0]), float(numbers[1]))
        return offsets

    def write(self, value: Offsets) -> object:
        return {printer: [x, y] for printer, (x, y) in value.items()}


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str  # its name in settings.json
    kind: Kind[T]
    # A function, so that a default kept in another module is read from it only when needed
    default_of: Callable[[], T]
    label: str
    label_en: str
    help: str

    @property
    def default(self) -> T:
        return self.default_of()


def _backups_kept() -> int:
    # late: db.backup loads SQLAlchemy, which the window's first paint must not wait for
    from db.backup import KEEP_BACKUPS

    return KEEP_BACKUPS


PRINT_FONT: Setting[Path | None] = Setting(
    "print_font",
    OptionalFile(),
    lambda: None,
    "印刷用フォント",
    "Print font",
    "帳票の印刷に使う日本語 TrueType フォントのファイル（未設定なら見つかったもの）",
)
CONTINUATION_DEADLINE: Setting[tuple[int, int]] = Setting(
    "continuation_deadline",
    MonthDay(),
    lambda: DEFAULT_DEADLINE,
    "継続申請の期限",
    "Continuation application deadline",
    "支援期間の最終年度のこの日までに継続申請を出す（月-日）",
)
BACKUP_KEEP: Setting[int] = Setting(
    "backup_keep",
    WholeNumber(1, 999),
    _backups_kept,
    "バックアップを残す数",
    "Backups kept",
    "データベースごと・きっかけごとに残すバックアップの数（古いものから消える）",
)
BACKUP_EVERY_HOURS: Setting[int] = Setting(
    "backup_every_hours",
    WholeNumber(0, 24 * 30),
    lambda: 24,
    "定期バックアップの間隔（時間）",
    "Hours between scheduled backups",
    "画面を開いている間、この時間ごとにバックアップを取る（0 なら取らない）",
)
BACKUP_FOLDER: Setting[Path | None] = Setting(
    "backup_folder",
    OptionalFolder(),
    lambda: None,
    "バックアップの保存先",
    "Backup folder",
    "バックアップを保存するフォルダ（USB ドライブや共有フォルダなど。未設定ならデータベースの横の backups）",
)
SERVER_URL: Setting[str | None] = Setting(
    "server_url",
    OptionalText(),
    lambda: None,
    "共有サーバー",
    "Shared server",
    "--db なしで開く PostgreSQL の URL（パスワードなし。接続画面で「記憶する」を選ぶと入る）",
)
LANGUAGE: Setting[str] = Setting(
    "lang",
    Choice(("ja", "en")),
    lambda: "ja",
    "画面の言語",
    "Window language",
    "画面の言語（ja: 日本語、en: 英語）。次に起動したときから",
)
ENGLISH_HEADINGS: Setting[bool] = Setting(
    "english_headings",
    YesNo(),
    lambda: False,
    "集計表を英語の見出しで",
    "English headings on summary sheets",
    "画面から印刷する集計表の題と列見出しを英語にする",
)
# Set from the print preview (not typed by hand): each printer's shift for label sheets.
PRINTER_OFFSETS: Setting[Offsets] = Setting(
    "printer_offsets",
    PrinterOffsets(),
    dict,
    "プリンターのずれの補正",
    "Printer offsets",
    "ラベル用紙・封筒を印刷するときのプリンターごとのずれ（横・縦 mm。印刷プレビューで設定）",
)
HONORIFICS = ("様", "殿")
HONORIFIC: Setting[str] = Setting(
    "honorific",
    Choice(HONORIFICS),
    lambda: "様",
    "個人あての敬称",
    "Honorific for a person",
    "手紙・宛名ラベル・封筒で人に付ける敬称（様 または 殿。団体・部署あては御中）",
)

SETTINGS: tuple[Setting[Any], ...] = (
    PRINT_FONT,
    CONTINUATION_DEADLINE,
    BACKUP_KEEP,
    BACKUP_EVERY_HOURS,
    BACKUP_FOLDER,
    SERVER_URL,
    LANGUAGE,
    ENGLISH_HEADINGS,
    HONORIFIC,
)


def settings_path() -> Path:
    return data_dir() / FILE_NAME


def _stored() -> dict[str, Any]:
    """The file as written, keys of other versions included; missing or unreadable means empty."""
    try:
        data = json.loads(settings_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def get(setting: Setting[T]) -> T:
    """The setting's value; its default when unset or not a value it takes."""
    stored = _stored()
    if setting.key not in stored:
        return setting.default
    try:
        return setting.kind.read(stored[setting.key])
    except (TypeError, ValueError):
        return setting.default


def chosen(setting: Setting[Any]) -> bool:
    """Whether the office set this setting (a value it takes), rather than using its default."""
    stored = _stored()
    if setting.key not in stored:
        return False
    try:
        setting.kind.read(stored[setting.key])
    except (TypeError, ValueError):
        return False
    return True


def number_range(setting: Setting[int]) -> tuple[int, int]:
    """The lowest and highest value a whole-number setting takes (for a spin box)."""
    assert isinstance(setting.kind, WholeNumber), setting.key
    return setting.kind.lowest, setting.kind.highest


def _written(setting: Setting[Any], value: object) -> object:
    """`value` as kept in the file, or a UserError naming the setting when it takes no such value."""
    try:
        stored = setting.kind.write(value)
        setting.kind.read(stored)  # what is written must read back
    except (TypeError, ValueError):
        raise UserError(
            QT_TR_NOOP("設定「{label}」({key}) に {value} は使えません（{allowed}）"),
            label=Spelled(setting.label, setting.label_en),
            key=setting.key,
            value=repr(value),
            allowed=setting.kind.allowed,
        ) from None
    return stored


def save(changes: Mapping[Setting[Any], object]) -> None:
    """Check `changes`, merge them into the settings and write them (atomically: never half a
    file). None sets a setting back to its default; nothing is written when one is refused."""
    data = _stored()
    for setting, value in changes.items():
        if value is None:
            data.pop(setting.key, None)
        else:
            data[setting.key] = _written(setting, value)
    target = settings_path()
    temp = target.with_name(f".{target.name}.tmp")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        temp.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
        os.replace(temp, target)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise UserError(
            QT_TR_NOOP("設定を保存できません（{problem}）: {path}"),
            problem=exc.strerror or str(exc),
            path=target,
        ) from None


def printer_offset(printer: str) -> tuple[float, float]:
    """The shift remembered for `printer` (0, 0 when none was set)."""
    return get(PRINTER_OFFSETS).get(printer, (0.0, 0.0))


def save_printer_offset(printer: str, offset: tuple[float, float]) -> None:
    offsets: Offsets = get(PRINTER_OFFSETS)
    save({PRINTER_OFFSETS: {**offsets, printer: offset}})
