"""brat standoff: a ``.txt`` and an ``.ann`` per document, in a folder or a ``.zip``.

``T`` lines hold a span (type, offsets, and the text, which brat checks equals the slice),
``R`` relations (``Arg1`` the span a relation comes from, ``Arg2`` where it goes), ``A``
attributes (and ``uncertain`` as a binary attribute), ``#`` notes (``AnnotatorNotes``).
brat's server reads the text as Python text (``server/src/annotation.py``: ``open_textfile``,
``len(self._document_text)``): offsets are code points. An ``.ann`` is read line by line, so a
span across a line break is written as brat writes one, in fragments (``0 5;6 9``, the text
joined with a space); a span that starts or ends at a line break gets an empty fragment there
so that its ends come back exactly.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterable
from pathlib import Path
from typing import BinaryIO

from ..errors import ArticleError, FormatError
from ..record_files import check_objects
from .base import Context, Format

#: Characters Python's line splitting breaks at (brat reads .ann files by lines).
_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
_NOT_NAME = re.compile(r"[^\w.-]+")
_MAX_BYTES = 16 * 2**20


def stem(record: dict) -> str:
    """A file name for a document: its id, then its name made safe for any file system."""
    name = _NOT_NAME.sub("_", Path(record["name"]).stem).strip("_")[:60]
    return f"{record['id']}_{name}" if name else str(record["id"])


def fragments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``start``–``end`` cut at line breaks, with an empty fragment at an end on a break."""
    parts, begin = [], None
    for i in range(start, end):
        if text[i] in _BREAKS:
            if begin is not None:
                parts.append((begin, i))
                begin = None
        elif begin is None:
            begin = i
    if begin is not None:
        parts.append((begin, end))
    if not parts or parts[0][0] != start:
        parts.insert(0, (start, start))
    if parts[-1][1] != end:
        parts.append((end, end))
    return parts


def _type(name: str, what: str, ctx: Context) -> str:
    if re.search(r"\s", name):
        ctx.warn(f"brat {what} names cannot hold spaces: they became underscores")
        return re.sub(r"\s", "_", name)
    return name


def ann(record: dict, ctx: Context) -> str:
    text, lines, refs = record["text"], [], {}
    attribute = 0
    for k, s in enumerate(record["spans"], 1):
        refs[s.get("id", k)] = f"T{k}"
        parts = fragments(text, s["start"], s["end"])
        where = ";".join(f"{a} {b}" for a, b in parts)
        shown = " ".join(text[a:b] for a, b in parts)
        lines.append(f"T{k}\t{_type(s['label'], 'label', ctx)} {where}\t{shown}")
        if s.get("uncertain"):
            attribute += 1
            lines.append(f"A{attribute}\tuncertain T{k}")
        for name, value in (s.get("attributes") or {}).items():
            attribute += 1
            value = _type(value, "attribute value", ctx)
            lines.append(f"A{attribute}\t{_type(name, 'attribute', ctx)} T{k} {value}")
        if s.get("note"):
            note = s["note"]
            if any(c in _BREAKS for c in note):
                ctx.warn("brat notes are one line: line breaks in notes became spaces")
                note = re.sub(f"[{_BREAKS}]", " ", note)
            lines.append(f"#{k}\tAnnotatorNotes T{k}\t{note}")
    for k, r in enumerate(record.get("relations", ()), 1):
        rtype = _type(r["type"], "relation", ctx)
        lines.append(f"R{k}\t{rtype} Arg1:{refs[r['from']]} Arg2:{refs[r['to']]}")
    return "".join(line + "\n" for line in lines)


def write(records: Iterable[dict], out: BinaryIO, ctx: Context) -> int:
    """A zip of ``STEM.txt`` and ``STEM.ann`` per document (see ``write_folder``)."""
    count = 0
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for record in records:
            name = stem(record)
            for suffix, data in ((".txt", record["text"]), (".ann", ann(record, ctx))):
                # A fixed date: the same project gives the same bytes.
                info = zipfile.ZipInfo(name + suffix, date_time=(1980, 1, 1, 0, 0, 0))
                info.compress_type = zipfile.ZIP_DEFLATED
                info.external_attr = 0o644 << 16
                z.writestr(info, data.encode("utf-8"))
            count += 1
    return count


def write_folder(records: Iterable[dict], folder: Path, ctx: Context) -> int:
    count = 0
    for record in records:
        name = stem(record)
        (folder / f"{name}.txt").write_bytes(record["text"].encode("utf-8"))
        (folder / f"{name}.ann").write_bytes(ann(record, ctx).encode("utf-8"))
        count += 1
    return count


# --- reading --------------------------------------------------------------------------------


def _pairs(path: Path) -> list[tuple[str, bytes, bytes]]:
    """(stem, text bytes, ann bytes) for every .txt with an .ann beside it, sorted."""
    try:
        if path.is_dir():
            files = {
                p.relative_to(path).as_posix(): p
                for p in sorted(path.rglob("*"))
                if p.suffix in (".txt", ".ann")
            }
            if any(p.stat().st_size > _MAX_BYTES for p in files.values()):
                raise ArticleError(f"{path}: a file in it is larger than an article can be")
            data = {name: p.read_bytes() for name, p in files.items()}
        else:
            with zipfile.ZipFile(path) as z:
                infos = [i for i in z.infolist() if i.filename.endswith((".txt", ".ann"))]
                if any(i.file_size > _MAX_BYTES for i in infos):
                    raise ArticleError(f"{path}: a file in it is larger than an article can be")
                data = {i.filename: z.read(i) for i in infos}
    except OSError as e:
        raise ArticleError(f"{path}: cannot read ({e.strerror})") from None
    except zipfile.BadZipFile:
        raise FormatError(f"{path}: neither a folder nor a zip of brat files") from None
    stems = sorted(n[:-4] for n in data if n.endswith(".txt") and n[:-4] + ".ann" in data)
    return [(s, data[s + ".txt"], data[s + ".ann"]) for s in stems]


def to_native(name: str, text: str, ann_text: str) -> dict:
    spans: dict[str, dict] = {}
    relations = []
    for n, line in enumerate(ann_text.split("\n"), 1):
        line = line.rstrip("\r")
        if not line.strip():
            continue
        ref, _, rest = line.partition("\t")
        body, _, tail = rest.partition("\t")
        if ref.startswith("T"):
            label, _, where = body.partition(" ")
            try:
                parts = [tuple(int(x) for x in p.split()) for p in where.split(";")]
                start, end = parts[0][0], parts[-1][1]
            except (ValueError, IndexError):
                raise FormatError(f".ann line {n}: offsets {where!r} are not numbers") from None
            if any(len(p) != 2 for p in parts) or not 0 <= start <= end <= len(text):
                raise FormatError(f".ann line {n}: offsets {where!r} are outside the text")
            shown = " ".join(text[a:b] for a, b in parts)
            if tail != shown:
                raise FormatError(
                    f".ann line {n}: {ref}'s text {tail!r} is not the text at {where} "
                    f"({shown!r}); were the offsets counted in another unit?"
                )
            spans[ref] = {"id": ref, "start": start, "end": end, "label": label}
        elif ref.startswith("R"):
            words = body.split()
            if not words:
                raise FormatError(f".ann line {n}: {ref} names no relation type")
            rtype, *args = words
            ends = dict(a.split(":", 1) for a in args if ":" in a)
            relations.append({"from": ends.get("Arg1"), "to": ends.get("Arg2"), "type": rtype})
        elif ref.startswith("A") or ref.startswith("M"):
            words = body.split()
            if len(words) < 2:
                raise FormatError(f".ann line {n}: {ref} names no attribute and span")
            attr, target, *value = words
            if target not in spans:
                raise FormatError(f".ann line {n}: {ref} names {target!r}, not a span before it")
            if attr == "uncertain" and not value:
                spans[target]["uncertain"] = True
            else:
                spans[target].setdefault("attributes", {})[attr] = value[0] if value else "true"
        elif ref.startswith("#"):
            target = body.split()[-1] if body.split() else ""
            if target in spans:
                spans[target]["note"] = tail
    return {"text": text, "name": name, "spans": list(spans.values()), "relations": relations}


def read(path: Path, labels: set[str], create_labels: bool, ctx: Context) -> list[dict]:
    items = []
    for n, (name, text_bytes, ann_bytes) in enumerate(_pairs(path), 1):
        try:
            text, ann_text = text_bytes.decode("utf-8"), ann_bytes.decode("utf-8")
            record = to_native(f"{name}.txt", text, ann_text)
            # Our own export's ids fit in 64 bits; a longer number is part of a name.
            numbered = re.fullmatch(r"(\d{1,19})_(.+)", Path(name).name)
            if numbered:  # our own export's STEM: ID_NAME
                record["id"], record["name"] = int(numbered[1]), numbered[2] + ".txt"
            items.append((n, record))
        except UnicodeDecodeError:
            items.append((n, FormatError(f"{name}: not UTF-8")))
        except FormatError as e:
            items.append((n, FormatError(f"{name}: {e}")))
    return check_objects(path, items, labels, create_labels)


FORMAT = Format(
    "brat",
    "brat standoff (zip)",
    ".zip",
    write,
    read,
    relations=True,
    attributes=True,
    notes=True,
    folder=True,
)
