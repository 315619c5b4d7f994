"""Before a web page, Word document or PDF is imported: what was read from it, and what
was left out. The analyst imports, keeps a page's whole visible text instead, or cancels.

The extraction runs on the import's pool thread (``annotator.extract.previews``); this
dialog only shows its results.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QFont, QTextOption
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from annotator.extract import Extraction, Preview

from .core_messages import core_message
from .fonts import arabic_font_family
from .plain import plain_label

#: What an extractor leaves out (``LeftOut.what``), named in the interface language.
LEFT_OUT_KINDS = {
    "footnotes": QT_TRANSLATE_NOOP("ImportPreview", "footnotes"),
    "endnotes": QT_TRANSLATE_NOOP("ImportPreview", "endnotes"),
    "comments": QT_TRANSLATE_NOOP("ImportPreview", "comments"),
    "page headers and footers": QT_TRANSLATE_NOOP("ImportPreview", "page headers and footers"),
    "text boxes": QT_TRANSLATE_NOOP("ImportPreview", "text boxes"),
    "images and drawings": QT_TRANSLATE_NOOP("ImportPreview", "images and drawings"),
    "images": QT_TRANSLATE_NOOP("ImportPreview", "images"),
    "rotated or vertical text (characters)": QT_TRANSLATE_NOOP(
        "ImportPreview", "rotated or vertical text (characters)"
    ),
    "lines of navigation, links, comments and other page text": QT_TRANSLATE_NOOP(
        "ImportPreview", "lines of navigation, links, comments and other page text"
    ),
}


def left_out_kind(what: str) -> str:
    """``what`` an extractor left out, translated when it is a kind we know."""
    known = LEFT_OUT_KINDS.get(what)
    return QCoreApplication.translate("ImportPreview", known) if known else what


def _reading_view(parent: QWidget, name: str) -> QPlainTextEdit:
    """A read-only text view laid out right to left, as the article view is."""
    view = QPlainTextEdit(parent)
    view.setObjectName(name)
    view.setReadOnly(True)
    view.setFont(QFont(arabic_font_family(), 13))
    option = view.document().defaultTextOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft)
    option.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    view.document().setDefaultTextOption(option)
    return view


def _isolated(text: str) -> str:
    """Text from a file, shown inside a sentence: a bidi isolate (FSI … PDI)."""
    return "\u2068" + " ".join(text.split()) + "\u2069"


class ImportPreviewDialog(QDialog):
    """Shows each previewed file's text, details, warnings and what was left out.

    ``whole_page()`` tells whether the analyst chose to keep web pages' whole visible text.
    """

    def __init__(self, previews: list[Preview], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("import-preview")
        self.setWindowTitle(self.tr("Preview the import"))
        self.previews = previews
        self.resize(900, 600)
        layout = QVBoxLayout(self)
        readable = sum(1 for p in previews if p.article is not None)
        if readable == 1:
            intro = self.tr("%n file read. Check its text before it is imported:", "", readable)
        else:
            intro = self.tr("%n files read. Check the text before it is imported:", "", readable)
        layout.addWidget(plain_label(intro, self))

        splitter = QSplitter(self)
        self.files = QListWidget(splitter)
        self.files.setObjectName("preview-files")
        for preview in previews:
            item = QListWidgetItem(preview.name)
            item.setToolTip(str(preview.path))
            if preview.error:
                item.setText(self.tr("%1 (cannot be read)").replace("%1", _isolated(preview.name)))
            self.files.addItem(item)
        self.files.setVisible(len(previews) > 1)
        right = QWidget(splitter)
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        self.details = plain_label("", right)
        self.details.setObjectName("preview-details")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.warnings = plain_label("", right)
        self.warnings.setObjectName("preview-warnings")
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("color: #b45309;")
        self.tabs = QTabWidget(right)
        self.text = _reading_view(self.tabs, "preview-text")
        self.left_out = _reading_view(self.tabs, "preview-left-out")
        self.tabs.addTab(self.text, self.tr("Text to import"))
        self.tabs.addTab(self.left_out, self.tr("Left out"))
        column.addWidget(self.details)
        column.addWidget(self.warnings)
        column.addWidget(self.tabs, 1)
        splitter.addWidget(self.files)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([180, 720])
        layout.addWidget(splitter, 1)

        row = QHBoxLayout()
        self.whole = QCheckBox(self.tr("Web pages: keep the whole page, not only the article"))
        self.whole.setObjectName("preview-whole-page")
        self.whole.setVisible(
            any(p.article is not None and p.article.whole_page_text for p in previews)
        )
        self.whole.toggled.connect(lambda _on: self._show(self.files.currentRow()))
        row.addWidget(self.whole)
        row.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setObjectName("preview-import")
        self.import_button.setEnabled(readable > 0)
        self.import_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        row.addWidget(buttons)
        layout.addLayout(row)

        self.files.currentRowChanged.connect(self._show)
        self.files.setCurrentRow(0)

    def whole_page(self) -> bool:
        return self.whole.isChecked()

    def _whole(self, got: Extraction) -> bool:
        return self.whole.isChecked() and bool(got.whole_page_text)

    def _show(self, row: int) -> None:
        if not 0 <= row < len(self.previews):
            return
        preview = self.previews[row]
        got = preview.article
        if got is None:
            self.details.setText(
                self.tr("%1 cannot be imported: %2")
                .replace("%1", _isolated(preview.name))
                .replace("%2", core_message(preview.error or ""))
            )
            self.warnings.setText("")
            self.text.setPlainText("")
            self.left_out.setPlainText("")
            self.tabs.setTabText(1, self.tr("Left out"))
            return
        whole = self._whole(got)
        text = got.whole_page_text if whole else got.text
        words = len(text.split())
        facts = [
            self.tr("%1 read with %2 %3")
            .replace("%1", got.source_format.upper())
            .replace("%2", got.library)
            .replace("%3", got.library_version),
            self.tr("%n word", "", 1) if words == 1 else self.tr("%n words", "", words),
        ]
        names = {
            "title": self.tr("title"),
            "author": self.tr("author"),
            "date": self.tr("date"),
            "url": self.tr("address"),
        }
        # The page's own words are isolated: an Arabic title must not reorder the line.
        facts += [f"{names[k]}: {_isolated(got.meta[k])}" for k in names if got.meta.get(k)]
        if got.encoding:
            facts.append(self.tr("character set: %1").replace("%1", got.encoding))
        self.details.setText(" · ".join(facts))
        self.warnings.setText("\n".join(f"⚠ {core_message(w)}" for w in got.warnings))
        self.warnings.setVisible(bool(got.warnings))
        self.text.setPlainText(text)
        left_out = [] if whole else got.left_out
        self.left_out.setPlainText(
            "\n".join(f"[{left_out_kind(item.what)}] {item.text}".rstrip() for item in left_out)
        )
        self.tabs.setTabText(
            1, self.tr("Left out (%n)", "", len(left_out)) if left_out else self.tr("Left out")
        )
