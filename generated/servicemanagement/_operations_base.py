"""What the generated operation mixins stand on."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, TypeVar

from servicemanagement._model import Model
from servicemanagement._schema import OperationSpec

T = TypeVar("T")


def present(items: list[T | None]) -> list[T]:
    """The items of a spec list expression that were given (``None`` ones dropped)."""
    return [item for item in items if item is not None]


class OperationsBase:
    """Generated methods collect their arguments and hand them to ``_call``."""

    def _call(self, operation: OperationSpec, args: dict[str, Any], body: Model | None) -> Any:
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
            if not next_token:
                return
            args = {**args, token: next_token}
