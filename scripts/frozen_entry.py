"""Entry point of the PyInstaller build (build.spec): the ``annotator`` command.

``annotator/__main__.py`` uses a relative import, which fails as a top-level script.
"""

import sys

from annotator.cli import main

if __name__ == "__main__":
    sys.exit(main())
