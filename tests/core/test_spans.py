"""Spans: code-point offsets, end exclusive, never inside a grapheme cluster; nesting allowed."""

from __future__ import annotations

import pytest

from annotator import DocumentError, LabelError, SpanError, snap_to_graphemes
from annotator.text import grapheme_boundaries, is_grapheme_boundary

from .conftest import add_text

FAMILY = "\U0001f468\u200d\U0001f469\u200d\U0001f467"  # man ZWJ woman ZWJ girl
FLAG = "\U0001f1f8\U0001f1e6"  # Saudi Arabia
THUMBS_DARK = "\U0001f44d\U0001f3ff"  # thumbs up, dark skin tone
KATABA = "كَتَبَ"  # three letters, each with a fatha


def test_offsets_are_code_points_end_exclusive(project):
    text = f"{FAMILY} قال {FLAG} الوزير"
    doc = add_text(project, text)
    start = text.index("قال")
    span = project.add_span(doc, start, start + 3, project.labels()[0].id)
    assert (span.start, span.end) == (6, 9)  # the family emoji is 5 code points (8 UTF-16 units)
    assert project.document(doc).text[span.start : span.end] == "قال"


CUTS = {
    "letter-from-its-harakat": (f"قال {KATABA} الخبر", 5),
    "inside-emoji-zwj-sequence": (f"انظر {FAMILY} هنا", 7),
    "between-flag-halves": (f"علم {FLAG} السعودية", 5),
    "skin-tone-from-its-emoji": (f"أحسنت {THUMBS_DARK} جدا", 7),
    "letter-from-its-shadda": ("شدّة قوية", 2),
}


@pytest.mark.parametrize("kind", list(CUTS))
@pytest.mark.parametrize("offset", [0, 100, 1000], ids=["near-start", "past-100", "past-1000"])
def test_add_span_refuses_to_cut_a_grapheme_cluster(project, kind, offset):
    text, cut = CUTS[kind]
    text = "و" * offset + text  # the same cut far into a long text
    cut += offset
    doc = add_text(project, text)
    label = project.labels()[0].id
    assert not is_grapheme_boundary(text, cut)
    with pytest.raises(SpanError, match="cuts"):
        project.add_span(doc, offset, cut, label)
    with pytest.raises(SpanError, match="cuts"):
        project.add_span(doc, cut, len(text), label)
    assert project.spans(doc) == []
    start, end = snap_to_graphemes(text, cut, cut + 1)
    assert start < cut < end
    bounds = grapheme_boundaries(text)
    assert start in bounds and end in bounds
    project.add_span(doc, start, end, label)  # the snapped range is accepted


def test_snap_to_graphemes_widens_outward_to_whole_clusters():
    text = f"x{KATABA}y"
    assert snap_to_graphemes(text, 2, 4) == (1, 5)  # from after ك to inside تَ → كَتَ
    assert snap_to_graphemes(text, 1, 7) == (1, 7)  # already whole: unchanged
    assert snap_to_graphemes(f"a{FAMILY}b", 2, 3) == (1, 6)
    assert snap_to_graphemes(f"a{FLAG}{FLAG}b", 2, 4) == (1, 5)


def test_flags_pair_up_correctly_far_into_a_run_of_flags():
    text = "علم " + FLAG * 60
    for i in range(4, len(text) + 1):
        assert is_grapheme_boundary(text, i) == ((i - 4) % 2 == 0), i


def test_spans_may_nest_and_overlap(project):
    text = "قال الوزير إن النمو في الرياض بلغ ٣٫٥٪ هذا العام"
    doc = add_text(project, text)
    ids = {lab.name: lab.id for lab in project.labels()}
    claim = project.add_span(doc, text.index("إن"), len(text), ids["claim"])
    stat = project.add_span(doc, text.index("٣٫٥٪"), text.index("٣٫٥٪") + 4, ids["statistic"])
    place = project.add_span(doc, text.index("الرياض"), text.index("الرياض") + 6, ids["location"])
    overlap = project.add_span(doc, 0, text.index("النمو") + 5, ids["speaker"])
    same_range_other_label = project.add_span(doc, stat.start, stat.end, ids["claim"])
    got = {(s.start, s.end, s.label) for s in project.spans(doc)}
    assert got == {
        (s.start, s.end, s.label) for s in (claim, stat, place, overlap, same_range_other_label)
    }


def test_same_range_and_label_twice_is_refused(project):
    doc = add_text(project, "قال الوزير")
    speaker = project.label_by_name("speaker").id
    project.add_span(doc, 4, 10, speaker)
    with pytest.raises(SpanError, match="already tagged 'speaker'"):
        project.add_span(doc, 4, 10, speaker)
    assert len(project.spans(doc)) == 1


@pytest.mark.parametrize(
    "start, end",
    [(-1, 3), (0, 0), (5, 3), (0, 11), (0.0, 3), (True, 3)],
)
def test_bad_ranges_are_refused(project, start, end):
    doc = add_text(project, "قال الوزير")  # 10 code points
    with pytest.raises(SpanError):
        project.add_span(doc, start, end, project.labels()[0].id)
    assert project.spans(doc) == []


def test_unknown_label_or_document_is_refused(project):
    doc = add_text(project, "قال الوزير")
    with pytest.raises(LabelError, match="no label"):
        project.add_span(doc, 0, 3, 999)
    with pytest.raises(DocumentError, match="no document"):
        project.add_span(doc + 1, 0, 3, project.labels()[0].id)
    assert project.spans(doc) == []


def test_exact_prefix_waw_can_be_tagged_with_exact_characters(project):
    text = "والحكومة وَالشعب"
    doc = add_text(project, text)
    label = project.label_by_name("speaker").id
    span = project.add_span(doc, 0, 1, label)
    assert project.document(doc).text[span.start : span.end] == "و"
    # With its fatha, the prefix is two code points: و alone would cut it.
    at = text.index("وَ")
    with pytest.raises(SpanError, match="cuts"):
        project.add_span(doc, at, at + 1, label)
    assert project.add_span(doc, at, at + 2, label).end == at + 2


def test_first_span_moves_a_new_document_to_in_progress(project):
    doc = add_text(project, "قال الوزير")
    assert project.documents()[0].status == "new"
    project.add_span(doc, 0, 3, project.labels()[0].id)
    assert project.documents()[0].status == "in_progress"
    project.set_status(doc, "done")
    project.add_span(doc, 4, 10, project.labels()[0].id)
    assert project.documents()[0].status == "done"


def test_deleted_span_is_restored_with_its_id_and_fields(project):
    doc = add_text(project, "قال الوزير")
    span = project.add_span(doc, 4, 10, project.labels()[0].id)
    project.set_span_note(span.id, "مصدر رسمي")
    removed = project.delete_span(span.id)
    assert project.spans(doc) == []
    restored = project.restore_span(removed)
    assert restored == removed
    assert project.spans(doc) == [removed]
    assert removed.note == "مصدر رسمي"


def test_an_unknown_document_status_is_refused(project):
    doc = add_text(project, "قال الوزير")
    with pytest.raises(DocumentError, match="unknown status"):
        project.set_status(doc, "finished")
    assert project.document_status(doc) == "new"


def test_deleting_with_an_unknown_document_status_is_refused_and_keeps_the_span(project):
    doc = add_text(project, "قال الوزير")
    span = project.add_span(doc, 4, 10, project.labels()[0].id)
    with pytest.raises(DocumentError, match="unknown status"):
        project.delete_span(span.id, document_status="finished")
    assert project.spans(doc) == [span]
    assert project.documents()[0].status == "in_progress"


def test_relabel_into_an_existing_range_and_label_is_refused(project):
    doc = add_text(project, "قال الوزير")
    speaker, claim = project.labels()[0].id, project.labels()[1].id
    project.add_span(doc, 4, 10, speaker)
    other = project.add_span(doc, 4, 10, claim)
    with pytest.raises(SpanError, match="already tagged"):
        project.relabel_span(other.id, speaker)
    assert project.span(other.id).label == "claim"


def test_resizing_a_span_keeps_its_id_label_and_annotator_and_is_committed(project, project_path):
    from annotator import Project

    text = "قال رئيس كازاخستان قاسم جومارت توكاييف"
    doc = add_text(project, text)
    speaker = project.labels()[0]
    span = project.add_span(doc, text.index("جومارت"), len(text), speaker.id)
    start = text.index("قاسم")
    resized = project.resize_span(span.id, start, len(text))
    assert (resized.id, resized.label, resized.annotator) == (span.id, span.label, span.annotator)
    assert (resized.start, resized.end) == (start, len(text))
    with Project.open(project_path, readonly=True) as other:  # in the file already
        (stored,) = other.spans(doc)
    assert (stored.id, stored.start, stored.end) == (span.id, start, len(text))


def test_resizing_refuses_a_cut_letter_an_empty_range_and_a_duplicate(project):
    doc = add_text(project, f"{KATABA} قال")
    label = project.labels()[0]
    span = project.add_span(doc, 0, len(KATABA), label.id)
    project.add_span(doc, 0, len(KATABA) + 4, label.id)
    with pytest.raises(SpanError, match="cuts a character"):
        project.resize_span(span.id, 0, 1)  # between ك and its fatha
    with pytest.raises(SpanError, match="outside the text|empty"):
        project.resize_span(span.id, 2, 2)
    with pytest.raises(SpanError, match="already tagged"):
        project.resize_span(span.id, 0, len(KATABA) + 4)
    assert [(s.start, s.end) for s in project.spans(doc)] == [(0, 10), (0, 6)]
