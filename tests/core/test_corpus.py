"""The real articles of the opt-in corpus (ANNOTATOR_CORPUS): every one imports exactly,
tags export exactly."""

from __future__ import annotations

import io
import json
import random

import pytest

from annotator import Project, SpanError, export, import_paths, snap_to_words
from annotator.text import normalise_newlines
from tests.conftest import CORPUS


@pytest.fixture(scope="module")
def corpus_project(tmp_path_factory, corpus):
    path = tmp_path_factory.mktemp("corpus") / "corpus.annot"
    with Project.create(path) as project:
        result = import_paths(project, [CORPUS])
        yield project, result


def test_every_non_empty_article_becomes_a_document_with_its_text(corpus_project, corpus):
    project, result = corpus_project
    contents = [a["content"] for a in corpus if (a.get("content") or "").strip()]
    distinct = list(dict.fromkeys(normalise_newlines(c) for c in contents))
    assert len(contents) > 1000
    assert project.document_count() == len(result.added) == len(distinct)
    stored = [project.document(d.id).text for d in project.documents()]
    assert stored == distinct
    # Repeated articles are reported, not silently dropped.
    assert len(result.skipped) == len(contents) - len(distinct)


def test_random_word_snapped_spans_over_real_articles_export_exactly(corpus_project):
    project, _ = corpus_project
    rng = random.Random(20150723)
    labels = project.labels()
    docs = rng.sample(project.documents(), 60)
    wanted = {}
    for info in docs:
        text = project.document(info.id).text
        for _ in range(6):
            a = rng.randrange(len(text))
            got = snap_to_words(text, a, min(len(text), a + rng.randrange(1, 40)))
            if got is None:
                continue
            label = rng.choice(labels)
            try:
                project.add_span(info.id, *got, label.id)
            except SpanError as e:  # the same range and label drawn twice
                assert "already tagged" in str(e)
                continue
            wanted.setdefault(info.id, set()).add((label.name, text[got[0] : got[1]]))
    assert sum(map(len, wanted.values())) > 250
    for fmt in ("native", "prodigy", "doccano"):
        out = io.BytesIO()
        export(project, out, fmt)
        seen = {}
        for line in out.getvalue().splitlines():
            rec = json.loads(line)
            doc_id = rec["id"] if "id" in rec else rec["meta"]["id"]
            if fmt == "doccano":
                got = {(lab, rec["text"][a:b]) for a, b, lab in rec["label"]}
            else:
                got = {(s["label"], rec["text"][s["start"] : s["end"]]) for s in rec["spans"]}
                assert all(rec["text"][s["start"] : s["end"]] == s["text"] for s in rec["spans"])
            if got:
                seen[doc_id] = got
        assert seen == wanted, fmt
