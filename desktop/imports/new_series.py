"""The fiscal year of an event series an import creates: the one its name states (令和4年度,
R4年度, 2022年度), else the one all its sessions' dates fall in; and the words that tell the
review how it was found."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from desktop.catalogue import QT_TR_NOOP, Listed, Spelled, Text
from desktop.japanese.wareki import fiscal_year_named, fiscal_year_of, format_fiscal_year


def fiscal_year(name: str, dates: Iterable[dt.date]) -> tuple[int | None, Text]:
    """The new series' fiscal year (None: left blank) and a sentence saying why."""
    named = fiscal_year_named(name)
    if named is not None:
        return named, Text(QT_TR_NOOP("年度は名前から{year}とします。"), year=_spelled(named))
    years = sorted({fiscal_year_of(d) for d in dates})
    if len(years) == 1:
        return years[0], Text(
            QT_TR_NOOP("年度は開催日から{year}とします。"), year=_spelled(years[0])
        )
    if years:
        spanned = Listed(tuple(Spelled(format_fiscal_year(y), f"FY{y}") for y in years))
        return None, Text(
            QT_TR_NOOP(
                "開催日が複数の年度（{years}）にわたるため、年度は空欄にします"
                "（イベント画面で入力してください）。"
            ),
            years=spanned,
        )
    return None, Text(
        QT_TR_NOOP(
            "名前にも開催日にも年度がないため、年度は空欄にします（イベント画面で入力してください）。"
        )
    )


def _spelled(year: int) -> Spelled:
    return Spelled(f"{format_fiscal_year(year)}（{year}年度）", f"FY{year}")
