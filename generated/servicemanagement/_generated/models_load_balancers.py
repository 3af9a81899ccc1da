# Generated from spec/types/load_balancers.yaml by `make generate`; do not edit.
"""Models of the load_balancers area."""

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
    "IPForwarding",
]


class IPForwarding(Model):
    """Whether a role or network interface forwards IP traffic not addressed to it."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="IPForwarding",
            namespace=NS_WA,
            root="IPForwarding",
            fields=(FieldSchema("state", "element", "State", NS_WA),),
        )
    )
    _: KW_ONLY
    #: Enabled or Disabled.
    state: str | None = None
