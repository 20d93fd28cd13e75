"""Shared helpers of the operations: input cleaning and validation messages."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Sequence
from typing import TypeVar

from sqlalchemy import event, inspect, select
from sqlalchemy.orm import Session

from db import text_rules
from db.database import lock_for_writing
from db.errors import ConflictError, ValidationError
from db.models import Base, Organization
from desktop.catalogue import QT_TR_NOOP, Spelled, Text
from desktop.japanese.text import normalize_for_compare
from desktop.japanese.wareki import DateParseError, format_wareki, parse_date
from desktop.ops.history import FIELD_LABELS, TABLE_LABELS

ModelT = TypeVar("ModelT", bound=Base)


def clean(value: str | None) -> str | None:
    """Trim; an empty string means 'no value'. What was typed is otherwise kept as typed."""
    if value is None:
        return None
    _refuse_broken(value)
    # NUL and other control characters: gone before any query sees them (the server refuses a
    # NUL); tab and line breaks stay, as in every other place where text comes in.
    value = text_rules.strip_controls(value).strip()
    return value or None


def _refuse_broken(value: str, field: str | None = None, label: str | Text = "") -> None:
    """A broken character (half of one) fails every query it is part of: refused first."""
    problem = text_rules.unreadable_problem(value)
    if problem is not None:
        what = _word(label) if label else Text(QT_TR_NOOP("入力"))
        raise ValidationError(QT_TR_NOOP("{label}に{problem}"), field, label=what, problem=problem)


def check_input(data: object) -> None:
    """A form's values (an …Input dataclass) before the operation looks anything up with them:
    a broken character is refused naming its field."""
    if not dataclasses.is_dataclass(data):
        return
    for item in dataclasses.fields(data):
        value = getattr(data, item.name)
        if isinstance(value, str):
            label = Text(QT_TR_NOOP("「{label}」"), label=_field_label(item.name))
            _refuse_broken(value, item.name, label)


@event.listens_for(Session, "before_flush")
def _check_texts(session: Session, _flush: object, _instances: object) -> None:
    """Every text an operation is about to write, checked against its column's rules (the same
    on SQLite and PostgreSQL): control characters go, a value too long or with a broken
    character is refused naming the field, before the database would fail on it. Only what
    changed is checked: an old over-long value (see `secdesk check`) does not block other edits."""
    for obj in (*session.new, *session.dirty):
        state = inspect(obj)
        for attr in state.mapper.column_attrs:
            value = state.dict.get(attr.key)
            if not isinstance(value, str) or not (obj in session.new or _changed(state, attr.key)):
                continue
            try:
                cleaned = text_rules.check(value, attr.columns[0])
            except text_rules.TextProblem as problem:
                table = state.mapper.local_table.name
                raise ValidationError(
                    QT_TR_NOOP("{label}: {problem}"),
                    attr.key,
                    label=_label(table, attr.key),
                    problem=problem.problem,
                ) from None
            if cleaned != value:
                setattr(obj, attr.key, cleaned)


def _changed(state: object, key: str) -> bool:
    return bool(state.attrs[key].history.added)  # type: ignore[attr-defined]


def _label(table: str, column: str) -> Text:
    """団体の名称, 人のフリガナ …: what the message calls a column."""
    if column == "name_key":  # derived from the name: the name is what to shorten
        column = "name"
    field = (
        Text(QT_TR_NOOP("氏名")) if (table, column) == ("person", "name") else _field_label(column)
    )
    return Text(
        QT_TR_NOOP("{table}の{field}"), table=_word(TABLE_LABELS.get(table, table)), field=field
    )


def _field_label(column: str) -> Text:
    return _word(FIELD_LABELS.get(column, column))


def _word(label: str | Text) -> Text:
    """A label as a parameter of a message: marked where it was written, translated with it."""
    return label if isinstance(label, Text) else Text(label)


def required(value: str | None, field: str, label: str) -> str:
    """The value cleaned; refused when empty (`label`, marked, names the field)."""
    if value is not None:
        _refuse_broken(value, field, label)
    text = clean(value)
    if text is None:
        raise ValidationError(QT_TR_NOOP("{label}を入力してください。"), field, label=_word(label))
    return text


def fetch_marked(
    session: Session,
    model: type[ModelT],
    marks: Sequence[tuple[int, int]],
    *,
    belongs: Callable[[ModelT], bool],
    elsewhere: str,
    field: str,
    changed: str,
    name: Callable[[ModelT], str],
) -> list[ModelT]:
    """The rows `marks` names (id, version as loaded) for a mark made on many at once (出席,
    受付): all of them or none. One of another list is refused with `elsewhere` (naming `field`),
    one changed on another PC since it was loaded with `changed` ({name}: whose)."""
    chosen = []
    for row_id, version in marks:
        row = fetch(session, model, row_id)
        if not belongs(row):
            raise ValidationError(elsewhere, field)
        if getattr(row, "version", version) != version:
            raise ConflictError(changed, name=name(row))
        chosen.append(row)
    return chosen


def fetch(
    session: Session,
    model: type[ModelT],
    row_id: int,
    version: int | None = None,
    *,
    lock: bool = False,
) -> ModelT:
    """Load a row for editing; refuse when it is gone or was changed by someone else.

    `lock`: the row is read afresh and locked until the transaction ends (PostgreSQL: SELECT …
    FOR UPDATE; SQLite: the file's write lock, see db.database.lock_for_writing), so
    that what is decided from it and from its rows cannot change before the decision is stored.
    """
    if lock:
        lock_for_writing(session)
    obj = session.get(model, row_id, with_for_update=True if lock else None, populate_existing=lock)
    if obj is None:
        raise ConflictError(QT_TR_NOOP("このデータは削除されています。一覧を更新してください。"))
    if version is not None and getattr(obj, "version", version) != version:
        raise ConflictError(
            QT_TR_NOOP(
                "このデータは読み込んだ後に別の操作で変更されています。"
                "一覧を更新してから編集し直してください。"
            ),
            model.__tablename__,
            row_id,
        )
    return obj


def editable(
    session: Session, model: type[ModelT], row_id: int | None, version: int | None, **new: object
) -> ModelT:
    """The row to edit (refused when changed since it was loaded), or a new one in the session."""
    if row_id is None:
        obj = model(**new)
        session.add(obj)
        return obj
    return fetch(session, model, row_id, version)


# Fiscal years the app accepts: wareki starts in 明治6年; later than 2200 is surely a typo.
FIRST_FISCAL_YEAR = 1873
LAST_FISCAL_YEAR = 2200


def parse_count(value: str | None, field: str, label: str, *, minimum: int = 1) -> int:
    """A small whole number typed in any width (１２ → 12); ① or ² are not numbers here."""
    text = unicodedata.normalize("NFKC", value or "").strip()
    if not re.fullmatch(r"[0-9]{1,6}", text) or int(text) < minimum:
        raise ValidationError(
            QT_TR_NOOP("{label}は {minimum} 以上の数字で入力してください。"),
            field,
            label=_word(label),
            minimum=minimum,
        )
    return int(text)


def parse_fiscal_year(value: str | None, field: str = "fiscal_year") -> int:
    """年度 as typed: 2020, 2020年度, 令和2年度, R2, R2年度, H30 → Gregorian integer."""
    text = unicodedata.normalize("NFKC", value or "").strip().replace(" ", "")
    if not text:
        raise ValidationError(QT_TR_NOOP("年度を入力してください（例: 令和2年度、2020）。"), field)
    body = text.removesuffix("度").removesuffix("年") if text.endswith(("年度", "年")) else text
    year: int | None = int(body) if re.fullmatch(r"[0-9]{4}", body) else None
    # An era year is read through a date inside it; 令和元年 starts in May, 平成31年 ends in April.
    for month_day in ("4月1日", "12月31日", "1月7日"):
        if year is not None:
            break
        try:
            year = parse_date(f"{body}年{month_day}").year
        except DateParseError:
            continue
    if year is None or not FIRST_FISCAL_YEAR <= year <= LAST_FISCAL_YEAR:
        raise ValidationError(
            QT_TR_NOOP(
                "年度「{value}」を読めません。令和2年度、R2、2020 のように入力してください。"
            ),
            field,
            value=value,
        )
    return year


def optional_date(value: str | None, field: str) -> dt.date | None:
    """A date as typed (和暦 or Gregorian), None when blank; unreadable: a ValidationError."""
    if not clean(value):
        return None
    try:
        return parse_date(value)
    except DateParseError as exc:
        raise ValidationError(exc.said, field) from None


def find_or_create_organization(session: Session, name: str, kind: str = "other") -> Organization:
    """The organization of that name (compared after normalisation), created if new."""
    key = normalize_for_compare(name)
    found = session.scalars(select(Organization).where(Organization.name_key == key)).first()
    if found is not None:
        return found
    org = Organization(name=name, kind=kind, name_key=key)
    session.add(org)
    return org


def split_names(text: str | None) -> list[str]:
    """Several names in one cell: separated by 、 , ・ ／ / or line breaks."""
    if not text:
        return []
    _refuse_broken(text)
    text = text_rules.strip_controls(text)
    parts = re.split(r"[、,，/／\n]+", text)
    return [p.strip() for p in parts if p.strip()]


def day_in_words(day: dt.date) -> Spelled:
    """A date put in a message: 令和8年11月22日 in Japanese, 2026-11-22 in other languages."""
    return Spelled(format_wareki(day), day.isoformat())
