"""Refresh tests/generator/golden/ from tests/generator/sample_spec/.

Run ``python -m tests.generator.update_golden`` from the repository root after a
deliberate change to the generator or its templates, then review the diff.
"""

from __future__ import annotations

from pathlib import Path

from generator.loader import load_service
from generator.render import render

HERE = Path(__file__).resolve().parent
SAMPLE_SPEC = HERE / "sample_spec"
GOLDEN = HERE / "golden"


def main() -> None:
    files = render(load_service(SAMPLE_SPEC))
    GOLDEN.mkdir(exist_ok=True)
    for stale in GOLDEN.glob("*.py"):
        if stale.name not in files:
            stale.unlink()
    for name, source in sorted(files.items()):
        (GOLDEN / name).write_text(source, encoding="utf-8")
    print(f"wrote {len(files)} files to {GOLDEN}")


if __name__ == "__main__":
    main()
