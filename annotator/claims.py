"""The claims table: one row per claim, with who said it and what it holds (no Qt, no SQL).

Built from native export records (``annotator.formats.iter_records``), so the table, the
JSONL export and the app's Claims panel read the same data. A claim's speakers are the spans
a ``said`` relation joins it to; its locations and statistics are the location and statistic
spans inside it.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from typing import TextIO

import orjson

CLAIM, SPEAKER, LOCATION, STATISTIC, SAID = "claim", "speaker", "location", "statistic", "said"
QUOTE_TYPE, SOURCE_TYPE = "quote_type", "source_type"

COLUMNS = (
    "document_id",
    "document",
    "claim_id",
    "start",
    "end",
    "claim",
    "speakers",
    "quote_type",
    "source_types",
    "locations",
    "statistics",
    "uncertain",
    "note",
)
#: How list cells are joined in CSV.
SEPARATOR = " | "


def _reading(span: dict) -> tuple[int, int, int]:
    return (span["start"], -span["end"], span.get("id") or 0)


def claims_of(record: dict) -> list[dict]:
    """The claim rows of one native record (a document with spans and relations)."""
    spans = sorted(record.get("spans", ()), key=_reading)
    by_id = {s["id"]: s for s in spans if "id" in s}
    said: dict[int, set[int]] = {}
    for r in record.get("relations", ()):
        if r.get("type") != SAID:
            continue
        a, b = by_id.get(r.get("from")), by_id.get(r.get("to"))
        if a is None or b is None:
            continue
        # claim -> speaker is the contract; a link drawn the other way round still counts.
        if a["label"] == CLAIM and b["label"] == SPEAKER:
            said.setdefault(a["id"], set()).add(b["id"])
        elif b["label"] == CLAIM and a["label"] == SPEAKER:
            said.setdefault(b["id"], set()).add(a["id"])
    text = record.get("text", "")
    rows = []
    for claim in spans:
        if claim["label"] != CLAIM:
            continue
        speakers = sorted((by_id[i] for i in said.get(claim.get("id"), ())), key=_reading)
        inside = [
            s
            for s in spans
            if s is not claim and claim["start"] <= s["start"] and s["end"] <= claim["end"]
        ]
        rows.append(
            {
                "document_id": record.get("id"),
                "document": record.get("name"),
                "claim_id": claim.get("id"),
                "start": claim["start"],
                "end": claim["end"],
                "claim": claim.get("text", text[claim["start"] : claim["end"]]),
                "speakers": [_text(s, text) for s in speakers],
                "quote_type": (claim.get("attributes") or {}).get(QUOTE_TYPE),
                "source_types": [(s.get("attributes") or {}).get(SOURCE_TYPE) for s in speakers],
                "locations": [_text(s, text) for s in inside if s["label"] == LOCATION],
                "statistics": [_text(s, text) for s in inside if s["label"] == STATISTIC],
                "uncertain": bool(claim.get("uncertain")),
                "note": claim.get("note"),
            }
        )
    return rows


def _text(span: dict, text: str) -> str:
    return span.get("text", text[span["start"] : span["end"]])


def claim_rows(records: Iterable[dict]) -> Iterator[dict]:
    """Every claim of every record, by document, then position."""
    for record in records:
        yield from claims_of(record)


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else ""
    if isinstance(value, list):
        return SEPARATOR.join("" if v is None else str(v) for v in value)
    text = str(value)
    # A cell a spreadsheet would run as a formula (=, +, -, @ first) is kept as text.
    if text[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + text
    return text


def write_csv(rows: Iterable[dict], out: TextIO) -> int:
    """Write the rows as CSV with a header; returns how many rows."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    n = 0
    for row in rows:
        writer.writerow([_cell(row[c]) for c in COLUMNS])
        n += 1
    return n


def write_jsonl(rows: Iterable[dict], out: io.BufferedIOBase) -> int:
    """Write one JSON object per row (UTF-8, lists kept as lists); returns how many rows."""
    n = 0
    for row in rows:
        out.write(orjson.dumps({c: row[c] for c in COLUMNS}))
        out.write(b"\n")
        n += 1
    return n
