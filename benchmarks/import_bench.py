"""Import benchmark: how fast (and how lean) the Excel import is, against bare readers.

Run from the project folder:

    .venv/bin/python benchmarks/import_bench.py [--rows N] [--forms N] [--big-rows N] [--quick]
    .venv/bin/python benchmarks/import_bench.py --db postgresql+psycopg://…/empty_db

One run generates its inputs in a temporary folder, then measures
  * a registrations list (--rows, default 10,000) and a folder of filled 専門家用 forms
    (--forms, default 700): the end-to-end import through the real pipeline
    (pipeline.prepare + pipeline.commit on a fresh demo database: a temporary SQLite file, or the
    empty database --db names, emptied again before each import) against the bare read of the
    same files with openpyxl and with python-calamine;
  * the peak memory of importing a --big-rows list (default 100,000) in a child process,
    against a child that only reads the same file with calamine (skipped with --quick).
It prints which goals are met and always exits 0: it is a measurement, not a test.
See benchmarks/README.md for what each figure means.
"""

from __future__ import annotations

# Only the standard library at module level: the same file is started as the memory-measuring
# wrapper child (see measure_child), which must stay small, so the heavy imports (openpyxl,
# calamine, SQLAlchemy, the project) happen inside the functions that need them.
import argparse
import datetime as dt
import json
import os
import platform
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # run as a script, benchmarks/ is on the path, not the root

BARE_READ_REPEATS = 3
GOAL_VS_CALAMINE = 2.0  # end-to-end import ≤ 2× the bare calamine read
GOAL_VS_OPENPYXL = 0.5  # end-to-end import ≤ 0.5× the bare openpyxl read
GOAL_PEAK_MIB = 300.0  # importing the big list peaks under 300 MB

from benchmarks import backends  # noqa: E402
from benchmarks.figures import Figure, add_option, write  # noqa: E402
from benchmarks.registration_list import (  # noqa: E402  (after the path is set)
    COMPANY_DEPARTMENTS,
    SEED,
    open_lab_categories,
    person,
    phone_number,
    unique_company_names,
    write_registration_list,
)


def log(message: str) -> None:
    """Progress goes to stderr so that stdout holds only the report."""
    print(message, file=sys.stderr, flush=True)


# --- generating the inputs -----------------------------------------------------------------


@dataclass
class FormCells:
    """Where to type in the blank 専門家用 form: input cell per label, mark cell per category."""

    inputs: dict[str, str]
    marks: dict[str, str]


def find_form_cells(sheet: Any, labels: Sequence[str], categories: Sequence[str]) -> FormCells:
    """The first unlocked cell right of a label, as type_into / mark do in
    tests/helpers/import_files.py."""
    inputs: dict[str, str] = {}
    marks: dict[str, str] = {}
    for row in sheet.iter_rows():
        for cell in row:
            if cell.value in labels and cell.value not in inputs:
                target = next(t for t in sheet[cell.row][cell.column :] if not t.protection.locked)
                inputs[cell.value] = target.coordinate
            elif cell.value in categories and cell.value not in marks:
                left = sheet[cell.row][: cell.column - 1]
                target = next(t for t in reversed(left) if not t.protection.locked)
                marks[cell.value] = target.coordinate
    missing = [label for label in labels if label not in inputs]
    if missing:
        raise RuntimeError(f"the 専門家用 template has no input cell for {missing}")
    return FormCells(inputs, marks)


def form_values(
    number: int, rng: random.Random, companies: Iterator[tuple[str, str, str]]
) -> dict[str, object]:
    """One applicant's answers, keyed by the label printed on the form."""
    kind, name, kana = next(companies)
    return {
        "申込日": dt.date(2020, 7, 1) + dt.timedelta(days=rng.randint(0, 90)),
        "団体名（企業名）": name,
        "フリガナ": kana,
        "団体区分": kind,
        "所在地": f"東京都千代田区霞が関{rng.randint(1, 3)}-{rng.randint(1, 9)}-{rng.randint(1, 9)}",
        "担当部署": rng.choice(COMPANY_DEPARTMENTS),
        "担当者氏名": person(rng),
        "担当者フリガナ": "スズキ イチロウ",
        "電話番号": phone_number(rng),
        "メールアドレス": f"form{number}@example.co.jp",
        "提供可能な技術・ノウハウの概要": "遠隔診療とオンライン教育の仕組みを、自治体の実証から導入まで支援します。",
        "公表可否": "可" if rng.random() < 0.9 else "否",
    }


def write_forms(folder: Path, count: int) -> None:
    """`count` filled forms: the template is written once and loaded once; each form only sets
    its cells and saves (saving is ~20 ms, loading again would double the generation time)."""
    import openpyxl

    from desktop.excel.forms import write_template
    from desktop.imports.templates import default_choices

    folder.mkdir(parents=True, exist_ok=True)
    template = folder.parent / "専門家用_template.xlsx"
    write_template("expert", template, default_choices())
    workbook = openpyxl.load_workbook(template)
    sheet = workbook.worksheets[0]
    rng = random.Random(SEED + 1)
    companies = unique_company_names()
    categories = open_lab_categories()
    first = form_values(0, random.Random(0), unique_company_names())
    cells = find_form_cells(sheet, list(first), categories)
    marks = ("○", "○", "○", "✓", "●", "〇")  # the ticks applicants actually type
    for number in range(1, count + 1):
        for label, value in form_values(number, rng, companies).items():
            sheet[cells.inputs[label]] = value
        chosen = set(rng.sample(categories, rng.randint(1, 4)))
        for category, ref in cells.marks.items():
            sheet[ref] = rng.choice(marks) if category in chosen else None
        workbook.save(folder / f"申込書_{number:04d}.xlsx")


@dataclass
class Inputs:
    list_path: Path
    list_rows: int
    forms_dir: Path
    forms: int
    big_path: Path | None
    big_rows: int


def generate(work: Path, rows: int, forms: int, big_rows: int, quick: bool) -> Inputs:
    """Every input file; the time it takes is reported but is not part of any figure."""
    list_path = work / f"登録一覧_{rows}.xlsx"
    forms_dir = work / "forms"
    big_path = None if quick else work / f"登録一覧_{big_rows}.xlsx"
    steps: list[tuple[str, Callable[[], None]]] = [
        (f"list of {rows:,} rows", lambda: write_registration_list(list_path, rows)),
        (f"{forms:,} filled 専門家用 forms", lambda: write_forms(forms_dir, forms)),
    ]
    if big_path is not None:
        steps.append(
            (f"list of {big_rows:,} rows", lambda: write_registration_list(big_path, big_rows))
        )
    for what, make in steps:
        start = time.perf_counter()
        make()
        log(f"  generated {what} in {time.perf_counter() - start:.1f} s (not measured)")
    return Inputs(list_path, rows, forms_dir, forms, big_path, big_rows)


# --- the measurements ----------------------------------------------------------------------


def excel_files(target: Path) -> list[Path]:
    return sorted(target.glob("*.xlsx")) if target.is_dir() else [target]


def read_openpyxl(paths: Sequence[Path]) -> int:
    """The bare openpyxl read: every value of the first sheet of every file; returns the rows."""
    import openpyxl

    rows = 0
    for path in paths:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
        for _values in workbook.worksheets[0].iter_rows(values_only=True):
            rows += 1
        workbook.close()  # read-only mode keeps the file open until closed
    return rows


def read_calamine(paths: Sequence[Path]) -> int:
    """The bare calamine read: the first sheet of every file as Python values."""
    from python_calamine import CalamineWorkbook

    rows = 0
    for path in paths:
        rows += len(CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python())
    return rows


def best_of(repeats: int, work: Callable[[], object]) -> float:
    """The fastest of several runs: the least disturbed by the rest of the machine."""
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def fresh_database(db: str) -> Any:
    """A new database with the demo data, so that the programs and categories exist."""
    from db.demo import load_demo
    from db.engine import open_database

    if backends.is_server(db):
        backends.emptied(db)
    else:
        path = Path(db)
        for stale in path.parent.glob(path.name + "*"):  # the file and its -wal / -shm
            stale.unlink()
    database = open_database(db)
    load_demo(database)
    return database


@dataclass
class ImportResult:
    prepare: float
    commit: float
    records: int
    accepted: int
    problems: list[str]

    @property
    def total(self) -> float:
        return self.prepare + self.commit


def timed_import(target: Path, db: str, profile: Path | None = None) -> ImportResult:
    """One end-to-end import (read → normalise → validate → commit) on a fresh database."""
    from desktop.imports import pipeline

    database = fresh_database(db)  # not timed: the secretariat's database already exists
    profiler = None
    if profile is not None:
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()
    try:
        start = time.perf_counter()
        with database.sessions() as session:
            preview = pipeline.prepare(session, [target])
        prepared = time.perf_counter()
        pipeline.commit(database, preview)
        committed = time.perf_counter()
    finally:
        if profiler is not None:
            profiler.disable()
            profiler.dump_stats(str(profile))
        database.close()
    problems = [p.text() for p in preview.all_problems()]
    return ImportResult(
        prepared - start,
        committed - prepared,
        len(preview.records),
        len(preview.accepted),
        problems,
    )


@dataclass
class Timings:
    label: str
    unit: str  # "rows" or "forms"
    count: int
    openpyxl: float
    calamine: float
    result: ImportResult


def measure_speed(
    label: str, unit: str, count: int, target: Path, db: str, profile: Path | None
) -> Timings:
    paths = excel_files(target)
    log(f"  {label}: bare openpyxl read (best of {BARE_READ_REPEATS}) …")
    openpyxl_seconds = best_of(BARE_READ_REPEATS, lambda: read_openpyxl(paths))
    log(f"  {label}: bare calamine read (best of {BARE_READ_REPEATS}) …")
    calamine_seconds = best_of(BARE_READ_REPEATS, lambda: read_calamine(paths))
    log(f"  {label}: end-to-end import (1 run) …")
    result = timed_import(target, db, profile)
    if result.accepted != count:  # a benchmark that silently imports nothing would mislead
        log(f"  WARNING: {result.accepted:,} of {count:,} {unit} accepted; first problems:")
        for text in result.problems[:5]:
            log(f"    {text}")
    return Timings(label, unit, count, openpyxl_seconds, calamine_seconds, result)


# --- peak memory, in child processes -------------------------------------------------------
#
# On Linux a child's ru_maxrss is never below the peak of the process that started it: exec
# keeps the pre-exec high-water mark (fork / vfork share or copy the parent's pages first). This
# parent has generated files and run imports by then, so a child started here directly would
# report the parent's peak. Hence two levels: the parent starts a small wrapper (this file with
# --child-measure, standard library only), the wrapper starts the measured child and reads
# resource.getrusage(RUSAGE_CHILDREN).ru_maxrss for its one child — KiB on Linux.


def child_import(file: str, db: str) -> None:
    """--child-import: the whole import of one file, as the measured child does it."""
    start = time.perf_counter()
    result = timed_import(Path(file), db)
    print(
        json.dumps(
            {
                "seconds": time.perf_counter() - start,
                "prepare": result.prepare,
                "commit": result.commit,
                "records": result.records,
                "accepted": result.accepted,
            }
        )
    )


def child_calamine(file: Path) -> None:
    """--child-calamine: only the bare calamine read, the baseline of the memory ratio."""
    start = time.perf_counter()
    rows = read_calamine([file])
    print(json.dumps({"seconds": time.perf_counter() - start, "rows": rows}))


def measure_child(child_args: Sequence[str]) -> None:
    """--child-measure: run the measured child and report its peak RSS (KiB) with its output."""
    command = [sys.executable, str(Path(__file__).resolve()), *child_args]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    lines = done.stdout.strip().splitlines()
    print(
        json.dumps(
            {
                "peak_kib": peak_kib,
                "returncode": done.returncode,
                "output": json.loads(lines[-1]) if done.returncode == 0 and lines else None,
                "stderr": done.stderr[-2000:],
            }
        )
    )


def peak_of(child_args: Sequence[str]) -> dict[str, Any]:
    command = [sys.executable, str(Path(__file__).resolve()), "--child-measure", *child_args]
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    report: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    if report["returncode"] != 0:
        log(f"  WARNING: the child {child_args[0]} failed:\n{report['stderr']}")
    return report


@dataclass
class Memory:
    rows: int
    baseline: dict[str, Any]
    imported: dict[str, Any]


def measure_memory(file: Path, rows: int, db: str) -> Memory:
    log(f"  list of {rows:,} rows: peak memory of a bare calamine read (child) …")
    baseline = peak_of(["--child-calamine", str(file)])
    log(f"  list of {rows:,} rows: peak memory of the import (child) …")
    imported = peak_of(["--child-import", str(file), db])
    return Memory(rows, baseline, imported)


# --- the report ----------------------------------------------------------------------------


def machine() -> str:
    uname = platform.uname()
    return (
        f"machine: {platform.platform()} ({uname.machine}), {os.cpu_count()} CPUs, "
        f"Python {platform.python_version()} ({platform.python_implementation()})"
    )


def verdict(ok: bool) -> str:
    return "met" if ok else "NOT MET"


def speed_table(all_timings: Sequence[Timings]) -> tuple[list[str], list[tuple[str, bool]]]:
    """The table lines, and (goal, met) for the summary."""
    head = (
        f"{'figure':<44}{'seconds':>9}{'rows/s':>10}{'×calamine':>11}{'×openpyxl':>11}"
        f"  {'goal':<26}{'met'}"
    )
    lines = [head, "-" * len(head)]
    goals: list[tuple[str, bool]] = []

    def line(
        figure: str, seconds: float, t: Timings, goal: str = "", ok: bool | None = None
    ) -> str:
        rate = f"{t.count / seconds:,.0f}" if seconds > 0 else "-"
        met = "" if ok is None else verdict(ok)
        return (
            f"{figure:<44}{seconds:>9.3f}{rate:>10}{seconds / t.calamine:>11.2f}"
            f"{seconds / t.openpyxl:>11.2f}  {goal:<26}{met}"
        )

    for t in all_timings:
        lines.append(f"{t.label} ({t.count:,} {t.unit}; rows/s counts {t.unit})")
        lines.append(line("  bare read, openpyxl (best of 3)", t.openpyxl, t))
        lines.append(line("  bare read, calamine (best of 3)", t.calamine, t))
        total = t.result.total
        vs_calamine = total <= GOAL_VS_CALAMINE * t.calamine
        vs_openpyxl = total <= GOAL_VS_OPENPYXL * t.openpyxl
        lines.append(
            line(
                "  import end-to-end (1 run)",
                total,
                t,
                f"≤ {GOAL_VS_CALAMINE:g}× calamine",
                vs_calamine,
            )
        )
        lines.append(f"{'':<85}  {f'≤ {GOAL_VS_OPENPYXL:g}× openpyxl':<26}{verdict(vs_openpyxl)}")
        lines.append(line("    of which prepare (read → validate)", t.result.prepare, t))
        lines.append(line("    of which commit (write, audit log)", t.result.commit, t))
        lines.append(
            f"    accepted {t.result.accepted:,} of {t.result.records:,} records, "
            f"{len(t.result.problems):,} problems reported"
        )
        goals.append((f"{t.label}: end-to-end ≤ {GOAL_VS_CALAMINE:g}× calamine", vs_calamine))
        goals.append((f"{t.label}: end-to-end ≤ {GOAL_VS_OPENPYXL:g}× openpyxl", vs_openpyxl))
    return lines, goals


def memory_table(memory: Memory) -> tuple[list[str], list[tuple[str, bool]]]:
    base_mib = memory.baseline["peak_kib"] / 1024
    peak_mib = memory.imported["peak_kib"] / 1024
    head = f"{'figure':<44}{'peak RSS MiB':>13}{'×calamine':>11}  {'goal':<26}{'met'}"
    lines = [head, "-" * len(head), f"list of {memory.rows:,} rows (each in its own child process)"]
    lines.append(f"{'  bare read, calamine (child)':<44}{base_mib:>13.0f}{1:>11.2f}")
    ok = memory.imported["returncode"] == 0 and peak_mib < GOAL_PEAK_MIB
    lines.append(
        f"{'  import end-to-end (child)':<44}{peak_mib:>13.0f}{peak_mib / base_mib:>11.2f}"
        f"  {f'< {GOAL_PEAK_MIB:g} MB':<26}{verdict(ok)}"
    )
    output = memory.imported["output"]
    if output:
        lines.append(
            f"    the child's import took {output['seconds']:.1f} s "
            f"(prepare {output['prepare']:.1f} s, commit {output['commit']:.1f} s, "
            f"{output['records']:,} records, "
            f"{output['accepted']:,} accepted)"
        )
    return lines, [(f"list of {memory.rows:,} rows: import peak < {GOAL_PEAK_MIB:g} MB", ok)]


def figures_of(
    timings: Sequence[Timings], memory: Memory | None, db: str | None = None
) -> list[Figure]:
    figures = []
    for t in timings:
        total = t.result.total
        name = backends.labelled(f"import: {t.label}, {t.count:,} {t.unit}", db)
        figures.append(
            Figure(name, total, "s", "bare calamine read", total / t.calamine,
                   f"≤ {GOAL_VS_CALAMINE:g}× calamine", total <= GOAL_VS_CALAMINE * t.calamine)
        )  # fmt: skip
        figures.append(
            Figure(name, total, "s", "bare openpyxl read", total / t.openpyxl,
                   f"≤ {GOAL_VS_OPENPYXL:g}× openpyxl", total <= GOAL_VS_OPENPYXL * t.openpyxl)
        )  # fmt: skip
    if memory is not None:
        peak = memory.imported["peak_kib"] / 1024
        base = memory.baseline["peak_kib"] / 1024
        figures.append(
            Figure(backends.labelled(f"import: peak memory, {memory.rows:,}-row list", db),
                   peak, "MiB",
                   "bare calamine read", peak / base, f"< {GOAL_PEAK_MIB:g} MB",
                   memory.imported["returncode"] == 0 and peak < GOAL_PEAK_MIB)
        )  # fmt: skip
    return figures


def print_lines(lines: Sequence[str]) -> None:
    print("\n".join(line.rstrip() for line in lines), flush=True)


def print_speed(timings: Sequence[Timings], generation: float) -> list[tuple[str, bool]]:
    """Printed before the memory step starts, which can take many minutes."""
    print()
    print(f"inputs generated in {generation:.1f} s (not part of any figure)")
    print()
    lines, goals = speed_table(timings)
    print_lines(lines)
    print()
    return goals


def print_memory_and_goals(memory: Memory | None, goals: list[tuple[str, bool]]) -> None:
    if memory is None:
        print("peak memory: skipped (--quick)")
    else:
        mem_lines, mem_goals = memory_table(memory)
        print_lines(mem_lines)
        goals = goals + mem_goals
    print()
    met = sum(ok for _goal, ok in goals)
    print(f"goals met: {met} of {len(goals)}")
    for goal, ok in goals:
        print(f"  [{'x' if ok else ' '}] {goal}: {verdict(ok)}")


# --- main ----------------------------------------------------------------------------------


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=10_000, help="rows of the timed list")
    parser.add_argument("--forms", type=int, default=700, help="filled forms in the folder")
    parser.add_argument("--big-rows", type=int, default=100_000, help="rows of the memory list")
    parser.add_argument(
        "--quick", action="store_true", help="skip the big list and its memory check"
    )
    parser.add_argument("--keep", action="store_true", help="keep the generated files")
    parser.add_argument(
        "--profile",
        type=Path,
        metavar="OUT.prof",
        help="write cProfile stats of the list import to this file",
    )
    backends.add_option(parser)
    add_option(parser)
    # Internal: the same file is its own child process for the memory figures.
    parser.add_argument("--child-measure", nargs=argparse.REMAINDER, help=argparse.SUPPRESS)
    parser.add_argument("--child-import", nargs=2, help=argparse.SUPPRESS)  # file, database
    parser.add_argument("--child-calamine", type=Path, help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def run(args: argparse.Namespace) -> None:
    print(machine())
    print(
        f"inputs: list {args.rows:,} rows, folder {args.forms:,} forms, "
        f"memory list {'skipped' if args.quick else f'{args.big_rows:,} rows'}"
    )
    print(backends.labelled("database: a fresh demo database for each import", args.db))
    work = Path(tempfile.mkdtemp(prefix="secdesk-import-bench-"))
    # The project must never touch the real per-user data folder from a benchmark.
    os.environ["SECDESK_DATA_DIR"] = str(work / "userdata")
    try:
        log(f"generating inputs in {work} …")
        start = time.perf_counter()
        inputs = generate(work, args.rows, args.forms, args.big_rows, args.quick)
        generation = time.perf_counter() - start
        timings = [
            measure_speed(
                "registrations list",
                "rows",
                inputs.list_rows,
                inputs.list_path,
                args.db or str(work / "list.sqlite"),
                args.profile,
            ),
            measure_speed(
                "folder of 専門家用 forms",
                "forms",
                inputs.forms,
                inputs.forms_dir,
                args.db or str(work / "forms.sqlite"),
                None,
            ),
        ]
        goals = print_speed(timings, generation)
        memory = None
        if inputs.big_path is not None:
            memory = measure_memory(
                inputs.big_path, inputs.big_rows, args.db or str(work / "big.sqlite")
            )
        print_memory_and_goals(memory, goals)
        write(args.figures, figures_of(timings, memory, args.db))
    finally:
        if args.keep:
            log(f"kept the generated files in {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


def main(argv: Sequence[str]) -> int:
    args = parse_args(argv)
    if args.child_measure is not None:
        measure_child(args.child_measure)
    elif args.child_import is not None:
        child_import(*args.child_import)
    elif args.child_calamine is not None:
        child_calamine(args.child_calamine)
    else:
        run(args)
    return 0  # a measurement, not a test: missed goals are printed, not signalled


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
