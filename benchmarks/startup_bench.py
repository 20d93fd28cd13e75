"""Start-up: from launch to the first paint of the main window on the demo database (the app
prints the moment, SECDESK_SMOKE_TIMES), and to the end of `gui --smoke-test`, which closes once
the first tab's rows are on screen, against the floor — a bare PySide6 script that shows an empty
QMainWindow and prints the moment of its first paint — in the same run.

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
import time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class QuitAtPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            print(f"first-paint {time.time():.6f}", flush=True)
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


def timed(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(seconds to the first paint, seconds to the end of the process). The floor and the app
    print the moment of their first paint (SECDESK_SMOKE_TIMES); the end is when it exits."""
    start = time.time()
    done = subprocess.run(
        command, env=dict(env, SECDESK_SMOKE_TIMES="1"), capture_output=True, text=True,
        timeout=120,
    )  # fmt: skip
    end = time.time()
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed ({done.returncode}):\n{done.stderr}")
    painted = next(
        float(line.split()[1])
        for line in done.stdout.splitlines()
        if line.startswith("first-paint")
    )
    return painted - start, end - start


def median_of(repeats: int, command: list[str], env: dict[str, str]) -> tuple[float, float]:
    timed(command, env)  # a first run fills the OS file cache: every figure is a warm start
    runs = [timed(command, env) for _ in range(repeats)]
    return statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs)


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

        floor, _floor_exit = median_of(args.repeats, [sys.executable, "-c", FLOOR_SCRIPT], env)
        rows = [("bare PySide6 QMainWindow (floor)", floor, None, None)]
        frozen_program = args.bundle / ("secdesk.exe" if os.name == "nt" else "secdesk")
        programs = [("from source", source, GOAL_SOURCE)]
        if frozen_program.is_file():
            programs.append(("built bundle", [str(frozen_program), "--db", str(demo)], GOAL_FROZEN))
        else:
            print(f"(no bundle at {frozen_program}: `python3 dev.py build` makes one)")
        for label, command, goal in programs:
            painted, filled = median_of(args.repeats, [*command, "gui", "--smoke-test"], env)
            rows.append((f"secdesk {label}: window painted", painted, painted / floor, goal))
            rows.append((f"secdesk {label}: rows shown, closed", filled, filled / floor, None))

    platform = env.get("QT_QPA_PLATFORM", "display")
    print(f"start-up to the first painted window, median of {args.repeats} ({platform}):")
    print(f"{'':34} {'seconds':>8} {'× floor':>8} {'goal':>6}")
    for name, seconds, ratio, goal in rows:
        ratio_text = f"{ratio:.2f}" if ratio is not None else ""
        goal_text = f"≤ {goal:.1f}" if goal is not None else ""
        print(f"{name:34} {seconds:8.2f} {ratio_text:>8} {goal_text:>6}")
    write(
        args.figures,
        [
            Figure(
                f"start-up: {name}",
                seconds,
                "s",
                "bare PySide6 window" if ratio is not None else "",
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
