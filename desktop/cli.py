"""The `secdesk` command: the GUI by default, and the verbs scripts rely on (init, demo,
import, export, report, print, check, backup …), whose arguments and exit codes stay stable.

Exit codes: 0 success; 1 done but problems were found (check), or imported with some rows
rejected; 2 unusable input or arguments (one clear line on stderr, nothing written; an import
that imports nothing); 3 an unexpected internal error (the details go to the log file, never a
traceback on the terminal); 4 the window cannot start on this PC (one line saying why: the system
libraries Qt needs and the command that installs them, or no display; desktop/window_check.py).
"""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from desktop import __version__
from desktop.sheets.registry import SHEETS, SheetOption
from desktop.window_check import EXIT_NO_WINDOW

if TYPE_CHECKING:
    from db.database import Database

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


# Ids and numbers are stored as 32-bit integers on PostgreSQL.
_LARGEST_NUMBER = 2**31 - 1


def _number(text: str) -> int:
    """A positive whole number argument (an import's or a session's number)."""
    digits = text.strip()
    if not digits.isascii() or not digits.isdigit() or not 1 <= int(digits) <= _LARGEST_NUMBER:
        raise argparse.ArgumentTypeError(f"「{text}」は番号として使えません（1 以上の整数）")
    return int(digits)


def _sheets_epilog() -> str:
    """Each sheet with its labels and the options it takes (* required)."""
    lines = ["集計表 / sheets（* は必須 / required）:"]
    for kind in SHEETS.values():
        flags = " ".join(o.flag + ("*" if o.required else "") for o in kind.options)
        lines.append(f"  {kind.name}  {kind.label} / {kind.label_en}")
        lines.append(f"      {flags}")
    return "\n".join(lines)


def _add_sheet_options(parser: argparse.ArgumentParser) -> None:
    """Every option some sheet takes, once; the sheets that take it are named in its help."""
    declared: dict[str, list[tuple[str, SheetOption]]] = {}
    for kind in SHEETS.values():
        for option in kind.options:
            declared.setdefault(option.name, []).append((kind.name, option))
    for name, takers in declared.items():
        option = takers[0][1]
        helptext = (
            option.help
            if len(takers) == len(SHEETS)
            else (f"{option.help}（{', '.join(sheet for sheet, _o in takers)}）")
        )
        if option.type is bool:
            parser.add_argument(option.flag, dest=name, action="store_true", help=helptext)
        else:
            parser.add_argument(
                option.flag,
                dest=name,
                type=_number if option.type is int else str,
                metavar="N" if option.type is int else "DATE" if option.type is dt.date else "NAME",
                help=helptext,
            )


def _list_kinds() -> dict[str, str]:
    from desktop.imports.kinds import list_labels

    return list_labels()


def _form_kinds() -> dict[str, str]:
    from desktop.imports.kinds import form_labels

    return form_labels()


class _Registered:
    """The choices of an argument, named and labelled by the import-kind registry.

    The registry loads the database layer, so it is read only when such an argument is checked
    or its help is shown: `secdesk --help` and the other verbs stay quick.
    """

    def __init__(self, labels: Callable[[], dict[str, str]]) -> None:
        self._labels = labels

    def __iter__(self) -> Iterator[str]:
        return iter(self._labels())

    def __contains__(self, name: object) -> bool:
        return name in self._labels()

    def described(self) -> str:
        return " ".join(f"{name}={label}" for name, label in self._labels().items())


class _RegisteredHelp(argparse.HelpFormatter):
    """Help that lists a registered argument's names and labels after its own text."""

    def _get_help_string(self, action: argparse.Action) -> str | None:
        if isinstance(action.choices, _Registered):
            return f"{action.help} {action.choices.described().replace('%', '%%')}"
        return super()._get_help_string(action)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="secdesk",
        description="事務局デスク — 登録・協議会・イベントを管理するデスクトップアプリ",
    )
    parser.add_argument("--version", action="version", version=f"secdesk {__version__}")
    parser.add_argument(
        "--db", metavar="PATH_OR_URL", help="データベースのファイルパスまたは SQLAlchemy URL"
    )
    parser.add_argument(
        "--lang", choices=["ja", "en"], help="表示言語 / window language (既定: 設定、なければ ja)"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    gui = commands.add_parser("gui", help="ウィンドウを開く（既定）")
    gui.add_argument("--smoke-test", action="store_true", help=argparse.SUPPRESS)
    commands.add_parser("init", help="空のデータベースを作成する")
    demo = commands.add_parser("demo", help="デモデータを読み込む")
    demo.add_argument("--if-empty", action="store_true", help="データベースが空のときだけ読み込む")
    export = commands.add_parser(
        "export", help="データベース全体・予定表（.ics）・表（CSV）を書き出す"
    )
    export.add_argument("--format", choices=["json", "xlsx", "ics", "csv"], required=True)
    export.add_argument(
        "-o",
        "--output",
        required=True,
        type=Path,
        metavar="OUT",
        help="書き出すファイル（csv は表ごとのファイルを置くフォルダも可）",
    )
    chosen = export.add_mutually_exclusive_group()
    chosen.add_argument("--series", metavar="NAME", help="ics: この行事の回だけ")
    chosen.add_argument(
        "--council",
        metavar="NAME",
        help="ics: この会議の開催と回答期限だけ（既定: 今日以降の全部）",
    )
    export.add_argument(
        "--encoding",
        choices=["utf-8-sig", "cp932"],
        default="utf-8-sig",
        help="csv: 文字コード（既定 utf-8-sig: BOM 付き UTF-8。cp932: 古いシステム向け Shift_JIS）",
    )
    export.add_argument(
        "--table",
        action="append",
        choices=["organizations", "people", "registrations", "members", "participants"],
        help="csv: 書き出す表（繰り返し可。既定: 全部。-o がファイルなら 1 つ）",
    )
    export.add_argument(
        "--publication",
        action="store_true",
        help="公表用: 公表に同意し取り下げていない登録だけを、担当者と連絡先（電話・メール・住所）を除いて書き出す",
    )
    backup = commands.add_parser("backup", help="バックアップを作成する（一覧は --list）")
    backup.add_argument("-o", "--output", type=Path, metavar="FILE")
    backup.add_argument("--list", action="store_true", help="バックアップの一覧を表示する")
    backup.add_argument(
        "--folder",
        metavar="DIR",
        help="バックアップの保存先（USB ドライブや共有フォルダ）を選んで記憶し、そこに作成する。"
        "'' でデータベースの横の backups に戻す",
    )
    backup.add_argument(
        "--if-due",
        action="store_true",
        help="前回から設定の間隔（既定 24 時間）が過ぎていれば作成する（タスク スケジューラ用）",
    )
    restore = commands.add_parser("restore", help="バックアップから復元する")
    restore.add_argument("file", type=Path, metavar="FILE")
    commands.add_parser("check", help="データベースを検査する")

    imp = commands.add_parser(
        "import",
        help="様式・一覧を取り込む（.xlsx .xlsm .xls .ods、CSV・TSV）",
        description=(
            "様式や一覧を取り込む。読めるファイル: Excel（.xlsx .xlsm .xls）、OpenDocument（.ods）、"
            "CSV・TSV（.csv .tsv .txt。文字コード UTF-8・Shift_JIS・UTF-16 は自動で判別）。"
            "フォルダを指定すると中のファイル（.txt 以外）をすべて取り込む。"
            "終了コード: 0 すべて取り込んだ、1 取り込んだが取り込めない行やファイルがあった、"
            "2 何も取り込めなかった（または引数・ファイルの誤り）。"
        ),
        formatter_class=_RegisteredHelp,
    )
    imp.add_argument("paths", nargs="+", type=Path, metavar="FILE_OR_DIR")
    imp.add_argument("--dry-run", action="store_true", help="確認だけして書き込まない")
    imp.add_argument("--report", type=Path, metavar="OUT.xlsx", help="行ごとの判定と問題を書き出す")
    imp.add_argument(
        "--kind",
        metavar="KIND",
        choices=_Registered(_list_kinds),
        help="一覧の種類を指定する:",
    )
    imp.add_argument("--program", metavar="NAME", help="事業列がない一覧の事業名")
    imp.add_argument(
        "--council", metavar="NAME", help="会議名の列がない委員名簿の会議名（名簿として取り込む）"
    )
    imp.add_argument(
        "--series",
        metavar="NAME",
        help="行事名の列がない開催日程・参加者名簿の行事名（登録されていなければ新しく作る）",
    )
    imp.add_argument(
        "--organization",
        metavar="NAME",
        help="所属の列がない（空欄の）人の名簿・委員名簿の所属団体",
    )
    imp.add_argument(
        "--on-duplicate",
        choices=["fill", "update", "skip", "create"],
        default="fill",
        help="既存のデータと一致したとき: 空欄だけ補う（既定）/上書き/取り込まない/別に作る",
    )
    imp.add_argument(
        "--again", action="store_true", help="取り込み済みのファイルをもう一度取り込む"
    )
    imp.add_argument(
        "--skip-unrecognised",
        action="store_true",
        help="読み取れないファイル（様式でも一覧でもないものなど）を除いて、残りを取り込む"
        "（付けなければ、そうしたファイルが一つでもあると何も取り込まない）",
    )
    template = commands.add_parser(
        "template", help="記入用の Excel 様式を書き出す", formatter_class=_RegisteredHelp
    )
    template.add_argument(
        "kind",
        metavar="FORM",
        choices=_Registered(_form_kinds),
        help="様式の種類:",
    )
    template.add_argument("-o", "--output", required=True, type=Path, metavar="OUT.xlsx")
    template.add_argument(
        "--program", metavar="NAME", help="分野の一覧を使う事業（既定: オープンラボ）"
    )
    for verb, helptext in (
        ("report", "集計表を PDF・Excel・JSON で書き出す"),
        ("print", "集計表を印刷用の PDF に書き出す（report --format pdf と同じ）"),
    ):
        sheet = commands.add_parser(
            verb,
            help=helptext,
            epilog=_sheets_epilog(),
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        sheet.add_argument(
            "sheet", metavar="SHEET", choices=list(SHEETS), help="集計表の名前（下の一覧）"
        )
        _add_sheet_options(sheet)
        sheet.add_argument(
            "--english-headings",
            action="store_true",
            help="表題と列見出しを英語にする / titles and column headings in English",
        )
        if verb == "report":
            sheet.add_argument("--format", choices=["pdf", "xlsx", "json"], required=True)
        sheet.add_argument("-o", "--output", required=True, type=Path, metavar="OUT")
    commands.add_parser("batches", help="取り込みの履歴を表示する")
    undo = commands.add_parser("undo", help="取り込みを取り消す")
    undo.add_argument("batch", type=_number, metavar="BATCH_ID")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    # The PostgreSQL driver logs what it ignores while abandoning a refused statement (an
    # aborted pipeline …); the refusal itself reaches the user as one line, its notes must not.
    logging.getLogger("psycopg").addHandler(logging.NullHandler())
    # A backup that cannot go into the chosen folder is said once, by the command itself.
    logging.getLogger("db.backup").addHandler(logging.NullHandler())
    args = build_parser().parse_args(argv)
    if args.db is not None and not args.db.strip():
        print(
            "secdesk: --db が空です。データベースのパスか URL を指定してください。", file=sys.stderr
        )
        return EXIT_USAGE
    command = args.command or "gui"
    handler = _HANDLERS[command]
    from db.errors import UserError

    if command != "gui":  # the window applies it itself, once the database layer is loaded
        from db import backup
        from desktop import settings

        backup.configure(keep=settings.get(settings.BACKUP_KEEP))
        backup.use_folder(settings.get(settings.BACKUP_FOLDER))

    try:
        if command != "gui":  # the window protects each database it opens
            from db.output_files import protect_url

            protect_url(args.db)  # no output is ever written over it or into its backups
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
        from desktop.crash_log import write_crash_log

        log = write_crash_log()
        where = f"詳細を「{log}」に記録しました" if log else "詳細は記録できませんでした"
        print(f"secdesk: 予期しないエラーが発生しました。{where}。", file=sys.stderr)
        return EXIT_INTERNAL


def _gui(args: argparse.Namespace) -> int:
    from desktop import window_check

    # Qt would abort the whole program naming one missing library: said first, all of them
    problem = window_check.problem()
    if problem is not None:
        print(f"secdesk: {problem}", file=sys.stderr)
        return EXIT_NO_WINDOW
    try:
        from desktop.ui.app import run
    except ImportError as exc:  # a Qt library itself cannot be loaded (no ldd to tell which)
        print(f"secdesk: 画面を開けません: Qt を読み込めません（{exc}）。", file=sys.stderr)
        return EXIT_NO_WINDOW
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
    """Refuse an output path that cannot be a file we write: a folder, a device, a missing
    folder, the database or its companions and backups (db.output_files)."""
    from db.output_files import check_output

    return check_output(target)


def _export(args: argparse.Namespace) -> int:
    from db.engine import open_database
    from db.errors import UserError
    from db.export import export_data, export_publication, write_json

    if (args.series or args.council) and args.format != "ics":
        raise UserError("--series と --council は --format ics のときだけ指定できます。")
    if args.format == "ics":
        return _export_calendar(args)
    if args.format == "csv":
        return _export_csv(args)
    target = _writable_target(args.output)
    build = export_publication if args.publication else export_data
    database = open_database(args.db, create=False, upgrade=False)
    try:
        with database.sessions() as session:
            data = build(session, __version__)
    finally:
        database.close()
    if args.format == "json":
        write_json(data, target)
    else:
        from desktop.excel.interchange import write_workbook

        write_workbook(data, target)
    print(f"書き出しました: {target}")
    return EXIT_OK


def _export_calendar(args: argparse.Namespace) -> int:
    from db.calendar_export import CalendarChoice, build_calendar, write_calendar
    from db.engine import open_database

    target = _writable_target(args.output)
    database = open_database(args.db, create=False, upgrade=False)
    try:
        with database.sessions() as session:
            calendar = build_calendar(session, CalendarChoice(args.series, args.council))
    finally:
        database.close()
    write_calendar(calendar, target)
    print(f"予定表を書き出しました（{len(calendar.events)}件）: {target}")
    return EXIT_OK


def _export_csv(args: argparse.Namespace) -> int:
    from db.csv_export import export_tables
    from db.engine import open_database
    from db.errors import UserError

    target: Path = args.output
    if not target.is_dir():
        target = _writable_target(target)
        if len(args.table or ()) != 1:
            raise UserError(
                "CSV をファイルに書き出すときは --table で表を 1 つ指定してください"
                "（全部の表はフォルダを -o に指定）。"
            )
    database = open_database(args.db, create=False, upgrade=False)
    try:
        with database.sessions() as session:
            written, lost = export_tables(session, target, args.encoding, args.table)
    finally:
        database.close()
    for unwritable in lost:
        print(f"secdesk: 注意: {unwritable}", file=sys.stderr)
    for path in written:
        print(f"書き出しました: {path}")
    return EXIT_OK


def _backup_target(db: str | None) -> Path | Database:
    """What backup and restore work on: a database file itself (so that a damaged one can still
    be restored), or a connection to a server database whatever its schema."""
    from db.database import connect_database
    from db.engine import resolve_url
    from db.errors import UserError

    url = resolve_url(db)
    if url.get_backend_name() == "sqlite":
        if not url.database or url.database == ":memory:":
            raise UserError("バックアップにはデータベースファイルのパスを指定してください。")
        return Path(url.database)
    return connect_database(url)


def _backup(args: argparse.Namespace) -> int:
    from db import backup
    from db.database import connect_database
    from db.engine import resolve_url
    from db.errors import UserError

    target = _backup_target(args.db)
    if isinstance(target, Path) and not target.is_file():
        raise UserError(f"データベース「{target}」がありません。パスを確かめてください。")
    if args.folder is not None:
        _choose_backup_folder(args.folder)
    try:
        if args.list or args.output is None:
            _warn_about_backup_folder(target)
        if args.list:
            for info in backup.list_backups(target):
                print(f"{info.taken_at:%Y-%m-%d %H:%M:%S}\t{info.reason}\t{info.path}")
            return EXIT_OK
        output = _writable_target(args.output) if args.output is not None else None
        if output is not None and output.name.endswith(".json.gz") and isinstance(target, Path):
            target = connect_database(resolve_url(str(target)))  # as it is, whatever its schema
        if args.if_due:
            made = _backup_if_due(target)
            if made is None:
                print("前回のバックアップから設定の間隔が過ぎていないため、作成しませんでした。")
                return EXIT_OK
        else:
            made = backup.take_backup(target, target=output)
    finally:
        if not isinstance(target, Path):
            target.close()
    print(f"バックアップを作成しました: {made}")
    return EXIT_OK


def _choose_backup_folder(folder: str) -> None:
    """Remember the backup folder for every later backup, the window's included; '' forgets it.
    A folder that is not there now is refused: it is most likely a typing mistake."""
    from db import backup
    from db.errors import UserError
    from desktop import settings

    chosen = Path(folder).absolute() if folder else None
    if chosen is not None and not chosen.is_dir():
        raise UserError(
            f"フォルダ「{chosen}」がありません。既存のフォルダを指定してください"
            "（USB ドライブなら差し込んでから）。"
        )
    settings.save({settings.BACKUP_FOLDER: chosen})
    backup.use_folder(chosen)
    if chosen is None:
        print("バックアップの保存先をデータベースの横の backups に戻しました。")
    else:
        print(f"バックアップの保存先を記憶しました: {chosen}")


def _warn_about_backup_folder(target: Path | Database) -> None:
    """One line on stderr when the chosen folder cannot take the backup (it goes beside the
    database instead): a backup must never land somewhere the user does not expect, unsaid."""
    from db import backup

    problem = backup.backup_place(target).problem
    if problem is not None:
        print(f"secdesk: 警告: {problem}", file=sys.stderr)


def _backup_if_due(target: Path | Database) -> Path | None:
    import datetime as dt

    from db import backup
    from desktop import settings

    hours = settings.get(settings.BACKUP_EVERY_HOURS)
    return backup.take_if_due(target, dt.timedelta(hours=hours)) if hours else None


def _restore(args: argparse.Namespace) -> int:
    from db import backup

    target = _backup_target(args.db)
    try:
        safety = backup.restore(target, args.file)
    finally:
        if not isinstance(target, Path):
            target.close()
    kept = f"（復元前の状態は {safety} に保存しました）" if safety else ""
    print(f"復元しました: {args.file}{kept}")
    return EXIT_OK


def _check(args: argparse.Namespace) -> int:
    from db.check import run_checks
    from db.engine import open_database, resolve_url
    from db.errors import DatabaseUnavailable, UserError
    from db.location import warning_for

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
    from desktop.sheets.fonts import japanese_font

    font_warning = japanese_font().warning()  # not the database's fault: noted, not a finding
    if font_warning:
        print(f"注意: {font_warning}")
    place_warning = warning_for(database.path) if database.path else None
    if place_warning:
        print(f"注意: {place_warning}")
    if problems:
        for problem in problems:
            print(f"問題: {problem}")
        return EXIT_PROBLEMS
    print(f"問題は見つかりませんでした: {database.display_name()}")
    return EXIT_OK


def _import(args: argparse.Namespace) -> int:
    from db.engine import open_database
    from db.errors import UserError
    from desktop.imports import pipeline
    from desktop.imports.note_groups import said_once_per_kind

    report = _writable_target(args.report) if args.report else None
    if report is not None:
        from db.output_files import refuse_inputs

        refuse_inputs(report, args.paths)
    database = open_database(args.db, create=False)  # a mistyped --db must not start a new one
    try:
        with database.sessions() as session:
            preview = pipeline.prepare(
                session,
                args.paths,
                kind=args.kind,
                program=args.program,
                council=args.council,
                series=args.series,
                organization=args.organization,
                on_duplicate=args.on_duplicate,
            )
        preview.skip_refused = args.skip_unrecognised
        if len(preview.refused) == 1 and not preview.files:
            raise UserError(preview.refused[0].reason)  # the one file named: one line, as ever
        for problem in said_once_per_kind(preview.all_problems()):
            print(problem.text())
        if report is not None:
            from desktop.imports.report import write_report

            write_report(preview, report)
            print(f"結果を書き出しました: {report}")
        again = [f for f in preview.files if f.earlier_batch is not None]
        if again and not args.again and not args.dry_run:
            first = again[0]
            raise UserError(
                f"「{first.path.name}」は取り込み番号 {first.earlier_batch} で取り込み済みです。"
                "もう一度取り込むには --again を付けてください。"
            )
        accepted = len(preview.accepted)
        rejected = sum(1 for r in preview.records if r.rejected)
        refused = f"（読み取れないファイル {len(preview.refused)}個）" if preview.refused else ""
        print(
            f"{len(preview.files)}ファイル{refused} {len(preview.records)}件: "
            f"取り込み {accepted}件、エラー {rejected}件"
        )
        if preview.held_back:
            raise UserError(
                f"読み取れないファイルが {len(preview.refused)} 個あるため、何も取り込みませんでした"
                "（理由は上の「エラー」の行を参照）。"
                "読み取れたファイルだけ取り込むには --skip-unrecognised を付けてください。"
            )
        if args.dry_run:
            print("確認のみ（--dry-run）: データベースは変更していません。")
        elif accepted:
            batch = pipeline.commit(database, preview)
            print(f"取り込みました（取り込み番号 {batch}。取り消しは secdesk undo {batch}）。")
    finally:
        database.close()
    if not accepted:  # nothing imported: the input is unusable as it is
        print(
            "secdesk: 取り込める行がなかったため、何も取り込みませんでした"
            "（理由は上の「エラー」の行を参照）。",
            file=sys.stderr,
        )
        return EXIT_USAGE
    return EXIT_PROBLEMS if rejected or preview.refused else EXIT_OK


def _report(args: argparse.Namespace) -> int:
    from db.engine import open_database
    from desktop.sheets import glyphs
    from desktop.sheets.registry import build_sheet
    from desktop.sheets.render import render

    # Letters merged into the office's Word letter may go into a folder, a document each
    # (every file in it is checked as it is written).
    into_folder = getattr(args, "template", None) is not None and args.output.is_dir()
    target = args.output if into_folder else _writable_target(args.output)
    kind = SHEETS[args.sheet]
    values = {name: _sheet_value(args, name) for name in _sheet_option_names()}
    kind.check(values)
    database = open_database(args.db, create=False, upgrade=False)
    try:
        with database.sessions() as session:
            sheet = build_sheet(session, args.sheet, values, english=args.english_headings)
    finally:
        database.close()
    fmt = getattr(args, "format", None) or "pdf"
    unprintable = glyphs.unprintable(sheet) if fmt == "pdf" else []
    for found in unprintable:  # said before writing, and once more after
        print(found.message(), file=sys.stderr)
    render(sheet, fmt, target)
    print(f"書き出しました: {target}")
    if unprintable:
        print(glyphs.after_printing(unprintable), file=sys.stderr)
    return EXIT_OK


def _sheet_option_names() -> list[str]:
    """Every sheet option's name once, in the order the sheets declare them."""
    return list(dict.fromkeys(o.name for kind in SHEETS.values() for o in kind.options))


def _sheet_value(args: argparse.Namespace, name: str) -> object:
    """The option as given on the command line; dates read as the user may write them."""
    from db.errors import UserError
    from desktop.japanese.wareki import DateParseError, parse_date

    value = getattr(args, name)
    takes_a_date = any(
        option.type is dt.date
        for kind in SHEETS.values()
        for option in kind.options
        if option.name == name
    )
    if not takes_a_date or value is None:
        return value
    try:
        return parse_date(value)
    except DateParseError as exc:
        raise UserError(f"--{name.replace('_', '-')}: {exc}") from None


def _template(args: argparse.Namespace) -> int:
    from db.engine import open_database
    from db.errors import DatabaseUnavailable
    from desktop.excel.forms import write_template
    from desktop.imports.kinds import form_labels
    from desktop.imports.templates import choices_from_database, default_choices

    target = _writable_target(args.output)
    try:
        database = open_database(args.db, create=False, upgrade=False)
    except DatabaseUnavailable:
        choices = default_choices()  # no database yet: the オープンラボ's policy fields
    else:
        try:
            with database.sessions() as session:
                choices = choices_from_database(session, args.program)
        finally:
            database.close()
    write_template(args.kind, target, choices)
    print(f"様式（{form_labels()[args.kind]}）を書き出しました: {target}")
    return EXIT_OK


def _batches(args: argparse.Namespace) -> int:
    from db.engine import open_database
    from desktop.imports import pipeline

    database = open_database(args.db, create=False)
    try:
        with database.sessions() as session:
            batches = pipeline.list_batches(session)
    finally:
        database.close()
    for b in batches:
        state = f"取消 {b.undone_at:%Y-%m-%d %H:%M}" if b.undone_at else "有効"
        counts = "、".join(f"{k} {v}" for k, v in b.counts.items())
        print(f"{b.id}\t{b.created_at:%Y-%m-%d %H:%M}\t{state}\t{b.file_name}\t{counts}")
    return EXIT_OK


def _undo(args: argparse.Namespace) -> int:
    from db.engine import open_database
    from desktop.imports import pipeline

    database = open_database(args.db, create=False)
    try:
        undone = pipeline.undo(database, args.batch)
    finally:
        database.close()
    print(
        f"取り込み番号 {args.batch} を取り消しました（削除 {undone['削除']}件、復元 {undone['復元']}件）。"
    )
    return EXIT_OK


_HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {
    "gui": _gui,
    "init": _init,
    "demo": _demo,
    "export": _export,
    "backup": _backup,
    "restore": _restore,
    "check": _check,
    "import": _import,
    "report": _report,
    "print": _report,
    "template": _template,
    "batches": _batches,
    "undo": _undo,
}


if __name__ == "__main__":  # pragma: no cover - `python -m desktop.cli`
    sys.exit(main())
