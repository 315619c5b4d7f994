"""The interface language: Arabic or English, following the system unless the analyst chose.

The Arabic catalogue is kept as ``resources/translations/annotator_ar.ts`` (text, reviewed in
the repository). Qt loads compiled ``.qm`` files only, and no binary is committed: the ``.qm``
is made by the ``lrelease`` that the PySide6 wheel ships, either at build time (``build.spec``
puts ``annotator_ar.qm`` beside the ``.ts`` in the frozen build) or, from a source checkout, on
first use into the user's cache folder, named by the ``.ts`` file's hash so an edited catalogue
is compiled again. Qt's own strings (standard buttons, file dialogs) come from the wheel's
``qtbase_ar.qm``. Loading the Arabic catalogue sets the layout direction right to left through
its ``QT_LAYOUT_DIRECTION`` entry: menus, docks, dialogs and scroll bars mirror.

Numbers that are data (offsets, ids, sizes) are written with ``data_number`` (Western digits,
``QLocale.c()``); counts in sentences go through ``tr(..., n)`` and the locale.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLocale,
    QStandardPaths,
    QTranslator,
)

from annotator.paths import resource

#: The languages offered in Preferences: code -> name shown in that language.
LANGUAGES = {"ar": "العربية", "en": "English"}
SYSTEM = "system"

#: Qt reads the layout direction from this entry of the loaded catalogues ("RTL" in Arabic).
LAYOUT_DIRECTION = QT_TRANSLATE_NOOP("QGuiApplication", "QT_LAYOUT_DIRECTION")

_installed: list[QTranslator] = []


def catalogue(language: str) -> Path:
    """The ``.ts`` source of a language's catalogue."""
    return resource("translations") / f"annotator_{language}.ts"


def chosen_language(preference: str, system: QLocale | None = None) -> str:
    """The language to show: the preference, else the system's if we have it, else English."""
    if preference in LANGUAGES:
        return preference
    locale = system or QLocale.system()
    for name in locale.uiLanguages() or [locale.name()]:
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def lrelease() -> str | None:
    """The wheel's ``lrelease`` (then one on PATH)."""
    import PySide6

    folder = Path(PySide6.__file__).parent
    for name in ("lrelease", "lrelease.exe"):
        if (folder / name).is_file():
            return str(folder / name)
    return shutil.which("pyside6-lrelease") or shutil.which("lrelease")


def compiled(language: str) -> Path | None:
    """The ``.qm`` of a language: bundled beside the ``.ts`` (frozen build), else compiled
    once into the cache folder. None when there is no catalogue or no way to compile it."""
    source = catalogue(language)
    bundled = source.with_suffix(".qm")
    if bundled.is_file() and (not source.is_file() or getattr(sys, "frozen", False)):
        return bundled
    if not source.is_file():
        return None
    # Here: English, the usual case, never compiles a catalogue. CPython's own SHA-256, as
    # for articles: hashlib would load OpenSSL (~3 ms of every Arabic start).
    from annotator.record_limits import sha256_bytes

    digest = sha256_bytes(source.read_bytes())[:16]
    cache = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation))
    target = cache / "translations" / f"annotator_{language}-{digest}.qm"
    if target.is_file():
        return target
    tool = lrelease()
    if tool is None:
        return None
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(f".{os.getpid()}.part")
    import subprocess  # only to compile a catalogue: not on the way to the first frame

    done = subprocess.run(
        [tool, "-silent", str(source), "-qm", str(partial)], capture_output=True, text=True
    )
    if done.returncode != 0 or not partial.is_file():
        print(f"annotator: cannot compile {source.name}: {done.stderr.strip()}", file=sys.stderr)
        return None
    partial.replace(target)  # atomic: a second instance never loads half a file
    return target


def qt_catalogue(language: str) -> Path | None:
    """Qt's own ``qtbase_<language>.qm`` from the wheel (or the frozen build)."""
    from PySide6.QtCore import QLibraryInfo  # not at import: English never needs it

    folders = [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
    if hasattr(sys, "_MEIPASS"):
        folders.append(Path(sys._MEIPASS) / "PySide6" / "Qt" / "translations")
    for folder in folders:
        if (folder / f"qtbase_{language}.qm").is_file():
            return folder / f"qtbase_{language}.qm"
    return None


def install(language: str) -> str:
    """Show the interface in ``language`` (replacing any earlier choice); the language used."""
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    from .label_names import forget

    forget()  # the default labels' shown names are translated again
    if language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        return "en"
    files = [compiled(language), qt_catalogue(language)]
    for path in files:
        translator = QTranslator(app)
        if path is not None and translator.load(str(path)):
            app.installTranslator(translator)
            _installed.append(translator)
    if not _installed:
        return "en"
    QLocale.setDefault(QLocale(language))
    return language


def data_number(value: int) -> str:
    """An offset, id or size: Western digits in every language (they are data, not prose)."""
    return QLocale.c().toString(value)


def count_text(translated: str, n: int, one: str, many: str) -> str:
    """A count with its noun: the catalogue's plural form of ``translated`` (already passed
    through ``tr(source, "", n)``), or English "1 span" / "2 spans" where there is none."""
    if "(s)" not in translated:
        return translated
    return f"{n:,} {one if n == 1 else many}"


QT_CONTEXT = "QPlatformTheme"  # a name, not a literal: lupdate must not copy Qt's string


def check(language: str) -> int:
    """Load ``language`` and say what came in (the frozen build's check); 0 when all did."""
    import json

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    used = install(language)
    app = QApplication.instance()
    QCoreApplication.processEvents()  # the LanguageChange that sets the layout direction
    found = {
        "language": used,
        "catalogue": str(compiled(language)),
        "qtbase": str(qt_catalogue(language)),
        "menu": QCoreApplication.translate("Menus", "&File"),
        "qt_cancel": QCoreApplication.translate(QT_CONTEXT, "Cancel"),  # qtbase's, not ours
        "rtl": app.layoutDirection() == Qt.LayoutDirection.RightToLeft,
    }
    print(json.dumps(found, ensure_ascii=False))
    ok = used == language and found["menu"] != "&File" and found["qt_cancel"] != "Cancel"
    return 0 if ok and found["rtl"] else 1
