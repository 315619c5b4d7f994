"""Relations and attributes leave the project: native JSONL round trip, claims table, CLI."""

from __future__ import annotations

import csv
import io
import json

import pytest

from annotator import FormatError, Project, export, import_paths
from annotator.claims import claims_of
from annotator.linking import first_plan, link_types, plan_link

from .conftest import add_text, run_cli
from .test_relations import TEXT, _spans


def _lines(project: Project) -> list[bytes]:
    out = io.BytesIO()
    export(project, out)
    return out.getvalue().splitlines()


@pytest.fixture
def attributed(project):
    doc = add_text(project, TEXT)
    ids = _spans(project, doc)
    first, second = ids["بلاده نجت من انقلاب"], ids["2030 جندياً وصلوا إلى ألما-آتا"]
    project.add_relation(first, ids["توكاييف"])
    project.add_relation(second, ids["كارين"])
    project.set_span_attribute(first, "quote_type", "indirect")
    project.set_span_attribute(ids["كارين"], "source_type", "official")
    project.set_span_uncertain(second, True)
    project.set_span_note(second, "الرقم من بيان رسمي")
    return project, doc, ids


_EXPORTED = ("id", "start", "end", "label", "annotator", "created_at", "note", "uncertain")


def test_each_exported_span_is_the_project_span_field_for_field(attributed):
    """The export builds its span dicts straight from the rows: each must hold what the
    project's ``Span`` holds, with the same types, in the format's key order."""
    project, doc, _ids = attributed
    [(_total, _doc, spans, _relations)] = list(project.export_snapshot())
    expected = {s.id: s for s in project.spans(doc)}
    assert sorted(d["id"] for d in spans) == sorted(expected)
    for d in spans:
        span = expected[d["id"]]
        assert list(d) == [*_EXPORTED, "attributes"]
        assert [(d[f], type(d[f])) for f in _EXPORTED] == [
            (getattr(span, f), type(getattr(span, f))) for f in _EXPORTED
        ]
        assert d["attributes"] == span.attributes
    assert any(d["attributes"] for d in spans) and any(d["uncertain"] for d in spans)
    assert any(d["note"] for d in spans)


def test_native_export_carries_relations_attributes_flags_and_notes(attributed):
    project, doc, ids = attributed
    [line] = _lines(project)
    record = json.loads(line)
    by_id = {s["id"]: s for s in record["spans"]}
    second = by_id[ids["2030 جندياً وصلوا إلى ألما-آتا"]]
    assert second["uncertain"] is True and second["note"] == "الرقم من بيان رسمي"
    assert by_id[ids["كارين"]]["attributes"] == {"source_type": "official"}
    assert [(r["from"], r["to"], r["type"]) for r in record["relations"]] == [
        (ids["بلاده نجت من انقلاب"], ids["توكاييف"], "said"),
        (ids["2030 جندياً وصلوا إلى ألما-آتا"], ids["كارين"], "said"),
    ]
    assert all(r["annotator"] and r["created_at"] and r["id"] for r in record["relations"])


def test_export_import_export_gives_the_same_lines(attributed, tmp_path):
    project, _, _ = attributed
    first = _lines(project)
    exported = tmp_path / "out.jsonl"
    exported.write_bytes(b"\n".join(first) + b"\n")
    with Project.create(tmp_path / "fresh.annot") as fresh:
        import_paths(fresh, [exported])
        assert _lines(fresh) == first
        assert fresh.check() == []


def test_import_into_a_project_with_spans_gives_new_ids_and_keeps_the_links(attributed, tmp_path):
    project, _, _ = attributed
    [line] = _lines(project)
    record = json.loads(line)
    record["text"] += " "  # another article, same spans and relations
    record.pop("sha256")
    path = tmp_path / "more.jsonl"
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", "utf-8")
    result = import_paths(project, [path])
    [new_doc] = result.added
    spans = {s.id: s for s in project.spans(new_doc)}
    assert not set(spans) & {s["id"] for s in record["spans"]}  # ids were taken: new ones
    pairs = {
        (TEXT[spans[r.from_span].start : spans[r.from_span].end][:5], spans[r.to_span].label)
        for r in project.relations(new_doc)
    }
    assert pairs == {("بلاده", "speaker"), ("2030 ", "speaker")}


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda r: r["relations"].append({"from": 999, "to": 1, "type": "said"}), "not the id"),
        (lambda r: r["spans"][0].update(uncertain="yes"), "true or false"),
        (lambda r: r["spans"][0].update(attributes=["a"]), "map names"),
        (lambda r: r["relations"].append({"from": 1, "to": 1, "type": "said"}), "itself"),
    ],
)
def test_a_bad_relation_or_attribute_in_a_record_is_reported_by_line(tmp_path, change, message):
    record = {
        "text": TEXT,
        "spans": [
            {"id": 1, "start": 4, "end": 11, "label": "speaker"},
            {"id": 2, "start": 15, "end": 34, "label": "claim"},
        ],
        "relations": [{"from": 2, "to": 1, "type": "said"}],
    }
    change(record)
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", "utf-8")
    with Project.create(tmp_path / "p.annot") as project:
        with pytest.raises(FormatError, match=message) as caught:
            import_paths(project, [path])
        assert caught.value.problems[0][0] == 1
        assert project.documents() == []


def test_an_undeclared_attribute_value_or_relation_type_refuses_the_import(tmp_path):
    base = {
        "text": TEXT,
        "spans": [
            {"id": 1, "start": 4, "end": 11, "label": "speaker"},
            {"id": 2, "start": 15, "end": 34, "label": "claim", "attributes": {"quote_type": "x"}},
        ],
    }
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps(base, ensure_ascii=False) + "\n", "utf-8")
    with Project.create(tmp_path / "p.annot") as project:
        with pytest.raises(Exception, match="not a value of 'quote_type'"):
            import_paths(project, [path])
        base["spans"][1]["attributes"] = {}
        base["relations"] = [{"from": 2, "to": 1, "type": "about"}]
        path.write_text(json.dumps(base, ensure_ascii=False) + "\n", "utf-8")
        with pytest.raises(Exception, match="unknown relation type 'about'"):
            import_paths(project, [path])
        assert project.documents() == []
        import_paths(project, [path], create_labels=True)
        assert [t.name for t in project.relation_types()] == ["said", "about"]


def test_the_claims_table_names_speakers_quote_type_and_what_is_inside(attributed):
    project, doc, ids = attributed
    [line] = _lines(project)
    first, second = claims_of(json.loads(line))
    assert (first["claim"], first["speakers"], first["quote_type"]) == (
        "بلاده نجت من انقلاب",
        ["توكاييف"],
        "indirect",
    )
    assert first["locations"] == [] and first["statistics"] == []
    assert second["speakers"] == ["كارين"] and second["source_types"] == ["official"]
    assert second["statistics"] == ["2030"] and second["locations"] == ["ألما-آتا"]
    assert second["uncertain"] and second["note"] == "الرقم من بيان رسمي"
    assert (second["start"], second["end"]) == (TEXT.index("2030"), TEXT.rindex("."))


def test_the_claims_command_writes_csv_and_jsonl(attributed, project_path):
    project, _, _ = attributed
    project.close()
    done = run_cli("claims", project_path)
    assert done.returncode == 0, done.stderr.decode()
    rows = list(csv.DictReader(io.StringIO(done.stdout.decode("utf-8"))))
    assert [r["speakers"] for r in rows] == ["توكاييف", "كارين"]
    assert rows[1]["statistics"] == "2030" and rows[1]["uncertain"] == "yes"
    assert "2 claims" in done.stderr.decode()
    done = run_cli("claims", project_path, "--format", "jsonl")
    rows = [json.loads(x) for x in done.stdout.decode("utf-8").splitlines()]
    assert rows[0]["speakers"] == ["توكاييف"] and rows[0]["quote_type"] == "indirect"


def test_show_and_stats_include_relations(attributed, project_path):
    project, doc, _ = attributed
    project.close()
    shown = run_cli("show", project_path, str(doc)).stdout.decode("utf-8")
    assert "said" in shown and "→" in shown and "[official]" in shown and "(uncertain)" in shown
    stats = json.loads(run_cli("stats", project_path, "--json").stdout)
    assert stats["relations"] == 2 and stats["relations_by_type"] == {"said": 2}
    assert stats["uncertain_spans"] == 1 and stats["spans_with_notes"] == 1
    text = run_cli("stats", project_path).stdout.decode("utf-8")
    assert "relations  2" in text


def test_relation_types_can_be_added_from_the_command_line(project_path, project):
    project.close()
    done = run_cli(
        "relations", project_path, "add", "located-in", "--from", "claim", "--to", "location"
    )
    assert done.returncode == 0, done.stderr.decode()
    assert "located-in" in done.stdout.decode() and "claim → location" in done.stdout.decode()
    with Project.open(project_path, readonly=True) as p:
        assert p.relation_type("located-in").to_labels == ("location",)


def test_a_claim_proposes_the_nearest_speaker_before_it_and_a_speaker_the_next_claim(project):
    doc = add_text(project, TEXT)
    ids = _spans(project, doc)
    spans = project.spans(doc)
    by_id = {s.id: s for s in spans}
    types = project.relation_types()
    second_claim = by_id[ids["2030 جندياً وصلوا إلى ألما-آتا"]]
    plan = first_plan(second_claim, spans, types)
    assert plan.forward and [s.id for s in plan.candidates] == [ids["توكاييف"], ids["كارين"]]
    assert plan.candidates[plan.proposed].id == ids["كارين"]  # nearest before, not first
    assert plan.ends(plan.candidates[plan.proposed]) == (second_claim, by_id[ids["كارين"]])
    speaker = by_id[ids["توكاييف"]]
    back = first_plan(speaker, spans, types)
    assert not back.forward
    assert back.candidates[back.proposed].id == ids["بلاده نجت من انقلاب"]  # the next claim
    # A claim before every speaker gets the nearest speaker after it.
    early = project.add_span(doc, 0, 3, project.label_by_name("claim").id)
    spans = project.spans(doc)
    plan = first_plan(early, spans, types)
    assert plan.candidates[plan.proposed].id == ids["توكاييف"]
    # A location joins no type: nothing to propose.
    location = by_id[ids["ألما-آتا"]]
    assert link_types(location, types) == [] and first_plan(location, spans, types) is None
    assert plan_link(speaker, [speaker], types[0], False) is None
