"""``asm`` / ``python -m servicemanagement``: every spec operation as a command.

This package is imported by the generated command table, so it stays light: the
command line itself lives in ``run``.
"""

from __future__ import annotations


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return its exit status (see ``run.main``)."""
    from servicemanagement.cli.run import main as run

    return run(argv)
