"""Our exports read by the peers' own code: spaCy's DocBin and Doc.char_span (always), Label
Studio's converter and pybrat (opt-in, see conftest)."""

from __future__ import annotations

import json

import pytest

from annotator import formats


def _ours(project) -> list[tuple[str, str, list[tuple[int, int, str, str]]]]:
    out = []
    for info in project.documents():
        text = project.document(info.id).text
        spans = sorted(
            (s.start, s.end, s.label, text[s.start : s.end]) for s in project.spans(info.id)
        )
        out.append((info.name, text, spans))
    return out


def test_spacy_reads_our_docbin_with_every_span_on_its_text(hostile_project, tmp_path):
    spacy = pytest.importorskip("spacy")  # in the test extra: a missing spaCy fails the run
    from spacy.tokens import DocBin

    path = tmp_path / "out.spacy"
    formats.export_to_path(hostile_project, path, "spacy")
    docs = list(DocBin().from_disk(path).get_docs(spacy.blank("xx").vocab))
    for doc, (_name, text, spans) in zip(docs, _ours(hostile_project), strict=True):
        assert doc.text == text
        got = sorted((s.start_char, s.end_char, s.label_, s.text) for s in doc.spans["sc"])
        assert got == spans
        for start, end, label, shown in spans:
            span = doc.char_span(start, end, label=label)  # strict: must fall on tokens
            assert span is not None and span.text == shown
        ents = list(doc.ents)
        assert all(a.end <= b.start for a, b in zip(ents, ents[1:], strict=False))
        assert {(e.start_char, e.end_char, e.label_) for e in ents} <= {s[:3] for s in spans}


LABEL_CONFIG = """<View>
  <Labels name="label" toName="text">
    <Label value="speaker"/><Label value="claim"/><Label value="location"/>
    <Label value="statistic"/>
  </Labels>
  <Text name="text" value="$text"/>
  <Relations><Relation value="said"/></Relations>
</View>"""


@pytest.mark.peers
def test_label_studio_converter_reads_our_export_to_the_same_spans(hostile_project, tmp_path):
    from label_studio_sdk.converter import Converter

    path = tmp_path / "ls.json"
    formats.export_to_path(hostile_project, path, "label-studio")
    converter = Converter(config=LABEL_CONFIG, project_dir=str(tmp_path))
    converter.convert_to_json_min(str(path), str(tmp_path / "min"), is_dir=False)
    rows = json.loads((tmp_path / "min" / "result.json").read_text("utf-8"))
    for row, (_name, text, spans) in zip(rows, _ours(hostile_project), strict=True):
        assert row["text"] == text
        got = sorted(
            (r["start"], r["end"], r["labels"][0], text[r["start"] : r["end"]])
            for r in row["label"]
        )
        assert got == spans  # code points: Python slices give each region's text
        assert all(text[r["start"] : r["end"]] == r["text"] for r in row["label"])


@pytest.mark.peers
def test_pybrat_reads_our_folder_to_the_same_spans(hostile_project, tmp_path):
    from pybrat.parser import BratParser

    folder = tmp_path / "brat"
    formats.export_to_path(hostile_project, folder, "brat")
    examples = BratParser(error="raise").parse(str(folder))
    assert len(examples) == 2
    by_text = {ex.text: ex for ex in examples}
    for _name, text, spans in _ours(hostile_project):
        ex = by_text[text]
        got = sorted(
            (e.spans[0].start, e.spans[-1].end, e.type, text[e.spans[0].start : e.spans[-1].end])
            for e in ex.entities
        )
        assert got == spans
