"""A row of the local-government code list, as the review shows it and the write needs it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar

from desktop.catalogue import QT_TR_NOOP, SOURCE_LANGUAGE, Text
from desktop.imports.model import ImportRecord, Location
from desktop.imports.reasons import lines_in
from desktop.japanese.text import normalize_for_compare


@dataclass(kw_only=True, slots=True)
class LocalGovernmentRecord(ImportRecord):
    """One prefecture, municipality or ward of the code list."""

    TITLE: ClassVar[str] = QT_TR_NOOP("団体名")
    CONTEXT: ClassVar[str] = QT_TR_NOOP("上位の団体")
    TARGET: ClassVar[str] = QT_TR_NOOP("団体")
    KIND: ClassVar[str] = "local_governments"

    lg_code: str | None
    name: str
    kana: str | None = None
    organization_kind: str = "municipality"
    prefecture: str | None = None  # the 都道府県名 of the row
    parent_code: str | None = None  # the prefecture's, or a ward's city's (set by resolve)
    parent_name: str | None = None
    repeats: Location | None = None  # where the same code came first in this import
    name_key: str = field(init=False)

    def __post_init__(self) -> None:
        self.name_key = normalize_for_compare(self.name)

    # The name and reading come from the prefecture's columns on a prefecture's row and from
    # the municipality's otherwise: the length check names the cell they came from.
    @property
    def prefecture_own_name(self) -> str | None:
        return self.name if self.organization_kind == "prefecture" else None

    @property
    def municipality_own_name(self) -> str | None:
        return None if self.organization_kind == "prefecture" else self.name

    @property
    def prefecture_own_kana(self) -> str | None:
        return self.kana if self.organization_kind == "prefecture" else None

    @property
    def municipality_own_kana(self) -> str | None:
        return None if self.organization_kind == "prefecture" else self.kana

    def title(self, lang: str = SOURCE_LANGUAGE) -> str:
        return self.name

    def context(self, lang: str = SOURCE_LANGUAGE) -> str:
        return self.parent_name or ""

    def details(self, lang: str = SOURCE_LANGUAGE) -> list[str]:
        lines = [
            Text(
                QT_TR_NOOP("団体: {name}（{code}）"),
                name=self.name,
                code=self.lg_code or Text(QT_TR_NOOP("コードなし")),
            )
        ]
        if self.kana:
            lines.append(Text(QT_TR_NOOP("読み: {kana}"), kana=self.kana))
        if self.repeats:
            lines.append(
                Text(
                    QT_TR_NOOP(
                        "同じコードの行が {first_row} にもあります（一つの団体として取り込みます）。"
                    ),
                    first_row=self.repeats,
                )
            )
        return lines_in(lines, lang)

    def create_refusal(self) -> Text | None:
        if self.lg_code and any(c.lg_code == self.lg_code for c in self.candidates):
            return Text(
                QT_TR_NOOP(
                    "地方公共団体コード「{code}」の団体はすでにあるため、別の団体としては作れません。"
                ),
                code=self.lg_code,
            )
        return None
