"""The generic engine: plain resource life cycles, served from the spec alone.

Items are kept per collection (normalized path, see ``paths``) under the values of
their path's placeholders, as the wire data of the request that made them. Every
operation without hand-written behaviour is served here, by its ``Plan``
(``inference``): create (409 if the item exists), get, list, update, delete (404 if
it is missing, or if a parent item is), and actions that leave the resource as it is.
Answers are documents of the operation's response type built from the stored item.
"""

from __future__ import annotations

import copy
import functools
import secrets
import string
from typing import Any

from servicemanagement.emulator import paths, seed
from servicemanagement.emulator.core import (
    FINDERS,
    Call,
    Reply,
    bad_request,
    conflict,
    not_found,
)
from servicemanagement.emulator.inference import Plan, managed, plans
from servicemanagement.emulator.paths import Segments
from servicemanagement.emulator.store import Store
from servicemanagement.emulator.wire import (
    TYPE_KEY,
    Wire,
    any_path,
    document,
    envelope,
    is_list_type,
    list_wire,
    text_field,
)
from servicemanagement.errors import XmlError

#: Separates the placeholder values of a nested item's key (``server\x1fdatabase``).
_KEY_SEPARATOR = "\x1f"
#: The last key value of a document stored at a path that is no collection.
DOCUMENT = ""
_NAME_ALPHABET = string.ascii_lowercase + string.digits
#: The answer of a networking gateway or ExpressRoute change: the id to poll, its request
#: id (get_expressroute_border_gateway_protocol_peering_operation_status serves it).
GATEWAY_RECEIPT = "GatewayOperationAsyncResponse"


def _key_text(values: tuple[str, ...]) -> str:
    return _KEY_SEPARATOR.join(values)


def _key_values(text: str) -> tuple[str, ...]:
    return tuple(text.split(_KEY_SEPARATOR))


class Collections:
    """The engine's items in one store: one table per collection, named by its path
    (``/services/disks``), keyed by the item's placeholder values (its name, for a
    top-level collection), so hand-written code shares them (``table_name``).

    A seeded collection also shows its data file's items (the platform catalogue);
    they are not copied into the state, and stored items of the same key win.
    """

    def __init__(self, store: Store) -> None:
        self.store = store

    def stored(self, collection: Segments) -> dict[str, Any]:
        return self.store.table(paths.text(collection))

    def visible(self, collection: Segments) -> dict[str, Any]:
        """Seeded and stored items by key text (seeded ones first)."""
        seeded = {
            _key_text((str(item[element]),)): item
            for data_file, element in _seeds().get(collection, ())
            for item in seed.items(data_file)
        }
        return {**seeded, **self.stored(collection)}

    def find(self, collection: Segments, key: tuple[str, ...]) -> Any:
        finder = FINDERS.get(paths.text(collection))
        if finder is not None:
            return finder(self.store, key)
        return self.visible(collection).get(_key_text(key))

    def own(self, collection: Segments, key: tuple[str, ...]) -> Any:
        """A stored item to change (a seeded one is copied into the state first)."""
        stored = self.stored(collection)
        text = _key_text(key)
        if text not in stored:
            stored[text] = copy.deepcopy(self.visible(collection)[text])
        return stored[text]

    def under(self, collection: Segments, parent_key: tuple[str, ...]) -> list[Any]:
        """The items of ``collection`` whose path lies under parent item ``parent_key``."""
        width = len(parent_key)
        return [
            item
            for text, item in self.visible(collection).items()
            if _key_values(text)[:width] == parent_key
        ]

    def remove(self, item_path: Segments, key: tuple[str, ...]) -> None:
        """Remove an item and everything under it."""
        own = self.store.data.get(paths.text(item_path[:-1]))
        if own is not None:
            own.pop(_key_text(key), None)
        width = len(key)
        for name, table in self.store.data.items():
            if not name.startswith("/"):
                continue
            below = paths.normalize(name)
            if len(below) > len(item_path) and below[: len(item_path)] == item_path:
                for text in [t for t in table if _key_values(t)[:width] == key]:
                    del table[text]


@functools.cache
def _seeds() -> dict[Segments, tuple[tuple[str, str], ...]]:
    """Seeded collections: (data file, the element keying its items) of each."""
    found: dict[Segments, set[tuple[str, str]]] = {}
    for plan in plans().values():
        if plan.seed is not None:
            found.setdefault(plan.collection, set()).add((plan.seed, plan.key or "Name"))
    return {collection: tuple(sorted(files)) for collection, files in found.items()}


@functools.cache
def _managed() -> frozenset[Segments]:
    return managed(plans().values())


def forget(store: Store, item_path: str, key: tuple[str, ...]) -> None:
    """Remove the engine's items under an item that hand-written code removed (the
    ``{}`` placeholders of ``item_path`` are ``key``)."""
    Collections(store).remove(paths.normalize(item_path), key)


def table_name(path: str) -> str:
    """The store table holding the engine's items of the collection at ``path``."""
    return paths.text(paths.normalize(path))


def missing(collection: Segments, key: tuple[str, ...]) -> Exception:
    what = collection[-1] if collection else "resource"
    return not_found(f"The {what} '{'/'.join(key)}' does not exist.")


def _check_parents(items: Collections, target: Segments, key: tuple[str, ...]) -> None:
    """404 when an item the path lies under is missing (where items must be created, or
    hand-written code keeps them)."""
    depth = 0
    for parent in paths.parents(target):
        depth += 1
        collection = parent[:-1]
        checked = collection in _managed() or paths.text(collection) in FINDERS
        if checked and items.find(collection, key[:depth]) is None:
            raise missing(collection, key[:depth])


def _new_name() -> str:
    return "".join(secrets.choice(_NAME_ALPHABET) for _ in range(10))


def _without_secrets(data: Wire) -> Wire:
    """Wire data without its password elements: they are written, never read back."""
    return {
        key: _without_secrets(value) if isinstance(value, dict) else value
        for key, value in data.items()
        if "Password" not in key
    }


def _item_from_body(call: Call) -> Any:
    """The resource a request body describes: the body, or what its envelope carries."""
    if call.operation.request_type in ("json", "text"):
        return call.content
    body = _without_secrets(call.body or {})
    request_type = call.operation.request_type
    route = any_path(request_type) if request_type is not None else None
    if route is not None:
        inner: Any = body
        for step in route:
            inner = inner.get(step) if isinstance(inner, dict) else None
        if isinstance(inner, dict):
            return {k: v for k, v in inner.items() if k != TYPE_KEY}
    return body


def _body_name(item: Any, plan: Plan) -> str | None:
    if not isinstance(item, dict):
        return None
    if plan.key is not None:
        value = item.get(plan.key)
        return None if value in (None, "") else str(value)
    if item.get("Name") not in (None, ""):
        return str(item["Name"])
    # else the first element naming something: ServiceName, RoleName...
    return next(
        (str(v) for k, v in item.items() if k.endswith("Name") and isinstance(v, str) and v),
        None,
    )


def _status(call: Call, plan: Plan, created: bool) -> int:
    if plan.status is not None:
        return plan.status
    operation = call.operation
    if operation.statuses:
        return operation.statuses[0]
    if operation.is_async:
        return 202
    return 201 if created and plan.kind == "create" and not paths.is_item(plan.target) else 200


def _document(call: Call, value: Any, key: tuple[str, ...], *, many: bool) -> Any:
    """The response body for ``value``, as far as the response type can hold it.

    Items are the wire data of other documents (or hand-written code's records), whose
    elements of the same name may have another shape than the response type's: such
    elements are left out (its scalars first, else an empty document).
    """
    data = _answer_data(call, value, key, many=many)
    response = call.operation.response_type
    if response in (None, "json", "text"):
        return data
    assert response is not None
    scalars = {k: v for k, v in data.items() if isinstance(v, str | int | float | bool)}
    for candidate in (data, scalars):
        try:
            document(response, candidate)
        except (AssertionError, AttributeError, KeyError, TypeError, ValueError, XmlError):
            continue
        return candidate
    return {}


def _answer_data(call: Call, value: Any, key: tuple[str, ...], *, many: bool) -> Any:
    """The response body for ``value`` (an item, or a list of items with ``many``)."""
    operation = call.operation
    response = operation.response_type
    if response is None:
        return None
    if response == GATEWAY_RECEIPT:
        return {"ID": call.request_id}
    if response == "json":
        return value
    if response == "text":  # a stored text body, else the item's name
        if isinstance(value, str):
            return value
        return str(value.get("Name", "")) if isinstance(value, dict) else ""
    if operation.result and operation.result_type is not None:
        return envelope(response, operation.result, value, operation.result_type)
    if many:
        return list_wire(response, value) if is_list_type(response) else {}
    if is_list_type(response):
        # A list that an action or read answers about one item (a migration's validation
        # findings, ...): nothing to report, not the item's own elements taken as entries.
        return list_wire(response, [])
    data = dict(value) if isinstance(value, dict) else {}
    text = text_field(response)
    if text is not None and text not in data and key:
        data[text] = key[-1]  # a document that is only a name: the item's
    return data


def _new_item(call: Call, plan: Plan, key: tuple[str, ...]) -> tuple[Any, tuple[str, ...]]:
    """The item a create or upsert stores, and its full key."""
    has_body = call.body is not None or call.content is not None
    item = _item_from_body(call) if has_body else {}
    if plan.kind == "create" and not paths.is_item(plan.target):  # the body names it
        key = (*key, _body_name(item, plan) or _new_name())
    elif not paths.is_item(plan.target):
        return item, (*key, DOCUMENT)  # a document of the item the path lies under
    if isinstance(item, dict) and call.operation.request_type != "json":
        item.setdefault("Name", key[-1])
    return item, key


def serve(call: Call) -> Reply:
    """Answer ``call`` by its operation's plan."""
    plan = plans()[call.operation.name]
    items = Collections(call.store)
    key = paths.hole_values(call.operation, call.args)[: plan.target.count(paths.HOLE)]
    _check_parents(items, plan.target, key)
    kind = plan.kind
    if kind == "list":
        return _reply(call, plan, items.under(plan.collection, key), key, many=True)
    if kind in ("create", "upsert"):
        item, key = _new_item(call, plan, key)
        existing = items.find(plan.collection, key)
        if kind == "create" and existing is not None:
            raise conflict(f"The {plan.collection[-1]} '{key[-1]}' already exists.")
        items.stored(plan.collection)[_key_text(key)] = item
        return _reply(call, plan, item, key, created=existing is None)
    if kind == "read":  # a document written here before, else what the item holds
        written = items.find(plan.path, (*key, DOCUMENT))
        if written is not None:
            return _reply(call, plan, written, key)
    if kind == "update" and not paths.is_item(plan.target):  # the body names the item
        key = (*key, _body_name(_item_from_body(call), plan) or "")
    if not key:  # an action or a read on no item in particular
        return _reply(call, plan, {}, key)
    existing = items.find(plan.collection, key)
    if existing is None:
        raise missing(plan.collection, key)
    if kind == "delete":
        if _key_text(key) not in items.stored(plan.collection):  # seeded: the catalogue's
            raise bad_request(f"The {plan.collection[-1]} '{key[-1]}' cannot be deleted.")
        items.remove(plan.target, key)
        return _reply(call, plan, None, key)
    if kind == "update":
        change = _item_from_body(call)
        existing = items.own(plan.collection, key)
        if isinstance(existing, dict) and isinstance(change, dict):
            existing.update({k: v for k, v in change.items() if v is not None})
        else:
            items.stored(plan.collection)[_key_text(key)] = existing = change
    return _reply(call, plan, existing, key)


def _reply(
    call: Call,
    plan: Plan,
    value: Any,
    key: tuple[str, ...],
    *,
    many: bool = False,
    created: bool = False,
) -> Reply:
    receipt = call.operation.response_type == GATEWAY_RECEIPT
    body = None if value is None and not receipt else _document(call, value, key, many=many)
    return Reply(status=_status(call, plan, created), body=body)
