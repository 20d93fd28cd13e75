"""A clearly fictitious sample set for the demo (架空のサンプル), kept apart from the seed facts.

The seeds leave the flagship オープンラボ without a single registration, no session with
participants and every date in 2020–2022, so matching, the expert catalogue, the participant
lists and the dashboard would show nothing. This set fills them, relative to the day the demo is
made, and says what it is wherever it appears: every name, series, summary and label carries
「架空のサンプル」, and no record here names a real body or person.

Letters need addresses (宛名ラベル, 長形3号), so the sample has them, shaped like real ones
(都道府県, 市区町村, 町名, 番地, 建物名 and 階) but placed where no one lives: in 架空県, under a
postal code of 000-xxxx, a range Japan Post never assigns, so none ever leads to a real place.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from db.models import (
    Category,
    Council,
    EventSeries,
    EventSession,
    Invitation,
    Meeting,
    Membership,
    Milestone,
    Organization,
    Participant,
    Person,
    Program,
    Registration,
)

MARK = "架空のサンプル"
NOTE = f"{MARK}（デモ用。実在しません）"
OPENLAB = "地域未来構想20 オープンラボ"

# (name, kind, kana)
_LOCAL_GOVERNMENTS = [
    ("あおば市", "municipality", "あおばし"),
    ("みなと町", "municipality", "みなとまち"),
    ("やまなみ村", "municipality", "やまなみむら"),
]
_EXPERTS = [
    ("株式会社サンプルモビリティ", "company", "さんぷるもびりてぃ"),
    ("サンプル医療データ株式会社", "company", "さんぷるいりょうでーた"),
    ("架空工業大学 地域連携センター", "university", "かくうこうぎょうだいがく"),
]
# A municipality's form asks for its 地方公共団体コード: prefecture 99, which no prefecture has
# (01 北海道 … 47 沖縄県), with a right check digit, so the sample saves like any other.
_LG_CODES = {"あおば市": "990019", "みなと町": "990027", "やまなみ村": "990035"}
# (postal code, address) of each organization, written as offices write their own: 丁目 as a
# kanji numeral or 1-2-3, with a building and its floor.
_ORGANIZATION_ADDRESSES = {
    "あおば市": ("000-0001", "架空県あおば市本町一丁目2番3号"),
    "みなと町": ("000-0002", "架空県みなと郡みなと町港南456番地"),
    "やまなみ村": ("000-0003", "架空県やまなみ郡やまなみ村大字中山1234番地1"),
    "株式会社サンプルモビリティ": ("000-0011", "架空県あおば市中央2-3-4 サンプルビル5階"),
    "サンプル医療データ株式会社": (
        "000-0012",
        "架空県あおば市駅前三丁目5番7号 架空メディカルタワー12F",
    ),
    "架空工業大学 地域連携センター": ("000-0021", "架空県みなと郡みなと町学園台1番1号"),
}
# People whose letters go elsewhere than to their organization's address: a department at a
# branch office, and one in the city hall's annex.
_OWN_ADDRESSES = {
    "河野 花子": ("000-0022", "架空県みなと郡みなと町港南2-8-10 みなとビジネスセンター3階"),
    "東海林 翔": ("000-0004", "架空県あおば市本町一丁目5番 あおば市役所別館2階"),
}
# (organization, policy fields, what it wants or offers)
_INTERESTS = [
    ("あおば市", ["教育", "医療", "地域交通体系"], "中山間地の通学・通院の足を確保したい。"),
    ("みなと町", ["医療", "物流の進化"], "離島への医薬品配送を検討している。"),
    ("やまなみ村", ["強い農林水産", "地域交通体系"], "スマート農業と買物支援を組み合わせたい。"),
]
_OFFERS = [
    (
        "株式会社サンプルモビリティ",
        ["地域交通体系", "物流の進化"],
        "AIデマンド交通と貨客混載の運行設計。",
    ),
    ("サンプル医療データ株式会社", ["医療", "発熱外来"], "オンライン診療と受診予約の仕組み。"),
    ("架空工業大学 地域連携センター", ["教育", "強い農林水産"], "遠隔授業と農業センサーの実証。"),
]
# People with readings that exercise the 五十音順: こうの, ごとう, こばやし (voiced after
# unvoiced), こおり, こが, こんどう, and one without a reading (listed last).
# (name, kana or None, organization, post)
_PEOPLE = [
    ("小林 誠", "こばやし まこと", "あおば市", "企画政策課 主査"),
    ("後藤 健", "ごとう けん", "みなと町", "総務課 係長"),
    ("河野 花子", "こうの はなこ", "株式会社サンプルモビリティ", "事業開発部"),
    ("近藤 由美", "こんどう ゆみ", "サンプル医療データ株式会社", "営業部"),
    ("郡 一郎", "こおり いちろう", "やまなみ村", "産業振興課"),
    ("古賀 真理", "こが まり", "架空工業大学 地域連携センター", "センター長"),
    ("東海林 翔", None, "あおば市", "情報政策課"),
]


def sample_name(name: str) -> str:
    """「あおば市（架空のサンプル）」: the mark goes with the name wherever it is shown."""
    return f"{name}（{MARK}）"


def load_sample(session: Session, today: dt.date) -> None:
    """Add the sample set; dates are counted from `today`, the day the demo is made."""
    program = session.query(Program).filter_by(name=OPENLAB).one()
    fields = {c.name: c for c in session.query(Category).filter_by(program_id=program.id)}
    orgs: dict[str, Organization] = {}
    for org_name, kind, org_kana in _LOCAL_GOVERNMENTS + _EXPERTS:
        postal_code, address = _ORGANIZATION_ADDRESSES[org_name]
        orgs[org_name] = Organization(
            kind=kind,
            name=sample_name(org_name),
            kana=org_kana,
            lg_code=_LG_CODES.get(org_name),
            postal_code=postal_code,
            address=address,
            note=NOTE,
        )
        session.add(orgs[org_name])
    people: dict[str, Person] = {}
    for name, kana, org, post in _PEOPLE:
        own_code, own_address = _OWN_ADDRESSES.get(name, (None, None))
        person = Person(
            name=name,
            kana=kana,
            organization=orgs[org],
            post=post,
            postal_code=own_code,
            address=own_address,
        )
        people[name] = person
        session.add(person)
    for role, rows in (("interest", _INTERESTS), ("offer", _OFFERS)):
        for org, names, summary in rows:
            contact = next(people[n] for n, _k, o, _p in _PEOPLE if o == org)
            session.add(
                Registration(
                    organization=orgs[org],
                    program=program,
                    role=role,
                    categories=[fields[n] for n in names],
                    summary=f"【{MARK}】{summary}",
                    contact_person=contact,
                    received_on=today - dt.timedelta(days=20),
                    status="published",
                    publish_consent=True,
                )
            )
    _load_events(session, program, today, people)
    _load_council(session, today, people)
    for days, label in (
        (7, "関心分野の追加登録〆切"),
        (21, "専門家紹介冊子の送付"),
    ):
        session.add(
            Milestone(
                program=program,
                date=today + dt.timedelta(days=days),
                label=f"【{MARK}】{label}",
                note=NOTE,
            )
        )


def _load_events(
    session: Session, program: Program, today: dt.date, people: dict[str, Person]
) -> None:
    fiscal_year = today.year if today.month >= 4 else today.year - 1
    series = EventSeries(
        name=f"【{MARK}】地域DX勉強会",
        fiscal_year=fiscal_year,
        program=program,
        eligibility="地方公共団体職員、登録専門家",
        note=NOTE,
    )
    plan = [
        (1, "デマンド交通の始め方", -30, "venue", "あおば市役所 3階会議室（架空）"),
        (2, "オンライン診療と医薬品配送", 14, "hybrid", "みなと町 交流センター（架空）"),
        (3, "スマート農業の現場から", 45, "web", None),
    ]
    for number, theme, days, form, venue in plan:
        series.sessions.append(
            EventSession(
                number=number,
                theme=theme,
                date=today + dt.timedelta(days=days),
                start_time=dt.time(14, 0),
                end_time=dt.time(16, 0),
                format=form,
                venue=venue,
                capacity=30,
                note=NOTE,
            )
        )
    session.add(series)
    past, upcoming = series.sessions[0], series.sessions[1]
    for name, _kana, _org, _post in _PEOPLE:
        person = people[name]
        past.participants.append(Participant(person=person, status="attended", attendance="venue"))
        upcoming.participants.append(
            Participant(person=person, status="applied", attendance="online")
        )


# The sample council's members: (name, role, group) in the roster's order.
_MEMBERS = [
    ("古賀 真理", "chair", "学識経験者"),
    ("小林 誠", "member", "地方公共団体"),
    ("後藤 健", "member", "地方公共団体"),
    ("郡 一郎", "member", "地方公共団体"),
    ("河野 花子", "member", "民間事業者"),
    ("近藤 由美", "member", "民間事業者"),
]
# (name, reply, attended) of the past meeting; of the upcoming one, the replies that came
# (the rest have not replied yet).
_PAST_REPLIES = {
    "古賀 真理": ("attend", True),
    "小林 誠": ("attend", True),
    "後藤 健": ("deputy", True),
    "郡 一郎": ("absent", False),
    "河野 花子": ("attend", True),
    "近藤 由美": ("attend", False),  # said yes, did not come
}
_UPCOMING_REPLIES = {"古賀 真理": "attend", "小林 誠": "absent", "河野 花子": "deputy"}


def _load_council(session: Session, today: dt.date, people: dict[str, Person]) -> None:
    """A council of the sample people with one meeting held (replies and 受付 recorded) and
    the next one ahead (some replies still missing): every step of a meeting shows."""
    council = Council(
        name=f"【{MARK}】地域DX推進協議会",
        kind="other",
        secretariat=sample_name("あおば市 企画政策課"),
        note=NOTE,
    )
    for order, (name, role, group) in enumerate(_MEMBERS, start=1):
        person = people[name]
        council.memberships.append(
            Membership(
                person=person,
                organization=person.organization,
                role=role,
                post=person.post,
                group_name=group,
                order=order,
                term_start=today - dt.timedelta(days=180),
            )
        )
    agenda = "開会\n議事（1）取組の進捗について\n議事（2）意見交換\n閉会"
    past = Meeting(
        number=1,
        date=today - dt.timedelta(days=30),
        start_time=dt.time(10, 0),
        end_time=dt.time(12, 0),
        format="venue",
        venue="あおば市役所 3階会議室（架空）",
        agenda=agenda,
        reply_by=today - dt.timedelta(days=37),
        note=NOTE,
    )
    upcoming = Meeting(
        number=2,
        date=today + dt.timedelta(days=21),
        start_time=dt.time(14, 0),
        end_time=dt.time(16, 0),
        format="hybrid",
        venue="みなと町 交流センター（架空）",
        url="https://example.jp/sample-meeting",
        agenda=agenda,
        reply_by=today + dt.timedelta(days=14),
        note=NOTE,
    )
    for meeting in (past, upcoming):
        meeting.invitations.extend(Invitation.of_seat(seat) for seat in council.memberships)
    for invitation in past.invitations:
        assert invitation.person is not None
        reply, attended = _PAST_REPLIES[invitation.person.name]
        _reply(invitation, reply, past.reply_by)
        invitation.attended = attended
    for invitation in upcoming.invitations:
        assert invitation.person is not None
        answer = _UPCOMING_REPLIES.get(invitation.person.name)
        if answer is not None:
            _reply(invitation, answer, today - dt.timedelta(days=2))
    council.meetings.extend([past, upcoming])
    session.add(council)


def _reply(invitation: Invitation, reply: str, day: dt.date | None) -> None:
    invitation.reply = reply
    invitation.replied_on = day
    if reply == "deputy":
        invitation.deputy_name = "佐藤 直樹"  # as fictitious as the sample people it stands in for
        invitation.deputy_post = "副課長"
    if reply == "attend" and invitation.role == "chair":
        invitation.companions = "秘書（架空）"
