"""What the engine does for each operation: inferred from the spec, or as its
``emulator:`` key says (the rules are in spec/README.md, "Emulator behaviour").
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from servicemanagement._generated import OPERATIONS
from servicemanagement._schema import OperationSpec
from servicemanagement.emulator import paths
from servicemanagement.emulator.paths import Segments
from servicemanagement.emulator.wire import is_list_type, path_crosses_list

#: The engine's behaviours; ``upsert`` (a PUT on an item) creates or replaces.
Kind = Literal["create", "get", "list", "update", "delete", "action", "read", "upsert"]

#: Fixed query keys that select a representation or version, not an action.
_NOT_SELECTORS = frozenset({"api-version", "contentview"})
_WRITES = frozenset({"PUT", "POST", "PATCH", "MERGE"})


@dataclass(frozen=True)
class Plan:
    """How the engine serves one operation.

    ``collection`` holds the items the operation acts on; ``target`` is the item (or,
    for ``list``, the collection; for ``action``/``read``, the item the path lies
    under, or ``()``) whose placeholder values key the lookup.
    """

    kind: Kind
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


def _infer_kind(operation: OperationSpec, path: Segments, creates_elsewhere: bool) -> Kind:
    method = operation.method
    has_body = operation.request_type is not None
    item = paths.is_item(path)
    if method == "GET":
        if item:
            return "get"
        return "list" if _listing(operation) else "read"
    if method == "DELETE":
        return "delete" if item else "action"
    if _selector(operation) or method not in _WRITES:
        return "action"
    if item:
        if method == "PUT":
            return "update" if creates_elsewhere else "upsert"
        return "update" if has_body else "action"
    return "create" if has_body else "action"


def _target(kind: Kind, path: Segments) -> tuple[Segments, Segments]:
    """(collection, target) of an operation of ``kind`` on ``path``."""
    if kind in ("get", "update", "delete", "upsert"):
        return path[:-1], path
    if kind in ("list", "create"):
        return (path[:-1], path) if paths.is_item(path) else (path, path)
    target = paths.owner(path)
    return target[:-1], target


def _collection_creates(operations: Iterable[OperationSpec]) -> set[Segments]:
    """Collections some operation creates in with a POST/PUT to the collection itself."""
    found = set()
    for operation in operations:
        hint = operation.emulator
        path = paths.normalize(operation.path)
        if hint is not None and hint.collection is not None and hint.kind == "create":
            found.add(paths.normalize(hint.collection))
        elif (
            operation.method in ("PUT", "POST")
            and operation.request_type is not None
            and not paths.is_item(path)
            and not _selector(operation)
        ):
            found.add(path)
    return found


def plan(operation: OperationSpec, creates: set[Segments]) -> Plan:
    """The plan of one operation, given the collections created by POST/PUT to them."""
    hint = operation.emulator
    path = paths.normalize(operation.path)
    kind: Kind
    if hint is not None and hint.kind is not None:
        kind = hint.kind
    else:
        kind = _infer_kind(operation, path, path[:-1] in creates)
    collection, target = _target(kind, path)
    if hint is not None and hint.collection is not None:
        collection = paths.normalize(hint.collection)
    return Plan(
        kind=kind,
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
    creates = _collection_creates(listed)
    return {op.name: plan(op, creates) for op in listed}


def managed(all_plans: Iterable[Plan]) -> frozenset[Segments]:
    """Collections whose items exist only once created (or seeded): parents are checked."""
    return frozenset(
        p.collection for p in all_plans if p.kind in ("create", "upsert") or p.seed is not None
    )
