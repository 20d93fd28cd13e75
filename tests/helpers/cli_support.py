"""Running `secdesk` as a user would: a subprocess, with its exit code and output (also on a
full disk), and what a refusal must look like."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def secdesk(*args: object, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop.cli", *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=cwd,
        timeout=120,
    )


def secdesk_on_a_full_disk(room: int, *args: object) -> subprocess.CompletedProcess[str]:
    """`secdesk` where no file may grow beyond `room` bytes: writes fail as on a full disk."""
    import resource
    import signal

    def full_disk() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a failed write, not a dead process
        resource.setrlimit(resource.RLIMIT_FSIZE, (room, room))

    return subprocess.run(
        [sys.executable, "-m", "desktop.cli", *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        preexec_fn=full_disk,
        timeout=120,
    )


def assert_one_clear_line(result: subprocess.CompletedProcess[str]) -> None:
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("secdesk: ")
