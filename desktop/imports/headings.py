"""Headings that several import kinds share: one declaration of what people write for them."""

from __future__ import annotations

from desktop.excel.headers import Heading

ORGANIZATION_KIND = Heading("organization_kind", ("団体区分", "団体種別", "種別", "団体の種類"))
CATEGORIES = Heading(
    "categories", ("政策分野", "分野", "関心分野", "提供分野", "技術", "アクション項目")
)
SUMMARY = Heading("summary", ("概要", "内容", "取組内容", "提供可能な技術・ノウハウ", "施策の概要"))
DEPARTMENT = Heading("department", ("担当部署", "部署", "担当課", "所属部署"))
PHONE = Heading("phone", ("電話番号", "TEL", "電話", "連絡先電話番号"))
EMAIL = Heading("email", ("メールアドレス", "E-mail", "Email", "メール", "Mail"))
POSTAL_CODE = Heading("postal_code", ("郵便番号", "〒", "郵便番号（〒）"))
ADDRESS = Heading("address", ("住所", "所在地", "所在地住所", "送付先住所", "郵送先住所"))
POST = Heading("post", ("役職", "職名", "官職"))
PERSON_NAME = Heading("person_name", ("氏名", "名前", "お名前"))
PERSON_KANA = Heading("person_kana", ("フリガナ", "ふりがな", "カナ", "氏名フリガナ"))
ORGANIZATION = Heading("organization", ("所属", "所属団体", "所属機関", "所属先"))
EVENT_NAME = Heading("event_name", ("行事名", "イベント名", "シンポジウム名"))
SESSION_NUMBER = Heading("session_number", ("回", "開催回", "参加回"))
# One cell for both (split by desktop.imports.affiliation where the two can be told apart).
AFFILIATION_POST = Heading(
    "affiliation_post",
    (
        "所属・役職",
        "所属及び役職",
        "所属団体・役職",
        "所属団体及び役職",
        "所属団体名・役職",
        "所属機関・役職",
        "所属機関・職名",
        "所属・職名",
        "所属・肩書",
        "所属・肩書き",
        "所属・役職等",
        "所属団体・役職等",
        "団体名・役職",
        "勤務先・役職",
    ),
)
