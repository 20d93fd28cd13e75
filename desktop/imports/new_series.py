"""The fiscal year of an event series an import creates: the one its name states (令和4年度,
R4年度, 2022年度), else the one all its sessions' dates fall in; and the words that tell the
review how it was found."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from desktop.japanese.wareki import fiscal_year_named, fiscal_year_of, format_fiscal_year

_LATER = "イベント画面で入力してください"


def fiscal_year(name: str, dates: Iterable[dt.date]) -> tuple[int | None, str]:
    """The new series' fiscal year (None: left blank) and a sentence saying why."""
    named = fiscal_year_named(name)
    if named is not None:
        return named, f"年度は名前から{_spelled(named)}とします。"
    years = sorted({fiscal_year_of(d) for d in dates})
    if len(years) == 1:
        return years[0], f"年度は開催日から{_spelled(years[0])}とします。"
    if years:
        spanned = "、".join(format_fiscal_year(y) for y in years)
        return (
            None,
            f"開催日が複数の年度（{spanned}）にわたるため、年度は空欄にします（{_LATER}）。",
        )
    return None, f"名前にも開催日にも年度がないため、年度は空欄にします（{_LATER}）。"


def _spelled(year: int) -> str:
    return f"{format_fiscal_year(year)}（{year}年度）"
