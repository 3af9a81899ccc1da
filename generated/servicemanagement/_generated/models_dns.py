# Generated from spec/types/dns.yaml by `make generate`; do not edit.
"""Models of the dns area."""

from __future__ import annotations

from dataclasses import KW_ONLY, dataclass
from typing import ClassVar

from servicemanagement._generated.namespaces import NS_WA
from servicemanagement._model import Model
from servicemanagement._schema import FieldSchema, TypeSchema

__all__ = [
    "DnsServer",
]


@dataclass(slots=True)
class DnsServer(Model):
    """A DNS server of a deployment or virtual network (the body of add_/update_dns_server)."""

    __schema__: ClassVar[TypeSchema] = TypeSchema(
        name="DnsServer",
        namespace=NS_WA,
        root="DnsServer",
        fields=(
            FieldSchema("name", "element", "Name", NS_WA),
            FieldSchema("address", "element", "Address", NS_WA),
        ),
    )
    _: KW_ONLY
    name: str | None = None
    address: str | None = None
