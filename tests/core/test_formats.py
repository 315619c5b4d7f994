"""Every interchange format, both ways, over hostile texts: export → import → export gives the
same bytes, and every span comes back with exactly its text (CoNLL: its tokens)."""

from __future__ import annotations

import io
import json
import tempfile
import zipfile
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, example, given, settings

from annotator import AnnotatorError, FormatError, Project
from annotator import formats as fmts
from annotator.formats import brat, conll, doccano, label_studio, prodigy
from annotator.formats.base import Context
from annotator.importer import import_paths
from annotator.records import sha256_text
from annotator.text import normalise_newlines

from .conftest import run_cli
from .test_properties import EMOJI, _snapped_spans, raw_spans, texts

SUFFIX = {"brat": ".zip", "label-studio": ".json", "conll": ".conll", "spacy": ".spacy"}
TEXT_KEEPING = [f for f in fmts.FORMATS if f != "conll"]
HOSTILE = "قالَ 👨\u200d👩\u200d👧 المتحدّث\r\nإن 🇸🇦🇪🇬 \u200fالنمو\u2067 بلغ 3.5٪\r\n\r\nنهاية"


def _needs(fmt: str) -> None:
    if fmt == "spacy":
        pytest.importorskip("spacy", reason="the spaCy format needs the 'spacy' extra")


def _project(path: Path, text: str, spans: list[dict]) -> Project:
    project = Project.create(path)
    canonical = normalise_newlines(text)
    [(doc, _)] = project.add_documents(
        [{"name": "خبر 1.txt", "text": canonical, "sha256": sha256_text(canonical)}]
    )
    ids = {label.name: label.id for label in project.labels()}
    seen = set()
    for s in spans:
        a, b = _canonical(text, s["start"]), _canonical(text, s["end"])
        if a < b and (a, b, s["label"]) not in seen:
            seen.add((a, b, s["label"]))
            project.add_span(doc, a, b, ids[s["label"]])
    return project


def _canonical(text: str, i: int) -> int:
    return len(normalise_newlines(text[:i]))


def _export(project: Project, fmt: str, tmp: Path, name: str, **options) -> bytes:
    target = tmp / f"{name}{SUFFIX.get(fmt, '.jsonl')}"
    fmts.export_to_path(project, target, fmt, **options)
    return target.read_bytes()


def _round_trip(fmt: str, text: str, spans: list[dict]) -> tuple[Counter, Counter, bytes, bytes]:
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        with _project(tmp / "a.annot", text, spans) as project:
            first = _export(project, fmt, tmp, "first")
            before = _span_texts(project)
        with Project.create(tmp / "b.annot") as fresh:
            source = tmp / f"first{SUFFIX.get(fmt, '.jsonl')}"
            import_paths(fresh, [source], fmt=fmt, create_labels=True)
            after = _span_texts(fresh)
            second = _export(fresh, fmt, tmp, "second")
    return before, after, first, second


def _span_texts(project: Project) -> Counter:
    found = Counter()
    for info in project.documents():
        text = project.document(info.id).text
        found.update((s.label, text[s.start : s.end]) for s in project.spans(info.id))
    return found


ROUND_TRIP = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.mark.parametrize("fmt", TEXT_KEEPING)
@ROUND_TRIP
@example(text=HOSTILE, raw=[(0, 5, 1), (4, 14, 0), (15, 40, 2), (39, 46, 3), (0, 999, 1)])
@given(text=texts, raw=raw_spans)
def test_export_import_export_is_exact_over_hostile_texts(fmt, text, raw):
    _needs(fmt)
    assume(normalise_newlines(text).strip())
    before, after, first, second = _round_trip(fmt, text, _snapped_spans(text, raw))
    assert after == before  # every span, with exactly its text
    assert second == first


@ROUND_TRIP
@example(text=HOSTILE, raw=[(0, 5, 1), (4, 14, 0), (15, 40, 2), (39, 46, 3), (0, 999, 1)])
@example(text="\u200e\u064b", raw=[(1, 2, 0)])  # a tab before a token starting with a mark
@example(text="\u0600\u200e", raw=[(0, 1, 0)])  # a prepended mark (U+0600) before an LRM
@given(text=texts, raw=raw_spans)
def test_conll_round_trip_is_stable_and_keeps_each_spans_tokens(text, raw):
    assume(conll.tokens(normalise_newlines(text)))  # no token: left out (the test below)
    spans = _snapped_spans(text, raw)
    before, after, first, second = _round_trip("conll", text, spans)
    assert second == first
    # A span comes back as its tokens joined by a space (a tab before a token that starts
    # with a mark), or a line break between lines; tokens are cut at every span's ends.
    canonical = normalise_newlines(text)
    kept = {(_canonical(text, s["start"]), _canonical(text, s["end"]), s["label"]) for s in spans}
    kept = {k for k in kept if k[0] < k[1]}
    toks = conll.tokens(canonical, [x for a, b, _ in kept for x in (a, b)])
    possible, alone = Counter(), Counter()
    for a, b, label in kept:
        inside = [(x, y) for x, y in toks if a <= x and y <= b]
        if not inside:
            continue
        joined = canonical[inside[0][0] : inside[0][1]]
        for (_, y0), (x, y) in zip(inside, inside[1:], strict=False):
            joined += ("\n" if "\n" in canonical[y0:x] else " ") + canonical[x:y]
        possible[(label, joined)] += 1
        if not any(o != (a, b, label) and o[2] == label and o[0] < b and a < o[1] for o in kept):
            alone[(label, joined)] += 1
    back = Counter({(label, t.replace("\t", " ")): n for (label, t), n in after.items()})
    assert alone <= back <= possible


def test_conll_leaves_out_a_document_with_no_tokens_and_says_so(tmp_path):
    # " \u200c" is one grapheme, a space: no token line, and a section without one would
    # read back as a bad, empty document (the whole file refused).
    with _project(tmp_path / "a.annot", " \u200c", []) as project:
        project.add_documents([{"name": "b.txt", "text": "قال", "sha256": sha256_text("قال")}])
        warnings: list[str] = []
        count = fmts.export_to_path(project, tmp_path / "a.conll", "conll", warnings=warnings)
    assert count == 1
    assert any("document with none" in w for w in warnings), warnings
    with Project.create(tmp_path / "b.annot") as fresh:
        import_paths(fresh, [tmp_path / "a.conll"], fmt="conll")
        assert [fresh.document(d.id).text for d in fresh.documents()] == ["قال\n"]


# --- offsets in each tool's own unit ---------------------------------------------------------

EMOJI_TEXT = "😀 قال الوزير"  # the emoji is one code point, two UTF-16 units


@pytest.fixture
def emoji_project(tmp_path):
    with _project(
        tmp_path / "e.annot", EMOJI_TEXT, [{"start": 2, "end": 5, "label": "speaker"}]
    ) as p:
        yield p


def _first_record(project, fmt, **options) -> dict:
    out = io.BytesIO()
    fmts.export(project, out, fmt, **options)
    data = out.getvalue().decode("utf-8")
    return json.loads(data)[0] if fmt == "label-studio" else json.loads(data.splitlines()[0])


def test_doccano_counts_utf16_by_default_and_code_points_on_request(emoji_project):
    assert _first_record(emoji_project, "doccano")["label"] == [[3, 6, "speaker"]]
    got = _first_record(emoji_project, "doccano", offset_unit="codepoint")["label"]
    assert got == [[2, 5, "speaker"]]


def test_label_studio_counts_code_points_by_default_and_utf16_on_request(emoji_project):
    (region,) = _first_record(emoji_project, "label-studio")["annotations"][0]["result"]
    assert (region["value"]["start"], region["value"]["end"]) == (2, 5)
    assert region["value"]["text"] == "قال" and region["value"]["labels"] == ["speaker"]
    (region,) = _first_record(emoji_project, "label-studio", offset_unit="utf16")["annotations"][0][
        "result"
    ]
    assert (region["value"]["start"], region["value"]["end"]) == (3, 6)


@pytest.mark.parametrize("fmt", ["native", "prodigy", "brat", "conll", "spacy"])
def test_formats_with_one_unit_refuse_another(emoji_project, fmt):
    with pytest.raises(AnnotatorError, match="no offset unit 'utf16'"):
        fmts.export(emoji_project, io.BytesIO(), fmt, offset_unit="utf16")


@pytest.mark.parametrize("fmt, unit", [("doccano", None), ("label-studio", "utf16")])
def test_utf16_offsets_come_back_as_code_points(tmp_path, emoji_project, fmt, unit):
    path = tmp_path / f"e{SUFFIX.get(fmt, '.jsonl')}"
    fmts.export_to_path(emoji_project, path, fmt, offset_unit=unit)
    with Project.create(tmp_path / "b.annot") as fresh:
        (doc,) = import_paths(fresh, [path], fmt=fmt, offset_unit=unit).added
        (span,) = fresh.spans(doc)
        assert fresh.document(doc).text[span.start : span.end] == "قال"


def test_a_utf16_offset_inside_an_emoji_is_refused_naming_the_line(tmp_path, project):
    path = tmp_path / "d.jsonl"
    path.write_text(json.dumps({"text": EMOJI_TEXT, "label": [[1, 6, "speaker"]]}) + "\n")
    with pytest.raises(FormatError) as e:
        import_paths(project, [path], fmt="doccano")
    ((line, message),) = e.value.problems
    assert line == 1 and "inside a character that UTF-16 writes as two units" in message


def test_code_point_offsets_read_as_utf16_are_caught_by_the_span_text(tmp_path, project):
    # Label Studio keeps each region's text: wrong-unit offsets cannot pass unnoticed.
    path = tmp_path / "t.json"
    task = {
        "data": {"text": EMOJI_TEXT},
        "annotations": [
            {
                "result": [
                    {
                        "id": "a",
                        "type": "labels",
                        "value": {"start": 2, "end": 5, "text": "قال", "labels": ["speaker"]},
                    }
                ]
            }
        ],
    }
    path.write_text(json.dumps([task], ensure_ascii=False), encoding="utf-8")
    with pytest.raises(FormatError, match="is not text"):
        import_paths(project, [path], fmt="label-studio", offset_unit="utf16")
    assert import_paths(project, [path], fmt="label-studio").spans_added == 1


# --- what a format cannot hold is said, never dropped silently ----------------------------

RECORD = {
    "id": 7,
    "name": "خبر.txt",
    "text": "قال الوزير إن النمو بلغ 3%",
    "meta": {},
    "spans": [
        {"id": 1, "start": 0, "end": 26, "label": "claim", "text": "", "note": "راجع"},
        {
            "id": 2,
            "start": 4,
            "end": 10,
            "label": "speaker",
            "text": "",
            "attributes": {"source_type": "named"},
        },
        {"id": 3, "start": 0, "end": 3, "label": "claim", "text": "", "uncertain": True},
    ],
    "relations": [{"id": 1, "from": 1, "to": 2, "type": "said"}],
}


@pytest.mark.parametrize(
    "module, lost",
    [
        (prodigy, ["relations", "attributes", "uncertain", "notes", "overlapping"]),
        (doccano, ["attributes", "uncertain", "notes", "overlapping"]),
        (conll, ["relations", "attributes", "uncertain", "notes", "outermost"]),
    ],
)
def test_what_a_format_cannot_hold_is_warned_about(module, lost):
    ctx = Context(module.FORMAT.unit or "codepoint", relations=True, labels=["speaker", "claim"])
    for s in RECORD["spans"]:
        s["text"] = RECORD["text"][s["start"] : s["end"]]
    module.FORMAT.write([RECORD], io.BytesIO(), ctx)
    said = " ".join(ctx.warnings)
    for word in lost:
        assert word in said, (word, ctx.warnings)


@pytest.mark.parametrize("module", [doccano, label_studio])
def test_relations_leave_and_come_back_by_span_id(module):
    ctx = Context(module.FORMAT.unit, relations=True)
    for s in RECORD["spans"]:
        s["text"] = RECORD["text"][s["start"] : s["end"]]
    out = io.BytesIO()
    module.FORMAT.write([RECORD], out, ctx)
    data = out.getvalue().decode("utf-8")
    obj = json.loads(data)[0] if module is label_studio else json.loads(data)
    back = module.to_native(obj, ctx.unit)
    by_id = {s["id"]: (s["start"], s["end"], s["label"]) for s in back["spans"]}
    if module is label_studio:
        assert [s.get("uncertain", False) for s in back["spans"]] == [False, False, True]
        assert back["spans"][0]["note"] == "راجع"
        assert back["spans"][1]["attributes"] == {"source_type": "named"}
    ((rel),) = back["relations"]
    assert by_id[rel["from"]] == (0, 26, "claim") and by_id[rel["to"]] == (4, 10, "speaker")
    assert rel["type"] == "said"


def test_brat_ann_holds_relations_attributes_notes_and_checked_text():
    ctx = Context()
    for s in RECORD["spans"]:
        s["text"] = RECORD["text"][s["start"] : s["end"]]
    text = brat.ann(RECORD, ctx)
    assert "T1\tclaim 0 26\tقال الوزير إن النمو بلغ 3%\n" in text
    assert "A1\tsource_type T2 named\n" in text
    assert "#1\tAnnotatorNotes T1\tراجع\n" in text
    assert "R1\tsaid Arg1:T1 Arg2:T2\n" in text
    back = brat.to_native("x.txt", RECORD["text"], text)
    assert back["relations"] == [{"from": "T1", "to": "T2", "type": "said"}]
    assert back["spans"][1]["attributes"] == {"source_type": "named"}
    assert back["spans"][0]["note"] == "راجع"


def test_brat_refuses_a_t_line_whose_text_is_not_the_slice():
    with pytest.raises(FormatError, match="another unit"):
        brat.to_native("x.txt", EMOJI_TEXT, "T1\tspeaker 3 6\tقال\n")


def test_brat_span_across_and_at_line_breaks_comes_back_exactly():
    text = "سطر أول\nسطر ثان\n\nنهاية"
    start, end = text.index("أول"), text.index("نهاية") - 1  # ends on the blank line's break
    parts = brat.fragments(text, start, end)
    assert parts[0] == (start, start + 3) and parts[-1] == (end, end)
    line = f"T1\tclaim {';'.join(f'{a} {b}' for a, b in parts)}\t" + " ".join(
        text[a:b] for a, b in parts
    )
    (span,) = brat.to_native("x.txt", text, line)["spans"]
    assert (span["start"], span["end"]) == (start, end)


def test_brat_exports_a_folder_unless_the_name_ends_in_zip(tmp_path, emoji_project):
    fmts.export_to_path(emoji_project, tmp_path / "corpus", "brat")
    assert sorted(p.name for p in (tmp_path / "corpus").iterdir()) == ["1_خبر_1.ann", "1_خبر_1.txt"]
    assert (tmp_path / "corpus" / "1_خبر_1.txt").read_text("utf-8") == EMOJI_TEXT
    with pytest.raises(AnnotatorError, match="not an empty folder"):
        fmts.export_to_path(emoji_project, tmp_path / "corpus", "brat")
    fmts.export_to_path(emoji_project, tmp_path / "corpus.zip", "brat")
    with zipfile.ZipFile(tmp_path / "corpus.zip") as z:
        assert z.read("1_خبر_1.ann").decode() == "T1\tspeaker 2 5\tقال\n"
    with Project.create(tmp_path / "b.annot") as fresh:
        assert len(import_paths(fresh, [tmp_path / "corpus"], fmt="brat").added) == 1


def test_conll_has_a_column_per_label_and_keeps_nesting(tmp_path):
    text = "قال الوزير إن النمو بلغ 3%"
    spans = [
        {"start": 0, "end": len(text), "label": "claim"},
        {"start": 4, "end": 10, "label": "speaker"},
    ]
    with _project(tmp_path / "c.annot", text, spans) as p:
        out = io.BytesIO()
        fmts.export(p, out, "conll")
    lines = out.getvalue().decode("utf-8").splitlines()
    assert lines[0] == "# columns = token\tspeaker\tclaim\tlocation\tstatistic"
    assert lines[3] == "قال\tO\tB-claim\tO\tO"
    assert lines[4] == "الوزير\tB-speaker\tI-claim\tO\tO"
    assert lines[-2] == "%\tO\tI-claim\tO\tO"


def test_conll_reads_plain_two_column_files(project, tmp_path):
    path = tmp_path / "plain.conll"
    path.write_text(
        "-DOCSTART- -X- O O\n\nقال O\nالوزير B-speaker\nفي O\nالرياض B-location\n\n",
        encoding="utf-8",
    )
    (doc,) = import_paths(project, [path], fmt="conll").added
    text = project.document(doc).text
    assert text == "قال الوزير في الرياض\n"
    assert [(s.label, text[s.start : s.end]) for s in project.spans(doc)] == [
        ("speaker", "الوزير"),
        ("location", "الرياض"),
    ]


# --- the command line ---------------------------------------------------------------------


def test_cli_exports_and_imports_each_format_and_prints_warnings(tmp_path):
    source = tmp_path / "a.jsonl"
    record = {
        "text": EMOJI_TEXT,
        "spans": [
            {"start": 2, "end": 5, "label": "speaker"},
            {"start": 2, "end": 12, "label": "claim"},
        ],
    }
    source.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    project = tmp_path / "p.annot"
    assert run_cli("import", project, source).returncode == 0
    done = run_cli("export", project, "--format", "prodigy")
    assert done.returncode == 0
    assert "warning: Prodigy's NER recipes refuse overlapping spans" in done.stderr.decode()
    for fmt in ("doccano", "label-studio", "brat", "conll", "prodigy"):
        out = tmp_path / f"out-{fmt}{SUFFIX.get(fmt, '.jsonl')}"
        done = run_cli("export", project, "--format", fmt, "-o", out)
        assert done.returncode == 0, done.stderr.decode()
        again = run_cli("import", tmp_path / f"{fmt}.annot", "--format", fmt, out)
        assert again.returncode == 0, again.stderr.decode()
        assert "imported 1 document with 2 spans" in again.stderr.decode()
    done = run_cli("export", project, "--format", "brat", "--offset-unit", "utf16")
    assert done.returncode == 1 and "brat has no offset unit 'utf16'" in done.stderr.decode()


def test_cli_format_lists_agree_with_the_core():
    from annotator import cli

    assert cli.FORMATS == fmts.FORMATS
    assert cli.OFFSET_UNITS == fmts.OFFSET_UNITS
    assert EMOJI  # the hostile atoms come from the property tests


# --- cases the mutation run showed untested ----------------------------------------------


def _task(**sets) -> dict:
    region = {
        "id": "r1",
        "type": "labels",
        "value": {"start": 4, "end": 10, "text": "الوزير", "labels": ["speaker"]},
    }
    note = {"id": "r1", "type": "textarea", "from_name": "note", "value": {"text": ["سطر", "ثان"]}}
    out = {"data": {"text": "قال الوزير"}}
    for key, kind in sets.items():
        out[key] = [{"result": [region, note]} if kind == "full" else {"result": [], **kind}]
    return out


def test_label_studio_reads_predictions_when_there_is_no_annotation():
    back = label_studio.to_native(_task(predictions="full"), "codepoint")
    assert [(s["start"], s["end"], s["label"]) for s in back["spans"]] == [(4, 10, "speaker")]


def test_label_studio_skips_a_cancelled_annotation_and_keeps_a_notes_lines():
    task = _task(annotations={"was_cancelled": True}, predictions="full")
    (span,) = label_studio.to_native(task, "codepoint")["spans"]
    assert span["note"] == "سطر\nثان"


def test_brat_cuts_fragments_at_every_line_break_python_reads_lines_at():
    text = "أ\u2028ب\u2029ج\x85د"
    assert brat.fragments(text, 0, len(text)) == [(0, 1), (2, 3), (4, 5), (6, 7)]


def test_brat_files_of_documents_with_one_name_do_not_overwrite_each_other():
    a = {"id": 1, "name": "خبر.txt", "text": "أ", "spans": []}
    b = {"id": 2, "name": "خبر.txt", "text": "ب", "spans": []}
    out = io.BytesIO()
    brat.write([a, b], out, Context())
    with zipfile.ZipFile(out) as z:
        assert sorted(z.namelist()) == ["1_خبر.ann", "1_خبر.txt", "2_خبر.ann", "2_خبر.txt"]


def test_conll_i_tag_of_another_label_starts_a_new_span(project, tmp_path):
    path = tmp_path / "iob1.conll"
    path.write_text("قال I-claim\nالوزير I-speaker\nإن O\n\n", encoding="utf-8")
    (doc,) = import_paths(project, [path], fmt="conll").added
    text = project.document(doc).text
    spans = sorted((text[s.start : s.end], s.label) for s in project.spans(doc))
    assert spans == [("الوزير", "speaker"), ("قال", "claim")]


def test_doccano_relation_shape_counts_utf16_too():
    record = {
        "id": 1,
        "name": "e.txt",
        "text": EMOJI_TEXT,
        "spans": [{"id": 5, "start": 2, "end": 5, "label": "speaker", "text": "قال"}],
        "relations": [],
    }
    (entity,) = doccano.shape(record, Context("utf16", relations=True))["entities"]
    assert (entity["id"], entity["start_offset"], entity["end_offset"]) == (5, 3, 6)
