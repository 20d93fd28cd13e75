"""The main window: three tabs (登録 / 協議会 / イベント), menus, and the database status bar."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QPaintEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QTabWidget,
)

from db.errors import DatabaseMissing, PasswordRequired, UserError
from desktop import __version__, settings
from desktop.sheets.registry import SHEETS, Selection, SheetKind
from desktop.ui import i18n
from desktop.ui.i18n import QT_TR_NOOP, said, tr
from desktop.ui.sheet_printing import SheetPrinter, sheet_label
from desktop.ui.undo_stack import UndoStack
from desktop.ui.widgets import file_places, window_memory
from desktop.ui.worker import DbWorker

# The tabs, the dialogs and the database layer are imported when first needed: the window is
# painted before they load (see _build_content), so that it appears as fast as Qt allows.
if TYPE_CHECKING:
    from db.database import Database
    from desktop.catalogue import Text
    from desktop.ui.dialogs.audit_log import AuditLogDialog
    from desktop.ui.dialogs.backups import BackupsDialog
    from desktop.ui.dialogs.duplicates import DuplicatesDialog
    from desktop.ui.dialogs.person_finder import PersonFinderDialog
    from desktop.ui.tabs.base import TabBase
    from desktop.ui.tabs.meetings_panel import MeetingsPanel

APP_TITLE = QT_TR_NOOP("事務局デスク")
READ_ONLY_NOTE = QT_TR_NOOP("読み取り専用")
# The menu item the empty-database start points to.
LOCAL_GOVERNMENT_CODES_ACTION = QT_TR_NOOP("地方公共団体コード一覧を取り込む…")
TAB_NAMES = (
    QT_TR_NOOP("登録"),
    QT_TR_NOOP("協議会"),
    QT_TR_NOOP("イベント"),
    QT_TR_NOOP("ダッシュボード"),
)
BACKUP_CHECK_MINUTES = 10
RESTORE_CHECK_SECONDS = 5  # how soon the window sees that another program restored the database
EXIT_INTERNAL = 3  # as the command line's exit code for a bug


class MainWindow(QMainWindow):
    database_opened = Signal(str)  # display name; tests and the smoke test wait for it

    def __init__(self, db: str | None, *, offer_demo: bool = True, defer: bool = False) -> None:
        """The window; with `defer`, it is painted first and its tabs are built right after
        (the program's start), otherwise at once (tests)."""
        super().__init__()
        self.setWindowTitle(tr(APP_TITLE))
        self.memory = window_memory.remember(self, "main", 1280, 800)
        self.offer_demo = offer_demo
        self.database_name = ""
        self.read_only = False
        self._server_choice: str | None = None
        self._server_choice_pending = False
        self._content_scheduled = False
        self.worker = DbWorker(self)
        self.worker.failed.connect(self._show_failure)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.setCentralWidget(self.tabs)

        self.db_label = QLabel(tr("データベースを開いています…"))
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(120)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.statusBar().addPermanentWidget(self.db_label)
        self.statusBar().addPermanentWidget(self.busy)
        self.worker.busy_changed.connect(self.busy.setVisible)

        self.duplicates_dialog: DuplicatesDialog | None = None
        self.backups_dialog: BackupsDialog | None = None
        self.audit_log_dialog: AuditLogDialog | None = None
        self.person_finder: PersonFinderDialog | None = None
        self.backup_timer = QTimer(self)
        self.backup_timer.setInterval(BACKUP_CHECK_MINUTES * 60_000)
        self.backup_timer.timeout.connect(self._backup_if_due)
        self.backup_timer.start()
        self._restore_mark: int | None = None
        self.restore_timer = QTimer(self)
        self.restore_timer.setInterval(RESTORE_CHECK_SECONDS * 1000)
        self.restore_timer.timeout.connect(self._check_restored)
        self.restore_timer.start()
        self.worker.restored.connect(self._restored_elsewhere)
        self.setAcceptDrops(True)  # drop Excel files or folders onto the window to import them

        self.sheet_printer = SheetPrinter(
            self.worker,
            self,
            self.all_tabs,
            self.current_tab,
            lambda text: self.statusBar().showMessage(text, 5000),
        )
        self.undo_stack = UndoStack(self.worker, self)
        self._build_menus()
        self._pending_db = db
        self._deferred = defer
        if defer:  # built right after the first paint (paintEvent)
            for action in self.content_actions:
                action.setEnabled(False)
        else:
            self._content_scheduled = True
            self._build_tabs()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._deferred:
            self._schedule_content()  # once the window is on screen, build what is in it

    def _build_content(self) -> None:
        try:
            self._build_tabs()
        except Exception:  # a bug: said, logged for the team, and the program ends (no dead window)
            from desktop.crash_log import write_crash_log

            log = write_crash_log()
            if log is None:  # the disk takes nothing: said without a path
                message = tr(
                    "予期しないエラーで画面を作れませんでした。詳細は記録できませんでした。"
                )
            else:
                message = tr(
                    "予期しないエラーで画面を作れませんでした。詳細を「{log}」に記録しました。"
                ).format(log=log)
            QMessageBox.critical(self, tr(APP_TITLE), message)
            QApplication.exit(EXIT_INTERNAL)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # A window started minimized is not painted: its tabs are built a moment later anyway.
        QTimer.singleShot(300, self._schedule_content)

    def _schedule_content(self) -> None:
        if not self._content_scheduled:
            self._content_scheduled = True
            QTimer.singleShot(0, self._build_content)

    def _build_tabs(self) -> None:
        from db import backup
        from desktop.ui.import_flow import ImportFlow
        from desktop.ui.tabs.councils import CouncilsTab
        from desktop.ui.tabs.dashboard import DashboardTab
        from desktop.ui.tabs.events import EventsTab
        from desktop.ui.tabs.registrations import RegistrationsTab

        backup.configure(keep=settings.get(settings.BACKUP_KEEP))
        backup.use_folder(settings.get(settings.BACKUP_FOLDER))
        self.registrations = RegistrationsTab(self.worker)
        self.councils = CouncilsTab(self.worker)
        self.events = EventsTab(self.worker)
        self.dashboard = DashboardTab(self.worker)
        for tab, name in zip(self.all_tabs(), TAB_NAMES, strict=True):
            self.tabs.addTab(tab, tr(name))
            tab.status_message.connect(lambda text: self.statusBar().showMessage(text, 5000))
        # Whatever an import, a merge, a restore or any tab or dialog commits, the tabs that
        # show it reload (DbWorker.changed reaches each tab): F5 is only a manual reload.
        self.imports = ImportFlow(self.worker, self)
        self.memory.restore_layout()  # the splitters and tables as the user left them
        for action in self.content_actions:
            action.setEnabled(True)
        self.open_database(self._pending_db)

    def all_tabs(self) -> list[TabBase]:
        return [self.registrations, self.councils, self.events, self.dashboard]

    def current_tab(self) -> TabBase:
        from desktop.ui.tabs.base import TabBase

        widget = self.tabs.currentWidget()
        assert isinstance(widget, TabBase)
        return widget

    # menus -------------------------------------------------------------------------------
    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        if slot != self.close:  # the rest work on the tabs: enabled once they are built
            self.content_actions.append(action)
        return action

    def _build_menus(self) -> None:
        self.content_actions: list[QAction] = []
        file_menu = self.menuBar().addMenu(tr("ファイル(&F)"))
        self.new_record_action = self._action(
            tr("新規追加(&N)…"), self.new_record, QKeySequence.StandardKey.New
        )
        file_menu.addAction(self.new_record_action)
        file_menu.addSeparator()
        file_menu.addAction(
            self._action(tr("新しいデータベース…"), self.new_database, "Ctrl+Shift+N")
        )
        file_menu.addAction(
            self._action(
                tr("別のデータベースを開く(&O)…"),
                self.choose_database,
                QKeySequence.StandardKey.Open,
            )
        )
        file_menu.addAction(
            self._action(
                tr("サーバーのデータベースに接続(&S)…"), self.connect_to_server, "Ctrl+Shift+O"
            )
        )
        file_menu.addSeparator()
        self.import_actions = [
            self._action(
                tr("Excel を取り込み(&I)…"), lambda: self.imports.choose_files(), "Ctrl+I"
            ),
            self._action(
                tr("フォルダを取り込み…"), lambda: self.imports.choose_folder(), "Ctrl+Shift+I"
            ),
            self._action(
                tr(LOCAL_GOVERNMENT_CODES_ACTION),
                lambda: self.imports.choose_local_government_codes(),
            ),
            self._action(tr("取り込み履歴・取り消し…"), lambda: self.imports.show_batches()),
        ]
        file_menu.addActions(self.import_actions)
        file_menu.addAction(
            self._action(tr("テンプレートを保存…"), lambda: self.imports.save_template())
        )
        file_menu.addSeparator()
        file_menu.addAction(self._action(tr("バックアップを作成(&B)"), self.make_backup, "Ctrl+B"))
        self.backups_action = self._action(tr("バックアップ / 復元…"), self.show_backups)
        file_menu.addAction(self.backups_action)
        file_menu.addAction(self._action(tr("書き出し（JSON）…"), self.export_json, "Ctrl+E"))
        file_menu.addAction(self._action(tr("予定表（.ics）に書き出す…"), self.export_calendar))
        file_menu.addAction(self._action(tr("CSVに書き出す…"), self.export_csv))
        file_menu.addAction(
            self._action(
                tr("印刷プレビュー(&P)…"), self.preview_sheet, QKeySequence.StandardKey.Print
            )
        )
        sheets_menu = file_menu.addMenu(tr("印刷する集計表(&T)"))  # every registered sheet
        for kind in SHEETS.values():
            sheets_menu.addAction(
                self._action(
                    sheet_label(kind) + "…", functools.partial(self.print_sheet, kind.name)
                )
            )
        self.print_font_action = self._action(tr("印刷用フォントを選ぶ…"), self.choose_print_font)
        file_menu.addAction(self.print_font_action)
        file_menu.addSeparator()
        file_menu.addAction(self._action(tr("終了(&X)"), self.close, QKeySequence.StandardKey.Quit))

        edit_menu = self.menuBar().addMenu(tr("編集(&E)"))
        self.undo_action = QAction(tr("元に戻す(&U)"), self)
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)  # Ctrl+Z, ⌘Z on a Mac
        self.undo_action.triggered.connect(lambda _checked=False: self.undo_stack.undo())
        self.redo_action = QAction(tr("やり直す(&Y)"), self)
        # Ctrl+Y as in Office on every system, and the system's own (Ctrl+Shift+Z, ⇧⌘Z).
        redo_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
        self.redo_action.setShortcuts(
            [QKeySequence("Ctrl+Y"), *(k for k in redo_keys if k != QKeySequence("Ctrl+Y"))]
        )
        self.redo_action.triggered.connect(lambda _checked=False: self.undo_stack.redo())
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        self.undo_stack.changed.connect(self._show_undo)
        self._show_undo()
        edit_menu.addAction(
            self._action(tr("検索(&F)"), self.focus_search, QKeySequence.StandardKey.Find)
        )
        edit_menu.addAction(self._action(tr("人を探す…"), self.find_person, "Ctrl+Shift+F"))
        edit_menu.addAction(
            self._action(
                tr("最新の情報に更新(&R)"), self.refresh_all, QKeySequence.StandardKey.Refresh
            )
        )

        self.duplicates_action = self._action(
            tr("重複の確認(&D)…"), self.review_duplicates, "Ctrl+Shift+D"
        )
        edit_menu.addAction(self.duplicates_action)
        edit_menu.addAction(
            self._action(tr("変更履歴（すべて）(&H)…"), self.show_audit_log, "Ctrl+H")
        )

        self._build_meeting_menu()

        view_menu = self.menuBar().addMenu(tr("表示(&V)"))
        for index, name in enumerate(TAB_NAMES, start=1):
            view_menu.addAction(
                self._action(
                    tr("{name}タブ").format(name=tr(name)),
                    functools.partial(self.tabs.setCurrentIndex, index - 1),
                    f"Ctrl+{index}",
                )
            )

        view_menu.addSeparator()
        view_menu.addAction(
            self._action(tr("マッチング（分野ごと）…"), self.show_matching, "Ctrl+M")
        )

        self.english_headings_action = self._action(
            tr("集計表の見出しを英語にする"), self.toggle_english_headings
        )
        self.english_headings_action.setCheckable(True)
        self.english_headings_action.setChecked(settings.get(settings.ENGLISH_HEADINGS))
        view_menu.addAction(self.english_headings_action)
        language_menu = view_menu.addMenu("言語 / Language")  # both: either reader finds it
        for code, name in i18n.LANGUAGES.items():
            language_menu.addAction(
                self._action(name, functools.partial(self.choose_language, code))
            )

        help_menu = self.menuBar().addMenu(tr("ヘルプ(&H)"))
        shortcuts = self._action(tr("キーボード操作(&K)…"), self.show_shortcuts, "F1")
        self.content_actions.remove(shortcuts)  # before the tabs are built too
        help_menu.addAction(shortcuts)
        help_menu.addAction(self._action(tr("事務局デスクについて"), self.about))

    # database ----------------------------------------------------------------------------
    def _build_meeting_menu(self) -> None:
        """会議: the selected council's meetings, their replies and the 受付 (on the 協議会 tab)."""
        menu = self.menuBar().addMenu(tr("会議(&M)"))
        items: list[tuple[str, Callable[[MeetingsPanel], object], str | None]] = [
            (tr("次回の会議を設定…"), lambda p: p.new_meeting(), "Ctrl+Shift+M"),
            (tr("会議を編集…"), lambda p: p.edit_meeting(), None),
            (tr("会議を削除…"), lambda p: p.delete_meeting(), None),
            ("", lambda p: None, None),
            (tr("出欠を記録…"), lambda p: p.record_reply(), None),
            (tr("招待者を追加…"), lambda p: p.add_invitee(), None),
            (tr("受付済みにする"), lambda p: p.mark_attendance(attended=True), None),
            (tr("受付を取り消す"), lambda p: p.mark_attendance(attended=False), None),
            ("", lambda p: None, None),
            # As the tick box 「未回答だけ」 above the invitees: on, or off again.
            (tr("未回答だけ表示（切り替え）"), lambda p: p.unanswered_check.toggle(), None),
        ]
        for text, act, key in items:
            if not text:
                menu.addSeparator()
                continue
            menu.addAction(self._action(text, functools.partial(self._on_meetings, act), key))
        menu.addSeparator()
        # The meeting's papers, in the order the secretariat makes them: those that take the
        # meeting selected on the 会議・出欠 page.
        papers = menu.addMenu(tr("会議の資料を印刷(&P)"))
        of_meetings = [
            kind
            for kind in SHEETS.values()
            if any(o.selection is Selection.MEETING for o in kind.options)
        ]
        for kind in sorted(of_meetings, key=_order_of_making):
            papers.addAction(
                self._action(
                    sheet_label(kind) + "…",
                    functools.partial(self._print_for_meeting, kind.name),
                )
            )

    def _print_for_meeting(self, name: str) -> None:
        """A meeting's paper, for the council and meeting selected on the 協議会 tab."""
        self.tabs.setCurrentWidget(self.councils)
        self.councils.show_meetings()
        self.print_sheet(name)

    def _on_meetings(self, act: Callable[[MeetingsPanel], object]) -> None:
        """The 協議会 tab brought forward, then the meeting item done on its selection."""
        self.tabs.setCurrentWidget(self.councils)
        self.councils.show_meetings()
        act(self.councils.meetings)

    def open_database(self, db: str | None, *, create: bool = False) -> None:
        """Open `db`; a database that is not there yet is made only with `create` (the user
        chose a new file) or once the user says so (a mistyped --db is not made silently)."""
        self.db_label.setText(tr("データベースを開いています…"))
        self.worker.open(
            db,
            on_result=self._opened,
            on_error=lambda error: self._open_failed(db, error, create=create),
            create=create,
        )

    def connect_to_server(self) -> None:
        from desktop.connection import ServerConnection
        from desktop.ui.dialogs.connect import ConnectDialog

        saved = settings.get(settings.SERVER_URL)
        dialog = ConnectDialog(ServerConnection.from_url(saved) if saved else None, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.connection is None:
            return
        # Kept (or forgotten: back to the file database next time) once the connection works.
        self._server_choice = dialog.connection.url() if dialog.remember.isChecked() else None
        self._server_choice_pending = True
        self.open_database(dialog.url())

    def _save_setting(self, changes: dict[settings.Setting[Any], object]) -> bool:
        try:
            settings.save(changes)
        except UserError as exc:  # not worth stopping for: said, and the window goes on
            self.statusBar().showMessage(said(exc), 15000)
            return False
        return True

    def _opened(self, display_name: str) -> None:
        from db.demo import holds_demo
        from db.location import warning_for

        if self._server_choice_pending:
            self._save_setting({settings.SERVER_URL: self._server_choice})
            self._server_choice_pending = False
        self.database_name = display_name
        self.db_label.setText(tr("データベース: {name}").format(name=display_name))
        self._show_title(demo=False)
        self.worker.run(holds_demo, on_result=self._show_title)
        self._note_restore_mark()
        self.worker.run(lambda database: database.can_write(), on_result=self._set_writable)
        self.worker.run(
            lambda database: warning_for(database.path) if database.path else None,
            on_result=self._warn_about_location,
        )
        self._backup_if_due()
        self.database_opened.emit(display_name)

    def _set_writable(self, writable: bool) -> None:
        """A read-only database (a read-only role, a write-protected file) can be viewed,
        searched, exported and printed; everything that would change it is disabled."""
        self.read_only = not writable
        for tab in self.all_tabs():
            tab.set_read_only(self.read_only)
        for action in [self.new_record_action, *self.import_actions, self.duplicates_action]:
            action.setEnabled(writable)
        self._show_undo()
        self.backups_action.setText(
            tr("バックアップ…") if self.read_only else tr("バックアップ / 復元…")
        )
        if self.read_only:
            self.db_label.setText(
                tr("データベース: {name}（{note}）").format(
                    name=self.database_name, note=tr(READ_ONLY_NOTE)
                )
            )
            self.statusBar().showMessage(
                tr(
                    "読み取り専用: このデータベースに書き込む権限がありません。"
                    "編集するには、書き込みのできるユーザーで開いてください。"
                ),
                15000,
            )
        elif self.offer_demo:
            from db.engine import is_empty

            self.worker.run(is_empty, on_result=self._maybe_offer_demo)

    def _show_undo(self) -> None:
        """元に戻す / やり直す say what they would put back, and are there only when it can be."""
        stack = self.undo_stack
        for action, text, plain, named in (
            (self.undo_action, stack.undo_text(), tr("元に戻す(&U)"), tr("元に戻す(&U): {what}")),
            (self.redo_action, stack.redo_text(), tr("やり直す(&Y)"), tr("やり直す(&Y): {what}")),
        ):
            action.setText(named.format(what=text.replace("&", "&&")) if text else plain)
            action.setEnabled(text is not None and not self.read_only and not stack.busy)

    def _warn_about_location(self, warning: str | None) -> None:
        """A database file on a network share: said once, when it is opened."""
        if warning:
            self.statusBar().showMessage(warning, 15000)
            QMessageBox.warning(self, tr(APP_TITLE), warning)

    def _open_failed(self, db: str | None, error: Exception, *, create: bool) -> None:
        from desktop.connection import ServerConnection, with_password
        from desktop.ui.dialogs.connect import ask_password

        server = ServerConnection.from_url(db) if db else None
        if isinstance(error, PasswordRequired) and db and server is not None:
            password = ask_password(self, server, said(error))
            if password is not None:
                self.open_database(with_password(db, password), create=create)
                return
        if isinstance(error, DatabaseMissing) and self._may_create(db):
            self.open_database(db, create=True)
            return
        self._server_choice_pending = False
        self.db_label.setText(tr("データベースが開かれていません"))
        if not isinstance(error, DatabaseMissing):  # declined: nothing more to say
            QMessageBox.critical(self, tr(APP_TITLE), said(error))

    def _may_create(self, db: str | None) -> bool:
        """Asked when there is no database at `db` yet: the first start, or a mistyped path."""
        from desktop.connection import shown

        answer = QMessageBox.question(
            self,
            tr(APP_TITLE),
            tr("「{name}」にはまだデータベースがありません。新しく作成しますか？").format(
                name=shown(db)
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            # Yes at the first start (no --db), No for a path someone typed.
            QMessageBox.StandardButton.Yes if db is None else QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _show_title(self, demo: bool) -> None:
        """The database's name in the title bar, and that it holds the demo when it does (so
        that nobody takes its records for the office's own)."""
        title = f"{tr(APP_TITLE)} — {Path(self.database_name).name}"
        self.setWindowTitle(title + tr("（デモデータ入り）") if demo else title)

    def _maybe_offer_demo(self, empty: bool) -> None:
        from db.demo import load_demo

        if not empty:
            return
        answer = QMessageBox.question(
            self,
            tr(APP_TITLE),
            tr(
                "データベースは空です。地方公共団体の一覧は「ファイル ▸ {codes}」で"
                "総務省のコード一覧から取り込めます。\n\n"
                "操作を試すためのデモデータ（公開資料をもとにした、オープンラボ、"
                "未来技術社会実装事業、ミニシンポジウムなどの例）を読み込みますか？"
                "事務局の本番のデータベースには読み込まないでください。"
            ).format(codes=tr(LOCAL_GOVERNMENT_CODES_ACTION)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,  # one Enter never fills the office's database
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.worker.run(load_demo, on_result=lambda _counts: self._show_title(demo=True))

    def choose_print_font(self) -> None:
        """The Japanese TrueType font the sheets are printed with, kept in the settings."""
        from desktop.sheets.fonts import font_problem, forget_found_fonts, japanese_font

        current = japanese_font()
        path, _filter = QFileDialog.getOpenFileName(
            self,
            tr("印刷用フォントを選ぶ（いま: {name}）").format(name=Path(current.source).name),
            str(Path(current.source).parent) if current.embedded else "",
            tr("TrueType フォント (*.ttf *.ttc)"),
        )
        if not path:
            return
        problem = font_problem(Path(path))
        if problem:
            QMessageBox.warning(self, tr("印刷用フォント"), problem)
            return
        try:
            settings.save({settings.PRINT_FONT: path})
        except UserError as exc:
            QMessageBox.warning(self, tr("印刷用フォント"), said(exc))
            return
        forget_found_fonts()
        self.statusBar().showMessage(
            tr("印刷用フォントを「{name}」にしました。").format(name=Path(path).name), 5000
        )

    def preview_sheet(self) -> None:
        """Ctrl+P: the sheet of the current tab, for what is selected on it."""
        self.sheet_printer.print_current()

    def print_sheet(self, name: str) -> None:
        """ファイル ▸ 印刷する集計表 ▸ a sheet, for what is selected on the tabs."""
        self.sheet_printer.print_sheet(name)

    def review_duplicates(self) -> None:
        from desktop.ui.dialogs.duplicates import DuplicatesDialog

        if self.duplicates_dialog is not None and self.duplicates_dialog.isVisible():
            self.duplicates_dialog.raise_()
            self.duplicates_dialog.activateWindow()
            return
        # Beside the window, not over it: a record may be corrected on its tab meanwhile.
        self.duplicates_dialog = DuplicatesDialog(self.worker, self)
        self.duplicates_dialog.show()

    def show_audit_log(self) -> None:
        from desktop.ui.dialogs.audit_log import AuditLogDialog

        self.audit_log_dialog = AuditLogDialog(self.worker, self, read_only=self.read_only)
        self.audit_log_dialog.open()

    def find_person(self) -> None:
        """人を探す: beside the window, so that each record found can be opened in its tab."""
        from desktop.ui.dialogs.person_finder import PersonFinderDialog

        if self.person_finder is not None and self.person_finder.isVisible():
            self.person_finder.raise_()
            self.person_finder.activateWindow()
            return
        self.person_finder = PersonFinderDialog(self.worker, self)
        self.person_finder.open_record.connect(self.open_found)
        self.person_finder.show()

    def open_found(self, row: object) -> None:
        """A row of 人を探す opened: its record selected in its tab."""
        from desktop.ops import people

        if isinstance(row, people.ApplicationRow):
            self.tabs.setCurrentWidget(self.events)
            self.events.show_participant(row.series_id, row.session_id, row.id)
        elif isinstance(row, people.SeatRow):
            self.tabs.setCurrentWidget(self.councils)
            today = dt.date.today()
            serving = (row.term_start or today) <= today <= (row.term_end or today)
            self.councils.show_member(row.council_id, row.id, out_of_term=not serving)
        elif isinstance(row, people.AttendedRow):
            self.tabs.setCurrentWidget(self.councils)
            self.councils.show_meeting(row.council_id, row.meeting_id, row.id)
        elif isinstance(row, people.ContactRow):
            self.tabs.setCurrentWidget(self.registrations)
            self.registrations.show_registration(row.program_id, row.organization_id, row.id)
        self.activateWindow()

    def show_matching(self) -> None:
        self.tabs.setCurrentWidget(self.registrations)
        self.registrations.show_matching()

    def _note_restore_mark(self) -> None:
        """The database's restore mark as the window loads it (db.engine.restore_mark)."""

        def note(mark: int | None) -> None:
            self._restore_mark = mark

        self.worker.run(lambda database: database.read_restore_mark(), on_result=note)

    def _check_restored(self) -> None:
        """Another window, PC or `secdesk restore` may have restored the database: then the
        window reloads (it is checked when no work is queued, so the window's own restore, which
        notes the new mark, is never taken for someone else's)."""
        if not self.worker.has_database or not self.worker.idle:
            return

        def compare(mark: int | None) -> None:
            if mark != self._restore_mark:
                self._restored_elsewhere()

        self.worker.run(
            lambda database: database.read_restore_mark(),
            on_result=compare,
            on_error=lambda _error: None,  # unreachable for a moment: checked again soon
        )

    def _restored_elsewhere(self) -> None:
        """Someone else restored the database: the forms open now were loaded before, and each
        refuses its next save once, saying so; the lists reload, and what is saved from then on
        (from a form opened after the reload too) is kept."""
        from desktop.ui.dialogs.form import FormDialog

        for form in self.findChildren(FormDialog):
            if form.isVisible():
                form.loaded_before_restore()

        def reload(mark: int | None) -> None:
            self._restore_mark = mark
            self.refresh_all()
            self.statusBar().showMessage(
                tr(
                    "データベースが別の操作でバックアップから復元されました。一覧を読み込み直しました。"
                ),
                30000,
            )

        self.worker.run(_take_the_restored_data, on_result=reload)

    def refresh_all(self) -> None:
        for tab in self.all_tabs():
            tab.refresh()

    def new_database(self) -> None:
        path = file_places.save_file(
            self,
            tr("新しいデータベース"),
            "secdesk.sqlite",
            tr("データベース (*.sqlite *.db)"),
            file_places.DATABASES,
        )
        if path is not None:
            self.open_database(str(path), create=True)

    def choose_database(self) -> None:
        path = file_places.open_file(
            self,
            tr("データベースを開く"),
            tr("データベース (*.sqlite *.db);;すべてのファイル (*)"),
            file_places.DATABASES,
        )
        if path is not None:
            self.open_database(str(path))

    def make_backup(self) -> None:
        from db import backup

        def done(made: tuple[Path, Text | None]) -> None:
            self._say_backup(tr("バックアップを作成しました: {path}"), *made)

        self.worker.run(
            lambda database: (backup.take_backup(database), backup.backup_place(database).problem),
            on_result=done,
        )

    def _say_backup(self, done: str, made: Path, problem: Text | None) -> None:
        """Where the backup went; when the chosen folder (a USB drive, a share) could not take
        it, why, and that it went beside the database instead — said longer, to be seen."""
        if problem is None:
            self.statusBar().showMessage(done.format(path=made), 8000)
        else:
            self.statusBar().showMessage(
                tr("{done} — {problem}").format(
                    done=done.format(path=made), problem=problem.text(i18n.language())
                ),
                60_000,
            )

    def show_backups(self) -> None:
        from desktop.ui.dialogs.backups import BackupsDialog

        self.backups_dialog = BackupsDialog(self.worker, self, read_only=self.read_only)
        self.backups_dialog.restored.connect(self._note_restore_mark)
        self.backups_dialog.open()

    def _backup_if_due(self) -> None:
        """The scheduled backup (settings: every N hours, 0 = never), checked every few minutes."""
        from db import backup

        hours = settings.get(settings.BACKUP_EVERY_HOURS)
        if hours and self.worker.has_database:

            def done(made: tuple[Path | None, Text | None]) -> None:
                path, problem = made
                if path is not None:
                    self._say_backup(tr("定期バックアップを作成しました: {path}"), path, problem)

            def failed(error: Exception) -> None:  # said quietly: it is tried again later
                self.statusBar().showMessage(
                    tr("定期バックアップを作成できませんでした: {error}").format(error=said(error)),
                    15000,
                )

            every = dt.timedelta(hours=hours)
            self.worker.run(
                lambda database: (
                    backup.take_if_due(database, every),
                    backup.backup_place(database).problem,
                ),
                on_result=done,
                on_error=failed,
            )

    def export_json(self) -> None:
        from db.export import export_data, write_json

        path = file_places.save_file(self, tr("書き出し"), "secdesk-export.json", "JSON (*.json)")
        if path is None:
            return
        target = path

        def job(database: Database) -> None:
            with database.sessions() as session:
                write_json(export_data(session, __version__), target)

        self.worker.run(
            job,
            on_result=lambda _r: self.statusBar().showMessage(
                tr("書き出しました: {path}").format(path=path), 8000
            ),
        )

    def export_calendar(self) -> None:
        from desktop.ui.calendar_file import export_calendar

        export_calendar(
            self,
            self.worker,
            self.current_tab(),
            lambda text: self.statusBar().showMessage(text, 8000),
        )

    def export_csv(self) -> None:
        from desktop.ui.csv_file import export_csv

        export_csv(self, self.worker, lambda text: self.statusBar().showMessage(text, 8000))

    # other actions ----------------------------------------------------------------------
    def new_record(self) -> None:
        from desktop.ui.tabs.councils import CouncilsTab
        from desktop.ui.tabs.events import EventsTab
        from desktop.ui.tabs.registrations import RegistrationsTab

        tab = self.current_tab()
        if tab.read_only:
            return
        if isinstance(tab, RegistrationsTab):
            tab.add_organization()
        elif isinstance(tab, CouncilsTab):
            tab.add_project() if tab.stack.currentIndex() == 0 else tab.roster.add_member()
        elif isinstance(tab, EventsTab):
            tab.add_session()

    def focus_search(self) -> None:
        self.current_tab().focus_search()

    def toggle_english_headings(self) -> None:
        """Summary sheets stay Japanese unless English headings are asked for (kept)."""
        chosen = self.english_headings_action.isChecked()
        if not self._save_setting({settings.ENGLISH_HEADINGS: chosen}):
            self.english_headings_action.setChecked(not chosen)  # what the sheets will use

    def choose_language(self, code: str) -> None:
        """Kept in the settings; the window is built in it at the next start."""
        self._save_setting({settings.LANGUAGE: code})
        QMessageBox.information(
            self,
            tr(APP_TITLE),
            "次回の起動から日本語で表示します。"  # in the language chosen, not the current one
            if code == "ja"
            else "The window will be in English from the next start.",
        )

    def show_shortcuts(self) -> None:
        from desktop.ui.dialogs.shortcuts import ShortcutsDialog

        menus = [m for a in self.menuBar().actions() if isinstance(m := a.menu(), QMenu)]
        self.shortcuts_dialog = ShortcutsDialog(menus, self)
        self.shortcuts_dialog.open()

    def about(self) -> None:
        QMessageBox.about(
            self,
            tr("事務局デスクについて"),
            f"<b>{tr(APP_TITLE)}</b> {__version__}<br>"
            + tr("登録・協議会・イベントを管理する事務局のためのアプリです。")
            + "<br>"
            + tr("データベース: {name}").format(name=self.database_name),
        )

    def _show_failure(self, message: str) -> None:
        self.statusBar().showMessage(message, 10000)
        QMessageBox.warning(self, tr(APP_TITLE), message)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and all(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths and self.read_only:
            self.statusBar().showMessage(tr("読み取り専用のため取り込めません。"), 8000)
        elif paths and hasattr(self, "imports"):  # (not in the instant before the tabs are built)
            event.acceptProposedAction()
            self.imports.start(paths)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.worker.shutdown()
        super().closeEvent(event)


def _take_the_restored_data(database: Database) -> int | None:
    """The window shows the restored data from now on: the database saves what it is given
    without a word of the restore (db.database.Database.restore_mark)."""
    database.restore_mark = database.read_restore_mark()
    return database.restore_mark


# The meeting's papers in the order they are made: the notice goes out, the replies come back,
# then the papers of the day. A sheet not named here comes last.
MEETING_PAPERS = (
    "invitation",
    "reply-form",
    "address-labels",
    "envelopes",
    "attendance",
    "seating",
    "name-cards",
    "badges",
)


def _order_of_making(kind: SheetKind) -> int:
    return MEETING_PAPERS.index(kind.name) if kind.name in MEETING_PAPERS else len(MEETING_PAPERS)
