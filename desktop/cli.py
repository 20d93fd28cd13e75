"""The `secdesk` command: the GUI by default, and the scripting verbs of DESIGN.md §4.

Exit codes: 0 success; 1 done but problems were found (check) or rows rejected; 2 unusable input
or arguments (one clear line on stderr, nothing written); 3 an unexpected internal error (the
details go to the log file, never a traceback on the terminal).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from desktop import __version__

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_USAGE = 2
EXIT_INTERNAL = 3


class _Parser(argparse.ArgumentParser):
    """argparse, but its error line is Japanese and says where to look for help."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(
            EXIT_USAGE, f"secdesk: 引数が正しくありません: {message}（secdesk --help を参照）\n"
        )


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="secdesk",
        description="事務局デスク — 登録・協議会・イベントを管理するデスクトップアプリ",
    )
    parser.add_argument("--version", action="version", version=f"secdesk {__version__}")
    parser.add_argument(
        "--db", metavar="PATH_OR_URL", help="データベースのファイルパスまたは SQLAlchemy URL"
    )
    parser.add_argument("--lang", choices=["ja", "en"], default="ja", help="表示言語")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    gui = commands.add_parser("gui", help="ウィンドウを開く（既定）")
    gui.add_argument("--smoke-test", action="store_true", help=argparse.SUPPRESS)
    commands.add_parser("init", help="空のデータベースを作成する")
    demo = commands.add_parser("demo", help="デモデータを読み込む")
    demo.add_argument("--if-empty", action="store_true", help="データベースが空のときだけ読み込む")
    export = commands.add_parser("export", help="データベース全体を書き出す")
    export.add_argument("--format", choices=["json", "xlsx"], required=True)
    export.add_argument("-o", "--output", required=True, type=Path, metavar="OUT")
    backup = commands.add_parser("backup", help="バックアップを作成する（一覧は --list）")
    backup.add_argument("-o", "--output", type=Path, metavar="FILE")
    backup.add_argument("--list", action="store_true", help="バックアップの一覧を表示する")
    restore = commands.add_parser("restore", help="バックアップから復元する")
    restore.add_argument("file", type=Path, metavar="FILE")
    commands.add_parser("check", help="データベースを検査する")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.db is not None and not args.db.strip():
        print(
            "secdesk: --db が空です。データベースのパスか URL を指定してください。", file=sys.stderr
        )
        return EXIT_USAGE
    command = args.command or "gui"
    handler = _HANDLERS[command]
    from db.errors import UserError

    try:
        return handler(args)
    except UserError as exc:
        print(f"secdesk: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("secdesk: 中断しました。", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:  # `secdesk backup --list | head`: the reader has what it wanted
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except Exception:  # a bug: keep the traceback for the team, show one line to the user
        log = _write_crash_log()
        print(
            f"secdesk: 予期しないエラーが発生しました。詳細を「{log}」に記録しました。",
            file=sys.stderr,
        )
        return EXIT_INTERNAL


def _write_crash_log() -> Path:
    import tempfile
    import traceback

    from db.engine import data_dir

    try:
        folder = data_dir() / "logs"
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        folder = Path(tempfile.gettempdir())
    log = folder / "secdesk-error.log"
    with log.open("a", encoding="utf-8") as fh:
        traceback.print_exc(file=fh)
    return log


def _gui(args: argparse.Namespace) -> int:
    from desktop.ui.app import run

    return run(db=args.db, lang=args.lang, smoke_test=getattr(args, "smoke_test", False))


def _init(args: argparse.Namespace) -> int:
    from db.engine import open_database

    database = open_database(args.db)
    print(f"データベースを用意しました: {database.display_name()}")
    database.close()
    return EXIT_OK


def _demo(args: argparse.Namespace) -> int:
    from db.demo import load_demo
    from db.engine import is_empty, open_database
    from db.errors import UserError

    database = open_database(args.db)
    try:
        if not is_empty(database):
            if args.if_empty:
                return EXIT_OK
            raise UserError(
                f"データベース「{database.display_name()}」にはすでにデータがあります。"
                "デモデータは空のデータベースに読み込んでください（例: secdesk --db demo.sqlite demo）。"
            )
        summary = load_demo(database)
    finally:
        database.close()
    print("デモデータを読み込みました: " + "、".join(f"{k} {v}件" for k, v in summary.items()))
    return EXIT_OK


def _writable_target(target: Path) -> Path:
    """Refuse an output path that cannot be a file we write (a folder, a missing folder)."""
    from db.errors import UserError

    if target.is_dir() or not target.name:
        raise UserError(f"「{target}」はフォルダです。書き出すファイルの名前を指定してください。")
    if not target.parent.is_dir():
        raise UserError(
            f"フォルダ「{target.parent}」がありません。既存のフォルダを指定してください。"
        )
    return target


def _export(args: argparse.Namespace) -> int:
    from db.engine import open_database
    from db.errors import UserError
    from db.export import export_data, write_json

    target = _writable_target(args.output)
    database = open_database(args.db, create=False, upgrade=False)
    try:
        with database.sessions() as session:
            data = export_data(session, __version__)
    finally:
        database.close()
    try:
        if args.format == "json":
            write_json(data, target)
        else:
            from desktop.excel_export import write_workbook

            write_workbook(data, target)
    except OSError as exc:
        raise UserError(
            f"「{target}」に書き込めません（{exc.strerror or exc}）。"
            "ファイルを開いているアプリを閉じるか、別の場所を指定してください。"
        ) from None
    print(f"書き出しました: {target}")
    return EXIT_OK


def _sqlite_file(db: str | None) -> Path:
    """The database file named by --db, for commands that must work on a damaged file."""
    from db.engine import resolve_url
    from db.errors import UserError

    url = resolve_url(db)
    if url.get_backend_name() != "sqlite" or not url.database:
        raise UserError(
            "この操作はファイルのデータベース（SQLite）だけに使えます。"
            "サーバーのデータベースは secdesk export --format json で書き出してください。"
        )
    return Path(url.database)


def _backup(args: argparse.Namespace) -> int:
    from db import backup
    from db.errors import UserError

    path = _sqlite_file(args.db)
    if not path.is_file():
        raise UserError(f"データベース「{path}」がありません。パスを確かめてください。")
    if args.list:
        for info in backup.list_backups(path):
            print(f"{info.taken_at:%Y-%m-%d %H:%M:%S}\t{info.reason}\t{info.path}")
        return EXIT_OK
    target = _writable_target(args.output) if args.output is not None else None
    made = backup.take_backup(path, target=target)
    print(f"バックアップを作成しました: {made}")
    return EXIT_OK


def _restore(args: argparse.Namespace) -> int:
    from db import backup

    path = _sqlite_file(args.db)
    safety = backup.restore(path, args.file)
    kept = f"（復元前の状態は {safety} に保存しました）" if safety else ""
    print(f"復元しました: {args.file}{kept}")
    return EXIT_OK


def _check(args: argparse.Namespace) -> int:
    from db.check import run_checks
    from db.engine import open_database, resolve_url
    from db.errors import DatabaseUnavailable, UserError

    url = resolve_url(args.db)
    if url.get_backend_name() == "sqlite" and url.database and not Path(url.database).exists():
        raise UserError(f"データベース「{url.database}」がありません。パスを確かめてください。")
    try:
        database = open_database(args.db, create=False, upgrade=False)
    except DatabaseUnavailable as exc:
        print(f"問題: {exc}")  # the database exists but is damaged or outdated: that is a finding
        return EXIT_PROBLEMS
    try:
        problems = run_checks(database)
    finally:
        database.close()
    if problems:
        for problem in problems:
            print(f"問題: {problem}")
        return EXIT_PROBLEMS
    print(f"問題は見つかりませんでした: {database.display_name()}")
    return EXIT_OK


_HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {
    "gui": _gui,
    "init": _init,
    "demo": _demo,
    "export": _export,
    "backup": _backup,
    "restore": _restore,
    "check": _check,
}


if __name__ == "__main__":  # pragma: no cover - `python -m desktop.cli`
    sys.exit(main())
