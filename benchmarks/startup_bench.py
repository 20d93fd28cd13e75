"""Start-up: the whole process, from launch to the first paint of the main window with the demo
database's first tab on screen (`gui --smoke-test` quits right then), against the floor — a bare
PySide6 script that shows an empty QMainWindow and quits at its first paint — in the same run.

    .venv/bin/python benchmarks/startup_bench.py [--repeats N] [--bundle dist/secdesk]

From source always; from the built bundle when it is there (`python3 dev.py build`). All runs
use the same Qt platform (offscreen unless QT_QPA_PLATFORM or a display says otherwise).
Goals: within 2× of the floor from source, within 2.5× from the bundle.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # run as a script, benchmarks/ is on the path, not the root

from benchmarks.figures import Figure, add_option, write  # noqa: E402

GOAL_SOURCE = 2.0
GOAL_FROZEN = 2.5

FLOOR_SCRIPT = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class QuitAtPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, app.quit)
        return False

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1280, 800)
quitter = QuitAtPaint()
window.installEventFilter(quitter)
window.show()
sys.exit(app.exec())
"""


def timed(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed ({done.returncode}):\n{done.stderr}")
    return seconds


def median_of(repeats: int, command: list[str], env: dict[str, str]) -> float:
    timed(command, env)  # a first run fills the OS file cache: every figure is a warm start
    return statistics.median(timed(command, env) for _ in range(repeats))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "secdesk")
    add_option(parser)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        env = dict(os.environ, SECDESK_DATA_DIR=str(work / "userdata"))
        if not env.get("DISPLAY"):
            env.setdefault("QT_QPA_PLATFORM", "offscreen")
        demo = work / "demo.sqlite"
        source = [sys.executable, "-m", "desktop.cli", "--db", str(demo)]
        subprocess.run([*source, "demo"], env=env, check=True, capture_output=True)

        floor = median_of(args.repeats, [sys.executable, "-c", FLOOR_SCRIPT], env)
        rows = [("bare PySide6 QMainWindow (floor)", floor, None, None)]
        from_source = median_of(args.repeats, [*source, "gui", "--smoke-test"], env)
        rows.append(("secdesk from source", from_source, from_source / floor, GOAL_SOURCE))
        frozen_program = args.bundle / ("secdesk.exe" if os.name == "nt" else "secdesk")
        if frozen_program.is_file():
            frozen = median_of(
                args.repeats, [str(frozen_program), "--db", str(demo), "gui", "--smoke-test"], env
            )
            rows.append(("secdesk, built bundle", frozen, frozen / floor, GOAL_FROZEN))
        else:
            print(f"(no bundle at {frozen_program}: `python3 dev.py build` makes one)")

    platform = env.get("QT_QPA_PLATFORM", "display")
    print(f"start-up to the first painted window, median of {args.repeats} ({platform}):")
    print(f"{'':34} {'seconds':>8} {'× floor':>8} {'goal':>6}")
    for name, seconds, ratio, goal in rows:
        ratio_text = f"{ratio:.2f}" if ratio is not None else "1.00"
        goal_text = f"≤ {goal:.1f}" if goal is not None else ""
        print(f"{name:34} {seconds:8.2f} {ratio_text:>8} {goal_text:>6}")
    write(
        args.figures,
        [
            Figure(
                f"start-up: {name}",
                seconds,
                "s",
                "bare PySide6 window" if goal is not None else "",
                ratio,
                f"≤ {goal:g}× floor" if goal is not None else "",
                None if ratio is None or goal is None else ratio <= goal,
            )
            for name, seconds, ratio, goal in rows
        ],
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
