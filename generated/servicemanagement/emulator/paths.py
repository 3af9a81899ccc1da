"""Path templates as the engine compares them: which collection an operation acts on.

A template is *normalized* to its meaningful segments: ``{subscription_id}``, empty
segments (``//``) and ``~`` are dropped (resource-provider paths spell one collection
with and without ``~``), literals are lower-cased, and every segment holding a
placeholder becomes ``{}``. ``.../servers//{name}/databases`` and
``.../servers/{server_name}/databases`` are then the same collection.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from servicemanagement._schema import OperationSpec

Segments = tuple[str, ...]
HOLE = "{}"
_PLACEHOLDER = re.compile(r"\{([^{}]+)\}")
_IGNORED = frozenset({"", "~", "{subscription_id}"})


def _raw_segments(path: str) -> list[str]:
    return [s for s in path.split("/") if s not in _IGNORED]


def normalize(path: str) -> Segments:
    """The normalized segments of a path template."""
    return tuple(HOLE if _PLACEHOLDER.search(s) else s.lower() for s in _raw_segments(path))


def text(segments: Segments) -> str:
    """The written form of normalized segments (``/services/widgets/{}``)."""
    return "/" + "/".join(segments)


def hole_values(operation: OperationSpec, args: Mapping[str, Any]) -> tuple[str, ...]:
    """The values of the template's placeholder segments, in path order.

    A segment made of several placeholders (``{thumbalgorithm}-{thumbprint}``) is one
    value, written as the request wrote it.
    """
    by_wire = {p.wire or p.name: p.name for p in operation.params if p.location == "path"}
    values = []
    for segment in _raw_segments(operation.path):
        if _PLACEHOLDER.search(segment):
            values.append(
                _PLACEHOLDER.sub(lambda m: str(args.get(by_wire.get(m.group(1), ""), "")), segment)
            )
    return tuple(values)


def is_item(segments: Segments) -> bool:
    """Whether the path names one item (it ends with a placeholder)."""
    return bool(segments) and segments[-1] == HOLE


def owner(segments: Segments) -> Segments:
    """The innermost item path a path lies under (itself for an item path), or ()."""
    for end in range(len(segments), 0, -1):
        if segments[end - 1] == HOLE:
            return segments[:end]
    return ()


def parents(segments: Segments) -> list[Segments]:
    """Every item path strictly above ``segments``, outermost first."""
    return [segments[: i + 1] for i in range(len(segments) - 1) if segments[i] == HOLE]
