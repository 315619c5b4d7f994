"""spaCy ``.spacy`` (a ``DocBin``): every span in ``doc.spans["sc"]``, the ones that do not
overlap as ``doc.ents``. Needs spaCy (the optional extra ``spacy``), never a core dependency.

The words are cut so that the doc's text is the article exactly (white space other than one
space after a word becomes its own token) and so that every span starts and ends on a token
(``Doc.char_span`` in its strict mode finds each one). spaCy counts code points. Relations,
notes, attributes and the document's name ride along in ``doc.user_data["annotator"]``
(kept by a ``DocBin`` with user data): spaCy's own pipelines do not read them.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import BinaryIO

from ..errors import AnnotatorError, ArticleError, FormatError
from ..record_files import check_objects
from ..records import strict_value
from .base import Context, Format, shown_name
from .conll import tokens

KEY = "annotator"


def _spacy():
    try:
        import spacy
        from spacy.tokens import Doc, DocBin, Span
    except ImportError:
        raise AnnotatorError(
            "the spaCy format needs spaCy: pip install 'arabic-annotator[spacy]'"
        ) from None
    return spacy, Doc, DocBin, Span


def words(text: str, spans: list[dict]) -> tuple[list[str], list[bool]]:
    """Words and trailing-space flags that spell ``text`` exactly, with every span's ends on
    word edges (a space a span starts or ends with is a word of its own)."""
    starts = {s["start"] for s in spans}
    ends = {s["end"] for s in spans}
    cut = starts | ends | {x for a, b in tokens(text) for x in (a, b)}
    cut |= {i for i in range(1, len(text)) if text[i].isspace() != text[i - 1].isspace()}
    bounds = sorted(cut | {0, len(text)})
    out_words: list[str] = []
    spaces: list[bool] = []
    for a, b in zip(bounds, bounds[1:], strict=False):
        if a >= b:
            continue
        piece = text[a:b]
        trailing = piece == " " and a not in starts and b not in ends
        if trailing and out_words and not out_words[-1].isspace() and not spaces[-1]:
            spaces[-1] = True  # one space after a word is spaCy's trailing space
        else:
            out_words.append(piece)
            spaces.append(False)
    return out_words, spaces


def to_doc(record: dict, vocab, ctx: Context):
    _, Doc, _, _ = _spacy()
    spans = record["spans"]
    doc_words, spaces = words(record["text"], spans)
    doc = Doc(vocab, words=doc_words, spaces=spaces)
    assert doc.text == record["text"], "the words must spell the text"
    group = []
    for s in spans:
        span = doc.char_span(s["start"], s["end"], label=s["label"])
        assert span is not None, "every span ends on a token"
        group.append(span)
    doc.spans["sc"] = group
    ents: list = []
    for span in sorted(group, key=lambda x: (x.start, -len(x))):
        if not ents or span.start >= ents[-1].end:
            ents.append(span)
    if len(ents) < len(group):
        ctx.warn("doc.ents cannot overlap: overlapping spans are only in doc.spans['sc']")
    doc.ents = ents
    doc.user_data[KEY] = {
        "id": record["id"],
        "name": record["name"],
        "meta": record.get("meta", {}),
        "spans": [{k: v for k, v in s.items() if k not in ("text",)} for s in spans],
        "relations": record.get("relations", []),
    }
    return doc


def write(records: Iterable[dict], out: BinaryIO, ctx: Context) -> int:
    spacy, _, DocBin, _ = _spacy()
    vocab = spacy.blank("xx").vocab
    docs = DocBin(store_user_data=True)
    count = 0
    for record in records:
        docs.add(to_doc(record, vocab, ctx))
        count += 1
    out.write(docs.to_bytes())
    return count


def to_native(doc) -> dict:
    ours = doc.user_data.get(KEY) if isinstance(doc.user_data.get(KEY), dict) else {}
    group = doc.spans["sc"] if "sc" in doc.spans else doc.ents
    spans = [
        {"start": s.start_char, "end": s.end_char, "label": s.label_, "text": s.text} for s in group
    ]
    kept = {(s.get("start"), s.get("end"), s.get("label")): s for s in ours.get("spans", ())}
    for span in spans:  # ids, notes, attributes: from our user data when the span is there
        extra = kept.get((span["start"], span["end"], span["label"]), {})
        span.update({k: v for k, v in extra.items() if k not in span})
    out = {"text": doc.text, "spans": spans, "relations": ours.get("relations", [])}
    for key in ("name", "meta", "id"):
        if key in ours:
            out[key] = ours[key]
    return out


def _checked(record: dict) -> dict | FormatError:
    """The record, or why it could not be exported again (its user data is msgpack, not JSON:
    NaN, a number beyond 64 bits, deep nesting would pass unseen)."""
    try:
        return strict_value(record)
    except FormatError as e:
        return e


def read(path: Path, labels: set[str], create_labels: bool, ctx: Context) -> list[dict]:
    spacy, _, DocBin, _ = _spacy()
    try:
        data = path.read_bytes()
    except OSError as e:
        raise ArticleError(f"{path}: cannot read ({e.strerror})") from None
    try:
        docs = list(DocBin().from_bytes(data).get_docs(spacy.blank("xx").vocab))
    except Exception as e:  # spaCy raises many kinds (ValueError, KeyError, msgpack) on bad data
        raise FormatError(f"{shown_name(path)}: not a spaCy DocBin ({type(e).__name__})") from None
    items = [(n, _checked(to_native(doc))) for n, doc in enumerate(docs, 1)]
    return check_objects(path, items, labels, create_labels)


FORMAT = Format(
    "spacy",
    "spaCy DocBin",
    ".spacy",
    write,
    read,
    relations=True,
    attributes=True,
    notes=True,
)
