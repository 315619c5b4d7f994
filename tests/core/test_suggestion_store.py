"""Suggestions in the project file: apart from spans, rejected ones remembered, accepted ones
becoming spans with their origin (and a claim with its speaker linked), never exported;
schema 6 and its migration from files of earlier releases (schema 2 and schema 5)."""

from __future__ import annotations

import hashlib
import io
import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from annotator import export
from annotator.store import Project
from annotator.store.schema import VERSION
from annotator.suggest import Suggestion, suggest

TEXT = "وقال وزير المالية محمد الجدعان إن 3 طائرات وصلت إلى الرياض."
DATA = Path(__file__).parent / "data"


def _doc(p: Project, text: str = TEXT) -> int:
    ((doc, _),) = p.add_documents(
        [{"name": "a.txt", "text": text, "sha256": hashlib.sha256(text.encode()).hexdigest()}]
    )
    return doc


@pytest.fixture
def project(tmp_path):
    with Project.create(tmp_path / "p.annot") as p:
        yield p, _doc(p)


def _one(p: Project, doc: int, label: str):
    return next(s for s in p.suggestions(doc) if s.label == label)


def _label(p: Project, name: str) -> int:
    return p.label_by_name(name).id


def test_rule_suggestions_are_stored_once_with_source_score_and_claim_link(project):
    p, doc = project
    found = suggest(TEXT)
    assert p.add_suggestions(doc, found) == len(found)
    assert p.add_suggestions(doc, found) == 0  # the rules ran again: nothing new
    stored = p.suggestions(doc)
    assert [(s.start, s.end, s.label, s.source) for s in stored] == sorted(
        [(s.start, s.end, s.label, s.rule) for s in found], key=lambda x: (x[0], -x[1], x[2])
    )
    claim, speaker = _one(p, doc, "claim"), _one(p, doc, "speaker")
    assert claim.link_id == speaker.id
    assert TEXT[speaker.start : speaker.end] == "وزير المالية محمد الجدعان"
    assert p.spans(doc) == []  # suggestions are not spans


def test_a_rejected_suggestion_does_not_come_back_when_the_rules_run_again(project):
    p, doc = project
    p.add_suggestions(doc, suggest(TEXT))
    place = _one(p, doc, "location")
    p.reject_suggestion(place.id)
    assert place.id not in [s.id for s in p.suggestions(doc)]
    assert p.add_suggestions(doc, suggest(TEXT)) == 0
    assert place.id not in [s.id for s in p.suggestions(doc)]
    assert p.suggestion(place.id).rejected
    p.reject_suggestion(place.id, rejected=False)  # the undo of a rejection
    assert place.id in [s.id for s in p.suggestions(doc)]


def test_accepting_makes_a_normal_span_with_its_origin_and_undo_makes_it_pending(project):
    p, doc = project
    p.add_suggestions(doc, suggest(TEXT))
    stat = _one(p, doc, "statistic")
    span, links = p.accept_suggestion(stat.id, _label(p, "location"))  # another label
    assert (span.start, span.end, span.label, links) == (stat.start, stat.end, "location", [])
    assert p.spans(doc) == [span]
    assert stat.id not in [s.id for s in p.suggestions(doc)]
    assert p.suggestion_origin(span.id).source == "statistic.digits"
    with sqlite3.connect(p.path) as conn:
        (meta,) = conn.execute("SELECT meta FROM spans WHERE id = ?", (span.id,)).fetchone()
    assert json.loads(meta)["origin"] == {
        "suggestion": stat.id,
        "source": "statistic.digits",
        "score": stat.score,
        "label": "statistic",
    }
    assert p.document_status(doc) == "in_progress"
    p.delete_span(span.id, document_status="new")  # the undo
    assert stat.id in [s.id for s in p.suggestions(doc)]
    again, _ = p.accept_suggestion(stat.id, _label(p, "location"), span_id=span.id)  # redo
    assert again.id == span.id and p.suggestion_origin(span.id).id == stat.id


def test_accepting_the_speaker_then_its_claim_links_them_said_claim_to_speaker(project):
    p, doc = project
    p.add_suggestions(doc, suggest(TEXT))
    speaker, claim = _one(p, doc, "speaker"), _one(p, doc, "claim")
    speaker_span, none = p.accept_suggestion(speaker.id, _label(p, "speaker"))
    assert none == []  # its claim is not a span yet
    claim_span, (said,) = p.accept_suggestion(claim.id, _label(p, "claim"))
    assert (said.from_span, said.to_span, said.type) == (claim_span.id, speaker_span.id, "said")
    assert p.relations(doc) == [said]
    # Undo of the claim's accept: the span and its link go, the suggestion is pending again.
    gone, relations = p.delete_span_and_relations(claim_span.id)
    assert relations == [said] and p.relations(doc) == []
    assert claim.id in [s.id for s in p.suggestions(doc)]
    # Redo: the span and the link come back with their ids.
    back, made = p.accept_suggestion(
        claim.id, _label(p, "claim"), span_id=gone.id, relations=relations
    )
    assert back.id == claim_span.id and made == [said] and p.relations(doc) == [said]


def test_accepting_the_claim_first_links_it_when_its_speaker_is_accepted(project):
    p, doc = project
    p.add_suggestions(doc, suggest(TEXT))
    speaker, claim = _one(p, doc, "speaker"), _one(p, doc, "claim")
    claim_span, none = p.accept_suggestion(claim.id, _label(p, "claim"))
    assert none == []
    speaker_span, (said,) = p.accept_suggestion(speaker.id, _label(p, "speaker"))
    assert (said.from_span, said.to_span) == (claim_span.id, speaker_span.id)


def test_a_speaker_tagged_by_hand_on_the_same_words_is_linked_too(project):
    p, doc = project
    p.add_suggestions(doc, suggest(TEXT))
    speaker, claim = _one(p, doc, "speaker"), _one(p, doc, "claim")
    by_hand = p.add_span(doc, speaker.start, speaker.end, _label(p, "speaker"))
    claim_span, (said,) = p.accept_suggestion(claim.id, _label(p, "claim"))
    assert (said.from_span, said.to_span) == (claim_span.id, by_hand.id)


def test_no_link_when_the_speaker_was_rejected_or_the_claim_taken_under_another_label(project):
    p, doc = project
    p.add_suggestions(doc, suggest(TEXT))
    speaker, claim = _one(p, doc, "speaker"), _one(p, doc, "claim")
    p.reject_suggestion(speaker.id)
    p.add_span(doc, speaker.start, speaker.end, _label(p, "speaker"))  # then tagged anyway
    assert p.accept_suggestion(claim.id, _label(p, "claim"))[1] == []
    p.reject_suggestion(speaker.id, rejected=False)
    p2_span, _ = p.accept_suggestion(_one(p, doc, "statistic").id, _label(p, "statistic"))
    assert p.relations(doc) == [] and p2_span.label == "statistic"


def test_a_claim_accepted_under_another_label_is_not_linked(project):
    p, doc = project
    p.add_suggestions(doc, suggest(TEXT))
    speaker, claim = _one(p, doc, "speaker"), _one(p, doc, "claim")
    p.accept_suggestion(speaker.id, _label(p, "speaker"))
    span, made = p.accept_suggestion(claim.id, _label(p, "location"))
    assert span.label == "location" and made == [] and p.relations(doc) == []


def test_suggestions_are_never_exported_unless_accepted(project):
    p, doc = project
    p.add_suggestions(doc, suggest(TEXT))
    out = io.BytesIO()
    export(p, out, "native")
    assert json.loads(out.getvalue())["spans"] == []
    p.accept_suggestion(_one(p, doc, "statistic").id, _label(p, "statistic"))
    out = io.BytesIO()
    export(p, out, "native")
    assert [s["text"] for s in json.loads(out.getvalue())["spans"]] == ["3 طائرات"]


def test_ranges_that_do_not_fit_the_text_are_left_out(project):
    p, doc = project
    bad = [
        Suggestion(0, 999, "claim", "import:x", 0.5),
        Suggestion(5, 5, "claim", "import:x", 0.5),
        Suggestion(-1, 3, "claim", "import:x", None),
        Suggestion(0, 4, "speaker", "import:x", "high"),  # a score that is no number
    ]
    assert p.add_suggestions(doc, bad) == 1
    (kept,) = p.suggestions(doc)
    assert (kept.start, kept.end, kept.score) == (0, 4, None)


def test_rows_a_hostile_file_holds_are_not_shown(project):
    p, doc = project
    with sqlite3.connect(p.path) as conn:  # no version writes these
        conn.execute(
            "INSERT INTO suggestions (document_id, start, end, label, source, created_at) "
            "VALUES (?, 0, 5000, 'claim', 'x', ''), (?, 0.5, 'four', 'claim', 'x', '')",
            (doc, doc),
        )
    assert p.suggestions(doc) == []


def test_label_all_occurrences_reads_every_location_tagged_in_the_project(project):
    p, doc = project
    start = TEXT.index("الرياض")
    p.add_span(doc, start, start + 6, _label(p, "location"))
    text = "وصلت القافلة إلى الفوارة ثم عادت."
    other = _doc(p, text)
    p.add_span(other, text.index("الفوارة"), text.index("الفوارة") + 7, _label(p, "location"))
    assert p.tagged_texts("location") == ["الرياض", "الفوارة"]


@pytest.mark.parametrize(
    "name, version", [("schema2_release.annot", 2), ("schema5_release.annot", 5)]
)
def test_a_project_of_an_earlier_release_is_upgraded_with_its_spans_kept(tmp_path, name, version):
    path = tmp_path / "old.annot"
    shutil.copy(DATA / name, path)
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == version
    with Project.open(path) as p:
        (info,) = p.documents()
        before = [(s.label, s.start, s.end) for s in p.spans(info.id)]
        assert [label for label, _, _ in before] == ["speaker", "claim", "statistic"]
        assert p.check() == []
        text = p.document(info.id).text
        assert p.add_suggestions(info.id, suggest(text)) > 0
        assert p.suggestions(info.id)
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == VERSION == 7
    assert (tmp_path / f"old.annot.schema{version}.bak").exists()
    with Project.open(path, readonly=True) as p:
        assert [(s.label, s.start, s.end) for s in p.spans(info.id)] == before


def test_deleting_an_accepted_span_rejects_its_suggestion_and_undo_takes_both_back(project):
    p, doc = project
    p.add_suggestions(doc, suggest(TEXT))
    speaker, claim = _one(p, doc, "speaker"), _one(p, doc, "claim")
    p.accept_suggestion(speaker.id, _label(p, "speaker"))
    span, (said,) = p.accept_suggestion(claim.id, _label(p, "claim"))
    gone, relations, origin = p.delete_span_rejecting_origin(span.id)  # the analyst's Delete
    assert origin == claim.id and relations == [said] and p.relations(doc) == []
    assert p.suggestion(claim.id).rejected  # it does not come back when the rules run again
    assert p.add_suggestions(doc, suggest(TEXT)) == 0
    assert claim.id not in [s.id for s in p.suggestions(doc)]
    p.restore_span(gone, relations)  # the undo
    p.restore_origin(origin, gone.id)
    again = p.suggestion(claim.id)
    assert (again.rejected, again.span_id) == (False, span.id) and p.relations(doc) == [said]
    assert p.suggestion_origin(span.id).id == claim.id
    # A span tagged by hand has no origin: nothing is rejected.
    hand = p.add_span(doc, 0, 4, _label(p, "statistic"))
    assert p.delete_span_rejecting_origin(hand.id)[2] is None


def test_a_file_linking_suggestions_across_documents_gets_no_cross_document_link(project):
    p, doc = project
    other = _doc(p, TEXT + " ")  # the same article twice, as two documents
    p.add_suggestions(doc, suggest(TEXT))
    p.add_suggestions(other, suggest(TEXT + " "))
    speaker_there = _one(p, other, "speaker")
    p.accept_suggestion(speaker_there.id, _label(p, "speaker"))
    claim = _one(p, doc, "claim")
    with sqlite3.connect(p.path) as conn:  # no version writes this
        conn.execute(
            "UPDATE suggestions SET link_id = ? WHERE id = ?", (speaker_there.id, claim.id)
        )
    span, made = p.accept_suggestion(claim.id, _label(p, "claim"))
    assert made == [] and p.relations(doc) == [] and p.relations(other) == []
