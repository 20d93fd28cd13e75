"""Running `secdesk` as a user would: a subprocess, with its exit code and output."""

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
