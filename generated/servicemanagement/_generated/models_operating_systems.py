# Generated from spec/types/operating_systems.yaml by `make generate`; do not edit.
"""Models of the operating_systems area."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, ClassVar

from servicemanagement._generated.namespaces import NS_WA
from servicemanagement._model import Model, schema_on_first_use
from servicemanagement._schema import FieldSchema, TypeSchema

# Models are dataclasses made by ``Model``; each ``__schema__`` is built when first looked
# up (see servicemanagement._model).
if TYPE_CHECKING:
    from dataclasses import KW_ONLY


__all__ = [
    "OperatingSystems",
    "OperatingSystem",
    "OperatingSystemFamilies",
    "OperatingSystemFamily",
]


class OperatingSystems(Model):
    """The response of list_operating_systems; iterate it for OperatingSystem items."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="OperatingSystems",
            namespace=NS_WA,
            root="OperatingSystems",
            fields=(
                FieldSchema(
                    "operating_systems",
                    "flat",
                    "OperatingSystem",
                    NS_WA,
                    model="OperatingSystem",
                    absent="new",
                ),
            ),
            items="operating_systems",
        )
    )
    _: KW_ONLY
    operating_systems: list[OperatingSystem] | None = None

    def __iter__(self) -> Iterator[OperatingSystem]:
        return iter(self.operating_systems or ())

    def __len__(self) -> int:
        return len(self.operating_systems or ())

    def __getitem__(self, index: int) -> OperatingSystem:
        return (self.operating_systems or [])[index]


class OperatingSystem(Model):
    """A guest OS version that cloud-service roles can run."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="OperatingSystem",
            namespace=NS_WA,
            root=None,
            element="OperatingSystem",
            fields=(
                FieldSchema("version", "element", "Version", NS_WA, absent=""),
                FieldSchema("label", "element", "Label", NS_WA, scalar="base64"),
                FieldSchema(
                    "is_default", "element", "IsDefault", NS_WA, scalar="bool", absent=True
                ),
                FieldSchema("is_active", "element", "IsActive", NS_WA, scalar="bool", absent=True),
                FieldSchema("family", "element", "Family", NS_WA, scalar="int", absent=0),
                FieldSchema("family_label", "element", "FamilyLabel", NS_WA, scalar="base64"),
            ),
        )
    )
    _: KW_ONLY
    #: The osVersion of a service configuration, e.g. WA-GUEST-OS-4.20_201505-01.
    version: str | None = None
    label: str | None = None
    is_default: bool | None = None
    is_active: bool | None = None
    #: The osFamily of a service configuration.
    family: int | None = None
    family_label: str | None = None


class OperatingSystemFamilies(Model):
    """The response of list_operating_system_families; iterate it for the families."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="OperatingSystemFamilies",
            namespace=NS_WA,
            root="OperatingSystemFamilies",
            fields=(
                FieldSchema(
                    "operating_system_families",
                    "flat",
                    "OperatingSystemFamily",
                    NS_WA,
                    model="OperatingSystemFamily",
                    absent="new",
                ),
            ),
            items="operating_system_families",
        )
    )
    _: KW_ONLY
    operating_system_families: list[OperatingSystemFamily] | None = None

    def __iter__(self) -> Iterator[OperatingSystemFamily]:
        return iter(self.operating_system_families or ())

    def __len__(self) -> int:
        return len(self.operating_system_families or ())

    def __getitem__(self, index: int) -> OperatingSystemFamily:
        return (self.operating_system_families or [])[index]


class OperatingSystemFamily(Model):
    """A guest OS family (e.g. 4 = Windows Server 2012 R2) and its versions."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="OperatingSystemFamily",
            namespace=NS_WA,
            root=None,
            element="OperatingSystemFamily",
            fields=(
                FieldSchema("name", "element", "Name", NS_WA, absent=""),
                FieldSchema("label", "element", "Label", NS_WA, scalar="base64"),
                FieldSchema(
                    "operating_systems",
                    "element",
                    "OperatingSystems",
                    NS_WA,
                    model="OperatingSystems",
                ),
            ),
        )
    )
    _: KW_ONLY
    #: The family number, as text (e.g. '4').
    name: str | None = None
    #: None when absent, as in the legacy class (base64 labels were).
    label: str | None = None
    operating_systems: OperatingSystems | None = None
