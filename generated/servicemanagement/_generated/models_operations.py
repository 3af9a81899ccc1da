# Generated from spec/types/operations.yaml by `make generate`; do not edit.
"""Models of the operations area."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from servicemanagement._generated.namespaces import NS_WA
from servicemanagement._model import Model, schema_on_first_use
from servicemanagement._schema import FieldSchema, TypeSchema

# Models are dataclasses made by ``Model``; each ``__schema__`` is built when first looked
# up (see servicemanagement._model).
if TYPE_CHECKING:
    from dataclasses import KW_ONLY


__all__ = [
    "Operation",
    "OperationError",
]


class Operation(Model):
    """The status of an asynchronous operation."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="Operation",
            namespace=NS_WA,
            root="Operation",
            fields=(
                FieldSchema("id", "element", "ID", NS_WA, absent=""),
                FieldSchema("status", "element", "Status", NS_WA, absent=""),
                FieldSchema("http_status_code", "element", "HttpStatusCode", NS_WA, absent=""),
                FieldSchema("error", "element", "Error", NS_WA, model="OperationError"),
            ),
        )
    )
    _: KW_ONLY
    id: str | None = None
    status: str | None = None
    #: The HTTP status, as text (the legacy attribute was a str).
    http_status_code: str | None = None
    error: OperationError | None = None


class OperationError(Model):
    """Why an asynchronous operation failed."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="OperationError",
            namespace=NS_WA,
            root=None,
            element="Error",
            fields=(
                FieldSchema("code", "element", "Code", NS_WA, absent=""),
                FieldSchema("message", "element", "Message", NS_WA, absent=""),
            ),
        )
    )
    _: KW_ONLY
    code: str | None = None
    message: str | None = None
