"""PySide6's own Python support code, compiled once and kept like a module's bytecode.

PySide6 carries the Python half of its signature support (a bootstrap and 13
``shibokensupport`` modules, about 130 KiB of source) inside ``libshiboken`` and, unless they
have been unpacked into files (``SBK_EMBED=0``), compiles that source on every start: about
20 ms, a quarter of the time ``import PySide6.QtCore`` takes. Python keeps bytecode only for
source that is in a file, so the app keeps this itself: while PySide6 is first imported
(``kept_bytecode``), ``compile`` calls for those modules are answered from a file kept beside
the app's own bytecode (``ui/__pycache__``, or under ``sys.pycache_prefix``).

- The file is written when Python itself would write bytecode: not under ``-B`` or
  ``PYTHONDONTWRITEBYTECODE``. The standalone build writes nothing: ``build.spec`` makes the
  file at build time (``write_file``) and bundles it, and the frozen app only reads it.
- An entry is a module's name, its source, the compiler flags and its bytecode, used only for
  that very source compiled with those flags (compared byte for byte: no hashing library to
  load at start-up): another PySide6 compiles (and keeps) its own, so the file holds only
  what the last start used. A file written by another Python, that cannot be read, or whose
  checksum is wrong (any damage), is ignored and written again. Like a ``.pyc``, the file is
  trusted as the app's own code is: it lives where that does.
- Only those calls are touched, only during that import; ``compile`` is Python's own again
  once it is done, whatever happens.
"""

from __future__ import annotations
import __future__

import builtins
import functools
import importlib.util
import marshal
import operator
import os
import sys
import zlib  # (shiboken6 imports it on its way in: nothing more to load)
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import CodeType

#: The names PySide6 compiles its embedded support code under: its bootstrap, then the
#: ``shibokensupport`` modules the bootstrap imports.
BOOTSTRAP = "signature_bootstrap.py"
SUPPORT_PREFIX = "shibokensupport/"
#: The file's first bytes: this format, then the interpreter's bytecode magic number (then
#: the CRC-32 of the marshalled entries, then those).
HEADER = b"annotator-pyside-bytecode-3\n" + importlib.util.MAGIC_NUMBER
#: Every ``__future__`` feature's compiler flag: what ``compile`` inherits from its caller.
_FUTURE_FLAGS = functools.reduce(
    operator.or_, (getattr(__future__, name).compiler_flag for name in __future__.all_feature_names)
)

#: The file's name in the standalone build (at the top of its bundle).
BUNDLED_NAME = "pyside_support.bin"

#: What PySide6's first import did under ``kept_bytecode``: modules answered from the file,
#: modules compiled (a block in which PySide6 compiled nothing leaves it as it was).
last_import = {"kept": 0, "compiled": 0}


def cache_path() -> Path | None:
    """The kept bytecode's file for this interpreter (None when there is none to keep)."""
    if getattr(sys, "frozen", False):
        bundle = getattr(sys, "_MEIPASS", None)
        return Path(bundle) / BUNDLED_NAME if bundle else None
    try:  # ui/__pycache__/pyside_support.cpython-311[.opt-1].bin
        pyc = importlib.util.cache_from_source(str(Path(__file__).with_name("pyside_support.py")))
    except NotImplementedError:  # an interpreter without a cache tag keeps no bytecode
        return None
    return Path(pyc).with_suffix(".bin")


@contextmanager
def kept_bytecode(path: Path | None = None, *, write: bool | None = None) -> Iterator[None]:
    """Answer PySide6's ``compile`` calls for its support modules from ``path`` (default
    ``cache_path()``) inside this block; keep what had to be compiled when it ends (``write``:
    by default when Python writes bytecode, never in the standalone build)."""
    path = cache_path() if path is None else path
    if write is None:
        write = not sys.dont_write_bytecode and not getattr(sys, "frozen", False)
    kept = _read(path) if path is not None else {}
    used: dict[str, tuple[bytes, int, CodeType]] = {}
    counts = {"kept": 0, "compiled": 0}
    original = builtins.compile

    def compile_(source, filename, mode, flags=0, dont_inherit=False, optimize=-1, **kwargs):
        if not dont_inherit:  # as Python's own: the caller's future statements, not ours
            flags |= sys._getframe(1).f_code.co_flags & _FUTURE_FLAGS
        if (
            kwargs
            or optimize != -1
            or mode != "exec"
            or not isinstance(source, bytes)
            or not isinstance(filename, str)
            or not (filename == BOOTSTRAP or filename.startswith(SUPPORT_PREFIX))
        ):
            return original(source, filename, mode, flags, True, optimize, **kwargs)
        entry = kept.get(filename)
        if _compiled_from(entry, source, flags):
            code = entry[2]
            counts["kept"] += 1
        else:
            code = original(source, filename, mode, flags, True)
            counts["compiled"] += 1
        used[filename] = (source, flags, code)
        return code

    builtins.compile = compile_
    try:
        yield
    finally:
        if builtins.compile is compile_:
            builtins.compile = original
        if counts["kept"] or counts["compiled"]:  # not a later import: PySide6 was in already
            last_import.update(counts)
    if counts["compiled"] and path is not None and write:
        _write(path, used)


def write_file(path: str | Path) -> dict:
    """Import PySide6 for the first time and keep its support code's bytecode at ``path``
    (``build.spec``, for the standalone build); what was compiled. Needs a fresh interpreter:
    PySide6 compiles that code once, on its first import."""
    if "shiboken6" in sys.modules:
        raise RuntimeError("PySide6 is imported already: run this in a fresh interpreter")
    Path(path).unlink(missing_ok=True)  # compiled afresh, by the PySide6 being bundled
    with kept_bytecode(Path(path), write=True):
        import PySide6.QtCore  # noqa: F401
    if not last_import["compiled"]:
        raise RuntimeError(f"PySide6 compiled none of its support code: {path} not written")
    return dict(last_import)


def _compiled_from(entry, source: bytes, flags: int) -> bool:
    """Whether a kept ``(source, flags, code)`` entry is bytecode of exactly ``source``
    compiled with ``flags``."""
    return (
        type(entry) is tuple
        and len(entry) == 3
        and type(entry[0]) is bytes
        and entry[0] == source
        and entry[1] == flags
        and type(entry[2]) is CodeType
    )


def _read(path: Path) -> dict:
    """The file's entries; {} for a file that is missing, foreign or damaged anywhere. The
    body's CRC-32 comes first: bytecode damaged in a way ``marshal`` still loads could crash
    the interpreter when run, at every start."""
    try:
        data = path.read_bytes()
    except OSError:
        return {}
    if not data.startswith(HEADER) or len(data) < len(HEADER) + 4:
        return {}
    body = memoryview(data)[len(HEADER) + 4 :]
    if int.from_bytes(data[len(HEADER) : len(HEADER) + 4], "little") != zlib.crc32(body):
        return {}
    try:
        entries = marshal.loads(body)
    except Exception:  # noqa: BLE001 - marshal raises SystemError too on damaged code
        return {}
    return entries if isinstance(entries, dict) else {}


def _write(path: Path, entries: dict) -> None:
    """Write the file whole under a temporary name, then put it in place: a start that
    reads it meanwhile sees the old file or the new one, never half of one."""
    temp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        body = marshal.dumps(entries)
        temp.write_bytes(HEADER + zlib.crc32(body).to_bytes(4, "little") + body)
        os.replace(temp, path)
    except OSError:  # a read-only install keeps nothing: PySide6 compiles as it always has
        try:
            temp.unlink(missing_ok=True)
        except OSError:
            pass
