"""メールアドレスをコピー and メールを作成 on a list of people (a session's applicants, a
council's members): in the list's right-click menu, for everyone it lists."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QApplication, QWidget

from desktop.ops.mail_addresses import MAILTO_LIMIT, address_list, addressees, mailto_link
from desktop.ui.i18n import tr

# (name, e-mail) of everyone the list is for
People = Callable[[], list[tuple[str, str]]]


class MailActions:
    def __init__(self, owner: QWidget, people: People, say: Callable[[str], None]) -> None:
        self.people = people
        self.say = say
        self.copy_action = QAction(tr("メールアドレスをコピー"), owner)
        self.copy_action.setToolTip(
            tr("全員のアドレスを「名前 <アドレス>; …」の形でコピーします（宛先・BCC に貼り付け）")
        )
        self.copy_action.triggered.connect(self.copy)
        self.compose_action = QAction(tr("メールを作成"), owner)
        self.compose_action.setToolTip(
            tr("全員を BCC にしたメールをメールソフトで開きます（{limit}人まで）").format(
                limit=MAILTO_LIMIT
            )
        )
        self.compose_action.triggered.connect(self.compose)
        owner.addActions([self.copy_action, self.compose_action])

    def enable(self, on: bool) -> None:
        """Offered while the list is of someone's (a session, a council) chosen."""
        self.copy_action.setEnabled(on)
        self.compose_action.setEnabled(on)

    def _without_address(self, people: list[tuple[str, str]]) -> str:
        missing = sum(1 for _name, email in people if not email.strip())
        if not missing:
            return ""
        return tr("（メールアドレスのない{count}人を除く）").format(count=missing)

    def copy(self) -> None:
        people = self.people()
        found = addressees(people)
        if not found:
            self.say(tr("メールアドレスの登録された人がいません。"))
            return
        clipboard = QApplication.clipboard()
        clipboard.setText(address_list(found))
        self.say(
            tr(
                "{count}件のメールアドレスをコピーしました{without}。宛先か BCC に貼り付けてください。"
            ).format(count=len(found), without=self._without_address(people))
        )

    def compose(self) -> None:
        people = self.people()
        found = addressees(people)
        if not found:
            self.say(tr("メールアドレスの登録された人がいません。"))
            return
        link = mailto_link(found)
        if link is None:
            self.say(
                tr(
                    "宛先が{count}件あり、メールソフトに一度に渡せる{limit}件を超えています。"
                    "「メールアドレスをコピー」で BCC に貼り付けてください。"
                ).format(count=len(found), limit=MAILTO_LIMIT)
            )
            return
        if not QDesktopServices.openUrl(QUrl(link)):
            self.say(tr("メールソフトを開けません。「メールアドレスをコピー」をお使いください。"))
            return
        self.say(
            tr("{count}人を BCC にしたメールを開きました{without}。").format(
                count=len(found), without=self._without_address(people)
            )
        )
