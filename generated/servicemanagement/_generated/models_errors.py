# Generated from spec/types/errors.yaml by `make generate`; do not edit.
"""Models of the errors area."""

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
    "ServiceError",
]


class ServiceError(Model):
    """The error document the service answers a failed request with (servicemanagement.errors
    turns it into a typed exception). The Websites API sends an extended one: WebsiteError."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="ServiceError",
            namespace=NS_WA,
            root="Error",
            fields=(
                FieldSchema("code", "element", "Code", NS_WA),
                FieldSchema("message", "element", "Message", NS_WA),
            ),
        )
    )
    _: KW_ONLY
    code: str | None = None
    message: str | None = None
