"""Layering rules: db/ and the Qt-free parts of desktop/ never import Qt; the GUI runs no SQL."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
QT_PACKAGES = {"PySide6", "shiboken6", "PyQt5", "PyQt6"}


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def qt_free_files() -> list[Path]:
    files = list((ROOT / "db").rglob("*.py"))
    files += [p for p in (ROOT / "desktop").rglob("*.py") if "ui" not in p.relative_to(ROOT).parts]
    return files


def test_no_qt_imports_outside_the_gui_package() -> None:
    offenders = [
        str(path.relative_to(ROOT))
        for path in qt_free_files()
        if {m.split(".")[0] for m in imported_modules(path)} & QT_PACKAGES
    ]
    assert offenders == []


def test_importing_every_qt_free_module_loads_no_qt() -> None:
    modules = sorted(
        ".".join(p.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
        for p in qt_free_files()
        if "migrations" not in p.parts and p.name != "__main__.py"  # __main__ starts the app
    )
    probe = (
        f"import importlib, sys\nfor m in {modules!r}: importlib.import_module(m)\n"
        f"print(sorted(m for m in sys.modules if m.split('.')[0] in {sorted(QT_PACKAGES)!r}))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_gui_runs_no_sql() -> None:
    """The GUI talks to operations only: no SQLAlchemy imports, no ORM models in desktop/ui."""
    offenders = []
    for path in (ROOT / "desktop" / "ui").rglob("*.py"):
        modules = imported_modules(path)
        if any(m.split(".")[0] == "sqlalchemy" or m == "db.models" for m in modules):
            offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []


def test_no_test_module_imports_another() -> None:
    """What tests share lives in tests/helpers or conftest.py, so that a test module can be
    changed, moved or run alone without breaking another."""

    def a_test_module(name: str) -> bool:
        parts = name.split(".")
        return parts[0] == "tests" and len(parts) > 1 and parts[1].startswith("test_")

    offenders = []
    for path in sorted((ROOT / "tests").glob("test_*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                named = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                # `from .test_x import y` inside tests/ is tests.test_x too
                package = (node.module or "") if node.level == 0 else f"tests.{node.module or ''}"
                named = [package, *(f"{package.rstrip('.')}.{alias.name}" for alias in node.names)]
            else:
                continue
            if any(a_test_module(name) for name in named):
                offenders.append(f"{path.name}:{node.lineno}")
    assert offenders == []
