"""Word documents (.docx): paragraphs and tables in order, read with python-docx.

python-docx (MIT, maintained) opens the package and parses its XML without resolving
entities. The body is walked here rather than through ``Paragraph.text`` so that text inside
tracked insertions, content controls and hyperlinks is kept in order, and text boxes are not
read twice (Word stores them with a fallback copy). Right-to-left runs are stored in logical
order: they are kept as they are. Tables become one line per row, cells separated by a tab.
Footnotes, endnotes, comments, headers, footers and text boxes are left out and listed.
"""

from __future__ import annotations

import io
import zipfile

from ..errors import ArticleError
from . import Extraction, LeftOut, library_version

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
#: A .docx whose parts would unpack to more than this is refused (a "zip bomb").
MAX_UNPACKED_BYTES = 256 * 2**20

_SKIPPED = {W + "del", W + "txbxContent", W + "instrText", W + "delText", MC_FALLBACK}


def _text(element) -> str:
    """The text of a paragraph (or anything holding runs), in document order."""
    out: list[str] = []

    def walk(node) -> None:
        for child in node:
            tag = child.tag
            if tag in _SKIPPED:
                continue
            if tag == W + "t":
                out.append(child.text or "")
            elif tag == W + "tab":
                out.append("\t")
            elif tag in (W + "br", W + "cr"):
                out.append("\n")
            elif tag == W + "noBreakHyphen":
                out.append("-")
            else:
                walk(child)

    walk(element)
    return "".join(out)


def _blocks(container, lines: list[str]) -> None:
    """Paragraphs as lines, tables as one line per row, content controls opened."""
    for child in container:
        if child.tag == W + "p":
            lines.append(_text(child))
        elif child.tag == W + "tbl":
            for row in child.iter(W + "tr"):
                if row.getparent() is not child:
                    continue  # a nested table's rows are read with their cell
                cells = []
                for cell in row.findall(W + "tc"):
                    inner: list[str] = []
                    _blocks(cell, inner)
                    cells.append(" ".join(x.strip() for x in inner if x.strip()))
                lines.append("\t".join(cells).rstrip("\t"))
        elif child.tag == W + "sdt":
            content = child.find(W + "sdtContent")
            if content is not None:
                _blocks(content, lines)


def _check_package(data: bytes, name: str) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            unpacked = sum(info.file_size for info in package.infolist())
    except (zipfile.BadZipFile, OSError, ValueError):
        raise ArticleError(f"{name}: not a Word document (.docx is a zip package)") from None
    if unpacked > MAX_UNPACKED_BYTES:
        raise ArticleError(
            f"{name}: its parts would unpack to {unpacked / 2**20:.0f} MB: refused as unsafe"
        )


def _notes(part, tag: str) -> list[str]:
    """Texts of the footnotes, endnotes or comments held in a part (separators left out)."""
    from docx.oxml import parse_xml

    root = parse_xml(part.blob)
    found = []
    for note in root.iter(tag):
        if note.get(W + "type") in ("separator", "continuationSeparator", "continuationNotice"):
            continue
        lines: list[str] = []
        _blocks(note, lines)
        found.append("\n".join(lines).strip())
    return found


def extract(data: bytes, name: str) -> Extraction:
    _check_package(data, name)
    import docx
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as e:  # noqa: BLE001 - python-docx raises many kinds on a bad package
        raise ArticleError(f"{name}: not a readable Word document ({type(e).__name__})") from None
    got = Extraction(
        text="",
        source_format="docx",
        library="python-docx",
        library_version=library_version("python-docx"),
        sha256="",
    )
    body = document.element.body
    lines: list[str] = []
    _blocks(body, lines)
    got.text = "\n".join(line.strip(" ") for line in lines)
    props = document.core_properties
    for key, value in (("title", props.title), ("author", props.author)):
        if value and value.strip():
            got.meta[key] = value.strip()
    if props.created is not None:
        got.meta["date"] = props.created.isoformat()
    kinds = {
        RT.FOOTNOTES: ("footnotes", W + "footnote"),
        RT.ENDNOTES: ("endnotes", W + "endnote"),
        RT.COMMENTS: ("comments", W + "comment"),
    }
    headers = []
    try:
        for rel in document.part.rels.values():
            if rel.is_external:
                continue
            if rel.reltype in kinds:
                what, tag = kinds[rel.reltype]
                got.left_out += [LeftOut(what, t) for t in _notes(rel.target_part, tag)]
            elif rel.reltype in (RT.HEADER, RT.FOOTER):
                text = "\n".join(_notes(rel.target_part, W + ("hdr" if "header" in rel.reltype
                                                                else "ftr")))  # fmt: skip
                if text.strip():
                    headers.append(LeftOut("page headers and footers", text))
    except Exception as e:  # noqa: BLE001 - a damaged part: the body is still good
        raise ArticleError(f"{name}: a part of the document is damaged ({e})") from None
    got.left_out += headers
    for box in body.iter(W + "txbxContent"):
        if any(a.tag == MC_FALLBACK for a in box.iterancestors()):
            continue
        box_lines: list[str] = []
        _blocks(box, box_lines)
        got.left_out.append(LeftOut("text boxes", "\n".join(box_lines).strip()))
    pictures = sum(
        1 for d in body.iter(W + "drawing") if next(d.iter(W + "txbxContent"), None) is None
    )
    got.left_out += [LeftOut("images and drawings") for _ in range(pictures)]
    return got
