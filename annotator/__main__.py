"""``python -m annotator``: the command line (and, with no command, the desktop app)."""

import sys

from .cli import main

if __name__ == "__main__":
    sys.exit(main())
