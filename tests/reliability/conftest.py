"""Fixtures for the reliability tests: small real filesystems (tmpfs, ext4 on a loop device)
that can be made read-only or full, and the app's error reporting captured as text.

We run as root here and in CI, and root writes through ``chmod 0444``; a read-only mount is
the only honest read-only file for root. Without root the fixtures fall back to chmod.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
from pathlib import Path

import pytest

IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def _run(*cmd: str) -> None:
    subprocess.run(cmd, check=True, capture_output=True, timeout=30)


class SmallDisk:
    """A folder on its own small filesystem; ``make_readonly()`` remounts it read-only."""

    def __init__(self, path: Path, kind: str):
        self.path = path
        self.kind = kind  # "tmpfs", "ext4" or "chmod" (not root)
        self.device: str | None = None

    def make_readonly(self) -> None:
        """Read-only for everyone: a remount (root) or chmod on the files (not root).

        Linux refuses to remount while a file is open for writing ("busy"): use
        ``fail_filesystem`` for a filesystem that turns read-only under an open project.
        """
        if self.kind == "chmod":
            for p in self.path.rglob("*"):
                p.chmod(0o444)
            self.path.chmod(0o555)
        else:
            _run("mount", "-o", "remount,ro", str(self.path))

    def fail_filesystem(self) -> None:
        """ext4 only: raise a filesystem error; with errors=remount-ro the kernel turns the
        filesystem read-only at once, under open files (as a failing disk does)."""
        assert self.kind == "ext4" and self.device
        Path(f"/sys/fs/ext4/{self.device}/trigger_fs_error").write_text("reliability test\n")

    def fill(self, leave: int = 0) -> Path:
        """Fill the filesystem up, leaving about ``leave`` bytes free."""
        filler = self.path / "filler"
        free = shutil.disk_usage(self.path).free - leave
        with open(filler, "wb") as f:
            with contextlib.suppress(OSError):
                while free > 0:
                    chunk = min(free, 1 << 20)
                    f.write(b"\0" * chunk)
                    free -= chunk
                f.flush()
                os.fsync(f.fileno())
        return filler


@pytest.fixture
def small_disk(tmp_path):
    """``small_disk(kind='tmpfs'|'ext4', size_mb=4)``: a SmallDisk, unmounted afterwards."""
    made: list[SmallDisk] = []

    def make(kind: str = "tmpfs", size_mb: int = 4, options: str = "") -> SmallDisk:
        folder = tmp_path / f"disk{len(made)}"
        folder.mkdir()
        if not IS_ROOT:
            if kind == "ext4":
                pytest.skip("a filesystem that fails needs root (a loop device)")
            disk = SmallDisk(folder, "chmod")
        elif kind == "tmpfs":
            opts = f"size={size_mb}m" + (f",{options}" if options else "")
            _run("mount", "-t", "tmpfs", "-o", opts, "tmpfs", str(folder))
            disk = SmallDisk(folder, "tmpfs")
        else:
            image = tmp_path / f"disk{len(made)}.img"
            with open(image, "wb") as f:
                f.truncate(size_mb * 2**20)
            _run("mkfs.ext4", "-q", "-F", str(image))
            _run("mount", "-o", "loop,errors=remount-ro", str(image), str(folder))
            disk = SmallDisk(folder, "ext4")
            source = subprocess.run(
                ["findmnt", "-n", "-o", "SOURCE", str(folder)],
                capture_output=True,
                text=True,
                check=True,
            ).stdout.strip()
            disk.device = Path(source).name
        made.append(disk)
        return disk

    yield make
    for disk in made:
        if disk.kind == "chmod":
            for p in [disk.path, *disk.path.rglob("*")]:
                with contextlib.suppress(OSError):
                    p.chmod(0o755)
        else:
            # Lazy: an app object a failed test left open must not leave the mount behind.
            subprocess.run(["umount", "-l", str(disk.path)], capture_output=True, timeout=30)


@pytest.fixture
def told(monkeypatch):
    """Capture what the app would show in its error and question dialogs, as text.

    ``ui.opening.dialog_tell``/``dialog_ask`` build the message boxes ``ui.app.run`` and
    File ▸ Open show; here they record (title, text) instead, and questions get
    ``told.answer``.
    """
    import ui.opening

    class Told(list):
        answer = False
        asked: list

    messages = Told()
    messages.asked = []

    def tell_factory(parent):
        return lambda title, text: messages.append((title, text))

    def ask_factory(parent):
        def ask(title, text):
            messages.asked.append((title, text))
            return messages.answer

        return ask

    monkeypatch.setattr(ui.opening, "dialog_tell", tell_factory)
    monkeypatch.setattr(ui.opening, "dialog_ask", ask_factory)
    import ui.file_ops

    monkeypatch.setattr(ui.file_ops, "dialog_tell", tell_factory)
    monkeypatch.setattr(ui.file_ops, "dialog_ask", ask_factory)
    return messages
