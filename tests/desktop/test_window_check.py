"""The check before the window starts: every system library Qt's xcb plugin cannot find, read
from real `ldd` output, said in one line with the Debian/Ubuntu command, exit code 4."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import window_check
from desktop.window_check import EXIT_NO_WINDOW, Libraries, needs_xcb, problem, read_ldd
from tests.helpers.paths import ROOT

needs_ldd_and_gcc = pytest.mark.skipif(
    not sys.platform.startswith("linux") or not (shutil.which("ldd") and shutil.which("gcc")),
    reason="ldd and gcc are Linux tools",
)
X11 = {"DISPLAY": ":0"}


@needs_ldd_and_gcc
def test_ldd_on_the_installed_xcb_plugin_is_read_line_by_line() -> None:
    plugin = window_check.xcb_plugin()
    assert plugin is not None and plugin.name == "libqxcb.so"
    output = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True).stdout
    libraries = window_check.ldd(plugin)
    assert libraries == read_ldd(output)
    listed = {line.split()[0] for line in output.splitlines() if "=>" in line}
    assert set(libraries.found) | set(libraries.missing) == listed
    qt_gui = libraries.found["libQt6Gui.so.6"]  # Qt's own, from inside the PySide6 package
    assert qt_gui.resolve().parent == (plugin.parents[2] / "lib").resolve()
    assert all(path.exists() for path in libraries.found.values())
    # here every library is installed: nothing to say on an X11 desktop
    assert (problem("linux", X11, plugin) is None) == (libraries.missing == [])


def build_plugin_missing(folder: Path, libraries: list[str]) -> Path:
    """A shared library linked against `libraries`, which are then removed: what ldd sees on a
    PC that lacks them."""
    stub = folder / "stub.c"
    stub.write_text("int secdesk_stub(void) { return 1; }\n")
    links: list[str] = []
    for soname in libraries:
        built = folder / soname
        subprocess.run(
            ["gcc", "-shared", "-fPIC", f"-Wl,-soname,{soname}", "-o", built, stub], check=True
        )
        links.append(str(built))
    plugin = folder / "libqfake.so"
    subprocess.run(
        ["gcc", "-shared", "-fPIC", "-Wl,--no-as-needed", "-o", plugin, stub, *links], check=True
    )
    for soname in libraries:
        (folder / soname).unlink()
    return plugin


@needs_ldd_and_gcc
def test_every_missing_library_is_named_in_one_line(tmp_path: Path) -> None:
    absent = ["libsecdesk-absent-a.so.1", "libsecdesk-absent-b.so.2"]
    plugin = build_plugin_missing(tmp_path, absent)
    libraries = window_check.ldd(plugin)
    assert libraries is not None
    assert libraries.missing == absent  # both at once, in ldd's order
    assert "libc.so.6" in libraries.found

    said = problem("linux", X11, plugin)
    assert said is not None and "\n" not in said
    assert said.startswith("画面を開けません: ")
    assert all(name in said for name in absent)
    assert "apt-file search" in said  # not in the map: named, for the reader to look up
    packages = {absent[0]: "libsecdesk-a1", absent[1]: "libsecdesk-b2"}
    assert "sudo apt install libsecdesk-a1 libsecdesk-b2" in window_check.missing_libraries_line(
        libraries.missing, packages
    )


def test_the_libraries_a_fresh_ubuntu_lacks_map_to_their_packages() -> None:
    # ldd's lines as they read on a fresh Ubuntu desktop without Qt's xcb companions
    output = (
        "\tlinux-vdso.so.1 (0x00007ffd5a3e0000)\n"
        "\tlibQt6XcbQpa.so.6 => /opt/secdesk/PySide6/Qt/lib/libQt6XcbQpa.so.6 (0x00007f2c1)\n"
        "\tlibxcb-cursor.so.0 => not found\n"
        "\tlibxkbcommon-x11.so.0 => not found\n"
        "\tlibxcb-icccm.so.4 => not found\n"
        "\tlibxcb-cursor.so.0 => not found\n"
        "\tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x00007f2c0)\n"
    )
    libraries = read_ldd(output)
    assert libraries == Libraries(
        {
            "libQt6XcbQpa.so.6": Path("/opt/secdesk/PySide6/Qt/lib/libQt6XcbQpa.so.6"),
            "libc.so.6": Path("/lib/x86_64-linux-gnu/libc.so.6"),
        },
        ["libxcb-cursor.so.0", "libxkbcommon-x11.so.0", "libxcb-icccm.so.4"],
    )
    assert window_check.install_command(libraries.missing) == (
        "インストール: sudo apt install libxcb-cursor0 libxcb-icccm4 libxkbcommon-x11-0"
    )


@pytest.mark.parametrize(
    ("platform", "environ", "checked"),
    [
        ("win32", {}, False),
        ("darwin", {}, False),
        ("linux", {"QT_QPA_PLATFORM": "offscreen"}, False),
        ("linux", {"QT_QPA_PLATFORM": "offscreen:configfile=screen.conf"}, False),
        ("linux", {"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"}, False),
        ("linux", {"QT_QPA_PLATFORM": "wayland;xcb", "WAYLAND_DISPLAY": "wayland-0"}, False),
        ("linux", {"QT_QPA_PLATFORM": "xcb", "WAYLAND_DISPLAY": "wayland-0"}, True),
        ("linux", {"DISPLAY": ":0"}, True),
        ("linux", {}, True),
    ],
)
def test_the_check_is_skipped_where_qt_does_not_draw_through_xcb(
    platform: str, environ: dict[str, str], checked: bool
) -> None:
    assert needs_xcb(platform, environ) is checked


def test_a_window_without_a_display_is_one_line_and_exit_code_4(
    monkeypatch: pytest.MonkeyPatch, demo_path: Path
) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")  # as on an office PC, not the tests' offscreen
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    for command in (
        [sys.executable, "-m", "desktop.cli", "--db", str(demo_path), "gui"],
        [sys.executable, "-m", "desktop.window_check"],  # what dev.py run asks first
    ):
        done = subprocess.run(command, capture_output=True, text=True, env=dict(os.environ))
        assert done.returncode == EXIT_NO_WINDOW == 4, done.stderr
        lines = done.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("secdesk: 画面を開けません: ")
        assert "DISPLAY" in lines[0] or "apt install" in lines[0]


def test_dev_py_run_checks_before_the_demo_and_the_window(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    done = subprocess.run(
        [sys.executable, str(ROOT / "dev.py"), "run", "--lang", "en"],
        capture_output=True,
        text=True,
        env=dict(os.environ),
        timeout=600,
    )
    assert done.returncode == EXIT_NO_WINDOW, done.stderr
    assert done.stderr.strip().startswith("secdesk: 画面を開けません: ")
    assert len(done.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "userdata" / "secdesk.sqlite").exists()  # no demo put in first
