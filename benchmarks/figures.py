"""The figures a benchmark measured, as data: every benchmark can write them to a JSON file
(`--figures FILE`), and benchmarks/run_all.py gathers them into one table."""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict, dataclass
from pathlib import Path


@dataclass(frozen=True)
class Figure:
    name: str  # what was measured
    value: float
    unit: str  # "s", "ms", "MiB", "MB"
    peer: str = ""  # the floor or peer it is compared with
    ratio: float | None = None  # value / peer's value
    goal: str = ""  # e.g. "≤ 2× floor", "< 1 s"
    met: bool | None = None


def add_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--figures", type=Path, metavar="FILE", help="also write the figures as JSON (run_all.py)"
    )


def write(path: Path | None, figures: list[Figure]) -> None:
    if path is not None:
        path.write_text(json.dumps([asdict(f) for f in figures], ensure_ascii=False), "utf-8")


def read(path: Path) -> list[Figure]:
    return [Figure(**item) for item in json.loads(path.read_text(encoding="utf-8"))]
