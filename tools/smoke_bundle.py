"""Smoke tests of the built program (dist/secdesk), as IT would try it before handing it out.

    python tools/smoke_bundle.py dist/secdesk

With the frozen executable and nothing else: --version, demo, print council-members, import of a
CSV roster, export,
portable mode (a marker file beside the executable keeps the data beside it), and the window
started and closed by itself after its first paint (--smoke-test), in Japanese and in English,
under Xvfb when there is no display (its screenshots are left beside the bundle). Any traceback
or Qt warning on stderr fails. Exit code 0 when all pass.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # run as a script: the project's own modules

from db.paths import PORTABLE_MARKER  # noqa: E402
from desktop import __version__  # noqa: E402

# The goal for the Linux folder: about 200 MB of program, plus Japan Post's postal-code data
# (81 MB, so that an address is found from its code with no network).
MAX_BUNDLE_MB = 300
COUNCIL = "近未来技術実装関係省庁連絡会議"
# The offscreen platform (used only when there is no X server at all) says this of every window.
OFFSCREEN_ONLY = "This plugin does not support propagateSizeHints()"


class SmokeFailure(Exception):
    pass


def executable(bundle: Path) -> Path:
    for name in ("secdesk-cli.exe", "secdesk"):
        if (bundle / name).is_file():
            return bundle / name
    raise SmokeFailure(f"no secdesk executable in {bundle}")


def run(
    program: Path, *args: object, env: dict[str, str], wrap: list[str] | None = None
) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        [*(wrap or []), str(program), *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
    )
    noise = [line for line in done.stderr.splitlines() if line.strip() and line != OFFSCREEN_ONLY]
    if done.returncode != 0 or noise:
        raise SmokeFailure(
            f"{' '.join(map(str, args))}: exit {done.returncode}\n{done.stdout}\n{done.stderr}"
        )
    return done


def bundle_megabytes(bundle: Path) -> float:
    files = (f for f in bundle.rglob("*") if f.is_file() and not f.is_symlink())  # once each
    return sum(f.stat().st_size for f in files) / 1e6


def check_commands(program: Path, work: Path, env: dict[str, str]) -> None:
    version = run(program, "--version", env=env).stdout.strip()
    if version != f"secdesk {__version__}":
        raise SmokeFailure(f"--version said {version!r}")
    db = work / "demo.sqlite"
    run(program, "--db", db, "demo", env=env)
    sheet = work / "名簿.pdf"
    run(program, "--db", db, "print", "council-members", "--council", COUNCIL, "-o", sheet, env=env)
    if not sheet.read_bytes().startswith(b"%PDF"):
        raise SmokeFailure("print council-members wrote no PDF")
    # The import registry finds its kinds in the bundle: a CSV roster of the council imports.
    roster = work / "名簿.csv"
    roster.write_text("役割,氏名,所属\n委員,試験 太郎,試験市\n", encoding="utf-8-sig")
    run(program, "--db", db, "import", roster, "--council", COUNCIL, env=env)
    exported = work / "export.json"
    run(program, "--db", db, "export", "--format", "json", "-o", exported, env=env)
    data = json.loads(exported.read_text(encoding="utf-8"))
    if len(data["projects"]) < 10:
        raise SmokeFailure("the export lacks the demo's projects")
    if "試験 太郎" not in exported.read_text(encoding="utf-8"):
        raise SmokeFailure("the imported roster is not in the export")


def check_portable(program: Path, env: dict[str, str]) -> None:
    """A marker beside the executable: the data folder is `data` beside it."""
    marker = program.parent / PORTABLE_MARKER
    data = program.parent / "data"
    if marker.exists() or data.exists():
        raise SmokeFailure(f"{marker} or {data} is there already: build into a clean folder")
    marker.write_text("事務局デスク: データをこのフォルダの data に置きます。\n", encoding="utf-8")
    try:
        portable_env = {k: v for k, v in env.items() if k != "SECDESK_DATA_DIR"}
        run(program, "init", env=portable_env)
        if not (data / "secdesk.sqlite").is_file():
            raise SmokeFailure("portable mode did not put the database beside the program")
    finally:
        marker.unlink(missing_ok=True)
        shutil.rmtree(data, ignore_errors=True)


def check_window(program: Path, work: Path, env: dict[str, str], shots: Path) -> str:
    """The window on the demo database, in Japanese and in English, closed by itself after the
    first paint; a screenshot of each is left in `shots` to look at."""
    wrap: list[str] = []
    window_env = dict(env)
    window_env.pop("QT_QPA_PLATFORM", None)
    if sys.platform.startswith("linux") and not env.get("DISPLAY"):
        if shutil.which("xvfb-run"):
            wrap = ["xvfb-run", "-a"]
        else:
            window_env["QT_QPA_PLATFORM"] = "offscreen"
    for lang in ("ja", "en"):
        window_env["SECDESK_SMOKE_SCREENSHOT"] = str(shots / f"smoke-window-{lang}.png")
        run(program, "--lang", lang, "--db", work / "demo.sqlite", "gui", "--smoke-test",
            env=window_env, wrap=wrap)  # fmt: skip
    return "Xvfb" if wrap else window_env.get("QT_QPA_PLATFORM", "display")


def main() -> int:
    bundle = Path(sys.argv[1] if len(sys.argv) > 1 else "dist/secdesk").resolve()
    try:
        program = executable(bundle)
        with tempfile.TemporaryDirectory() as folder:
            work = Path(folder)
            env = dict(os.environ, SECDESK_DATA_DIR=str(work / "userdata"))
            check_commands(program, work, env)
            check_portable(program, env)
            where = check_window(program, work, env, bundle.parent)
        size = bundle_megabytes(bundle)
        if size > MAX_BUNDLE_MB:
            raise SmokeFailure(f"the bundle is {size:.0f} MB (goal: under {MAX_BUNDLE_MB} MB)")
    except (SmokeFailure, subprocess.TimeoutExpired) as exc:
        print(f"smoke test FAILED: {exc}", file=sys.stderr)
        return 1
    print(
        f"smoke tests passed: {program} ({size:.0f} MB; window shown on {where}, "
        f"screenshots in {bundle.parent})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
