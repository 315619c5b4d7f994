"""Exports and imports in the formats the field uses, one module per format.

Every export is written from native records (``native.records``: the shared data contract),
offsets in the receiving tool's own unit (see each module, and the README's table), and
warns about anything the format cannot hold instead of dropping it silently. Every import
reads a file back to records that the importer checks like any JSONL record.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from ..errors import AnnotatorError, FileError
from ..targets import check_target, place, temporary_beside
from . import brat, conll, doccano, label_studio, native, prodigy, spacy_docbin
from .base import OFFSET_UNITS, Context, Format

_ALL = (
    native.FORMAT,
    doccano.FORMAT,
    label_studio.FORMAT,
    brat.FORMAT,
    conll.FORMAT,
    spacy_docbin.FORMAT,
    prodigy.FORMAT,
)
REGISTRY: dict[str, Format] = {f.name: f for f in _ALL}
FORMATS = tuple(REGISTRY)
_SHAPES = {"native": native.shape, "doccano": doccano.shape, "prodigy": prodigy.shape}

__all__ = [
    "FORMATS",
    "OFFSET_UNITS",
    "REGISTRY",
    "Context",
    "Format",
    "export",
    "export_to_path",
    "get",
    "iter_records",
]


def get(name: str) -> Format:
    try:
        return REGISTRY[name]
    except KeyError:
        raise ValueError(f"unknown format {name!r}; one of {', '.join(FORMATS)}") from None


def context(project, fmt: Format, offset_unit: str | None = None) -> Context:
    """The options of an export of ``project`` to ``fmt``."""
    ctx = fmt.context(offset_unit)
    ctx.labels = [label.name for label in project.labels()]
    ctx.relations = native.has_relations(project)
    return ctx


def iter_records(project, fmt: str = "native", progress=None, ctx: Context | None = None):
    """One record per document in a JSONL format's shape (native, doccano, prodigy)."""
    if fmt not in _SHAPES:
        raise ValueError(f"unknown JSONL format {fmt!r}; one of {', '.join(_SHAPES)}")
    ctx = ctx or context(project, get(fmt))
    shape = _SHAPES[fmt]
    for record in native.records(project, progress):
        yield shape(record, ctx)


def export(
    project,
    out: BinaryIO,
    fmt: str = "native",
    progress=None,
    *,
    offset_unit: str | None = None,
    warnings: list[str] | None = None,
) -> int:
    """Write the project in format ``fmt`` to a binary stream; returns the number of
    documents. What the format could not hold is added to ``warnings``."""
    spec = get(fmt)
    ctx = context(project, spec, offset_unit)
    count = spec.write(native.records(project, progress), out, ctx)
    if warnings is not None:
        warnings += ctx.warnings
    return count


def export_to_path(
    project,
    path: str | os.PathLike,
    fmt: str = "native",
    progress=None,
    *,
    offset_unit: str | None = None,
    warnings: list[str] | None = None,
) -> int:
    """Export to a file atomically: written beside it, flushed to disk, then renamed over it.

    A failed or cancelled export leaves any earlier file untouched. Refuses to write over
    any SQLite database (the project itself, another project) or its companions, and
    removes temporaries a killed export left (``annotator.targets``). brat writes a folder
    unless the name ends in ``.zip``; the folder must be new or empty.
    """
    spec = get(fmt)
    target = Path(path)
    if spec.folder and target.suffix.lower() != ".zip":
        return _export_folder(project, target, spec, progress, offset_unit, warnings)
    if target.is_dir():
        raise FileError(f"{target}: is a folder; name a file to export to")
    _check_parent(target)
    for own in (project.path, Path(f"{project.path}-wal"), Path(f"{project.path}-shm")):
        if target.exists() and own.exists() and os.path.samefile(target, own):
            raise FileError(f"{target}: that is the project file itself; choose another name")
    target = check_target(target, "an export")
    with temporary_beside(target) as (fd, tmp):
        try:
            with os.fdopen(fd, "wb") as out:
                count = export(
                    project, out, fmt, progress, offset_unit=offset_unit, warnings=warnings
                )
                out.flush()
                os.fsync(out.fileno())
            os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; an export is an ordinary file
            place(tmp, target, replace=True)
        except OSError as e:
            raise FileError(f"{path}: export failed ({e.strerror})") from None
    return count


def _umask() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return umask


def _check_parent(target: Path) -> None:
    if not target.parent.is_dir():
        raise AnnotatorError(f"{target}: the folder {target.parent} does not exist")


def _export_folder(project, target, spec, progress, offset_unit, warnings) -> int:
    """brat as a folder: written as a hidden folder beside it, then renamed into place."""
    _check_parent(target)
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise AnnotatorError(
            f"{target}: already exists and is not an empty folder; name a new folder, or a "
            "file ending in .zip"
        )
    try:
        tmp = Path(tempfile.mkdtemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp"))
    except OSError as e:
        raise AnnotatorError(f"{target}: cannot write there ({e.strerror})") from None
    ctx = context(project, spec, offset_unit)
    try:
        count = brat.write_folder(native.records(project, progress), tmp, ctx)
        os.chmod(tmp, 0o777 & ~_umask())
        for f in tmp.iterdir():
            os.chmod(f, 0o666 & ~_umask())
        if target.exists():
            target.rmdir()  # empty, checked above
        os.replace(tmp, target)
    except OSError as e:
        shutil.rmtree(tmp, ignore_errors=True)
        raise AnnotatorError(f"{target}: export failed ({e.strerror})") from None
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    if warnings is not None:
        warnings += ctx.warnings
    return count


def read(path: Path, fmt: str, labels: set[str], create_labels: bool, offset_unit=None):
    """Checked document records from a file (a folder or zip for brat) in format ``fmt``."""
    spec = get(fmt)
    return spec.read(Path(path), labels, create_labels, spec.context(offset_unit))


def stream(path: Path, fmt: str, labels: set[str], offset_unit=None):
    """The file's records checked as they are read (``record_files.CheckedRecords``, unknown
    labels gathered), or None when format ``fmt`` is read whole (``read``)."""
    spec = get(fmt)
    if spec.stream is None:
        return None
    return spec.stream(Path(path), labels, spec.context(offset_unit))


def iter_native(project, progress=None) -> Iterator[dict]:
    return native.records(project, progress)
