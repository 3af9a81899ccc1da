"""What the generated operation mixins stand on."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any, TypeVar

from servicemanagement._lazy import lazy_module
from servicemanagement._model import Model
from servicemanagement._schema import OperationSpec
from servicemanagement.errors import ArgumentTypeError

if TYPE_CHECKING:
    import json
else:
    json = lazy_module("json")  # loaded with the first JSON body, not with the package

T = TypeVar("T")


def present(items: list[T | None]) -> list[T]:
    """The items of a spec list expression that were given (``None`` ones dropped)."""
    return [item for item in items if item is not None]


def given(obj: Any, attr: str) -> Any:
    """``obj.attr`` as a request body built from it sends it: None when ``obj`` is None,
    or when the field holds the legacy default that parsing gave a missing, empty or nil
    element (no value the document had)."""
    from servicemanagement._xml import holds_absent_default  # loaded with the first XML

    if obj is None or holds_absent_default(obj, attr):
        return None
    return getattr(obj, attr, None)


def _json_default(value: Any) -> Any:
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    raise ArgumentTypeError(f"{type(value).__name__} is not JSON serializable")


def encode_json(value: Any) -> bytes:
    """A JSON request body; dates and date-times are written in ISO 8601."""
    return json.dumps(value, default=_json_default).encode("utf-8")


class OperationsBase:
    """Generated methods collect their arguments and hand them to ``_call``."""

    def _call(
        self, operation: OperationSpec, args: dict[str, Any], body: Model | bytes | None
    ) -> Any:
        raise NotImplementedError  # implemented by the client that mixes the operations in

    def _iterate(
        self, operation: OperationSpec, args: dict[str, Any], body: Model | None
    ) -> Iterator[Any]:
        """The items of every page of a paged operation (see ``OperationSpec.paging``)."""
        token = operation.paging or ""
        while True:
            page = self._call(operation, args, body)
            yield from page
            next_token = getattr(page, token, None)
            if not next_token or next_token == args.get(token):
                return  # the last page, or a service repeating itself: never loop forever
            args = {**args, token: next_token}

    def _now(self) -> datetime:
        """The current time (UTC), for spec fields filled with ``now: true``."""
        return datetime.now(UTC)
