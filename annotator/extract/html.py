"""Saved web pages: the article's text without the page around it (trafilatura).

trafilatura (Apache-2.0, maintained, built for news pages) scores the page's blocks and keeps
the article's paragraphs, one per line; its title, author, date and URL go into ``meta``.
``whole_page`` keeps every visible line instead. The bytes are decoded here (BOM, then the
declared charset, then UTF-8, then a guess) so that a page saved as Windows-1256 reads right.
"""

from __future__ import annotations

import codecs
import re

from ..errors import ArticleError
from ..text import TextWarning
from . import LAYOUT, Extraction, LeftOut, library_version

#: Elements whose text is never shown.
_INVISIBLE = {"script", "style", "noscript", "template", "head", "svg", "iframe", "object"}
#: Elements that start a new line.
_BLOCKS = {
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption",
    "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li",
    "main", "nav", "ol", "p", "pre", "section", "table", "tr", "ul", "caption", "summary",
    "details", "body",
}  # fmt: skip
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
PAGE_TEXT = "lines of navigation, links, comments and other page text"


def decode_page(data: bytes, name: str) -> tuple[str, str]:
    """The page as text, and the encoding that read it."""
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return data.decode(encoding, errors="replace"), encoding
    declared = _CHARSET.search(data[:8192])
    if declared:
        encoding = declared.group(1).decode("ascii").lower()
        try:
            codec = codecs.lookup(encoding).name
            # Pages declare "windows-1256" and mean it; "iso-8859-1" often means cp1252.
            codec = {"iso8859-1": "cp1252", "latin-1": "cp1252"}.get(codec, codec)
            return data.decode(codec), codec
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong declaration: guess below
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is None:
        raise ArticleError(f"{name}: not a web page (its bytes do not read as text)")
    return data.decode(best.encoding, errors="replace"), best.encoding


def visible_lines(tree) -> list[str]:
    """Every line of text a browser would show, blocks on their own lines."""
    lines: list[str] = []
    current: list[str] = []

    def flush() -> None:
        line = " ".join("".join(current).split())
        if line:
            lines.append(line)
        current.clear()

    def walk(element) -> None:
        tag = element.tag if isinstance(element.tag, str) else ""
        tag = tag.rsplit("}", 1)[-1].lower()
        hidden = tag in _INVISIBLE or not isinstance(element.tag, str)
        hidden = hidden or element.get("hidden") is not None
        hidden = hidden or bool(_HIDDEN_STYLE.search(element.get("style") or ""))
        if not hidden:
            if tag in _BLOCKS:
                flush()
            if element.text:
                current.append(element.text)
            for child in element:
                walk(child)
                if child.tail:
                    current.append(child.tail)
            if tag in ("td", "th"):
                current.append(" ")
            elif tag in _BLOCKS:
                flush()

    body = tree.find(".//body")
    walk(body if body is not None else tree)
    flush()
    return lines


def extract(data: bytes, name: str, *, whole_page: bool = False) -> Extraction:
    import lxml.html
    import trafilatura

    text, encoding = decode_page(data, name)
    try:
        tree = lxml.html.document_fromstring(text.encode("utf-8"), lxml.html.HTMLParser(
            encoding="utf-8", no_network=True, huge_tree=False
        ))  # fmt: skip
    except Exception as e:  # noqa: BLE001 - lxml raises several kinds on garbage
        raise ArticleError(f"{name}: not a readable web page ({e})") from None
    page = visible_lines(tree)
    got = Extraction(
        text="",
        source_format="html",
        library="trafilatura",
        library_version=library_version("trafilatura"),
        sha256="",
        encoding=encoding,
    )
    article = None
    try:
        article = trafilatura.bare_extraction(
            text,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            include_images=False,
            deduplicate=False,
        )
    except Exception:  # noqa: BLE001 - a page trafilatura cannot score: keep the whole page
        article = None
    if article is not None:
        for key in ("title", "author", "date", "url", "sitename"):
            value = getattr(article, key, None)
            if isinstance(value, str) and value.strip():
                got.meta[key] = value.strip()
    got.whole_page_text = "\n".join(page)
    if whole_page:
        got.text = got.whole_page_text
        return got
    body = (article.text or "") if article is not None else ""
    if not body.strip():
        got.text = "\n".join(page)
        got.warnings.append(
            TextWarning(LAYOUT, "no article found in the page: its whole visible text was kept")
        )
        return got
    got.text = "\n".join(" ".join(line.split()) for line in body.split("\n") if line.strip())
    kept = " ".join(got.text.split())
    got.left_out = [LeftOut(PAGE_TEXT, line) for line in page if line not in kept]
    return got
