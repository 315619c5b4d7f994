"""The PySide6 desktop app (imports the core in ``annotator``; the core never imports Qt).

PySide6 is first imported here, before any module of the window, with two of its own start-up
costs cut: the bytecode of its support code is kept from one start to the next
(``pyside_bytecode``), and its import hook asks less of every module imported after it
(``app_pyside``).
"""

from .pyside_bytecode import kept_bytecode

with kept_bytecode():
    import PySide6.QtCore  # noqa: F401

from . import app_pyside  # noqa: E402, F401
