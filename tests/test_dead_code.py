"""No dead code: the dead-code finder (vulture, configured in pyproject.toml) reports nothing in
db/ and desktop/. A name it reports is removed, or, when it is used in a way the finder cannot
see (by name, by a framework, by the tests only), added to tools/vulture_whitelist.py with why."""

from __future__ import annotations

import subprocess
import sys

from tests.helpers.paths import ROOT


def test_the_dead_code_finder_reports_nothing() -> None:
    found = subprocess.run(
        [sys.executable, "-m", "vulture"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert found.stderr == "", found.stderr  # a broken configuration or file is no pass
    assert found.returncode == 0, "unused code (remove it, or whitelist it with why):\n" + (
        found.stdout
    )
