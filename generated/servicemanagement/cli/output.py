"""Results as JSON (models as objects keyed by attribute name, in wire order) or a table."""

from __future__ import annotations

import json
from base64 import b64encode
from collections.abc import Iterable
from datetime import date, datetime
from typing import Any
from xml.etree import ElementTree

from servicemanagement._model import Model
from servicemanagement._xml import AbsentText
from servicemanagement.results import AsynchronousOperationResult


def plain(value: Any) -> Any:
    """``value`` as JSON-ready data: models become objects in their schema's field order,
    an absent element (even one that reads as ``''`` for legacy code) becomes null."""
    if isinstance(value, AbsentText):
        return None
    if isinstance(value, Model):
        return {f.attr: plain(getattr(value, f.attr)) for f in value.__schema__.fields}
    if isinstance(value, AsynchronousOperationResult):
        return {"request_id": value.request_id}
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(item) for item in value]
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, bytes):
        return b64encode(value).decode("ascii")
    if isinstance(value, ElementTree.Element):
        return ElementTree.tostring(value, encoding="unicode")
    return value


def to_json(value: Any) -> str:
    return json.dumps(plain(value), indent=2, ensure_ascii=False)


def _rows(value: Any) -> list[Any] | None:
    """The items of a list result (a list, or a model that iterates its items)."""
    if isinstance(value, list):
        return value
    if isinstance(value, Model) and value.__schema__.items and isinstance(value, Iterable):
        return list(value)
    return None


def _flatten(data: Any, prefix: str = "") -> dict[str, Any]:
    """Nested objects as dotted columns; a list as its length."""
    if not isinstance(data, dict):
        return {prefix or "value": data}
    cells: dict[str, Any] = {}
    for key, item in data.items():
        name = f"{prefix}.{key}" if prefix else key
        if isinstance(item, dict):
            cells.update(_flatten(item, name))
        elif isinstance(item, list):
            cells[name] = f"[{len(item)}]"
        else:
            cells[name] = item
    return cells


#: Table cells longer than this are cut (with an ellipsis); JSON output has everything.
CELL_WIDTH = 40


def _cell(value: Any) -> str:
    if value is None:
        return ""
    text = json.dumps(value) if isinstance(value, bool) else " ".join(str(value).split())
    return text if len(text) <= CELL_WIDTH else text[: CELL_WIDTH - 1] + "…"


def _grid(header: list[str], rows: list[list[str]]) -> str:
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    lines = [header, ["-" * w for w in widths], *rows]
    return "\n".join(
        "  ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)).rstrip() for line in lines
    )


def to_table(value: Any) -> str:
    """A list result as one row per item (columns: the fields some item has a value
    for); anything else as name/value lines (those with a value)."""
    rows = _rows(value)
    if rows is None:
        cells = _flatten(plain(value))
        return _grid(["NAME", "VALUE"], [[k, _cell(v)] for k, v in cells.items() if v is not None])
    flat = [_flatten(plain(row)) for row in rows]
    columns = [
        c
        for c in dict.fromkeys(k for f in flat for k in f)
        if any(f.get(c) not in (None, "", "[0]") for f in flat)
    ]
    if not columns:
        return f"({len(flat)} items)" if flat else "(no items)"
    return _grid([c.upper() for c in columns], [[_cell(f.get(c)) for c in columns] for f in flat])
