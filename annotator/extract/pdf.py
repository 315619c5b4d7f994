"""PDFs: the text layer's glyphs, put back into lines, logical order and real letters.

pdfminer.six (MIT, maintained) reads the PDF and reports every glyph with its position and
its Unicode text. Its own layout analysis puts numbers, Latin words and brackets of an Arabic
line in boxes of their own, out of place; so lines are rebuilt here from the glyphs'
baselines, sorted left to right into visual order and turned back into logical order
(``pdf_lines``: the bidi algorithm's reordering undone, brackets mirrored back, marks put on
their letters), and Arabic presentation forms are turned into letters (NFKC). Glyphs
without a Unicode mapping (Noto Naskh's lam-alef, for one) cannot be read: they become
U+FFFD and a warning, never a guess.
A PDF without a text layer (scanned pages) is refused: OCR is needed.
"""

from __future__ import annotations

import io
import re

from ..errors import ArticleError
from ..text import TextWarning, repair_presentation_forms
from . import LAYOUT, UNMAPPED_GLYPHS, Extraction, LeftOut, library_version
from .pdf_lines import (
    UNMAPPED,
    Line,
    baseline_lines,
    glyph_units,
    logical_line,
    page_text,
    strong_direction,
)

MAX_PAGES = 500
#: Refused when more than this share of the words hold an unmapped glyph.
UNREADABLE_SHARE = 0.25


def _info(document) -> dict[str, str]:
    from pdfminer.pdftypes import resolve1
    from pdfminer.utils import decode_text

    meta: dict[str, str] = {}
    for info in document.info[:1]:
        for key, field_name in (("Title", "title"), ("Author", "author"), ("CreationDate", "date")):
            value = resolve1(info.get(key))
            if isinstance(value, bytes):
                value = decode_text(value)
            if not isinstance(value, str) or not value.strip():
                continue
            value = value.strip()
            date = re.match(r"D:(\d{4})(\d{2})(\d{2})", value)
            meta[field_name] = "-".join(date.groups()) if date and key == "CreationDate" else value
    return meta


def extract(data: bytes, name: str) -> Extraction:
    from pdfminer.converter import PDFPageAggregator
    from pdfminer.layout import LTChar, LTContainer, LTImage
    from pdfminer.pdfdocument import PDFDocument, PDFPasswordIncorrect
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser

    if not data.lstrip()[:1024].count(b"%PDF-"):
        raise ArticleError(f"{name}: not a PDF file")
    try:
        document = PDFDocument(PDFParser(io.BytesIO(data)))
        pages = list(PDFPage.create_pages(document))
    except PDFPasswordIncorrect:
        raise ArticleError(f"{name}: the PDF is protected by a password") from None
    except Exception as e:  # noqa: BLE001 - pdfminer raises many kinds on a damaged file
        raise ArticleError(f"{name}: not a readable PDF ({type(e).__name__})") from None
    if len(pages) > MAX_PAGES:
        raise ArticleError(f"{name}: {len(pages)} pages: too long for an article")
    got = Extraction(
        text="",
        source_format="pdf",
        library="pdfminer.six",
        library_version=library_version("pdfminer.six"),
        sha256="",
    )
    try:
        got.meta = _info(document)
    except Exception:  # noqa: BLE001 - damaged metadata is no reason to refuse the text
        got.meta = {}
    resources = PDFResourceManager()
    device = PDFPageAggregator(resources, laparams=None)
    interpreter = PDFPageInterpreter(resources, device)
    page_lines: list[list[Line]] = []
    unmapped = rotated = images = 0
    textless: list[int] = []
    for number, page in enumerate(pages, 1):
        chars, page_images = [], 0
        try:
            interpreter.process_page(page)
            stack = [device.get_result()]
            while stack:
                for item in stack.pop():
                    if isinstance(item, LTChar):
                        chars.append(item)
                    elif isinstance(item, LTImage):
                        page_images += 1
                    elif isinstance(item, LTContainer):
                        stack.append(item)
        except Exception as e:  # noqa: BLE001
            raise ArticleError(
                f"{name}: page {number} cannot be read ({type(e).__name__})"
            ) from None
        upright = [c for c in chars if c.upright]
        rotated += len(chars) - len(upright)
        units, missing = glyph_units(upright)
        unmapped += missing
        images += page_images
        if not units and page_images:
            textless.append(number)
        page_lines.append(baseline_lines(units))
    if not any(page_lines):
        if images:
            raise ArticleError(
                f"{name}: the PDF has no text layer (scanned pages): OCR is needed to read it, "
                "and this app does not do OCR"
            )
        raise ArticleError(f"{name}: the PDF holds no text")
    letters = [
        strong_direction(u.text) for lines in page_lines for line in lines for u in line.units
    ]
    default_rtl = letters.count("R") >= letters.count("L")
    columns = total = 0
    for lines in page_lines:
        for line in lines:
            line.text, wide = logical_line(line, default_rtl)
            columns += wide
            total += 1
    got.text = repair_presentation_forms("\n".join(page_text(lines) for lines in page_lines))
    words = got.text.split()
    broken = sum(1 for w in words if UNMAPPED in w)
    if broken > UNREADABLE_SHARE * len(words):
        raise ArticleError(
            f"{name}: {broken} of its {len(words)} words are drawn with glyphs that have no "
            "Unicode mapping in the PDF: the text cannot be recovered reliably (ask for the "
            "source document, or use OCR)"
        )
    _warn(got, unmapped, rotated, textless, columns / max(total, 1))
    got.left_out += [LeftOut("images") for _ in range(images)]
    return got


def _warn(got: Extraction, unmapped: int, rotated: int, textless: list[int], columns: float):
    if unmapped:
        words = sum(1 for w in got.text.split() if UNMAPPED in w)
        got.warnings.append(
            TextWarning(
                UNMAPPED_GLYPHS,
                f"{unmapped} glyphs in the PDF have no Unicode mapping (often a font's lam-alef "
                f"ligature): they show as {UNMAPPED} in {words} words; check those words "
                "against the PDF",
            )
        )
    if rotated:
        got.left_out.append(LeftOut("rotated or vertical text (characters)", ""))
    if textless:
        shown = ", ".join(map(str, textless[:10])) + (" …" if len(textless) > 10 else "")
        got.warnings.append(
            TextWarning(LAYOUT, f"pages {shown} have no text layer (scanned?): OCR is needed")
        )
    if columns > 0.2:
        got.warnings.append(
            TextWarning(
                LAYOUT,
                "the pages seem to be laid out in columns: side-by-side lines were joined; "
                "check the reading order",
            )
        )
