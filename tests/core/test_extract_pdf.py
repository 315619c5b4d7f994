"""PDFs written by Qt's QPdfWriter from a known Arabic article come back as that article:
logical order, real letters, numbers, Latin words and brackets in place."""

from __future__ import annotations

import re
import unicodedata

import pytest

from annotator import Project
from annotator.errors import ArticleError
from annotator.extract import UNMAPPED_GLYPHS, extract_file
from annotator.importer import import_paths
from annotator.text import repair_presentation_forms
from tests import extract_inputs as inputs

#: Fonts whose every glyph Qt maps back to Unicode in the PDF.
MAPPED_FONTS = ["Noto Sans Arabic", "DejaVu Sans"]


@pytest.fixture(scope="session")
def pdfs(tmp_path_factory) -> dict[str, object]:
    folder = tmp_path_factory.mktemp("pdfs")
    made = {
        font: inputs.write_pdf(folder / f"{font.replace(' ', '_')}.pdf", font)
        for font in [*MAPPED_FONTS, "Noto Naskh Arabic", "Noto Kufi Arabic"]
    }
    made["scanned"] = inputs.write_scanned_pdf(folder / "scanned.pdf")
    made["hard"] = inputs.write_pdf(folder / "hard.pdf", "Noto Sans Arabic", HARD)
    return made


#: Numbers the bidi algorithm splits (5+1 is drawn 1+5 after Arabic letters), times and
#: brackets, harakat on ligatures (لّى, لًا against لاً, ﱠ drawn as one glyph).
HARD = (
    "إيران ومجموعة (5+1) في 8-8-1988، قرابة الساعة 04:00 (01:00 تغ) وبنسبة 25%.\n"
    "عرفات تولّى الأمر، إلّا أنّ مجسَّتها منزلًا قائلاً: «الـ5 + 1» وReuters 2024."
)


@pytest.mark.parametrize("font", MAPPED_FONTS)
def test_pdf_text_comes_back_word_for_word_in_logical_order(pdfs, font):
    got = extract_file(pdfs[font])
    assert got.text.split() == inputs.article_text().split()
    assert not re.search("[\ufb50-\ufdff\ufe70-\ufeff]", got.text)  # letters, not forms
    # The title and the short last line of a paragraph end their paragraphs.
    assert got.text.startswith(inputs.TITLE + "\n")
    assert "مليون منشأة.\nونقلت" in got.text
    assert got.warnings == []
    assert got.source_format == "pdf" and got.library == "pdfminer.six"
    assert got.meta["title"] == inputs.TITLE


def test_split_numbers_and_marks_on_ligatures_come_back_in_logical_order(pdfs):
    got = extract_file(pdfs["hard"])
    # Marks stored in canonical order (fatha before shadda) are the same text.
    nfc = unicodedata.normalize
    assert nfc("NFC", got.text).split() == nfc("NFC", HARD).split()


def test_repairing_a_spacing_mark_form_after_a_letter_keeps_the_word_whole():
    assert repair_presentation_forms("ﻣﺠﺴﱠﺘﻬﺎ") == "مجسَّتها"
    assert repair_presentation_forms("قال ﹰ") == "قال  ً"  # alone, the space stays


def test_naskh_lam_alef_without_a_mapping_is_marked_and_warned_not_guessed(pdfs):
    got = extract_file(pdfs["Noto Naskh Arabic"])
    expected = inputs.article_text().split()
    words = got.text.split()
    assert len(words) == len(expected)
    marked = 0
    for word, want in zip(words, expected, strict=True):
        if word != want:
            # Only the lam-alef ligature is missing, and it is marked where it was.
            assert word == re.sub("ل[اأإآ]", "\ufffd", want), (word, want)
            marked += 1
    assert marked > 0
    [warning] = got.warnings
    assert warning.kind == UNMAPPED_GLYPHS and f"in {marked} words" in warning


def test_a_pdf_in_a_font_with_few_mapped_glyphs_is_refused_not_garbled(pdfs):
    with pytest.raises(ArticleError, match="cannot be recovered reliably"):
        extract_file(pdfs["Noto Kufi Arabic"])


def test_a_scanned_pdf_without_a_text_layer_says_ocr_is_needed(pdfs):
    with pytest.raises(ArticleError, match="no text layer.*OCR is needed"):
        extract_file(pdfs["scanned"])


def test_damaged_and_fake_pdfs_are_refused_with_a_reason(pdfs, tmp_path):
    fake = tmp_path / "fake.pdf"
    fake.write_text("قال الوزير", encoding="utf-8")
    with pytest.raises(ArticleError, match="not a PDF"):
        extract_file(fake)
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(pdfs["DejaVu Sans"].read_bytes()[:600])
    with pytest.raises(ArticleError, match="cut.pdf"):
        extract_file(cut)


def test_imported_pdf_records_format_library_and_offsets_into_the_canonical_text(pdfs, tmp_path):
    with Project.create(tmp_path / "p.annot") as project:
        result = import_paths(project, [pdfs["Noto Sans Arabic"]])
        doc = project.document(result.added[0])
        assert doc.meta["source_format"] == "pdf"
        assert doc.meta["extractor"] == "pdfminer.six"
        start = doc.text.index("الجدعان")
        claim = project.label_by_name("claim").id
        project.add_span(doc.id, start, start + 7, claim)
        assert doc.text[start : start + 7] == "الجدعان"
        assert result.extracted[0][1].startswith("PDF read with pdfminer.six")
