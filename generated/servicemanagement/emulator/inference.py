"""What the engine does for each operation: inferred from the spec, or as its
``emulator:`` key says (the rules are in spec/README.md, "Emulator behaviour").
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass

from servicemanagement._generated import OPERATIONS
from servicemanagement._schema import EmulatorKind, OperationSpec
from servicemanagement.emulator import paths
from servicemanagement.emulator.paths import Segments
from servicemanagement.emulator.wire import is_list_type, path_crosses_list

#: The engine's behaviours; ``upsert`` (a PUT on an item) creates or replaces.
Kind = EmulatorKind

#: Fixed query keys that select a representation or version, not an action.
_NOT_SELECTORS = frozenset({"api-version", "contentview"})
_WRITES = frozenset({"PUT", "POST", "PATCH", "MERGE"})


@dataclass(frozen=True)
class Plan:
    """How the engine serves one operation.

    ``collection`` holds the items the operation acts on; ``target`` is the item (or,
    for ``list`` and ``create``, the collection; for an ``upsert`` that is not on an
    item, the document's path; for ``action``/``read``, the item the path lies under,
    or ``()``) whose placeholder values key the lookup.
    """

    kind: Kind
    #: the operation's normalized path
    path: Segments
    collection: Segments
    target: Segments
    #: create: the body element naming the new item (else inferred)
    key: str | None
    status: int | None
    seed: str | None


def _selector(operation: OperationSpec) -> bool:
    return any(key.lower() not in _NOT_SELECTORS for key, _ in operation.fixed_query)


def _listing(operation: OperationSpec) -> bool:
    """Whether a GET answers a list: JSON, a list type, or a result path through a list."""
    response = operation.response_type
    if response == "json":
        return True
    if response is None or response == "text":
        return False
    if operation.result:
        return path_crosses_list(response, operation.result)
    return is_list_type(response)


@dataclass(frozen=True)
class _Shape:
    """What the whole spec says about paths: which are collections, which are created in."""

    #: paths with items (an operation's path has a placeholder right after it) or lists
    collections: frozenset[Segments]
    #: collections some operation creates in by a POST/PUT to the collection itself
    creates: frozenset[Segments]


def _shape(operations: list[OperationSpec]) -> _Shape:
    collections: set[Segments] = set()
    for operation in operations:
        path = paths.normalize(operation.path)
        collections.update(path[:i] for i, segment in enumerate(path) if segment == paths.HOLE)
        if operation.method == "GET" and not paths.is_item(path) and _listing(operation):
            collections.add(path)
    creates = set()
    for operation in operations:
        hint = operation.emulator
        path = paths.normalize(operation.path)
        if hint is not None and hint.kind == "create" and hint.collection is not None:
            creates.add(paths.normalize(hint.collection))
        elif (
            operation.method in _WRITES
            and operation.request_type is not None
            and not _selector(operation)
            and path in collections
        ):
            creates.add(path)
    return _Shape(frozenset(collections), frozenset(creates))


def _infer_kind(operation: OperationSpec, path: Segments, shape: _Shape) -> Kind:
    method = operation.method
    has_body = operation.request_type is not None
    if method == "GET":
        if paths.is_item(path):
            return "get"
        return "list" if _listing(operation) else "read"
    if method == "DELETE":
        return "delete" if paths.is_item(path) else "action"
    if _selector(operation) or method not in _WRITES:
        return "action"
    if paths.is_item(path):
        if method == "PUT":
            return "update" if path[:-1] in shape.creates else "upsert"
        return "update" if has_body else "action"
    if path in shape.collections:
        return "create" if has_body else "action"
    # a document of the item the path lies under (``.../{image}/replicate``, a settings
    # document): PUT replaces it, POST acts on the item
    return "upsert" if method == "PUT" and has_body else "action"


def _target(kind: Kind, path: Segments) -> tuple[Segments, Segments]:
    """(collection, target) of an operation of ``kind`` on ``path``."""
    if kind in ("get", "update", "delete", "upsert", "list", "create"):
        return (path[:-1], path) if paths.is_item(path) else (path, path)
    target = paths.owner(path)
    return target[:-1], target


def plan(operation: OperationSpec, shape: _Shape) -> Plan:
    """The plan of one operation, given what the whole spec says about paths."""
    hint = operation.emulator
    path = paths.normalize(operation.path)
    kind: Kind
    if hint is not None and hint.kind is not None:
        kind = hint.kind
    else:
        kind = _infer_kind(operation, path, shape)
    collection, target = _target(kind, path)
    if hint is not None and hint.collection is not None:
        collection = paths.normalize(hint.collection)
    return Plan(
        kind=kind,
        path=path,
        collection=collection,
        target=target,
        key=hint.key if hint else None,
        status=hint.status if hint else None,
        seed=hint.seed if hint else None,
    )


@functools.cache
def plans() -> dict[str, Plan]:
    """Every spec operation's plan, by operation name."""
    return plans_of(OPERATIONS.values())


def plans_of(operations: Iterable[OperationSpec]) -> dict[str, Plan]:
    listed = list(operations)
    shape = _shape(listed)
    return {op.name: plan(op, shape) for op in listed}


def managed(all_plans: Iterable[Plan]) -> frozenset[Segments]:
    """Collections whose items exist only once created (or seeded): parents are checked."""
    return frozenset(
        p.collection for p in all_plans if p.kind in ("create", "upsert") or p.seed is not None
    )
