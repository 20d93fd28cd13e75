"""Set up and start Secretariat Desk, or set up and run its tests — on any PC with Python 3.11+.

    python3 dev.py run [secdesk arguments]   # the app (on the demo database when there is no other)
    python3 dev.py test [pytest arguments]   # ruff, mypy and the whole test suite
    python3 dev.py build                     # the office bundle (dist/secdesk) and its smoke tests

Both create `.venv` beside this file on first use and install the pinned dependencies from
requirements.lock (hash-checked), a line per step and pip's own line per package; later runs
reinstall only when the lock file changed. Before the window starts, `run` checks that the
system libraries Qt needs on Linux are there (desktop/window_check.py): what is missing is said
in one line with the command that installs it, and it exits with code 4.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import time
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
LOCK = ROOT / "requirements.lock"
STAMP = VENV / ".secdesk-installed"


def venv_python() -> Path:
    if os.name == "nt":
        return VENV / "Scripts" / "python.exe"
    return VENV / "bin" / "python"


def run(*command: str | Path, env: dict[str, str] | None = None) -> int:
    return subprocess.call([str(part) for part in command], cwd=ROOT, env=env)


def check(*command: str | Path) -> None:
    code = run(*command)
    if code != 0:
        sys.exit(code)


def step(number: int, text: str) -> None:
    print(f"[{number}/3] {text}", flush=True)


def setup() -> Path:
    python = venv_python()
    wanted = hashlib.sha256(LOCK.read_bytes() + (ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if python.exists() and STAMP.exists() and STAMP.read_text().strip() == wanted:
        return python
    started = time.monotonic()
    if not python.exists():
        step(1, "仮想環境を作成しています (.venv)…")
        venv.EnvBuilder(with_pip=True).create(VENV)
    else:
        step(1, "仮想環境 (.venv) はあります")
    # pip says each package as it goes (a progress bar on a terminal): minutes, never silence
    step(2, "依存パッケージをインストールしています（初回は数分かかります）…")
    pip = (python, "-m", "pip", "--disable-pip-version-check")
    check(*pip, "install", "--require-hashes", "-r", LOCK)
    step(3, "事務局デスクをインストールしています…")
    check(*pip, "install", "-q", "--no-deps", "-e", ROOT)
    STAMP.write_text(wanted)
    print(f"インストールが終わりました（{time.monotonic() - started:.0f} 秒）", flush=True)
    return python


def command_of(args: list[str]) -> str:
    """The secdesk command among `args` (the window when none is given)."""
    if any(word in ("-h", "--help", "--version") for word in args):
        return "help"
    taking_a_value = ("--db", "--lang")
    words = iter(args)
    for word in words:
        if word in taking_a_value:
            next(words, None)
        elif not word.startswith("-"):
            return word
    return "gui"


def start_app(python: Path, args: list[str]) -> int:
    if command_of(args) == "gui":
        # Qt would abort naming one missing system library: all of them, in one line, first
        code = run(python, "-m", "desktop.window_check")
        if code != 0:
            return code
    command = [python, "-m", "desktop.cli", *args]
    if not any(a == "--db" or a.startswith("--db=") for a in args):
        # First start with no database at all: put the demo data in, so there is
        # something to look at. An existing database is never touched.
        code = run(python, "-m", "desktop.cli", "demo", "--if-empty")
        if code != 0:
            return code
    return run(*command)


def run_tests(python: Path, args: list[str]) -> int:
    steps: list[tuple[str, list[str | Path]]] = [
        ("ruff check", [python, "-m", "ruff", "check", "."]),
        ("ruff format", [python, "-m", "ruff", "format", "--check", "."]),
        ("mypy", [python, "-m", "mypy"]),
    ]
    for name, command in steps:
        print(f"== {name}", flush=True)
        code = run(*command)
        if code != 0:
            print(f"{name} failed", file=sys.stderr)
            return code
    print("== pytest", flush=True)
    # Qt runs offscreen on an office laptop's screen (tests/conftest.py).
    return run(python, "-m", "pytest", *args)


def build_bundle(python: Path) -> int:
    """PyInstaller's one-folder build, into a clean dist/secdesk, then the smoke tests."""
    import shutil

    for folder in (ROOT / "build", ROOT / "dist" / "secdesk"):
        shutil.rmtree(folder, ignore_errors=True)
    code = run(python, "-m", "PyInstaller", "--noconfirm", "--log-level", "ERROR", "build.spec")
    if code != 0:
        return code
    return run(python, ROOT / "tools" / "smoke_bundle.py", ROOT / "dist" / "secdesk")


def main() -> int:
    if len(sys.argv) < 2 or sys.argv[1] not in ("run", "test", "build"):
        print(__doc__)
        return 2
    python = setup()
    if sys.argv[1] == "run":
        return start_app(python, sys.argv[2:])
    if sys.argv[1] == "build":
        return build_bundle(python)
    return run_tests(python, sys.argv[2:])


if __name__ == "__main__":
    sys.exit(main())
