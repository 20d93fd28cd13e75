"""Code-list benchmark: how long the official local-government code list takes to import.

Run from the project folder:

    .venv/bin/python benchmarks/lgcode_bench.py [--figures FILE]

It writes a list the size and layout of 総務省「都道府県コード及び市区町村コード」 (sheet 1: 47
prefectures and 1,747 municipalities; sheet 2: 20 designated cities and their 175 wards;
headings with line breaks, readings in half-width kana), imports it into a new, empty database
through the real pipeline (pipeline.prepare + pipeline.commit, as the window and the command line
do), and compares that with the bare python-calamine read of the same file, measured in the same
run. It always exits 0: it is a measurement, not a test.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # run as a script, benchmarks/ is on the path, not the root

from benchmarks.figures import Figure, add_option, write  # noqa: E402

PREFECTURES = 47
MUNICIPALITIES = 1_747  # with the prefectures, the 1,794 rows of the official sheet 1
DESIGNATED_CITIES = 20
WARDS = 175
GOAL_SECONDS = 5.0  # "imports in seconds": an office waits for it once, at set-up
HEADINGS = ("団体コード", "都道府県名\n（漢字）", "市区町村名\n（漢字）")
KANA_HEADINGS = ("都道府県名\n（ｶﾅ）", "市区町村名\n（ｶﾅ）")
KANA = "ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜ"


def code(body: str) -> str:
    from desktop.japanese.lgcode import lg_check_digit

    return body + str(lg_check_digit(body))


def reading(number: int) -> str:
    """A distinct half-width reading for the n-th body."""
    letters = []
    while True:
        number, rest = divmod(number, len(KANA))
        letters.append(KANA[rest])
        if number == 0:
            return "".join(letters)


def write_list(path: Path) -> int:
    """The list in the official layout; returns how many bodies it names (each once)."""
    import openpyxl

    book = openpyxl.Workbook()
    first = book.active
    assert first is not None
    first.title = "R6.1.1現在の団体"
    first.append((*HEADINGS, *KANA_HEADINGS))
    cities = book.create_sheet("R6.1.1政令指定都市")
    cities.append((*HEADINGS, *KANA_HEADINGS))
    # Tokyo (13) is left without a designated city: its 131xx codes are the special wards.
    with_city = [p for p in range(1, PREFECTURES + 1) if p != 13][:DESIGNATED_CITIES]
    per_prefecture, extra = divmod(MUNICIPALITIES - DESIGNATED_CITIES, PREFECTURES)
    wards_per_city, extra_wards = divmod(WARDS, DESIGNATED_CITIES)
    serial = 0
    for prefecture in range(1, PREFECTURES + 1):
        name, kana = f"試験{prefecture}県", reading(prefecture)
        first.append((code(f"{prefecture:02d}000"), name, None, kana, None))
        if prefecture in with_city:
            city = f"{name}中央市"
            city_row = (code(f"{prefecture:02d}100"), name, city, kana, reading(1000 + prefecture))
            first.append(city_row)
            cities.append(city_row)
            index = with_city.index(prefecture)
            for ward in range(1, wards_per_city + (1 if index < extra_wards else 0) + 1):
                serial += 1
                cities.append(
                    (
                        code(f"{prefecture:02d}1{ward:02d}"),
                        name,
                        f"{city}第{ward}区",
                        kana,
                        reading(5000 + serial),
                    )
                )
        for town in range(1, per_prefecture + (1 if prefecture <= extra else 0) + 1):
            serial += 1
            first.append(
                (
                    code(f"{prefecture:02d}{200 + town:03d}"),
                    name,
                    f"{name}第{town}町",
                    kana,
                    reading(5000 + serial),
                )
            )
    book.save(path)
    return PREFECTURES + MUNICIPALITIES + WARDS


def best_of(repeats: int, work: Callable[[], object]) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def bare_read(path: Path) -> int:
    from python_calamine import CalamineWorkbook

    book = CalamineWorkbook.from_path(str(path))
    return sum(len(book.get_sheet_by_name(name).to_python()) for name in book.sheet_names)


def timed_import(path: Path, db_path: Path) -> tuple[float, int]:
    """Seconds to import the list into a new, empty database, and the bodies then stored."""
    from sqlalchemy import func, select

    from db.engine import open_database
    from db.models import Organization
    from desktop.imports import pipeline

    database = open_database(str(db_path), create=True)  # not timed: made once, at set-up
    try:
        start = time.perf_counter()
        with database.sessions() as session:
            preview = pipeline.prepare(session, [path])
        pipeline.commit(database, preview)
        seconds = time.perf_counter() - start
        with database.sessions() as session:
            stored = session.scalar(select(func.count()).select_from(Organization)) or 0
    finally:
        database.close()
    return seconds, stored


def main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_option(parser)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as work:
        path = Path(work) / "000925835.xlsx"
        bodies = write_list(path)
        floor = best_of(3, lambda: bare_read(path))
        seconds, stored = timed_import(path, Path(work) / "reference.sqlite")
    if stored != bodies:  # a benchmark that silently imports nothing would mislead
        print(f"WARNING: {stored:,} of {bodies:,} bodies stored", file=sys.stderr)
    name = f"import: 総務省 code list, {PREFECTURES + MUNICIPALITIES:,} + {WARDS} wards"
    figure = Figure(
        name,
        seconds,
        "s",
        "bare calamine read",
        seconds / floor,
        f"< {GOAL_SECONDS:.0f} s",
        seconds < GOAL_SECONDS,
    )
    print(f"{name}: {seconds:.2f} s ({figure.ratio:.1f}× a bare calamine read of {floor:.3f} s)")
    print(f"goal < {GOAL_SECONDS:.0f} s: {'met' if figure.met else 'NOT met'}")
    write(args.figures, [figure])
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
