"""CoNLL / IOB2 for NER trainers: one token a line, then one IOB2 column per label.

Tokenisation (the same both ways, so a file read back tokenises as it was written): each line
of the text is a sentence; a token is a run of characters that are not white space, with
every punctuation character (Unicode category P) a token of its own, and a cut wherever a
span starts or ends, so every span is whole tokens. A sentence ends with a blank line; a
document starts with a ``# document = ID<TAB>NAME`` line.

Nesting: one column per label, as nested Arabic NER corpora such as Wojood do, so a claim
that holds a speaker and a location keeps all three. Spans of one label that overlap each
other cannot share a column: the outermost is kept, with a warning.

What is lost: white space (tokens are joined by one space, lines by a line break, blank lines
and spans' white-space edges go), relations, attributes, notes; offsets are not written.
Reading also takes plain two-column CoNLL (token ... tag, ``-DOCSTART-`` between documents).
"""

from __future__ import annotations

import bisect
import unicodedata
from collections.abc import Iterable
from pathlib import Path
from typing import BinaryIO

import regex

from ..errors import ArticleError, FormatError
from ..record_files import check_objects
from .base import Context, Format, losses, shown_name

HEADER = "# columns = token"
_GRAPHEME = regex.compile(r"\X")


def tokens(text: str, cuts: Iterable[int] = ()) -> list[tuple[int, int]]:
    """(start, end) of each token of ``text``, cut also at the offsets in ``cuts``.

    Works on grapheme clusters, so a mark stays with its letter (and one after a space stays
    with the space, which is not a token).
    """
    cut = set(cuts)
    out, begin = [], None
    for m in _GRAPHEME.finditer(text):
        i, first = m.start(), m.group()[0]
        space = first.isspace()
        punct = not space and unicodedata.category(first).startswith("P")
        if begin is not None and (space or punct or i in cut):
            out.append((begin, i))
            begin = None
        if punct:
            out.append((i, m.end()))
        elif not space and begin is None:
            begin = i
    if begin is not None:
        out.append((begin, len(text)))
    return out


def _column(toks: list[tuple[int, int]], spans: list[dict], ctx: Context) -> list[str]:
    tags = ["O"] * len(toks)
    starts = [a for a, _ in toks]
    for s in sorted(spans, key=lambda s: (s["start"], -s["end"])):
        first = bisect.bisect_left(starts, s["start"])
        last = first
        while last < len(toks) and toks[last][1] <= s["end"]:
            last += 1
        if last == first:
            ctx.warn("CoNLL holds tokens: a span of only white space was left out")
            continue
        if any(tags[k] != "O" for k in range(first, last)):
            ctx.warn(
                f"CoNLL has one column per label: of overlapping {s['label']} spans only the "
                "outermost was kept"
            )
            continue
        tags[first] = "B-" + s["label"]
        for k in range(first + 1, last):
            tags[k] = "I-" + s["label"]
    return tags


def document(record: dict, labels: list[str], ctx: Context) -> str:
    text = record["text"]
    losses(FORMAT, record, ctx)
    cuts = {x for s in record["spans"] for x in (s["start"], s["end"])}
    toks = tokens(text, cuts)
    if not toks:  # a section without token lines would read back as an empty, bad document
        ctx.warn(
            "CoNLL holds tokens: a document with none (only white space, and marks on it) "
            "was left out"
        )
        return ""
    by_label = {label: [s for s in record["spans"] if s["label"] == label] for label in labels}
    columns = [_column(toks, by_label[label], ctx) for label in labels]
    name = " ".join(record["name"].split())
    out = [f"# document = {record['id']}\t{name}"]
    previous_line = None
    for k, (a, b) in enumerate(toks):
        line = text.count("\n", 0, a)
        if previous_line is not None and line != previous_line:
            out.append("")
        previous_line = line
        out.append("\t".join([text[a:b], *(column[k] for column in columns)]))
    return "\n".join(out) + "\n\n"


def write(records: Iterable[dict], out: BinaryIO, ctx: Context) -> int:
    labels = ctx.labels
    out.write(("\t".join([HEADER, *labels]) + "\n\n").encode("utf-8"))
    count = 0
    for record in records:
        unknown = sorted({s["label"] for s in record["spans"]} - set(labels))
        labels += unknown  # a label that is not the project's (cannot happen from a project)
        section = document(record, labels, ctx)
        if section:
            out.write(section.encode("utf-8"))
            count += 1
    return count


# --- reading --------------------------------------------------------------------------------


def _spans(rows: list[tuple[int, int, str]], label: str | None) -> list[dict]:
    """Spans from (start, end, tag) rows of one column; ``label`` None: the tag names it."""
    spans: list[dict] = []
    open_span = None
    for start, end, tag in rows:
        prefix, _, name = tag.partition("-")
        name = label or name
        if prefix == "B" or (prefix == "I" and (open_span is None or open_span["label"] != name)):
            open_span = {"start": start, "end": end, "label": name}
            spans.append(open_span)
        elif prefix == "I":
            open_span["end"] = end
        elif tag == "O":
            open_span = None
        else:
            raise FormatError(f"tag {tag!r} is not B-, I- or O")
    return spans


def _document(name: str, sentences: list[list[list[str]]], labels: list[str] | None) -> dict:
    text, rows = [], []
    pos = 0
    for sentence in sentences:
        for k, fields in enumerate(sentence):
            if k:
                # A token that starts with a mark would join a space before it into one
                # letter, and one that ends with a prepended mark (U+0600 and its kin) the
                # space after it; a tab (a control character) joins neither side.
                joins = _GRAPHEME.match(" " + fields[0]).end() > 1 or (
                    len(_GRAPHEME.match(sentence[k - 1][0][-1:] + " ").group()) > 1
                )
                text.append("\t" if joins else " ")
                pos += 1
            rows.append((pos, pos + len(fields[0]), fields))
            text.append(fields[0])
            pos += len(fields[0])
        text.append("\n")
        pos += 1
    spans = []
    if labels is None:
        spans = _spans([(a, b, f[-1]) for a, b, f in rows], None)
    else:
        for c, label in enumerate(labels, 1):
            spans += _spans([(a, b, f[c] if c < len(f) else "O") for a, b, f in rows], label)
    return {"text": "".join(text), "name": name, "spans": spans}


def read(path: Path, labels: set[str], create_labels: bool, ctx: Context) -> list[dict]:
    try:
        lines = path.read_text("utf-8-sig").split("\n")
    except OSError as e:
        raise ArticleError(f"{path}: cannot read ({e.strerror})") from None
    except UnicodeDecodeError:
        raise FormatError(f"{shown_name(path)}: not UTF-8") from None
    columns = None
    docs: list[tuple[int, str, list]] = []
    sentence: list[list[str]] = []

    def start(n: int, name: str) -> None:
        docs.append((n, name, []))

    for n, line in enumerate(lines, 1):
        line = line.rstrip("\r")
        if line.startswith(HEADER):
            columns = line.split("\t")[1:]
        elif line.startswith("# document =") or line.startswith("-DOCSTART-"):
            if sentence:
                docs[-1][2].append(sentence)
            sentence = []
            name = line.partition("\t")[2] if line.startswith("#") else ""
            start(n, name or f"{shown_name(path)}:{n}")
        elif line.startswith("#"):
            continue
        elif not line.strip():
            if sentence:
                if not docs:
                    start(n, f"{shown_name(path)}:{n}")
                docs[-1][2].append(sentence)
            sentence = []
        else:
            sentence.append(line.split("\t") if columns is not None else line.split())
            if not docs:
                start(n, f"{shown_name(path)}:{n}")
    if sentence:
        docs[-1][2].append(sentence)
    items = []
    for n, name, sentences in docs:
        try:
            items.append((n, _document(name, sentences, columns)))
        except FormatError as e:
            items.append((n, e))
    return check_objects(path, [(n, d) for n, d in items if d], labels, create_labels)


FORMAT = Format("conll", "CoNLL / IOB2 (a column per label)", ".conll", write, read, unit=None)
