"""What handlers are made of: the call, the reply, API errors, the registries and
the asynchronous-operation tracker.

Handlers are registered per spec operation NAME (the legacy method names:
``create_hosted_service``, ``get_storage_account_properties``...). A handler
whose operation is not in the spec is simply never routed to.

Asynchronous operations: a handler changes the state at once (a storage account
appears as ``Creating``) and may name an *effect* to apply when the operation
completes (``Created``). Effects are registered by name and stored as data, so a
pending operation survives a restart. Operations complete lazily: before every
request the tracker applies the effects that are due.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from servicemanagement._schema import OperationSpec
from servicemanagement.emulator.store import Store
from servicemanagement.emulator.wire import Wire

#: How many finished operations are kept for get_operation_status.
KEPT_OPERATIONS = 2000


class ApiError(Exception):
    """An error answer: the status and the ``<Error>`` document's code and message."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message

    def to_wire(self) -> Wire:
        return {"Code": self.code, "Message": self.message}


def bad_request(message: str) -> ApiError:
    return ApiError(400, "BadRequest", message)


def not_found(message: str) -> ApiError:
    return ApiError(404, "ResourceNotFound", message)


def conflict(message: str) -> ApiError:
    return ApiError(409, "ConflictError", message)


@dataclass(frozen=True)
class Settings:
    """Emulator-wide behaviour handlers read."""

    #: Seconds an asynchronous operation stays InProgress (0 in tests).
    operation_delay: float
    #: ``https://host:port`` as clients reach the emulator (used in Url elements).
    base_url: str


@dataclass
class Call:
    """One routed request, as a handler sees it."""

    operation: OperationSpec
    #: path and query arguments by Python parameter name
    args: dict[str, Any]
    #: the request body as wire data, if the operation has an XML one
    body: Wire | None
    store: Store
    now: float
    subscription_id: str
    request_id: str
    settings: Settings
    #: the decoded request body of an operation whose body is JSON, or its text
    content: Any = None

    def table(self, name: str) -> dict[str, Any]:
        return self.store.table(name)

    def exclusive(self, key: str, what: str) -> None:
        """Refuse (409) while an operation in progress holds ``key``, as Azure did."""
        holder = lock_holder(self.store, key)
        if holder is not None:
            raise conflict(
                f"Windows Azure is currently performing an operation with x-ms-requestid"
                f" {holder} on this {what} that requires exclusive access."
            )

    def url(self, path: str) -> str:
        """An absolute management URL under this subscription."""
        return f"{self.settings.base_url}/{self.subscription_id}/{path.lstrip('/')}"

    @property
    def delay(self) -> float:
        return self.settings.operation_delay


@dataclass
class Reply:
    """A handler's answer.

    ``status`` defaults to 202 for asynchronous operations and 200 otherwise.
    ``body`` is wire data of ``body_type`` (default: the operation's response type),
    or for a ``json`` or ``text`` response the JSON value or the text.
    ``effect`` (name, arguments) is applied when an asynchronous operation completes;
    ``lock`` is a resource key other calls may not change meanwhile; ``failure``
    makes the operation end as Failed with that error.
    """

    status: int | None = None
    body: Any = None
    body_type: str | None = None
    headers: dict[str, str] = field(default_factory=dict)
    effect: tuple[str, dict[str, Any]] | None = None
    lock: str | None = None
    failure: ApiError | None = None


Handler = Callable[[Call], Reply]
Effect = Callable[[Store, dict[str, Any], float], None]
#: Finds an item hand-written code keeps, by its path's placeholder values.
Finder = Callable[[Store, tuple[str, ...]], Any]

HANDLERS: dict[str, Handler] = {}
EFFECTS: dict[str, Effect] = {}
#: Collections hand-written code keeps its own way (normalized path -> finder), so
#: that the engine serves operations on their items and below them too.
FINDERS: dict[str, Finder] = {}


def handles(*names: str) -> Callable[[Handler], Handler]:
    """Register a handler for the spec operations called ``names``."""

    def register(function: Handler) -> Handler:
        for name in names:
            if name in HANDLERS:
                raise ValueError(f"two handlers for operation {name!r}")
            HANDLERS[name] = function
        return function

    return register


def finds(collection: str) -> Callable[[Finder], Finder]:
    """Register how the engine finds the items of ``collection`` (a normalized path,
    ``/services/hostedservices/{}/deployments``) that hand-written code keeps."""

    def register(function: Finder) -> Finder:
        if collection in FINDERS:
            raise ValueError(f"two finders for {collection!r}")
        FINDERS[collection] = function
        return function

    return register


def effect(name: str) -> Callable[[Effect], Effect]:
    """Register a completion effect under ``name``."""

    def register(function: Effect) -> Effect:
        if name in EFFECTS:
            raise ValueError(f"two effects called {name!r}")
        EFFECTS[name] = function
        return function

    return register


# ---- the asynchronous-operation tracker ----------------------------------------


def new_request_id() -> str:
    return uuid.uuid4().hex


def normalize_request_id(value: str) -> str:
    return value.replace("-", "").lower()


def record_operation(
    store: Store,
    request_id: str,
    operation: str,
    now: float,
    *,
    due: float | None = None,
    reply: Reply | None = None,
    error: ApiError | None = None,
) -> None:
    """Remember a request's outcome for ``get_operation_status``.

    Without ``due`` the operation is already finished (Succeeded, or Failed with
    ``error``); with it, it is InProgress until then.
    """
    sequence = store.data["next_seq"] = store.data.get("next_seq", 0) + 1
    record: dict[str, Any] = {"operation": operation, "started": now, "seq": sequence}
    if due is None:
        record["status"] = "Failed" if error else "Succeeded"
        record["http_status"] = error.status if error else 200
        if error is not None:
            record["error"] = error.to_wire()
    else:
        assert reply is not None
        record.update(status="InProgress", due=due)
        if reply.effect is not None:
            record["effect"] = [reply.effect[0], reply.effect[1]]
        if reply.lock is not None:
            record["lock"] = reply.lock
        if reply.failure is not None:
            record["failure"] = [reply.failure.status, reply.failure.code, reply.failure.message]
    _ops(store)[request_id] = record
    _trim(store)


def _ops(store: Store) -> dict[str, Any]:
    return store.table("operations")


def _trim(store: Store) -> None:
    ops = _ops(store)
    finished = sorted(
        (k for k, v in ops.items() if v["status"] != "InProgress"), key=lambda k: ops[k]["seq"]
    )
    for key in finished[: max(0, len(finished) - KEPT_OPERATIONS)]:
        del ops[key]


def advance(store: Store, now: float) -> bool:
    """Complete every operation that is due; True if anything changed."""
    ops = _ops(store)
    due = sorted(
        (k for k, v in ops.items() if v["status"] == "InProgress" and v["due"] <= now),
        key=lambda k: (ops[k]["due"], ops[k]["seq"]),
    )
    for key in due:
        record = ops[key]
        failure = record.pop("failure", None)
        try:
            if failure is not None:
                raise ApiError(*failure)
            if "effect" in record:
                name, args = record.pop("effect")
                EFFECTS[name](store, args, record["due"])
        except ApiError as error:
            record.update(status="Failed", http_status=error.status, error=error.to_wire())
        else:
            record.update(status="Succeeded", http_status=200)
        record.pop("lock", None)
    return bool(due)


def lock_holder(store: Store, key: str) -> str | None:
    for request_id, record in _ops(store).items():
        if record["status"] == "InProgress" and record.get("lock") == key:
            return request_id
    return None


def operation_status(store: Store, request_id: str) -> Wire | None:
    """The ``Operation`` document's data for a request id, or None if unknown."""
    record = _ops(store).get(normalize_request_id(request_id))
    if record is None:
        return None
    data: Wire = {
        "ID": str(uuid.UUID(normalize_request_id(request_id))),
        "Status": record["status"],
    }
    if record["status"] != "InProgress":
        data["HttpStatusCode"] = record["http_status"]
    if "error" in record:
        data["Error"] = record["error"]
    return data
