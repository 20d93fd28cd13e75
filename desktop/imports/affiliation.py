"""A 所属・役職 cell read as an organization and a post, where the two can be told apart.

People write one cell for both: 筑波大学システム情報系教授, 株式会社テレワークセンター 代表取締役,
札幌市 中央図書館 利用サービス課長. The organization is the start of the cell up to the word that
ends an organization's name (大学, 株式会社, センター, 市 …), or a legal form and the name after
it (一般社団法人○○ 理事); the rest is the post. A cell whose first line names no organization
that way (オープンデータ伝道師, a former post 元○○市 …) cannot be split and is kept whole.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Legal forms written before a name (株式会社○○, 一般社団法人 ○○), with their kind.
_LEGAL_FORMS = (
    ("特定非営利活動法人", "association"),
    ("認定特定非営利活動法人", "association"),
    ("認定NPO法人", "association"),
    ("NPO法人", "association"),
    ("一般社団法人", "association"),
    ("一般財団法人", "association"),
    ("公益社団法人", "association"),
    ("公益財団法人", "association"),
    ("社会福祉法人", "association"),
    ("国立研究開発法人", "university"),
    ("独立行政法人", "other"),
    ("地方独立行政法人", "other"),
    ("国立大学法人", "university"),
    ("公立大学法人", "university"),
    ("学校法人", "university"),
    ("株式会社", "company"),
    ("有限会社", "company"),
    ("合同会社", "company"),
    ("(株)", "company"),
    ("㈱", "company"),
    ("社会保険労務士法人", "company"),
    ("弁護士法人", "company"),
    ("税理士法人", "company"),
    ("監査法人", "company"),
    ("(一社)", "association"),
    ("(一財)", "association"),
    ("(公社)", "association"),
    ("(公財)", "association"),
    ("(特非)", "association"),
)
# Words that end an organization's name, with its kind; the longest one found at a place wins
# (大学院大学 over 大学).
_ENDINGS = (
    ("大学院大学", "university"),
    ("大学", "university"),
    ("高等専門学校", "university"),
    ("学校", "other"),
    ("研究所", "university"),
    ("研究機構", "university"),
    ("株式会社", "company"),
    ("有限会社", "company"),
    ("合同会社", "company"),
    ("(株)", "company"),
    ("㈱", "company"),
    ("会社", "company"),
    ("商工会議所", "business_federation"),
    ("商工会", "business_federation"),
    ("連合会", "association"),
    ("連盟", "association"),
    ("協議会", "association"),
    ("協会", "association"),
    ("機構", "association"),
    ("財団", "association"),
    ("組合", "association"),
    ("事務所", "company"),
    ("オフィス", "company"),
    ("センター", "association"),
    ("市役所", "municipality"),
    ("区役所", "municipality"),
    ("町役場", "municipality"),
    ("村役場", "municipality"),
    ("県庁", "prefecture"),
    ("府庁", "prefecture"),
    ("都庁", "prefecture"),
    ("道庁", "prefecture"),
    ("内閣官房", "ministry"),
    ("内閣府", "ministry"),
    ("庁", "ministry"),
    ("省", "ministry"),
)
_WHOLE_NAMES = frozenset({"内閣官房", "内閣府"})
# Posts that may follow a name without a space (一般社団法人○○代表理事).
_POSTS = (
    "代表取締役",
    "取締役",
    "代表理事",
    "理事長",
    "理事",
    "代表社員",
    "代表",
    "社長",
    "会長",
    "所長",
    "センター長",
    "事務局長",
    "顧問",
    "教授",
    "准教授",
    "研究員",
)
# A local government's name ends in one of these (北海道 is the one 道).
_PREFECTURE_ENDINGS = ("都", "府", "県")
_MUNICIPALITY_ENDINGS = ("市", "区", "町", "村")
# A line about a post once held (元つくば市 企画部長) names no present organization.
_FORMER = ("元", "前")
_BULLETS = "・•-－‐■□●○◯◇◆*＊"
_SPACE = re.compile(r"[ \t\u3000]+")
# A note in brackets right after a name belongs to it: 株式会社○○（arg）.
_NOTE_AFTER = re.compile(r"\s*[（(][^（()）]{1,20}[）)]")


@dataclass(frozen=True)
class Affiliation:
    organization: str | None
    post: str | None
    organization_kind: str = "other"  # what the name's ending says it is
    told_apart: bool = True  # False: no organization could be found; `organization` is the cell


def split(cell: str) -> Affiliation:
    """The organization and the post one cell names (see the module's comment)."""
    lines = _joined_forms([line for line in map(_clean, cell.splitlines()) if line])
    if not lines:
        return Affiliation(None, None)
    if _is_post(lines[0]):  # 代表取締役, with no organization before it
        return Affiliation(None, "\n".join(lines))
    first = next((i for i, line in enumerate(lines) if not line.startswith(_FORMER)), None)
    found = _organization_at_start(lines[first]) if first is not None else None
    if found is None or first is None:
        return Affiliation(" ".join(lines), None, "other", told_apart=False)
    name, rest, kind = found
    if rest == "長":  # つばさ市長, 東西大学長: the head of the organization, not a post 長
        rest = name[-1] + rest
    after = [rest] if rest else []
    post_lines = [*lines[:first], *after, *lines[first + 1 :]]
    return Affiliation(name, "\n".join(post_lines) or None, kind)


def _joined_forms(lines: list[str]) -> list[str]:
    """A legal form alone on its line (一般社団法人 / ○○協会) is read with the name under it."""
    forms = {form for form, _kind in _LEGAL_FORMS}
    joined: list[str] = []
    for line in lines:
        if joined and unicodedata.normalize("NFKC", joined[-1]) in forms:
            joined[-1] = f"{joined[-1]} {line}"
        else:
            joined.append(line)
    return joined


def _is_post(line: str) -> bool:
    return unicodedata.normalize("NFKC", line).startswith(_POSTS)


def _clean(line: str) -> str:
    text = _SPACE.sub(" ", line).strip()
    return text.lstrip(_BULLETS).strip()


def _organization_at_start(line: str) -> tuple[str, str, str] | None:
    """(organization, what follows it, its kind), or None: the line starts with no name.

    Words are looked for in the NFKC form (（株） is (株)); the cell is cut as written."""
    folded = unicodedata.normalize("NFKC", line)
    if len(folded) != len(line):  # ㈱ became (株): the places differ, so cut the folded text
        line = folded
    for form, kind in sorted(_LEGAL_FORMS, key=lambda pair: -len(pair[0])):
        if folded.startswith(form):
            return _after_legal_form(line, folded, form, kind)
    end = _strong_ending(folded, 0)
    if end is None:
        end = _local_government(folded)
    if end is None:
        return None
    return _cut(line, _whole_word(folded, end[0]), end[1])


def _whole_word(line: str, end: int) -> int:
    """The end of the name found to end at `end`, or of the longer name it begins: a word
    before a space that itself ends a name (みどり県商工会連合会 専務理事) is the name."""
    space = line.find(" ", end)
    if space <= end:
        return end
    word = line[:space]
    if any(word.endswith(ending) for ending, _kind in _ENDINGS):
        return space
    return end


def _after_legal_form(line: str, folded: str, form: str, kind: str) -> tuple[str, str, str] | None:
    """株式会社○○ …: the name runs to a word ending a name, else to the first space, else to
    the post written right after it (一般社団法人○○代表理事)."""
    start = len(form)
    while start < len(folded) and folded[start] == " ":
        start += 1
    if start >= len(folded):
        return None  # the form alone, its name on the next line
    end = _strong_ending(folded, start + 1)
    if end is not None:
        return _cut(line, end[0], kind)
    space = folded.find(" ", start)
    if space != -1:
        return _cut(line, space, kind)
    posts = [at for word in _POSTS if (at := folded.find(word, start + 1)) != -1]
    if posts:
        return _cut(line, min(posts), kind)
    return line, "", kind


def _strong_ending(line: str, start: int) -> tuple[int, str] | None:
    """Where the first word ending an organization's name ends (the longest at its place)."""
    best: tuple[int, int, str] | None = None  # (where it starts, -its length, kind)
    for word, kind in _ENDINGS:
        # A name has something before its ending, unless the word is a whole name (内閣府).
        at = line.find(word, start if word in _WHOLE_NAMES else max(start, 1))
        if at == -1:
            continue
        option = (at, -len(word), kind)
        if best is None or option < best:
            best = option
    if best is None:
        return None
    at, minus_length, kind = best
    return at - minus_length, kind


def _local_government(line: str) -> tuple[int, str] | None:
    """A prefecture (and a municipality right after it: 福島県会津若松市), or a municipality."""
    prefecture = _ending_in(line, _PREFECTURE_ENDINGS, 2, 4)
    if line.startswith(("北海道", "京都府")):
        prefecture = 3
    municipality_from = prefecture or 0
    municipality = _ending_in(line[municipality_from:], _MUNICIPALITY_ENDINGS, 1, 6)
    if (
        municipality is not None
        and " " not in line[municipality_from : municipality_from + municipality]
    ):
        return municipality_from + municipality, "municipality"
    if prefecture is not None:
        return prefecture, "prefecture"
    return None


def _ending_in(text: str, endings: tuple[str, ...], shortest: int, longest: int) -> int | None:
    """The end of the first name of `shortest`..`longest` characters that ends in `endings`."""
    for length in range(shortest, min(longest, len(text)) + 1):
        if text[length - 1] in endings and text[:length].strip() == text[:length]:
            return length
    return None


def _cut(line: str, stop: int, kind: str) -> tuple[str, str, str]:
    note = _NOTE_AFTER.match(line, stop)
    if note is not None:
        stop = note.end()
    name = line[:stop].strip(" ・･/／,、")
    rest = line[stop:].strip(" ・･/／,、")
    return name, rest, kind
