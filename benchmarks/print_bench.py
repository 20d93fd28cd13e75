"""Print benchmark: a 1,000-member council list to PDF, against a bare canvas and LibreOffice.

Run from the project folder:

    .venv/bin/python benchmarks/print_bench.py [--members N] [--repeats N]
    .venv/bin/python benchmarks/print_bench.py --db postgresql+psycopg://…/empty_db

One run creates a council of --members members (default 1,000) in a temporary SQLite database
(or the empty database --db names: the list is then read from that server), then
measures, in the same run:
  * the app: the member list built from the database and rendered to PDF by the sheet engine
    (what `secdesk print council-members` does);
  * the floor: the same strings drawn with a bare reportlab canvas and the same embedded font,
    in fixed rows, no wrapping or table (what any PDF of these strings costs at least);
  * the office today: `libreoffice --headless --convert-to pdf` of the same list exported as
    xlsx (skipped when LibreOffice is not installed).
It prints the ratios and whether the goals are met, and always exits 0: a measurement, not a test.
"""

from __future__ import annotations

import argparse
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks import backends  # noqa: E402
from benchmarks.figures import Figure, add_option, write  # noqa: E402

GOAL_VS_CANVAS = 1.5  # the app within 1.5× of the bare canvas
GOAL_VS_LIBREOFFICE = 3.0  # the app at least 3× faster than LibreOffice
COUNCIL = "ベンチマーク協議会"
MINISTRIES = (
    "内閣府",
    "総務省",
    "文部科学省",
    "厚生労働省",
    "農林水産省",
    "経済産業省",
    "国土交通省",
)


def log(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def best_of(repeats: int, run: Callable[[], object]) -> tuple[float, float]:
    """The shortest wall-clock time and the shortest CPU time of this process over `repeats`
    runs (on a shared machine the CPU time varies less; it leaves out child processes)."""
    walls, cpus = [], []
    for _ in range(repeats):
        start, cpu = time.perf_counter(), time.process_time()
        run()
        walls.append(time.perf_counter() - start)
        cpus.append(time.process_time() - cpu)
    return min(walls), min(cpus)


def make_council(url: str, members: int) -> None:
    from db.engine import open_database
    from db.models import Council, Membership, Organization, Person

    database = open_database(url)
    try:
        with database.transaction() as session:
            council = Council(name=COUNCIL, kind="regional")
            orgs = [Organization(kind="ministry", name=name) for name in MINISTRIES]
            session.add_all([council, *orgs])
            for i in range(members):
                org = orgs[i % len(orgs)]
                person = Person(name=f"委員 太郎{i:04d}", organization=org)
                post = f"{org.name}大臣官房審議官（地域活性化・科学技術イノベーション担当）第{i}号"
                session.add(
                    Membership(
                        council=council,
                        person=person,
                        organization=org,
                        role="chair" if i == 0 else "member",
                        post=post,
                        order=i + 1,
                    )
                )
    finally:
        database.close()


def bare_canvas(rows: list[tuple[str, ...]], font_name: str, target: Path) -> None:
    """The floor: every string drawn once, in fixed rows, with the same embedded font."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(target), pagesize=A4, initialFontName=font_name)
    _width, height = A4
    columns = (40, 100, 330, 420)
    y = height - 50
    for row in rows:
        if y < 50:
            canvas.showPage()
            y = height - 50
        canvas.setFont(font_name, 9.5)
        for x, text in zip(columns, row, strict=False):
            canvas.drawString(x, y, text)
        y -= 14
    canvas.save()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--members", type=int, default=1000)
    parser.add_argument("--repeats", type=int, default=3)
    backends.add_option(parser)
    add_option(parser)
    args = parser.parse_args()

    from db.engine import open_database
    from desktop.sheets import council_members
    from desktop.sheets.fonts import japanese_font
    from desktop.sheets.pdf import render_pdf
    from desktop.sheets.xlsx import render_xlsx

    with tempfile.TemporaryDirectory(prefix="secdesk-print-bench-") as folder:
        work = Path(folder)
        url = args.db or str(work / "bench.sqlite")
        log(f"creating a council of {args.members:,} members (not measured) …")
        make_council(url, args.members)
        database = open_database(url)
        font = japanese_font()

        def app() -> None:
            with database.sessions() as session:
                sheet = council_members.build(session, COUNCIL)
            render_pdf(sheet, work / "app.pdf")

        with database.sessions() as session:
            sheet = council_members.build(session, COUNCIL)
        rows = [row for section in sheet.sections for row in section.rows]
        render_xlsx(sheet, work / "list.xlsx")

        log("the app: build + PDF …")
        app_time, app_cpu = best_of(args.repeats, app)
        log("bare canvas …")
        canvas_time, canvas_cpu = best_of(
            args.repeats, lambda: bare_canvas(rows, font.name, work / "canvas.pdf")
        )
        office = shutil.which("libreoffice") or shutil.which("soffice")
        office_time = None
        if office:
            log("LibreOffice --convert-to pdf …")
            office_time, _cpu = best_of(
                1,
                lambda: subprocess.run(
                    [office, "--headless", "--convert-to", "pdf", "--outdir", str(work / "lo"),
                     str(work / "list.xlsx")],
                    capture_output=True,
                    check=True,
                    timeout=600,
                ),
            )  # fmt: skip
        database.close()
        pages = (work / "app.pdf").read_bytes().count(b"/Type /Page\n")

    print(
        f"machine: {platform.platform()}, Python {platform.python_version()}, "
        f"font: {Path(font.source).name} ({'embedded' if font.embedded else 'NOT embedded'})"
    )
    print(
        backends.labelled(
            f"council list: {args.members:,} members, {pages or '?'} pages (best of {args.repeats})",
            args.db,
        )
    )
    print("                                          seconds   ratio   CPU s   ratio")
    print(
        f"  the app (build from database + PDF)   {app_time:8.3f}    1.00  {app_cpu:6.3f}    1.00"
    )
    print(
        f"  bare reportlab canvas, same strings   {canvas_time:8.3f}  {canvas_time / app_time:6.2f}"
        f"  {canvas_cpu:6.3f}  {canvas_cpu / app_cpu:6.2f}"
    )
    if office_time is not None:
        print(
            f"  LibreOffice --convert-to pdf (xlsx)   {office_time:8.3f}  {office_time / app_time:6.2f}"
        )
    vs_canvas = app_time / canvas_time
    print(
        f"goal: the app ≤ {GOAL_VS_CANVAS}× the bare canvas: {vs_canvas:.2f}× — "
        f"{'met' if vs_canvas <= GOAL_VS_CANVAS else 'NOT MET'} "
        f"(in CPU time: {app_cpu / canvas_cpu:.2f}×)"
    )
    figures = [
        Figure(
            backends.labelled(f"print: {args.members:,}-member list to PDF", args.db),
            app_time,
            "s",
            "bare reportlab canvas",
            vs_canvas,
            f"≤ {GOAL_VS_CANVAS:g}× canvas",
            vs_canvas <= GOAL_VS_CANVAS,
        )
    ]
    if office_time is not None:
        speedup = office_time / app_time
        print(
            f"goal: the app ≥ {GOAL_VS_LIBREOFFICE}× faster than LibreOffice: {speedup:.2f}× — "
            f"{'met' if speedup >= GOAL_VS_LIBREOFFICE else 'NOT MET'}"
        )
        figures.append(
            Figure(
                backends.labelled(f"print: {args.members:,}-member list to PDF", args.db),
                app_time,
                "s",
                "LibreOffice xlsx → PDF",
                app_time / office_time,
                f"≤ {1 / GOAL_VS_LIBREOFFICE:.2g}× LibreOffice",
                speedup >= GOAL_VS_LIBREOFFICE,
            )
        )
    else:
        print("goal vs LibreOffice: not measured (LibreOffice is not installed)")
    write(args.figures, figures)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
