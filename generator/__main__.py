"""``python -m generator [--check]``: regenerate, or verify that nothing would change."""

from __future__ import annotations

import argparse
import difflib
import sys
from pathlib import Path

from generator.loader import load_service
from generator.render import render
from generator.yamlsource import SpecError

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator")
    parser.add_argument("--spec", type=Path, default=ROOT / "spec")
    parser.add_argument(
        "--out", type=Path, default=ROOT / "generated" / "servicemanagement" / "_generated"
    )
    parser.add_argument(
        "--check",
        action="store_true",
        help="fail if the output on disk differs from what the spec produces",
    )
    args = parser.parse_args(argv)
    try:
        files = render(load_service(args.spec))
    except SpecError as exc:
        print(f"spec error: {exc}", file=sys.stderr)
        return 2
    existing = {p.name for p in args.out.glob("*.py")} if args.out.exists() else set()
    if args.check:
        stale = sorted(existing - set(files))
        changed = []
        for name, source in sorted(files.items()):
            path = args.out / name
            old = path.read_text(encoding="utf-8") if path.exists() else ""
            if old != source:
                changed.append(name)
                sys.stderr.writelines(
                    difflib.unified_diff(
                        old.splitlines(True), source.splitlines(True), f"a/{name}", f"b/{name}", n=1
                    )
                )
        if changed or stale:
            print(
                f"generated/ is stale: changed {changed}, not produced by the spec {stale};"
                " run `make generate`",
                file=sys.stderr,
            )
            return 1
        return 0
    args.out.mkdir(parents=True, exist_ok=True)
    for name in existing - set(files):
        (args.out / name).unlink()
    for name, source in files.items():
        path = args.out / name
        if not path.exists() or path.read_text(encoding="utf-8") != source:
            path.write_text(source, encoding="utf-8")
    print(f"generated {len(files)} files in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
