"""JSONL files are read as bytes (orjson reads UTF-8 itself): the lines, their numbers, blank
lines, a byte order mark and the refusals must be those of reading the file as text."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from annotator.errors import FormatError
from annotator.record_files import jsonl_objects
from annotator.strict_json import strict_json_line

LINES = [
    '{"text": "قال الوزير", "spans": []}',
    '{"text": "خبر", "meta": {"n": 1}}',
    '{"text": "بلا نهاية',  # not JSON
    "[1, 2]",
    '{"n": 99999999999999999999}',  # beyond 64 bits
    "",
    " ",
    "\t",
    "\u00a0",  # blank, with a no-break space only
    "\u2028",
    "\x85",
    " \u00a0 {}",
]
ENDINGS = ["\n", "\r\n", "\r"]


def _as_text(path: Path) -> list:
    """The reference: the file read as text, as the importer did before (newline="")."""
    out: list = []
    try:
        with open(path, encoding="utf-8", newline="") as f:
            for n, line in enumerate(f, 1):
                if n == 1 and line.startswith("\ufeff"):
                    line = line[1:]
                if not line or line.isspace():
                    continue
                try:
                    out.append((n, strict_json_line(line)))
                except json.JSONDecodeError as e:
                    out.append((n, f"not valid JSON ({e.msg} at column {e.colno})"))
                except FormatError as e:
                    out.append((n, str(e)))
    except UnicodeDecodeError:
        return ["not UTF-8"]
    return out


def _as_read(path: Path) -> list:
    try:
        return [(n, str(v) if isinstance(v, FormatError) else v) for n, v in jsonl_objects(path)]
    except FormatError as e:
        assert "not UTF-8" in str(e)
        return ["not UTF-8"]


@given(
    lines=st.lists(st.tuples(st.sampled_from(LINES), st.sampled_from(ENDINGS)), max_size=8),
    last_ending=st.booleans(),
    bom=st.booleans(),
    bad_byte=st.sampled_from([None, b"\xff", b"\xed\xa0\x80", b"\xd9"]),
)
@example(lines=[(LINES[0], "\r"), (LINES[1], "\r")], last_ending=True, bom=False, bad_byte=None)
@example(lines=[(LINES[8], "\n"), (LINES[0], "\r\n")], last_ending=True, bom=True, bad_byte=None)
def test_a_jsonl_file_read_as_bytes_gives_what_reading_it_as_text_gave(
    lines, last_ending, bom, bad_byte
):
    text = "".join(line + ending for line, ending in lines)
    if lines and not last_ending:
        text = text.rstrip("\r\n")
    data = (b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8")
    if bad_byte and data:
        data = data[: len(data) // 2] + bad_byte + data[len(data) // 2 :]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "records.jsonl"
        path.write_bytes(data)
        assert _as_read(path) == _as_text(path)


@pytest.mark.parametrize("ending", ENDINGS)
def test_records_on_lines_ended_by_any_line_ending_are_numbered_as_lines(tmp_path, ending):
    path = tmp_path / "records.jsonl"
    path.write_bytes(ending.join([LINES[0], LINES[2], "\u00a0", LINES[1]]).encode("utf-8"))
    got = list(jsonl_objects(path))
    assert [n for n, _ in got] == [1, 2, 4]
    assert got[0][1]["text"] == "قال الوزير" and isinstance(got[1][1], FormatError)
