"""The PySide6 desktop app (imports the core in ``annotator``; the core never imports Qt)."""
