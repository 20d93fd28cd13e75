"""Where the project is, for the tests that read its files or run it as a program."""

from __future__ import annotations

from pathlib import Path

# The project's top folder (the one holding db/, desktop/ and tests/), however deep a test lives.
ROOT = Path(__file__).resolve().parents[2]
# Real files other offices wrote (beside the project, read only); tests that need them skip,
# saying so, when the folder is absent.
REALWORLD = ROOT.parent / "shared" / "realworld"
