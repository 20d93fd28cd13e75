"""What the window offers to choose from when a sheet needs a council, an event session, a
field or a programme and nothing is selected on the tabs (ファイル ▸ 印刷する集計表)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Category, Council, EventSeries, EventSession, Program, Registration


@dataclass(frozen=True)
class SessionChoice:
    series: str
    number: int


@dataclass(frozen=True)
class CategoryChoice:
    program: str
    category: str


def council_names(session: Session) -> list[str]:
    """As the 会議・協議会 list orders them."""
    return list(session.scalars(select(Council.name).order_by(Council.id)))


def series_names(session: Session) -> list[str]:
    """As the イベント tab orders them: the latest fiscal year first."""
    order = (EventSeries.fiscal_year.desc(), EventSeries.id)
    return list(session.scalars(select(EventSeries.name).order_by(*order)))


def session_choices(session: Session) -> list[SessionChoice]:
    """Every session of every series, the latest fiscal year first, each series in order."""
    rows = session.execute(
        select(EventSeries.name, EventSession.number)
        .join(EventSession, EventSession.series_id == EventSeries.id)
        .order_by(EventSeries.fiscal_year.desc(), EventSeries.id, EventSession.number)
    ).all()
    return [SessionChoice(name, number) for name, number in rows]


def category_choices(session: Session) -> list[CategoryChoice]:
    """Every programme's fields, as the 登録 tab lists them."""
    rows = session.execute(
        select(Program.name, Category.name)
        .join(Category, Category.program_id == Program.id)
        .order_by(Program.id, Category.order, Category.id)
    ).all()
    return [CategoryChoice(program, category) for program, category in rows]


def programs_with_experts(session: Session) -> list[str]:
    """The programmes an expert offers in (専門家カタログ), as the 登録 tab orders them."""
    offering = select(Registration.program_id).where(Registration.role == "offer")
    return list(
        session.scalars(select(Program.name).where(Program.id.in_(offering)).order_by(Program.id))
    )
