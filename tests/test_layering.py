"""Layering rules: which package may import which, no import cycles, db/ and the Qt-free parts of
desktop/ never import Qt, the GUI runs no SQL, and the domain rules take plain values.

Every import statement counts, function-local ones included: an import moved into a function to
dodge a cycle is still an edge between the two packages.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

from tests.helpers.paths import ROOT

QT_PACKAGES = {"PySide6", "shiboken6", "PyQt5", "PyQt6"}

# The layers, lowest first, and the project packages each may import. A package not named here
# (a new one) fails the test until it is given its place. A module belongs to the longest name
# that is a prefix of its own.
ALLOWED: dict[str, set[str]] = {
    # The catalogue of user text, a leaf; the Japanese conventions, which say their refusals
    # (a date that cannot be read) as its marked templates: so that even db/ may use them.
    "desktop.catalogue": set(),
    "desktop.japanese": {"desktop.catalogue"},
    "db": {"desktop.japanese", "desktop.catalogue"},
    # Domain rules: pure functions of plain values (the vocabulary's codes, no session).
    "desktop.rules": {"db", "desktop.japanese", "desktop.catalogue"},
    "desktop": set(),  # the package itself: the version (importing it is free to everyone)
    "desktop.settings": {"db", "desktop.rules", "desktop.catalogue"},
    "desktop.connection": {"db", "desktop.catalogue"},
    "desktop.crash_log": {"db"},
    # Whether the window can start here, asked before Qt is loaded: nothing of the project.
    "desktop.window_check": set(),
    "desktop.excel": {"db", "desktop.catalogue"},
    "desktop.ops": {
        *("db", "desktop.settings", "desktop.japanese", "desktop.catalogue", "desktop.rules"),
    },
    "desktop.imports": {
        *("db", "desktop.japanese", "desktop.catalogue", "desktop.rules", "desktop.excel"),
        "desktop.ops",
    },
    "desktop.sheets": {
        *("db", "desktop.settings", "desktop.japanese", "desktop.catalogue", "desktop.rules"),
        *("desktop.excel", "desktop.ops"),
    },
    # The GUI, lowest first. What the whole window leans on: its language, the database worker,
    # long work with its progress dialog.
    "desktop.ui.i18n": {"desktop.japanese", "desktop.catalogue"},
    "desktop.ui.worker": {"db", "desktop.ui.i18n"},
    "desktop.ui.long_work": {"db", "desktop.ui.i18n", "desktop.ui.worker"},
    # Reusable widgets: they know no tab, no dialog, and run nothing on the worker.
    "desktop.ui.widgets": {"db", "desktop.japanese", "desktop.excel", "desktop.ui.i18n"},
    # Dialogs: opened by a tab or by the shell, never importing either.
    "desktop.ui.dialogs": {
        *("db", "desktop.settings", "desktop.connection", "desktop.japanese", "desktop.excel"),
        *("desktop.ops", "desktop.imports", "desktop.sheets"),
        *("desktop.ui.i18n", "desktop.ui.worker", "desktop.ui.long_work", "desktop.ui.widgets"),
    },
    # The tabs: only the shell imports them.
    "desktop.ui.tabs": {
        *("db", "desktop.settings", "desktop.japanese", "desktop.catalogue", "desktop.ops"),
        "desktop.sheets",
        *("desktop.ui.i18n", "desktop.ui.worker", "desktop.ui.long_work", "desktop.ui.widgets"),
        "desktop.ui.dialogs",
    },
    # The shell: the application, the main window, and the flows that drive dialogs in turn.
    "desktop.ui": {
        *("db", "desktop.settings", "desktop.connection", "desktop.crash_log"),
        *("desktop.japanese", "desktop.catalogue", "desktop.excel", "desktop.ops"),
        *("desktop.imports", "desktop.sheets"),
        *("desktop.ui.i18n", "desktop.ui.worker", "desktop.ui.long_work", "desktop.ui.widgets"),
        *("desktop.ui.dialogs", "desktop.ui.tabs"),
    },
    "desktop.cli": {
        *("db", "desktop.settings", "desktop.crash_log", "desktop.japanese", "desktop.excel"),
        *("desktop.imports", "desktop.sheets", "desktop.ui", "desktop.window_check"),
    },
    "desktop.__main__": {"desktop.cli"},
}
# What the domain rules may use of db/: the vocabulary and the errors, never the database.
RULES_MAY_USE_OF_DB = {"db.vocab", "db.errors"}


def python_files() -> list[Path]:
    return [
        path
        for top in ("db", "desktop")
        for path in (ROOT / top).rglob("*.py")
        if "migrations" not in path.relative_to(ROOT).parts
    ]


def module_name(path: Path) -> str:
    return ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")


def imported_names(path: Path) -> Iterator[str]:
    """Every name an import statement of the file names, anywhere in it, relative ones made
    absolute; `from a import b` gives both a.b (b may be a module) and a."""
    package = module_name(path)
    if path.name != "__init__.py":
        package = package.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                base = ".".join([*parts, base] if base else parts)
            yield base
            yield from (f"{base}.{alias.name}" for alias in node.names)


def imported_modules(path: Path) -> set[str]:
    return set(imported_names(path))


def project_modules() -> dict[str, Path]:
    return {module_name(path): path for path in python_files()}


def project_imports(path: Path, modules: dict[str, Path]) -> set[str]:
    """The project's modules the file imports (a name that is not a module counts as the module
    it is imported from), its own package above it left out."""
    own = module_name(path)
    found = set()
    for name in imported_names(path):
        while name and name not in modules:
            name = name.rpartition(".")[0]
        if name and name != own and not own.startswith(name + "."):
            found.add(name)
    return found


def package_of(module: str) -> str | None:
    candidates = [p for p in ALLOWED if module == p or module.startswith(p + ".")]
    return max(candidates, key=len) if candidates else None


def module_graph() -> dict[str, set[str]]:
    modules = project_modules()
    return {name: project_imports(path, modules) for name, path in modules.items()}


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The groups of modules that import each other, directly or round a loop (the strongly
    connected components of more than one module, by Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        on_stack.add(module)
        for target in graph[module]:
            if target not in index:
                visit(target)
                low[module] = min(low[module], low[target])
            elif target in on_stack:
                low[module] = min(low[module], index[target])
        if low[module] == index[module]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == module:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for module in graph:
        if module not in index:
            visit(module)
    return found


def test_every_module_belongs_to_a_declared_package() -> None:
    assert [m for m in project_modules() if package_of(m) is None] == []


def test_packages_import_only_what_the_table_allows() -> None:
    offenders = []
    for module, targets in module_graph().items():
        source = package_of(module)
        for target in sorted(targets):
            to = package_of(target)
            if source and to and to != source and to not in ALLOWED[source]:
                offenders.append(f"{module} → {target} ({source} may not import {to})")
    assert offenders == []


def test_no_import_cycles_between_modules() -> None:
    assert cycles(module_graph()) == []


def test_the_cycle_check_finds_a_loop() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}, "e": set()}
    assert cycles(graph) == [["a", "b", "c"]]


def test_domain_rules_take_plain_values() -> None:
    """No session, no models, no SQL: the rules only read the vocabulary of db/."""
    modules = project_modules()
    offenders = []
    for path in (ROOT / "desktop" / "rules").rglob("*.py"):
        uses = {m for m in project_imports(path, modules) if package_of(m) == "db"}
        uses |= {m for m in imported_modules(path) if m.split(".")[0] == "sqlalchemy"}
        offenders += [f"{path.relative_to(ROOT)}: {m}" for m in uses - RULES_MAY_USE_OF_DB]
    assert offenders == []


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
        return parts[0] == "tests" and any(part.startswith("test_") for part in parts[1:])

    offenders = []
    for path in sorted((ROOT / "tests").rglob("test_*.py")):
        # The package the file is in, for its relative imports (tests.gui for tests/gui/x.py).
        package = module_name(path).rpartition(".")[0].split(".")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                named = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                # `from .test_x import y` in tests/gui/ is tests.gui.test_x, `from ..` goes up
                base = node.module or ""
                if node.level:
                    base = ".".join([*package[: len(package) - (node.level - 1)], base]).strip(".")
                named = [base, *(f"{base}.{alias.name}" for alias in node.names)]
            else:
                continue
            if any(a_test_module(name) for name in named):
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert offenders == []
