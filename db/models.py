"""Typed SQLAlchemy 2.0 models for the whole data model.

Identifiers are English; what the user sees is Japanese (see `db.vocab`). Enumerations are
stored as short English codes in plain string columns, so that a new value needs no schema
change and the JSON interchange stays readable. Every editable table carries a `version`
column used by SQLAlchemy's optimistic concurrency check: saving a row someone else changed
since it was loaded raises `StaleDataError` instead of silently overwriting it.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    Time,
    UniqueConstraint,
    event,
    func,
    inspect,
    text,
)
from sqlalchemy.orm import (
    DeclarativeBase,
    Mapped,
    Session,
    declared_attr,
    mapped_column,
    relationship,
)

# Deterministic constraint names keep Alembic migrations portable (SQLite batch mode needs them).
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Versioned:
    """Primary key, optimistic-locking version and timestamps shared by editable tables."""

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    created_at: Mapped[dt.datetime] = mapped_column(
        DateTime, nullable=False, server_default=func.current_timestamp()
    )
    updated_at: Mapped[dt.datetime] = mapped_column(
        DateTime,
        nullable=False,
        server_default=func.current_timestamp(),
        onupdate=func.current_timestamp(),
    )

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]


registration_categories = Table(
    "registration_category",
    Base.metadata,
    Column("registration_id", ForeignKey("registration.id", ondelete="CASCADE"), primary_key=True),
    Column("category_id", ForeignKey("category.id", ondelete="CASCADE"), primary_key=True),
    # A field's registrations without a look into the table (the matching reads them by field).
    Index(None, "category_id", "registration_id"),
)

measure_categories = Table(
    "measure_category",
    Base.metadata,
    Column("measure_id", ForeignKey("measure.id", ondelete="CASCADE"), primary_key=True),
    Column(
        "category_id", ForeignKey("category.id", ondelete="CASCADE"), primary_key=True, index=True
    ),
)

project_categories = Table(
    "project_category",
    Base.metadata,
    Column("project_id", ForeignKey("project.id", ondelete="CASCADE"), primary_key=True),
    Column(
        "category_id", ForeignKey("category.id", ondelete="CASCADE"), primary_key=True, index=True
    ),
)


class Organization(Versioned, Base):
    """団体: a local government, ministry, regional bureau, company, university, association…"""

    __tablename__ = "organization"

    kind: Mapped[str] = mapped_column(String(32), nullable=False)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    kana: Mapped[str | None] = mapped_column(String(200))
    # 全国地方公共団体コード (6 digits with check digit); unique among local governments.
    lg_code: Mapped[str | None] = mapped_column(String(6), unique=True)
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("organization.id", ondelete="SET NULL"), index=True
    )
    # 郵便番号 as written on an envelope (100-8914); the address without it.
    postal_code: Mapped[str | None] = mapped_column(String(8))
    address: Mapped[str | None] = mapped_column(Text)
    phone: Mapped[str | None] = mapped_column(String(50))
    email: Mapped[str | None] = mapped_column(String(200))
    note: Mapped[str | None] = mapped_column(Text)
    # Normalised name (NFKC, spaces, corporate forms) for search and duplicate detection only.
    name_key: Mapped[str] = mapped_column(String(200), nullable=False, index=True)
    # Where lists put it (db.keys.stored_sort_key: local governments by code, others in 五十音順),
    # kept so that the database sorts, not Python. Worked out from the columns above, it is
    # left out of the audit log: an undo restores those, and the key follows.
    sort_key: Mapped[bytes] = mapped_column(
        LargeBinary, nullable=False, index=True, info={"audited": False}
    )
    # What the 登録 tab's search looks through, normalised (db.keys.organization_search_text:
    # its name, kind, code, reading and its registrations' summaries), so that the database
    # searches instead of Python building every row's text. Kept up to date by db.keys on every
    # write of the organization or of its registrations; left out of the audit log like sort_key.
    search_key: Mapped[str] = mapped_column(
        Text, nullable=False, default="", info={"audited": False}
    )

    parent: Mapped[Organization | None] = relationship(remote_side="Organization.id")
    people: Mapped[list[Person]] = relationship(back_populates="organization")
    registrations: Mapped[list[Registration]] = relationship(
        back_populates="organization", cascade="all, delete-orphan"
    )


class Person(Versioned, Base):
    """担当者・委員."""

    __tablename__ = "person"
    __table_args__ = (Index(None, "organization_id", "name_key"),)

    name: Mapped[str] = mapped_column(String(100), nullable=False)
    kana: Mapped[str | None] = mapped_column(String(100))
    organization_id: Mapped[int | None] = mapped_column(
        ForeignKey("organization.id", ondelete="SET NULL")
    )
    post: Mapped[str | None] = mapped_column(String(200))
    # A person's own address, where letters go to them rather than to their organization.
    postal_code: Mapped[str | None] = mapped_column(String(8))
    address: Mapped[str | None] = mapped_column(Text)
    email: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(50))
    name_key: Mapped[str] = mapped_column(String(100), nullable=False, index=True)

    organization: Mapped[Organization | None] = relationship(back_populates="people")


class Program(Versioned, Base):
    """事業・施策の枠組み; its categories (政策分野 / 技術 / アクション項目) are data."""

    __tablename__ = "program"

    name: Mapped[str] = mapped_column(String(200), nullable=False, unique=True)
    category_label: Mapped[str] = mapped_column(String(50), nullable=False, default="分野")
    description: Mapped[str | None] = mapped_column(Text)

    categories: Mapped[list[Category]] = relationship(
        back_populates="program", order_by="Category.order", cascade="all, delete-orphan"
    )


class Category(Base):
    __tablename__ = "category"
    __table_args__ = (UniqueConstraint("program_id", "name"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    program_id: Mapped[int] = mapped_column(
        ForeignKey("program.id", ondelete="CASCADE"), nullable=False
    )
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    group: Mapped[str | None] = mapped_column(String(200))
    order: Mapped[int] = mapped_column(Integer, nullable=False, default=0)

    program: Mapped[Program] = relationship(back_populates="categories")


class Registration(Versioned, Base):
    """An organization registering in a program: 関心 / 提供 / 支援策 / 連携 per categories."""

    __tablename__ = "registration"
    __table_args__ = (Index(None, "organization_id", "program_id", "role"),)

    organization_id: Mapped[int] = mapped_column(
        ForeignKey("organization.id", ondelete="CASCADE"), nullable=False
    )
    program_id: Mapped[int] = mapped_column(
        ForeignKey("program.id", ondelete="CASCADE"), index=True, nullable=False
    )
    role: Mapped[str] = mapped_column(String(20), nullable=False)
    summary: Mapped[str | None] = mapped_column(Text)
    department: Mapped[str | None] = mapped_column(String(200))
    contact_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), index=True
    )
    received_on: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), nullable=False, default="received")
    publish_consent: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    import_batch_id: Mapped[int | None] = mapped_column(
        ForeignKey("import_batch.id", ondelete="SET NULL"), index=True
    )

    organization: Mapped[Organization] = relationship(back_populates="registrations")
    program: Mapped[Program] = relationship()
    contact_person: Mapped[Person | None] = relationship()
    categories: Mapped[list[Category]] = relationship(secondary=registration_categories)


class Measure(Versioned, Base):
    """支援策: a ministry's support measure with its department, contact and budget lines."""

    __tablename__ = "measure"

    name: Mapped[str] = mapped_column(String(300), nullable=False)
    ministry_id: Mapped[int | None] = mapped_column(
        ForeignKey("organization.id", ondelete="SET NULL"), index=True
    )
    program_id: Mapped[int | None] = mapped_column(
        ForeignKey("program.id", ondelete="SET NULL"), index=True
    )
    department: Mapped[str | None] = mapped_column(String(200))
    summary: Mapped[str | None] = mapped_column(Text)
    support: Mapped[str | None] = mapped_column(Text)
    contact: Mapped[str | None] = mapped_column(Text)
    mark: Mapped[str | None] = mapped_column(String(4))
    aliases: Mapped[list[str]] = mapped_column(JSON, nullable=False, default=list)
    past_selections: Mapped[str | None] = mapped_column(Text)
    # How a legend names it (the selection table's legend may use another year's name than the
    # measure's own), and that legend's footnote on the name (e.g. 令和2年度までの施策名は「…」).
    legend_name: Mapped[str | None] = mapped_column(String(300))
    legend_note: Mapped[str | None] = mapped_column(Text)

    ministry: Mapped[Organization | None] = relationship()
    program: Mapped[Program | None] = relationship()
    categories: Mapped[list[Category]] = relationship(secondary=measure_categories)
    budget_lines: Mapped[list[BudgetLine]] = relationship(
        back_populates="measure",
        cascade="all, delete-orphan",
        order_by="(BudgetLine.fiscal_year.desc(), BudgetLine.kind)",
    )
    selections: Mapped[list[MeasureSelection]] = relationship(
        back_populates="measure", cascade="all, delete-orphan"
    )


class BudgetLine(Base):
    """予算額 of a measure for one fiscal year (当初 or 補正); text keeps what was written."""

    __tablename__ = "budget_line"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    measure_id: Mapped[int] = mapped_column(
        ForeignKey("measure.id", ondelete="CASCADE"), index=True, nullable=False
    )
    fiscal_year: Mapped[int] = mapped_column(Integer, nullable=False)
    kind: Mapped[str] = mapped_column(String(10), nullable=False)  # 当初 / 補正
    amount_yen: Mapped[int | None] = mapped_column(BigInteger)  # the measure's own money only
    text: Mapped[str | None] = mapped_column(Text)
    # 内数: the line is a share of a larger total the source names ("R2年度第3次補正予算305億円");
    # that total is never the measure's own amount and never added to it.
    share_of: Mapped[str | None] = mapped_column(Text)

    measure: Mapped[Measure] = relationship(back_populates="budget_lines")


class MeasureSelection(Base):
    """An area selected under a measure (スマートシティ関連事業 table: 62 regions × 5 programs)."""

    __tablename__ = "measure_selection"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    measure_id: Mapped[int] = mapped_column(
        ForeignKey("measure.id", ondelete="CASCADE"), index=True, nullable=False
    )
    item_no: Mapped[int | None] = mapped_column(Integer)
    area: Mapped[str] = mapped_column(String(300), nullable=False)
    # fiscal_year of the selection; None with past=True means "過年度" (an earlier, unnamed year).
    fiscal_year: Mapped[int | None] = mapped_column(Integer)
    past: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)

    measure: Mapped[Measure] = relationship(back_populates="selections")
    organizations: Mapped[list[Organization]] = relationship(
        secondary="measure_selection_organization", order_by="Organization.lg_code"
    )


measure_selection_organizations = Table(
    "measure_selection_organization",
    Base.metadata,
    Column(
        "selection_id", ForeignKey("measure_selection.id", ondelete="CASCADE"), primary_key=True
    ),
    Column(
        "organization_id",
        ForeignKey("organization.id", ondelete="CASCADE"),
        primary_key=True,
        index=True,
    ),
)


class ProjectProposer(Base):
    __tablename__ = "project_proposer"

    project_id: Mapped[int] = mapped_column(
        ForeignKey("project.id", ondelete="CASCADE"), primary_key=True
    )
    organization_id: Mapped[int] = mapped_column(
        ForeignKey("organization.id", ondelete="CASCADE"), index=True, primary_key=True
    )
    order: Mapped[int] = mapped_column(Integer, nullable=False, default=0)

    project: Mapped[Project] = relationship(back_populates="proposer_links")
    organization: Mapped[Organization] = relationship()


class Project(Versioned, Base):
    """選定事業: support runs 3 fiscal years from selection, +2 per approved continuation."""

    __tablename__ = "project"

    program_id: Mapped[int] = mapped_column(
        ForeignKey("program.id", ondelete="RESTRICT"), index=True, nullable=False
    )
    number: Mapped[int | None] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(Text, nullable=False)
    selected_fiscal_year: Mapped[int] = mapped_column(Integer, nullable=False)
    summary: Mapped[str | None] = mapped_column(Text)

    program: Mapped[Program] = relationship()
    proposer_links: Mapped[list[ProjectProposer]] = relationship(
        back_populates="project", order_by="ProjectProposer.order", cascade="all, delete-orphan"
    )
    categories: Mapped[list[Category]] = relationship(secondary=project_categories)
    continuations: Mapped[list[Continuation]] = relationship(
        back_populates="project", cascade="all, delete-orphan", order_by="Continuation.id"
    )
    councils: Mapped[list[Council]] = relationship(back_populates="project")

    @property
    def proposers(self) -> list[Organization]:
        return [link.organization for link in self.proposer_links]


class Continuation(Base):
    """継続申請: submitted / decided dates and result (pending / approved / rejected)."""

    __tablename__ = "continuation"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    project_id: Mapped[int] = mapped_column(
        ForeignKey("project.id", ondelete="CASCADE"), index=True, nullable=False
    )
    submitted_on: Mapped[dt.date | None] = mapped_column(Date)
    decided_on: Mapped[dt.date | None] = mapped_column(Date)
    result: Mapped[str] = mapped_column(String(20), nullable=False, default="pending")

    project: Mapped[Project] = relationship(back_populates="continuations")


class Council(Versioned, Base):
    """協議会・会議: a liaison conference, its board (幹事会), or a project's regional council."""

    __tablename__ = "council"

    name: Mapped[str] = mapped_column(String(200), nullable=False, unique=True)
    kind: Mapped[str] = mapped_column(String(20), nullable=False)
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("council.id", ondelete="SET NULL"), index=True
    )
    project_id: Mapped[int | None] = mapped_column(
        ForeignKey("project.id", ondelete="SET NULL"), index=True
    )
    established_on: Mapped[dt.date | None] = mapped_column(Date)
    # 事務局: who runs the council (内閣府地方創生推進事務局), printed under its roster.
    secretariat: Mapped[str | None] = mapped_column(String(200))
    note: Mapped[str | None] = mapped_column(Text)

    parent: Mapped[Council | None] = relationship(remote_side="Council.id")
    project: Mapped[Project | None] = relationship(back_populates="councils")
    memberships: Mapped[list[Membership]] = relationship(
        back_populates="council",
        cascade="all, delete-orphan",
        order_by="Membership.order",
    )
    meetings: Mapped[list[Meeting]] = relationship(
        back_populates="council", cascade="all, delete-orphan", order_by="Meeting.number"
    )


class Membership(Versioned, Base):
    """A seat on a council: a person, or only a post, with role, display order and term."""

    __tablename__ = "membership"

    council_id: Mapped[int] = mapped_column(
        ForeignKey("council.id", ondelete="CASCADE"), index=True, nullable=False
    )
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), index=True
    )
    organization_id: Mapped[int | None] = mapped_column(
        ForeignKey("organization.id", ondelete="SET NULL"), index=True
    )
    role: Mapped[str] = mapped_column(String(20), nullable=False, default="member")
    post: Mapped[str | None] = mapped_column(String(300))
    group_name: Mapped[str | None] = mapped_column(String(100))
    order: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    term_start: Mapped[dt.date | None] = mapped_column(Date)
    term_end: Mapped[dt.date | None] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)

    council: Mapped[Council] = relationship(back_populates="memberships")
    person: Mapped[Person | None] = relationship()
    organization: Mapped[Organization | None] = relationship()


class Meeting(Versioned, Base):
    """第n回 of a council: when and where, the 議事次第, the reply deadline and who is invited."""

    __tablename__ = "meeting"
    __table_args__ = (UniqueConstraint("council_id", "number"),)

    council_id: Mapped[int] = mapped_column(
        ForeignKey("council.id", ondelete="CASCADE"), nullable=False
    )
    number: Mapped[int] = mapped_column(Integer, nullable=False)
    date: Mapped[dt.date | None] = mapped_column(Date)
    start_time: Mapped[dt.time | None] = mapped_column(Time)
    end_time: Mapped[dt.time | None] = mapped_column(Time)
    format: Mapped[str | None] = mapped_column(String(10))  # SESSION_FORMATS
    venue: Mapped[str | None] = mapped_column(String(300))
    url: Mapped[str | None] = mapped_column(String(500))
    # 議事次第: one item a line, in the order of the day.
    agenda: Mapped[str | None] = mapped_column(Text)
    reply_by: Mapped[dt.date | None] = mapped_column(Date)  # 回答期限
    note: Mapped[str | None] = mapped_column(Text)

    council: Mapped[Council] = relationship(back_populates="meetings")
    invitations: Mapped[list[Invitation]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="Invitation.order"
    )


class Invitation(Versioned, Base):
    """One invitee of a meeting: the seat as it was on the day (so a later change of the roster
    does not rewrite who was invited), the reply, and the attendance on the day."""

    __tablename__ = "invitation"
    __table_args__ = (UniqueConstraint("meeting_id", "person_id"),)

    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), nullable=False
    )
    # The seat on the roster it came from; none for someone the user added.
    membership_id: Mapped[int | None] = mapped_column(
        ForeignKey("membership.id", ondelete="SET NULL"), index=True
    )
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), index=True
    )
    organization_id: Mapped[int | None] = mapped_column(
        ForeignKey("organization.id", ondelete="SET NULL"), index=True
    )
    post: Mapped[str | None] = mapped_column(String(300))
    role: Mapped[str | None] = mapped_column(String(20))  # MEMBER_ROLES, for rank and badges
    order: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    reply: Mapped[str] = mapped_column(String(20), nullable=False, default="none")  # REPLIES
    replied_on: Mapped[dt.date | None] = mapped_column(Date)
    deputy_name: Mapped[str | None] = mapped_column(String(100))  # 代理出席
    deputy_post: Mapped[str | None] = mapped_column(String(200))
    companions: Mapped[str | None] = mapped_column(Text)  # 随行者, one a line
    attended: Mapped[bool | None] = mapped_column(Boolean)  # ticked at the 受付
    note: Mapped[str | None] = mapped_column(Text)

    meeting: Mapped[Meeting] = relationship(back_populates="invitations")
    membership: Mapped[Membership | None] = relationship()
    person: Mapped[Person | None] = relationship()
    organization: Mapped[Organization | None] = relationship()

    @classmethod
    def of_seat(cls, seat: Membership) -> Invitation:
        """An invitation of the member on `seat`, the seat copied as it is today."""
        return cls(
            membership=seat,
            person=seat.person,
            organization=seat.organization,
            post=seat.post,
            role=seat.role,
            order=seat.order,
        )


class EventSeries(Versioned, Base):
    """A series of events, e.g. 令和3年度 未来技術実装ミニシンポジウム."""

    __tablename__ = "event_series"

    name: Mapped[str] = mapped_column(String(200), nullable=False, unique=True)
    fiscal_year: Mapped[int | None] = mapped_column(Integer)
    program_id: Mapped[int | None] = mapped_column(
        ForeignKey("program.id", ondelete="SET NULL"), index=True
    )
    eligibility: Mapped[str | None] = mapped_column(Text)
    note: Mapped[str | None] = mapped_column(Text)

    program: Mapped[Program | None] = relationship()
    sessions: Mapped[list[EventSession]] = relationship(
        back_populates="series", cascade="all, delete-orphan", order_by="EventSession.number"
    )


class EventSession(Versioned, Base):
    """第n回: theme, date, start/end time, format (web / venue), who may attend."""

    __tablename__ = "event_session"
    __table_args__ = (UniqueConstraint("series_id", "number"),)

    series_id: Mapped[int] = mapped_column(
        ForeignKey("event_series.id", ondelete="CASCADE"), nullable=False
    )
    number: Mapped[int] = mapped_column(Integer, nullable=False)
    theme: Mapped[str | None] = mapped_column(String(300))
    date: Mapped[dt.date | None] = mapped_column(Date)
    start_time: Mapped[dt.time | None] = mapped_column(Time)
    end_time: Mapped[dt.time | None] = mapped_column(Time)
    format: Mapped[str | None] = mapped_column(String(10))
    venue: Mapped[str | None] = mapped_column(String(300))
    url: Mapped[str | None] = mapped_column(String(500))
    eligibility: Mapped[str | None] = mapped_column(Text)
    capacity: Mapped[int | None] = mapped_column(Integer)
    note: Mapped[str | None] = mapped_column(Text)

    series: Mapped[EventSeries] = relationship(back_populates="sessions")
    participants: Mapped[list[Participant]] = relationship(
        back_populates="session", cascade="all, delete-orphan", order_by="Participant.id"
    )


# Statuses of a live application: one holding a place or waiting for one (取消 and 欠席 are not).
LIVE_APPLICATION_STATUSES = ("applied", "waiting", "attended")
LIVE_APPLICATION = text("status IN ('applied', 'waiting', 'attended')")


class Participant(Versioned, Base):
    __tablename__ = "participant"
    # A person has at most one live application to a session, even when two PCs apply at once.
    __table_args__ = (
        Index(
            "uq_participant_live_application",
            "session_id",
            "person_id",
            unique=True,
            sqlite_where=LIVE_APPLICATION,
            postgresql_where=LIVE_APPLICATION,
        ),
    )

    session_id: Mapped[int] = mapped_column(
        ForeignKey("event_session.id", ondelete="CASCADE"), index=True, nullable=False
    )
    person_id: Mapped[int] = mapped_column(
        ForeignKey("person.id", ondelete="CASCADE"), index=True, nullable=False
    )
    status: Mapped[str] = mapped_column(String(20), nullable=False, default="applied")
    attendance: Mapped[str | None] = mapped_column(String(10))  # venue / online (参加形式)

    session: Mapped[EventSession] = relationship(back_populates="participants")
    person: Mapped[Person] = relationship()


class Milestone(Versioned, Base):
    __tablename__ = "milestone"

    program_id: Mapped[int | None] = mapped_column(
        ForeignKey("program.id", ondelete="CASCADE"), index=True
    )
    date: Mapped[dt.date] = mapped_column(Date, nullable=False)
    label: Mapped[str] = mapped_column(Text, nullable=False)
    note: Mapped[str | None] = mapped_column(Text)

    program: Mapped[Program | None] = relationship()


class RegistrationCount(Base):
    """A published count of registrations as of a date (e.g. 196 団体 as of 2020-09-01)."""

    __tablename__ = "registration_count"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    program_id: Mapped[int] = mapped_column(
        ForeignKey("program.id", ondelete="CASCADE"), index=True, nullable=False
    )
    as_of: Mapped[dt.date] = mapped_column(Date, nullable=False)
    role: Mapped[str] = mapped_column(String(20), nullable=False)
    count: Mapped[int] = mapped_column(Integer, nullable=False)
    unit: Mapped[str] = mapped_column(String(10), nullable=False)

    program: Mapped[Program] = relationship()


class PublishedFigure(Base):
    """A figure a source published about a programme's projects, kept beside what the records
    compute (e.g. 38 projects in support on 2022-02-09, 14 selected in FY2018, 5 of them ended).

    kind: selected (fiscal_year = the year of selection), in_support (on published_on), ended
    (fiscal_year = the year of selection of the projects that ended; ended_after = the last
    fiscal year of their support).
    """

    __tablename__ = "published_figure"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    program_id: Mapped[int] = mapped_column(
        ForeignKey("program.id", ondelete="CASCADE"), index=True, nullable=False
    )
    published_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    kind: Mapped[str] = mapped_column(String(20), nullable=False)
    fiscal_year: Mapped[int | None] = mapped_column(Integer)
    ended_after: Mapped[int | None] = mapped_column(Integer)
    count: Mapped[int] = mapped_column(Integer, nullable=False)
    source: Mapped[str | None] = mapped_column(Text)  # the source and its words

    program: Mapped[Program] = relationship()


class DuplicateDismissal(Base):
    """Two records the user said are not duplicates (e.g. 美郷町 of 秋田県 and of 島根県), so
    that the duplicate review does not propose them again. `kind`: organization or person;
    the smaller id first."""

    __tablename__ = "duplicate_dismissal"
    __table_args__ = (UniqueConstraint("kind", "first_id", "second_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(20), nullable=False)
    first_id: Mapped[int] = mapped_column(Integer, nullable=False)
    second_id: Mapped[int] = mapped_column(Integer, nullable=False)
    created_at: Mapped[dt.datetime] = mapped_column(
        DateTime, nullable=False, server_default=func.current_timestamp()
    )


class ImportBatch(Base):
    """One import: file, hash, kind, counts and per-row problems; the unit of undo."""

    __tablename__ = "import_batch"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    file_name: Mapped[str] = mapped_column(String(500), nullable=False)
    file_hash: Mapped[str | None] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(50), nullable=False)
    created_at: Mapped[dt.datetime] = mapped_column(
        DateTime, nullable=False, server_default=func.current_timestamp()
    )
    # Each file of the batch: {"name": …, "sha256": …}, so re-importing a file is noticed.
    files: Mapped[list[dict[str, str]]] = mapped_column(JSON, nullable=False, default=list)
    counts: Mapped[dict[str, int]] = mapped_column(JSON, nullable=False, default=dict)
    problems: Mapped[list[dict[str, Any]]] = mapped_column(JSON, nullable=False, default=list)
    undone_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class AuditEntry(Base):
    """Who changed what, when, with the values before and after (filled by db.audit)."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)
    user: Mapped[str] = mapped_column(String(100), nullable=False)
    action: Mapped[str] = mapped_column(String(10), nullable=False)  # insert / update / delete
    table_name: Mapped[str] = mapped_column(String(50), nullable=False, index=True)
    row_id: Mapped[int | None] = mapped_column(Integer, index=True)
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    import_batch_id: Mapped[int | None] = mapped_column(Integer)


# What a record's forms and imports edit besides its own columns: its links to other rows, and
# rows that are part of it. SQLAlchemy raises a version only when a column of the row itself
# changes; a change to any of these is made a change of the record (see _raise_versions), so that
# a save from a form opened before a colleague changed only the links is refused as stale.
LINKS: dict[type[Versioned], tuple[str, ...]] = {
    Program: ("categories",),
    Registration: ("categories",),
    Measure: ("categories", "budget_lines", "selections"),
    Project: ("proposer_links", "categories", "continuations"),
    Council: ("memberships",),
}
PART_OF: dict[type[Base], str] = {  # a part's class → its relationship to the owning record
    Category: "program",
    ProjectProposer: "project",
    BudgetLine: "measure",
    MeasureSelection: "measure",  # its areas' organizations included
    Continuation: "project",
    Membership: "council",
}


def _changed_owners(session: Session) -> set[Versioned]:
    """The stored records whose links or parts this flush changes."""
    owners: set[Versioned] = set()
    for obj in session.dirty:
        links = LINKS.get(type(obj), ())
        if any(inspect(obj).attrs[key].history.has_changes() for key in links):
            owners.add(obj)
    for obj in (*session.new, *session.dirty, *session.deleted):
        part_of = PART_OF.get(type(obj))
        if part_of is not None and (obj not in session.dirty or session.is_modified(obj)):
            owner = _owner(session, obj, part_of)
            if owner is not None:
                owners.add(owner)
    return {o for o in owners if inspect(o).persistent and o not in session.deleted}


def _owner(session: Session, part: Base, relation: str) -> Versioned | None:
    """The record a part belongs to, also when the part was made with its owner's id only."""
    owner: Versioned | None = getattr(part, relation)
    if owner is None:
        link = inspect(type(part)).relationships[relation]
        (column,) = link.local_columns
        owner_id = getattr(part, str(column.key))
        owner = session.get(link.mapper.class_, owner_id) if owner_id is not None else None
    return owner


@event.listens_for(Session, "before_flush")
def _raise_versions(session: Session, _flush_context: Any, _instances: Any) -> None:
    """Touching `updated_at` makes the flush update the record's row, and with it check and
    raise its version: a concurrent save of the same record then fails as stale."""
    for owner in _changed_owners(session):
        owner.updated_at = func.current_timestamp()


# Ids are never reused on SQLite (AUTOINCREMENT): a deleted row's history in the audit log and
# ids held by other tools must not come to point at a new, unrelated row.
for _table in Base.metadata.tables.values():
    if any(column.primary_key and column.autoincrement is not False for column in _table.c):
        _table.dialect_options["sqlite"]["autoincrement"] = True
