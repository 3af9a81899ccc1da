# Generated from spec/types/owners.yaml by `make generate`; do not edit.
"""Models of the owners area."""

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
    from datetime import datetime

    from servicemanagement._generated.models_widgets import CircleShape, Part, Shape, SquareShape

__all__ = [
    "Owner",
    "CreateWidget",
    "WidgetSettings",
    "WidgetStats",
    "WidgetSample",
]


class Owner(Model):
    """Who owns a widget (referred to from another file)."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="Owner",
            namespace=NS_WA,
            root=None,
            element="Owner",
            fields=(
                FieldSchema("email", "element", "Email", NS_WA),
                FieldSchema("since", "element", "Since", NS_WA, scalar="datetime", nillable=True),
            ),
        )
    )
    _: KW_ONLY
    email: str | None = None
    since: datetime | None = None


class CreateWidget(Model):
    """The body of create_widget, built from its arguments."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="CreateWidget",
            namespace=NS_WA,
            root="CreateWidget",
            fields=(
                FieldSchema("name", "element", "Name", NS_WA),
                FieldSchema("label", "element", "Label", NS_WA, scalar="base64"),
                FieldSchema("size", "element", "Size", NS_WA, scalar="int"),
                FieldSchema("kind", "element", "Kind", NS_WA),
                FieldSchema("shape", "element", "Shape", NS_WA, model="Shape"),
                FieldSchema("owner_email", "element", "OwnerEmail", NS_WA),
                FieldSchema("tags", "list", "Tags", NS_WA, item="Tag"),
                FieldSchema(
                    "properties",
                    "dict",
                    "Properties",
                    NS_WA,
                    item="Property",
                    key="Name",
                    value="Value",
                ),
                FieldSchema("parts", "flat", "Part", NS_WA, model="Part"),
                FieldSchema("settings", "element", "Settings", NS_WA, model="WidgetSettings"),
            ),
        )
    )
    _: KW_ONLY
    name: str | None = None
    label: str | None = None
    size: int | None = None
    kind: str = "standard"
    shape: Shape | CircleShape | SquareShape | None = None
    owner_email: str | None = None
    tags: list[str] | None = None
    properties: dict[str, str] | None = None
    parts: list[Part] | None = None
    settings: WidgetSettings | None = None


class WidgetSettings(Model):
    """WidgetSettings"""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="WidgetSettings",
            namespace=NS_WA,
            root=None,
            element="Settings",
            fields=(
                FieldSchema("enabled", "element", "Enabled", NS_WA, scalar="bool"),
                FieldSchema("note", "element", "Note", NS_WA),
            ),
        )
    )
    _: KW_ONLY
    enabled: bool | None = None
    note: str | None = None


class WidgetStats(Model):
    """Usage of a widget, as a JSON object."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="WidgetStats",
            namespace=NS_WA,
            root=None,
            element="WidgetStats",
            fields=(
                FieldSchema("odata_type", "element", "odata.type", NS_WA),
                FieldSchema("count", "element", "Count", NS_WA, scalar="int"),
                FieldSchema("mean", "element", "Mean", NS_WA, scalar="float"),
                FieldSchema("healthy", "element", "Healthy", NS_WA, scalar="bool"),
                FieldSchema("since", "element", "Since", NS_WA, scalar="datetime"),
                FieldSchema("samples", "flat", "Samples", NS_WA, model="WidgetSample"),
                FieldSchema("labels", "flat", "Labels", NS_WA),
            ),
            items="samples",
            json=True,
        )
    )
    _: KW_ONLY
    odata_type: str = "Sample.Stats"
    count: int | None = None
    mean: float | None = None
    healthy: bool | None = None
    since: datetime | None = None
    samples: list[WidgetSample] | None = None
    labels: list[str] | None = None

    def __iter__(self) -> Iterator[WidgetSample]:
        return iter(self.samples or ())

    def __len__(self) -> int:
        return len(self.samples or ())

    def __getitem__(self, index: int) -> WidgetSample:
        return (self.samples or [])[index]


class WidgetSample(Model):
    """One measurement."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="WidgetSample",
            namespace=NS_WA,
            root=None,
            element="Samples",
            fields=(
                FieldSchema("name", "element", "Name", NS_WA),
                FieldSchema("value", "element", "Value", NS_WA, scalar="float"),
            ),
            json=True,
        )
    )
    _: KW_ONLY
    name: str | None = None
    value: float | None = None
