"""``python -m generator.docs [--check]``: the operation reference, rendered from the spec.

One entry per operation (signature, REST call, request/response types, async), and a
coverage table of the spec against the inventory of known operations (spec/inventory.md).
Operations are matched to inventory rows by HTTP method and path template (placeholder
names ignored), then by distinguishing query keys and request root element.
"""

from __future__ import annotations

import argparse
import functools
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from generator.codemodel import Operation, Service
from generator.loader import load_service
from generator.naming import command_name
from generator.pycode import Types
from generator.render import environment
from generator.yamlsource import SpecError

ROOT = Path(__file__).resolve().parent.parent
INVENTORY = ROOT / "spec" / "inventory.md"
OUTPUT = ROOT / "generated" / "docs" / "operations.md"
_ROW = re.compile(r"^\| (\d+) \|")


@dataclass(frozen=True)
class InventoryRow:
    number: int
    group: str
    name: str
    method: str
    path: str
    request_root: str
    in_legacy_python: bool

    @property
    def key(self) -> tuple[str, str]:
        return self.method, _normalise(self.path.split("?", 1)[0])

    @property
    def query(self) -> list[tuple[str, str]]:
        query = self.path.split("?", 1)[1] if "?" in self.path else ""
        pairs = (part.split("=", 1) for part in query.split("&") if "=" in part)
        return [(key.lower(), value) for key, value in pairs]

    @property
    def query_keys(self) -> set[str]:
        return {key for key, _ in self.query}

    @property
    def fixed_query(self) -> set[tuple[str, str]]:
        """Query pairs with a constant value (``comp=reboot``), which tell operations apart."""
        return {(key, value.lower()) for key, value in self.query if not value.startswith("{")}


@functools.cache  # every operation is matched against every inventory row
def _normalise(path: str) -> str:
    # The legacy SDKs sent some paths with "//"; the service treated them as "/".
    path = re.sub(r"/+", "/", re.sub(r"\{[^{}]*\}", "{}", path.strip().strip("/").lower()))
    return re.sub(r"^\{\}/?", "", path)  # drop the leading {subscription_id}


def read_inventory(path: Path) -> list[InventoryRow]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not _ROW.match(line):
            continue
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        rows.append(
            InventoryRow(
                number=int(cells[0]),
                group=cells[1],
                name=cells[2],
                method=cells[3].upper(),
                path="" if cells[4].startswith("(empty") else cells[4].split(" (")[0],
                request_root=cells[5],
                in_legacy_python=cells[9] == "y",
            )
        )
    return rows


def match(operation: Operation, service: Service, rows: list[InventoryRow]) -> InventoryRow | None:
    """The inventory row describing the same REST call as ``operation``, if any."""
    key = (operation.method, _normalise(operation.path))
    candidates = [r for r in rows if r.key == key]
    if len(candidates) > 1:
        wires = {k.lower() for k, _ in operation.fixed_query} | {
            (p.wire or p.name).lower() for p in operation.params if p.location == "query"
        }
        candidates = [r for r in candidates if r.query_keys <= wires] or candidates
        constants = {(k.lower(), v.lower()) for k, v in operation.fixed_query} | {
            ((p.wire or p.name).lower(), p.flag.lower())
            for p in operation.params
            if p.location == "query" and p.flag is not None
        }
        candidates = [r for r in candidates if r.fixed_query <= constants] or candidates
        # The row naming most of the constants: `repository?action=sync`, not `repository`.
        candidates.sort(key=lambda r: len(r.fixed_query), reverse=True)
    if len(candidates) > 1 and operation.body is not None:
        roots = {t.name: t.root for t in service.types}
        root = roots.get(operation.body.type)
        candidates = [r for r in candidates if r.request_root == root] or candidates
    return candidates[0] if candidates else None


def render_docs(service: Service, rows: list[InventoryRow]) -> str:
    types = Types(service.types)
    matched = {id(op): match(op, service, rows) for op in service.operations}
    covered = {row.number for row in matched.values() if row is not None}
    env = environment(service)
    operations = sorted(service.operations, key=lambda o: (o.client, o.area, o.name))
    groups = {c.name: c.command for c in service.clients}
    return env.get_template("operations.md.j2").render(
        operations=operations,
        signature=lambda op: ", ".join(
            f"{p.name}: {types.param_annotation(p)}"
            + (f" = {p.default!r}" if p.has_default else "")
            for p in op.params
        ),
        returns=types.return_annotation,
        command=lambda op: " ".join(
            filter(None, ["asm", groups[op.client], command_name(op.name)])
        ),
        matched=lambda op: matched[id(op)],
        rows=rows,
        covered=covered,
        unmatched=[op for op in operations if matched[id(op)] is None],
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator.docs")
    parser.add_argument("--spec", type=Path, default=ROOT / "spec")
    parser.add_argument("--inventory", type=Path, default=INVENTORY)
    parser.add_argument("--out", type=Path, default=OUTPUT)
    parser.add_argument("--check", action="store_true", help="fail if the docs are stale")
    args = parser.parse_args(argv)
    try:
        text = render_docs(load_service(args.spec), read_inventory(args.inventory))
    except SpecError as exc:
        print(f"spec error: {exc}", file=sys.stderr)
        return 2
    current = args.out.read_text(encoding="utf-8") if args.out.exists() else ""
    if args.check:
        if current != text:
            print(f"{args.out} is stale; run `make docs`", file=sys.stderr)
            return 1
        return 0
    args.out.parent.mkdir(parents=True, exist_ok=True)
    if current != text:
        args.out.write_text(text, encoding="utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
