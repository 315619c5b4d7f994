"""PySide6's import hook, made cheaper: imported by ``ui.app`` right after PySide6, so every
module imported after it (the whole window's) pays less.

Since PySide6 6.4 (PYSIDE-2029) an import hook asks of every module imported after PySide6
whether its source mentions "PySide6" (for the ``__feature__`` switches), through
``inspect.getsource``: linecache reads the file line by line, decoding it, and joins the
lines again. For the ~100 modules of the window that was about 2 % of the instructions to
the first frame. The same question is answered here by looking for the bytes ``PySide6`` in
the file (the word is ASCII, so the answer is the same in any encoding Python source may
use); a module without a readable ``.py`` file goes to PySide6's own check, as before.
A PySide6 without this hook (the function renamed, or gone) is left alone.
"""

from __future__ import annotations

import sys


def install() -> bool:
    """Replace the hook's source check once; True if it is (now) the cheaper one."""
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None:
        return False
    if getattr(original, "reads_bytes", False):
        return True

    def mod_uses_pyside(module) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        return original(module)

    mod_uses_pyside.reads_bytes = True
    mod_uses_pyside.original = original
    feature._mod_uses_pyside = mod_uses_pyside
    return True


install()
