"""``python -m generator [--check]``: regenerate the package and the operation reference,
or verify that nothing would change.

All or nothing: everything is rendered in memory first, then the generated package is
written to a sibling folder and swapped in, and the reference replaced; a failure in any
step leaves the tree as it was.
"""

from __future__ import annotations

import argparse
import difflib
import os
import shutil
import sys
import tempfile
from pathlib import Path

from generator.docs import INVENTORY, OUTPUT, read_inventory, render_docs
from generator.loader import load_service
from generator.render import render
from generator.yamlsource import SpecError

ROOT = Path(__file__).resolve().parent.parent


def _current(folder: Path) -> dict[str, str]:
    if not folder.exists():
        return {}
    return {p.name: p.read_text(encoding="utf-8") for p in folder.glob("*.py")}


def _report(path: str, old: str, new: str) -> None:
    sys.stderr.writelines(
        difflib.unified_diff(
            old.splitlines(True), new.splitlines(True), f"a/{path}", f"b/{path}", n=1
        )
    )


def _swap_in(folder: Path, files: dict[str, str]) -> None:
    """Write ``files`` as the whole content of ``folder``, replacing it in two renames."""
    folder.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{folder.name}.new-", dir=folder.parent))
    try:
        for name, source in files.items():
            (staging / name).write_text(source, encoding="utf-8")
        if folder.exists():
            retired = folder.with_name(f".{folder.name}.old-{os.getpid()}")
            folder.rename(retired)
            staging.rename(folder)
            shutil.rmtree(retired)
        else:
            staging.rename(folder)
    finally:
        if staging.exists():
            shutil.rmtree(staging)


def _replace_file(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)
    os.replace(tmp, path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator")
    parser.add_argument("--spec", type=Path, default=ROOT / "spec")
    parser.add_argument(
        "--out", type=Path, default=ROOT / "generated" / "servicemanagement" / "_generated"
    )
    parser.add_argument("--inventory", type=Path, default=INVENTORY)
    parser.add_argument("--docs", type=Path, default=OUTPUT)
    parser.add_argument(
        "--check",
        action="store_true",
        help="fail if the output on disk differs from what the spec produces",
    )
    args = parser.parse_args(argv)
    try:
        service = load_service(args.spec)
        files = render(service)
        docs = render_docs(service, read_inventory(args.inventory))
    except SpecError as exc:
        print(f"spec error: {exc}", file=sys.stderr)
        return 2
    existing = _current(args.out)
    old_docs = args.docs.read_text(encoding="utf-8") if args.docs.exists() else ""
    if args.check:
        changed = [name for name in sorted(files) if existing.get(name) != files[name]]
        stale = sorted(set(existing) - set(files))
        for name in changed:
            _report(name, existing.get(name, ""), files[name])
        if old_docs != docs:
            _report(str(args.docs), old_docs, docs)
            changed.append(str(args.docs))
        if changed or stale:
            print(
                f"generated/ is stale: changed {changed}, not produced by the spec {stale};"
                " run `make generate`",
                file=sys.stderr,
            )
            return 1
        return 0
    if existing != files:
        _swap_in(args.out, files)
    if old_docs != docs:
        _replace_file(args.docs, docs)
    print(f"generated {len(files)} files in {args.out} and {args.docs}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
