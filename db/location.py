"""Is the SQLite file on a network share? SQLite's locking does not hold across the network
(SMB, NFS …): several PCs writing one file there is a known way to corrupt it. Such a path is
warned about (the app still opens it), recommending PostgreSQL for several PCs.

- Windows: a UNC path (\\\\server\\share\\…) or a drive letter the system reports as remote;
- elsewhere: the mount the file lives on, from /proc/mounts, with a network file system type.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path, PureWindowsPath

NETWORK_FILE_SYSTEMS = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb3",
        "smbfs",
        "ncpfs",
        "afs",
        "ceph",
        "glusterfs",
        "9p",
        "davfs",
        "fuse.sshfs",
        "fuse.davfs2",
        "fuse.rclone",
        "fuse.glusterfs",
        "fuse.cephfs",
    }
)
_DRIVE_REMOTE = 4  # GetDriveTypeW


def warning_for(path: Path) -> str | None:
    """The warning to show for a database at `path` (None: a local disk)."""
    where = network_location(path)
    if where is None:
        return None
    return (
        f"データベースのファイルが{where}にあります。ネットワーク上のファイルを複数の PC から"
        "同時に使うと、データが壊れるおそれがあります。複数の PC で使うときは PostgreSQL の"
        "サーバーを使ってください（README「Several PCs」）。一台で使うときは、この PC のディスクに"
        "置いてください。"
    )


def network_location(path: Path) -> str | None:
    """What network location the path is on, in Japanese, or None."""
    if sys.platform == "win32":
        return _windows_location(str(path))
    try:
        mounts = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None  # no mount table (macOS): nothing to tell
    return mount_location(Path(os.path.realpath(path)), mounts)


def windows_unc(text: str) -> str | None:
    """\\\\server\\share\\… → "server\\share"; None for any other path."""
    pure = PureWindowsPath(text)
    if pure.drive.startswith("\\\\"):
        return pure.drive.lstrip("\\")
    return None


def _windows_location(text: str) -> str | None:
    unc = windows_unc(text)
    if unc:
        return f"ネットワーク共有（\\\\{unc}）"
    drive = PureWindowsPath(os.path.abspath(text)).drive
    if not drive:
        return None
    import ctypes  # Windows only

    kind = ctypes.windll.kernel32.GetDriveTypeW(f"{drive}\\")  # type: ignore[attr-defined]
    return f"ネットワークドライブ（{drive}）" if kind == _DRIVE_REMOTE else None


def mount_location(path: Path, mounts: str) -> str | None:
    """The network mount (from a /proc/mounts text) that holds `path`, or None."""
    best: tuple[int, str, str] | None = None  # (length of the mount point, type, source)
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        source, mount_point, fs_type = (_unescape(f) for f in fields[:3])
        inside = path == Path(mount_point) or Path(mount_point) in path.parents
        if inside and (best is None or len(mount_point) > best[0]):
            best = (len(mount_point), fs_type, source)
    if best is None or best[1] not in NETWORK_FILE_SYSTEMS:
        return None
    return f"ネットワーク上のファイルシステム（{best[1]}: {best[2]}）"


def _unescape(field: str) -> str:
    """/proc/mounts writes a space as \\040, a tab as \\011 …"""
    if "\\" not in field:
        return field
    out, i = [], 0
    while i < len(field):
        if field[i] == "\\" and field[i + 1 : i + 4].isdigit():
            out.append(chr(int(field[i + 1 : i + 4], 8)))
            i += 4
        else:
            out.append(field[i])
            i += 1
    return "".join(out)
