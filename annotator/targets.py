"""Files the app writes besides the project (exports, backups), written safely.

- A target is refused if it is an SQLite database (a project or anything else: any file
  starting with the SQLite header), a -wal/-journal/-shm companion of one, or a file some
  process holds open as a project; links are followed first.
- The file is written beside the target under a temporary name, verified, then renamed
  into place: a killed export or backup never leaves a partial file under the target's
  name. Temporary files hold a lock while they are written; the next export or backup to
  the same folder removes any whose writer has gone.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from .errors import FileError

SQLITE_HEADER = b"SQLite format 3\x00"
TEMP_SUFFIX = ".annotator-tmp"
_COMPANIONS = ("-wal", "-journal", "-shm")


def is_sqlite_file(path: Path) -> bool:
    try:
        with open(path, "rb") as f:
            return f.read(16) == SQLITE_HEADER
    except OSError:
        return False


def _held_open_as_project(path: Path) -> bool:
    """True if another process holds the project lock (``store.file.FileLock``) on ``path``."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows: the lock is a side file
        return Path(f"{path}.lock").exists()
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except OSError:
        return True
    finally:
        os.close(fd)  # (closing also drops the shared lock we may have taken)
    return False


def check_target(target: Path, what: str) -> Path:
    """Refuse a target that would destroy a project or another database; returns it."""
    if target.is_dir():
        raise FileError(f"{target}: is a folder; name a file to write {what} to")
    if not target.parent.is_dir():
        raise FileError(f"{target}: the folder {target.parent} does not exist")
    real = Path(os.path.realpath(target))
    if real.exists():
        if is_sqlite_file(real):
            raise FileError(
                f"{target}: is an SQLite database (perhaps a project), which {what} never "
                "replaces; choose another name"
            )
        if _held_open_as_project(real):
            raise FileError(f"{target}: is open as a project; choose another name")
    for suffix in _COMPANIONS:
        if real.name.endswith(suffix):
            base = real.with_name(real.name[: -len(suffix)])
            if is_sqlite_file(base):
                raise FileError(
                    f"{target}: belongs to the SQLite database {base.name} beside it; "
                    "choose another name"
                )
    return real


def clean_stale_temporaries(folder: Path) -> None:
    """Remove temporary files a killed export or backup left in ``folder``."""
    try:
        names = [p for p in folder.iterdir() if TEMP_SUFFIX in p.name]
    except OSError:
        return
    for path in names:
        if not path.name.endswith(TEMP_SUFFIX) or _locked(path):
            continue
        for suffix in ("", *_COMPANIONS):
            with contextlib.suppress(OSError):
                os.unlink(f"{path}{suffix}")


def _locked(path: Path) -> bool:
    try:
        import fcntl
    except ImportError:  # pragma: no cover
        return False
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return True
    finally:
        os.close(fd)
    return False


@contextlib.contextmanager
def temporary_beside(target: Path) -> Iterator[tuple[int, Path]]:
    """A locked temporary file beside ``target`` (descriptor, path), removed unless renamed."""
    clean_stale_temporaries(target.parent)
    try:
        fd, name = tempfile.mkstemp(
            dir=target.parent, prefix=f".{target.name}.", suffix=TEMP_SUFFIX
        )
    except OSError as e:
        raise FileError(f"{target}: cannot write there ({e.strerror})") from None
    tmp = Path(name)
    # A descriptor of its own holds the lock that says "being written" (not stale), so the
    # writer may close ``fd`` before the rename.
    lock_fd = os.open(tmp, os.O_RDONLY)
    with contextlib.suppress(ImportError, OSError):
        import fcntl

        fcntl.flock(lock_fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    try:
        yield fd, tmp
    finally:
        os.close(lock_fd)
        for suffix in ("", *_COMPANIONS):
            with contextlib.suppress(OSError):
                os.unlink(f"{tmp}{suffix}")


def place(tmp: Path, target: Path, replace: bool) -> None:
    """Move the finished ``tmp`` to ``target``; without ``replace``, never over a file."""
    if replace:
        check_target(target, "a file")  # again: it may have become a project meanwhile
        os.replace(tmp, target)
        return
    try:
        os.link(tmp, target)  # fails if target exists: no clobbering, no race
    except FileExistsError:
        raise FileError(f"{target}: already exists; choose another name") from None
    except OSError:  # a filesystem without hard links
        if target.exists():
            raise FileError(f"{target}: already exists; choose another name") from None
        os.replace(tmp, target)
