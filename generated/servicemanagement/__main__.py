"""``python -m servicemanagement``: the command line (``asm``)."""

from __future__ import annotations

import sys

from servicemanagement.cli.run import main

if __name__ == "__main__":
    sys.exit(main(prog="python -m servicemanagement"))
