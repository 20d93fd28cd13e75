"""Whether the window can start on this PC, found out before Qt is loaded.

On Linux, Qt draws through its xcb platform plugin, which needs system libraries a fresh PC may
lack; Qt then aborts (exit code 250) naming only the first one it missed. `ldd` on the plugin
lists every library it and the Qt libraries it loads cannot find, all at once: they are said in
one line with the command that installs them on Debian/Ubuntu, and the program exits with
EXIT_NO_WINDOW. Elsewhere (Windows, macOS, Qt drawing offscreen or through Wayland) Qt brings
what it needs, and nothing is checked. Nothing here imports Qt: it runs before Qt could abort.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

EXIT_NO_WINDOW = 4  # the window cannot start here (the CLI's other codes: desktop/cli.py)

# The Debian/Ubuntu package of each system library Qt's xcb plugin loads, directly or through
# Qt's own libraries (the same names on Ubuntu). A library not here is named all the same.
DEBIAN_PACKAGES: Mapping[str, str] = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-glx.so.0": "libxcb-glx0",
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libSM.so.6": "libsm6",
    "libICE.so.6": "libice6",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libOpenGL.so.0": "libopengl0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
}

# "\tlibxcb-cursor.so.0 => not found" in ldd's list
_NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found\s*$")
_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+(/\S+)")


@dataclass(frozen=True)
class Libraries:
    """What ldd says of a shared library: the libraries it found (name → path) and those it did
    not, in ldd's order."""

    found: dict[str, Path]
    missing: list[str]


def read_ldd(output: str) -> Libraries:
    found: dict[str, Path] = {}
    missing: list[str] = []
    for line in output.splitlines():
        if absent := _NOT_FOUND.match(line):
            if absent[1] not in missing:
                missing.append(absent[1])
        elif there := _FOUND.match(line):
            found[there[1]] = Path(there[2])
    return Libraries(found, missing)


def ldd(library: Path) -> Libraries | None:
    """ldd's list for `library`, or None when there is no ldd to ask (nothing can be said)."""
    program = shutil.which("ldd")
    if program is None:
        return None
    try:
        done = subprocess.run(
            [program, str(library)], capture_output=True, text=True, timeout=30, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return read_ldd(done.stdout)


def xcb_plugin() -> Path | None:
    """Qt's xcb platform plugin inside the installed (or bundled) PySide6, without loading Qt."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    for package in spec.submodule_search_locations:
        plugin = Path(package) / "Qt" / "plugins" / "platforms" / "libqxcb.so"
        if plugin.is_file():
            return plugin
    return None


def needs_xcb(platform: str = sys.platform, environ: Mapping[str, str] = os.environ) -> bool:
    """Whether Qt will draw through xcb: on Linux, unless told another platform (offscreen,
    wayland …) or in a Wayland session with no xcb asked for first."""
    if not platform.startswith("linux"):
        return False
    asked = [name.split(":")[0].strip() for name in environ.get("QT_QPA_PLATFORM", "").split(";")]
    asked = [name for name in asked if name]
    if asked:
        if asked[0] == "xcb":
            return True
        return "xcb" in asked and not environ.get("WAYLAND_DISPLAY")
    return not environ.get("WAYLAND_DISPLAY")


def install_command(missing: list[str], packages: Mapping[str, str] = DEBIAN_PACKAGES) -> str:
    """The apt command for the known ones; the others are for the reader to look up."""
    known = sorted({packages[name] for name in missing if name in packages})
    unknown = [name for name in missing if name not in packages]
    parts = []
    if known:
        parts.append(f"インストール: sudo apt install {' '.join(known)}")
    if unknown:
        parts.append(f"{', '.join(unknown)} のパッケージは apt-file search で探せます")
    return "。".join(parts)


def missing_libraries_line(
    missing: list[str], packages: Mapping[str, str] = DEBIAN_PACKAGES
) -> str:
    return (
        f"画面を開けません: Qt の画面に必要なシステムライブラリがありません"
        f"（{', '.join(missing)}）。{install_command(missing, packages)}"
    )


def problem(
    platform: str = sys.platform,
    environ: Mapping[str, str] = os.environ,
    plugin: Path | None = None,
) -> str | None:
    """One line saying why the window cannot start here, or None when it can (or nothing can be
    told before trying)."""
    if not needs_xcb(platform, environ):
        return None
    plugin = plugin or xcb_plugin()
    if plugin is not None:
        libraries = ldd(plugin)
        if libraries is not None and libraries.missing:
            return missing_libraries_line(libraries.missing)
    if not environ.get("DISPLAY"):
        return (
            "画面を開けません: 表示先がありません（DISPLAY が設定されていません）。"
            "デスクトップの中で起動するか、コマンド（secdesk --help）を使ってください。"
        )
    return None


def main() -> int:
    """`python -m desktop.window_check`: dev.py asks before it starts the window."""
    said = problem()
    if said is None:
        return 0
    print(f"secdesk: {said}", file=sys.stderr)
    return EXIT_NO_WINDOW


if __name__ == "__main__":
    sys.exit(main())
