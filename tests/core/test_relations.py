"""Relations, relation types, attributes and the uncertain flag in the project file."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from annotator import LabelError, Project, SpanError
from annotator.store.schema import VERSION

from .conftest import add_text

TEXT = "قال توكاييف إن بلاده نجت من انقلاب. وأضاف كارين أن 2030 جندياً وصلوا إلى ألما-آتا."
DATA = Path(__file__).parent / "data"


def _spans(project: Project, doc: int) -> dict[str, int]:
    ids = {}
    for label, part in (
        ("speaker", "توكاييف"),
        ("claim", "بلاده نجت من انقلاب"),
        ("speaker", "كارين"),
        ("claim", "2030 جندياً وصلوا إلى ألما-آتا"),
        ("statistic", "2030"),
        ("location", "ألما-آتا"),
    ):
        start = TEXT.index(part)
        span = project.add_span(doc, start, start + len(part), project.label_by_name(label).id)
        ids[part] = span.id
    return ids


def test_a_new_project_has_said_and_the_attribution_attributes(project):
    [said] = project.relation_types()
    assert (said.name, said.from_labels, said.to_labels) == ("said", ("claim",), ("speaker",))
    declared = {(a.label, a.name): (a.values, a.key) for a in project.attributes()}
    assert declared == {
        ("speaker", "source_type"): (("named", "official", "anonymous", "institution"), "w"),
        ("claim", "quote_type"): (("direct", "indirect", "mixed"), "q"),
    }


def test_a_claim_links_to_its_speaker_and_the_link_is_stored(project, project_path):
    doc = add_text(project, TEXT)
    ids = _spans(project, doc)
    rel = project.add_relation(ids["بلاده نجت من انقلاب"], ids["توكاييف"], "said")
    assert (rel.from_span, rel.to_span, rel.type) == (
        ids["بلاده نجت من انقلاب"],
        ids["توكاييف"],
        "said",
    )
    assert rel.annotator == project.annotator and rel.created_at
    project.close()
    with Project.open(project_path, readonly=True) as again:
        assert again.relations(doc) == [rel]
        assert again.check() == []


@pytest.mark.parametrize(
    ("a", "b", "message"),
    [
        ("توكاييف", "بلاده نجت من انقلاب", "does not link a speaker to a claim"),
        ("بلاده نجت من انقلاب", "بلاده نجت من انقلاب", "to itself"),
        ("بلاده نجت من انقلاب", "ألما-آتا", "does not link a claim to a location"),
    ],
)
def test_a_link_the_type_does_not_allow_is_refused(project, a, b, message):
    doc = add_text(project, TEXT)
    ids = _spans(project, doc)
    with pytest.raises(SpanError, match=message):
        project.add_relation(ids[a], ids[b], "said")
    assert project.relations(doc) == []


def test_the_same_link_twice_and_spans_of_two_documents_are_refused(project):
    doc = add_text(project, TEXT)
    other = add_text(project, TEXT + " ", name="b.txt")
    ids = _spans(project, doc)
    project.add_relation(ids["بلاده نجت من انقلاب"], ids["توكاييف"])
    with pytest.raises(SpanError, match="already linked"):
        project.add_relation(ids["بلاده نجت من انقلاب"], ids["توكاييف"])
    elsewhere = project.add_span(other, 4, 11, project.label_by_name("speaker").id)
    with pytest.raises(SpanError, match="same document"):
        project.add_relation(ids["بلاده نجت من انقلاب"], elsewhere.id)
    with pytest.raises(SpanError, match="no relation type"):
        project.add_relation(ids["بلاده نجت من انقلاب"], ids["كارين"], "about")
    assert len(project.relations(doc)) == 1


def test_deleting_a_span_deletes_its_relations_and_restoring_brings_both_back(project):
    doc = add_text(project, TEXT)
    ids = _spans(project, doc)
    claim = ids["بلاده نجت من انقلاب"]
    first = project.add_relation(claim, ids["توكاييف"])
    second = project.add_relation(claim, ids["كارين"])
    project.set_span_attribute(claim, "quote_type", "indirect")
    project.set_span_uncertain(claim, True)
    span, gone = project.delete_span_and_relations(claim)
    assert gone == [first, second]
    assert project.relations(doc) == []
    restored = project.restore_span(span, gone)
    assert restored == span and restored.attributes == {"quote_type": "indirect"}
    assert restored.uncertain
    assert project.relations(doc) == [first, second]
    assert project.span(claim) == span


def test_a_deleted_relation_is_restored_with_its_id_which_is_never_reused(project):
    doc = add_text(project, TEXT)
    ids = _spans(project, doc)
    rel = project.add_relation(ids["بلاده نجت من انقلاب"], ids["توكاييف"])
    assert project.delete_relation(rel.id) == rel
    again = project.add_relation(ids["2030 جندياً وصلوا إلى ألما-آتا"], ids["كارين"])
    assert again.id > rel.id
    assert project.restore_relation(rel) == rel
    with pytest.raises(SpanError, match="no relation"):
        project.delete_relation(10_000)


def test_attribute_values_are_a_closed_set_declared_per_label(project):
    doc = add_text(project, TEXT)
    ids = _spans(project, doc)
    claim, speaker = ids["بلاده نجت من انقلاب"], ids["توكاييف"]
    assert project.set_span_attribute(claim, "quote_type", "direct").attributes == {
        "quote_type": "direct"
    }
    with pytest.raises(SpanError, match="not a value"):
        project.set_span_attribute(claim, "quote_type", "rumour")
    with pytest.raises(SpanError, match="no attribute"):
        project.set_span_attribute(speaker, "quote_type", "direct")
    assert project.set_span_attribute(speaker, "source_type", "official").attributes == {
        "source_type": "official"
    }
    assert project.set_span_attribute(claim, "quote_type", None).attributes == {}


def test_a_relabelled_span_shows_its_new_labels_attributes_and_gets_the_old_back(project):
    doc = add_text(project, TEXT)
    ids = _spans(project, doc)
    claim = ids["بلاده نجت من انقلاب"]
    project.set_span_attribute(claim, "quote_type", "mixed")
    assert project.relabel_span(claim, project.label_by_name("location").id).attributes == {}
    back = project.relabel_span(claim, project.label_by_name("claim").id)
    assert back.attributes == {"quote_type": "mixed"}


def test_relation_types_are_editable_like_labels(project):
    doc = add_text(project, TEXT)
    ids = _spans(project, doc)
    located = project.add_relation_type("located-in", "#0072B2", ["claim"], ["location"])
    assert located.color == "#0072b2"
    rel = project.add_relation(ids["2030 جندياً وصلوا إلى ألما-آتا"], ids["ألما-آتا"], "located-in")
    with pytest.raises(SpanError, match="already a relation type"):
        project.add_relation_type("located-in", "#000000")
    renamed = project.update_relation_type(located.id, name="in", to_labels=["location", "claim"])
    assert (renamed.name, renamed.to_labels) == ("in", ("claim", "location"))
    assert project.relation(rel.id).type == "in"
    with pytest.raises(SpanError, match="used by 1 relation; delete it first"):
        project.delete_relation_type(located.id)
    project.delete_relation(rel.id)
    project.delete_relation_type(located.id)
    assert [t.name for t in project.relation_types()] == ["said"]


def test_a_label_key_cannot_take_an_attribute_key(project):
    with pytest.raises(LabelError, match="already sets .quote_type."):
        project.add_label("quote", "#000000", key="q")
    with pytest.raises(SpanError, match="already tags"):
        project.add_attribute("claim", "stance", ["for", "against"], key="c")
    stance = project.add_attribute("claim", "stance", ["for", "against"], key="z")
    assert stance in project.attributes()


def test_a_file_made_by_the_previous_release_is_upgraded_with_its_spans_and_notes(tmp_path):
    path = tmp_path / "old.annot"
    shutil.copy(DATA / "schema2_release.annot", path)
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone() == (2,)
        before = conn.execute(
            "SELECT id, document_id, start, end, label_id, annotator, note, created_at "
            "FROM spans ORDER BY id"
        ).fetchall()
    conn.close()
    with Project.open(path) as p:
        assert p.check() == []
        spans = p.spans(1)
        assert [(s.id, s.document_id, s.start, s.end, s.label_id, s.annotator, s.note,
                 s.created_at) for s in spans] == before  # fmt: skip
        assert all(not s.uncertain and s.attributes == {} for s in spans)
        assert [t.name for t in p.relation_types()] == ["said"]
        assert {a.name for a in p.attributes()} == {"quote_type", "source_type"}
        # The label the old project added keeps its keys; the new span ids stay above 4.
        assert p.label_by_name("event").key == "5"
        claim, speaker = spans[1], spans[0]
        rel = p.add_relation(claim.id, speaker.id)
        assert p.add_span(1, 0, 3, p.label_by_name("claim").id).id == 5
        p.set_span_attribute(claim.id, "quote_type", "indirect")
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone() == (VERSION,)
    conn.close()
    assert (tmp_path / "old.annot.schema2.bak").exists()
    with Project.open(path, readonly=True) as p:
        assert p.relations(1) == [rel]
        assert p.span(claim.id).attributes == {"quote_type": "indirect"}
