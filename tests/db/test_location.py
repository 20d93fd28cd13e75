"""A SQLite file on a network share is warned about (SQLite's locks do not hold there)."""

from __future__ import annotations

from pathlib import Path

from db.location import mount_location, network_location, warning_for, windows_unc

MOUNTS = """\
overlay / overlay rw,relatime 0 0
proc /proc proc rw,nosuid 0 0
//fileserver/jimu /mnt/jimu cifs rw,vers=3.0 0 0
nas:/export/home /home/shared nfs4 rw,relatime 0 0
/dev/sda1 /home/shared/local ext4 rw 0 0
//fileserver/my\\040docs /mnt/my\\040docs smb3 rw 0 0
"""


def test_a_file_on_a_network_mount_is_found_by_its_file_system() -> None:
    assert mount_location(Path("/mnt/jimu/secdesk.sqlite"), MOUNTS) == (
        "ネットワーク上のファイルシステム（cifs: //fileserver/jimu）"
    )
    nfs = mount_location(Path("/home/shared/db/secdesk.sqlite"), MOUNTS)
    assert nfs is not None and "nfs4" in nfs
    # the deepest mount wins: a local disk mounted inside the share is local
    assert mount_location(Path("/home/shared/local/secdesk.sqlite"), MOUNTS) is None
    assert mount_location(Path("/root/secdesk.sqlite"), MOUNTS) is None
    spaced = mount_location(Path("/mnt/my docs/secdesk.sqlite"), MOUNTS)
    assert spaced is not None and "//fileserver/my docs" in spaced


def test_windows_unc_paths() -> None:
    assert windows_unc(r"\\fileserver\jimu\secdesk.sqlite") == r"fileserver\jimu"
    assert windows_unc(r"C:\Users\jimu\secdesk.sqlite") is None


def test_this_machines_temporary_folder_is_local(tmp_path: Path) -> None:
    database = tmp_path / "secdesk.sqlite"
    assert network_location(database) is None
    assert warning_for(database) is None
