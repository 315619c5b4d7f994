"""The Arabic interface: the catalogue compiles with the wheel's lrelease, loads with Qt's own
qtbase_ar, mirrors the layout; and no user-visible string escapes translation (a marker
translator wraps every string it is asked for: any text shown without the marker was never
passed through tr)."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QAbstractButton, QApplication, QDockWidget, QLabel, QLineEdit

from tests.ui.app_fixtures import OFFSCREEN_NOISE
from ui import i18n
from ui.name_dialog import NameDialog

pytestmark = OFFSCREEN_NOISE
ROOT = Path(__file__).resolve().parents[2]
MARK = "⟦"


class MarkerTranslator(QTranslator):
    """Marks every string it is asked for, and remembers what it was asked: (context, source)."""

    def __init__(self):
        super().__init__()
        self.asked: set[tuple[str, str]] = set()

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: D102
        if source == "QT_LAYOUT_DIRECTION":
            return None
        self.asked.add((context, source))
        return MARK + source


@pytest.fixture
def marked():
    app = QApplication.instance()
    translator = MarkerTranslator()
    app.installTranslator(translator)
    yield translator
    app.removeTranslator(translator)


def _shown_texts(window) -> list[tuple[str, str]]:
    """(where, text) of every menu, action, dock title, label, button and placeholder."""
    out = []
    for action in window.findChildren(type(window.actions["quit"])):
        if action.text() and not action.isSeparator():
            out.append((f"action {action.objectName()}", action.text()))
    for menu in window.menuBar().actions():
        out.append(("menu", menu.text()))
    for dock in window.findChildren(QDockWidget):
        out.append((f"dock {dock.objectName()}", dock.windowTitle()))
    for label in window.findChildren(QLabel):
        if label.text() and label.objectName() not in ("project-path",):
            out.append((f"label {label.objectName()}", label.text()))
    for button in window.findChildren(QAbstractButton):
        if button.text() and button.text() not in ("▲", "▼", "✕"):
            out.append((f"button {button.objectName()}", button.text()))
    for edit in window.findChildren(QLineEdit):
        if edit.placeholderText():
            out.append((f"field {edit.objectName()}", edit.placeholderText()))
    model = window.documents.model
    for column in range(model.columnCount()):
        out.append(("header", model.headerData(column, Qt.Orientation.Horizontal)))
    return out


def test_every_shown_string_goes_through_translation(qtbot, marked, open_window):
    window = open_window()
    window.find_bar.start()
    window.start_search()
    texts = _shown_texts(window)
    window.show_shortcuts()
    window.edit_labels()
    window.show_preferences()
    window.edit_relation_types()
    NameDialog(window.prefs, window).open()  # the first start's question
    texts += [
        ("status bar", window.identity.text()),
        ("status bar", window.identity.toolTip()),
        ("status bar", window.exact_indicator.text()),
    ]
    for dialog in QApplication.topLevelWidgets():
        if dialog is not window and dialog.isVisible():
            texts.append(("dialog", dialog.windowTitle()))
            for label in dialog.findChildren(QLabel):
                if label.text():
                    texts.append((f"{dialog.objectName()} label", label.text()))
            for button in dialog.findChildren(QAbstractButton):
                if button.text() and button.text() not in ("▲", "▼", "✕"):
                    texts.append((f"{dialog.objectName()} button", button.text()))
    # Document names, label names and Undo's live text are data, not interface.
    data = {"speaker", "claim", "location", "statistic"}
    untranslated = [
        (where, text)
        for where, text in texts
        if MARK not in text
        and not any(name in text for name in data)
        and not where.startswith("action undo")
        and not where.startswith("action redo")
    ]
    assert len(texts) > 60
    assert untranslated == []
    # Every string of ours that was asked for is in the catalogue: tr(variable) with no
    # QT_TRANSLATE_NOOP beside the text would be asked for, yet never reach the Arabic.
    catalogue = _messages(i18n.catalogue("ar"))
    ours = {context for context, _ in catalogue}
    unknown = sorted(
        (context, source)
        for context, source in marked.asked
        if context in ours and (context, source) not in catalogue
    )
    assert unknown == [], unknown


def test_the_arabic_catalogue_is_complete():
    tree = ET.parse(i18n.catalogue("ar"))
    unfinished = [
        m.find("source").text
        for m in tree.getroot().iter("message")
        if m.find("translation").get("type") == "unfinished"
    ]
    assert unfinished == []


def test_arabic_loads_mirrors_and_keeps_data_digits_western(qtbot):
    app = QApplication.instance() or QApplication([])
    try:
        assert i18n.install("ar") == "ar"
        assert i18n.compiled("ar").suffix == ".qm"  # made by the wheel's lrelease
        assert QCoreApplication.translate("Menus", "&File") == "&ملف"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "ألغِ"  # qtbase_ar
        assert app.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert QLocale().toString(12) == "١٢"  # counts in sentences follow the locale
        assert i18n.data_number(12345) == "12,345" or i18n.data_number(12345) == "12345"
        plural = [
            QCoreApplication.translate("SearchPanel", "%Ln document(s) found", "", n)
            for n in (1, 2, 5, 11, 100)
        ]
        assert plural == [
            "عُثر على مستند واحد",
            "عُثر على مستندين",
            "عُثر على ٥ مستندات",
            "عُثر على ١١ مستندًا",
            "عُثر على ١٠٠ مستند",
        ]
    finally:
        i18n.install("en")
        app.setLayoutDirection(Qt.LayoutDirection.LayoutDirectionAuto)  # the catalogue's
    assert QCoreApplication.translate("Menus", "&File") == "&File"


def test_the_language_follows_the_system_unless_chosen():
    assert i18n.chosen_language("system", QLocale("ar_SA")) == "ar"
    assert i18n.chosen_language("system", QLocale("fr_FR")) == "en"
    assert i18n.chosen_language("en", QLocale("ar_SA")) == "en"
    assert i18n.chosen_language("ar", QLocale("en_US")) == "ar"


def _lupdate() -> Path:
    import PySide6

    folder = Path(PySide6.__file__).parent
    tool = next((folder / n for n in ("lupdate", "lupdate.exe") if (folder / n).is_file()), None)
    assert tool is not None, "the PySide6 wheel's lupdate is missing"
    return tool


def _messages(ts: Path) -> dict[tuple[str, str], bool]:
    """(context, source) -> translated, for every message of a catalogue."""
    out = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.find("name").text
        for message in context.iter("message"):
            translation = message.find("translation")
            out[(name, message.find("source").text)] = translation.get("type") != "unfinished"
    return out


def test_the_catalogue_holds_every_string_of_the_interface(tmp_path):
    """lupdate over ui/ finds nothing the committed catalogue lacks: a string added to the
    interface without regenerating the catalogue (or filling in its Arabic) fails here."""
    fresh = tmp_path / "annotator_ar.ts"
    shutil.copyfile(i18n.catalogue("ar"), fresh)
    sources = sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))  # ui/actions/ too
    done = subprocess.run(
        [str(_lupdate()), "-silent", "-no-obsolete", *sources, "-ts", str(fresh)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    committed, found = _messages(i18n.catalogue("ar")), _messages(fresh)
    missing = sorted(set(found) - set(committed))
    untranslated = sorted(key for key, ok in found.items() if not ok)
    hint = (
        "regenerate: PySide6/lupdate -no-obsolete ui/*.py ui/actions/*.py -ts "
        "resources/translations/annotator_ar.ts && python scripts/ar_catalogue.py"
    )
    assert missing == [], hint
    assert untranslated == [], hint


#: Qt setters and the app's helpers whose text argument is shown to the analyst.
SHOWN_BY = {
    "setText", "setWindowTitle", "setToolTip", "setPlaceholderText", "setStatusTip", "setTitle",
    "showMessage", "setAccessibleName", "setAccessibleDescription", "addItem", "setItemText",
    "addRow", "setLabelText", "addTab", "setHeaderLabels", "setHorizontalHeaderLabels",
    "setVerticalHeaderLabels", "addMenu", "QLabel", "QPushButton", "QCheckBox", "QAction",
    "QGroupBox", "QRadioButton", "plain_label", "message_box", "show_error", "tell", "ask",
    "ask_choice", "_failed", "failed",
}  # fmt: skip


def _is_prose(node: ast.AST) -> bool:
    parts = (
        [node.value]
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
        else [v.value for v in node.values if isinstance(v, ast.Constant)]
        if isinstance(node, ast.JoinedStr)
        else []
    )
    return any(re.search(r"[A-Za-z]{2}", part) for part in parts)


def test_no_interface_text_is_a_bare_literal():
    """Text handed straight to a widget, a message box or the status bar goes through tr:
    a literal there (a plain or f-string) would show English in the Arabic interface."""
    found = []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name in SHOWN_BY:
                found += [
                    f"{path.name}:{node.lineno}: {ast.unparse(arg)[:60]}"
                    for arg in node.args
                    if _is_prose(arg) and getattr(arg, "value", None) != "cancelled"  # a signal
                ]
    assert found == []


def test_the_arabic_catalogue_is_found_without_loading_openssl(tmp_path):
    """Naming the compiled catalogue by its source's SHA-256 uses CPython's own digest, as
    article hashes do: hashlib would load OpenSSL on every Arabic start (~3 ms)."""
    import os
    import sys

    code = (
        "import sys\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "app = QCoreApplication([])\n"
        "from ui import i18n\n"
        "assert i18n.compiled('ar').suffix == '.qm'\n"
        "print('_hashlib' in sys.modules)\n"
    )
    env = dict(os.environ, PYTHONPATH=str(ROOT), XDG_CACHE_HOME=str(tmp_path), HOME=str(tmp_path))
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "False"
