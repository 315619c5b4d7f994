"""``read_text``: a document's text read a piece at a time (for the thread that prepares a
very long article), byte for byte what ``document()`` reads."""

from __future__ import annotations

import contextlib

import pytest

from annotator.errors import DocumentError
from annotator.store import documents
from tests.core.conftest import add_text

# Two-, three- and four-byte characters, so that pieces end inside a character.
TEXT = "قال الوزير 😀 إن «النمو» بلغ ٣٪\nسطر ثانٍ 𝔸 ∑ " * 50


def test_read_text_in_pieces_gives_the_stored_text(project, monkeypatch):
    monkeypatch.setattr(documents, "_TEXT_PIECE", 7)
    doc = add_text(project, TEXT)
    project._texts.clear()
    assert project.read_text(doc) == TEXT == project.document(doc).text


def test_read_text_of_a_missing_document_says_so(project):
    with pytest.raises(DocumentError):
        project.read_text(404)


def test_a_row_rewritten_while_it_is_read_still_gives_its_text(project, monkeypatch):
    """A status change rewrites the document's row: the open blob expires, and the text is
    then read whole, not cut short."""
    monkeypatch.setattr(documents, "_TEXT_PIECE", 64)
    doc = add_text(project, TEXT)
    project._texts.clear()
    reads = 0
    real_read = project._read

    @contextlib.contextmanager
    def read_then_write():
        nonlocal reads
        reads += 1
        if reads == 3:  # between two pieces, another thread tags: the row is rewritten
            project.set_status(doc, "done")
        with real_read() as conn:
            yield conn

    monkeypatch.setattr(project, "_read", read_then_write)
    assert project.read_text(doc) == TEXT
    assert reads > 3


def test_reading_text_yields_between_pieces_and_returns_the_text(project, monkeypatch):
    """The window's thread reads a very long article a piece at a time, handling events in
    between: the reader yields after each piece and returns the whole text, which is kept."""
    monkeypatch.setattr(documents, "_TEXT_PIECE", 64)
    doc = add_text(project, TEXT)
    project._texts.clear()
    steps, yields = project.reading_text(doc), 0
    while True:
        try:
            next(steps)
        except StopIteration as done:
            text = done.value
            break
        yields += 1
    assert text == TEXT and yields >= len(TEXT.encode("utf-8")) // 64
    assert project._texts[doc] is text  # a first tag checks offsets without reading again
