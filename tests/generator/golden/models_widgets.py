# Generated from spec/types/widgets.yaml by `make generate`; do not edit.
"""Models of the widgets area."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, ClassVar

from servicemanagement._generated.namespaces import NS_EXT, NS_WA
from servicemanagement._model import Model, schema_on_first_use
from servicemanagement._schema import Discriminator, FieldSchema, TypeSchema

# Models are dataclasses made by ``Model``; each ``__schema__`` is built when first looked
# up (see servicemanagement._model).
if TYPE_CHECKING:
    from dataclasses import KW_ONLY
    from datetime import datetime

    from servicemanagement._generated.models_owners import Owner

__all__ = [
    "Widget",
    "Part",
    "Widgets",
    "Shape",
    "CircleShape",
    "SquareShape",
    "Extra",
]


class Widget(Model):
    """A widget; every scalar type and every field kind."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="Widget",
            namespace=NS_WA,
            root="Widget",
            fields=(
                FieldSchema("name", "element", "Name", NS_WA),
                FieldSchema("label", "element", "Label", NS_WA, scalar="base64"),
                FieldSchema("size", "element", "Size", NS_WA, scalar="int"),
                FieldSchema("ratio", "element", "Ratio", NS_WA, scalar="float"),
                FieldSchema("enabled", "element", "Enabled", NS_WA, scalar="bool"),
                FieldSchema("created", "element", "Created", NS_WA, scalar="datetime"),
                FieldSchema("version", "element", "Version", NS_WA, scalar="int"),
                FieldSchema("description", "element", "Description", NS_WA, nillable=True),
                FieldSchema("tags", "list", "Tags", NS_WA, item="Tag", nillable=True),
                FieldSchema("aliases", "flat", "Alias", NS_WA),
                FieldSchema("parts", "flat", "Part", NS_WA, model="Part"),
                FieldSchema(
                    "properties",
                    "dict",
                    "Properties",
                    NS_WA,
                    item="Property",
                    key="Name",
                    value="Value",
                ),
                FieldSchema("shape", "element", "Shape", NS_WA, model="Shape"),
                FieldSchema("shapes", "list", "Shapes", NS_WA, model="Shape", item="Shape"),
                FieldSchema("extra", "element", "Extra", NS_WA, model="Extra"),
                FieldSchema("note", "element", "Note", NS_EXT),
                FieldSchema("owner", "element", "Owner", NS_WA, model="Owner", nillable=True),
                FieldSchema("os", "element", "OS", NS_WA),
            ),
        )
    )
    #: The widget's unique name.
    name: str | None = None
    size: int | None = None
    _: KW_ONLY
    #: Sent base64-encoded.
    label: str | None = None
    ratio: float | None = None
    enabled: bool | None = None
    created: datetime | None = None
    version: int = 1
    description: str | None = None
    tags: list[str] | None = None
    aliases: list[str] | None = None
    parts: list[Part] | None = None
    properties: dict[str, str] | None = None
    shape: Shape | CircleShape | SquareShape | None = None
    shapes: list[Shape | CircleShape | SquareShape] | None = None
    extra: Extra | None = None
    note: str | None = None
    owner: Owner | None = None
    #: Derived Python name os.
    os: str | None = None


class Part(Model):
    """A part; attributes and text content."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="Part",
            namespace=NS_WA,
            root=None,
            element="Part",
            fields=(
                FieldSchema("id", "attribute", "id", "", scalar="int"),
                FieldSchema("kind", "attribute", "kind", ""),
                FieldSchema("checked", "attribute", "checked", "", scalar="bool"),
                FieldSchema("value", "text", "", NS_WA),
            ),
        )
    )
    _: KW_ONLY
    id: int | None = None
    kind: str | None = None
    checked: bool | None = None
    value: str | None = None


class Widgets(Model):
    """The response of list_widgets; iterate it for Widget items."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="Widgets",
            namespace=NS_WA,
            root="Widgets",
            fields=(FieldSchema("widgets", "flat", "Widget", NS_WA, model="Widget"),),
            items="widgets",
        )
    )
    _: KW_ONLY
    widgets: list[Widget] | None = None

    def __iter__(self) -> Iterator[Widget]:
        return iter(self.widgets or ())

    def __len__(self) -> int:
        return len(self.widgets or ())

    def __getitem__(self, index: int) -> Widget:
        return (self.widgets or [])[index]


class Shape(Model):
    """A shape; the ShapeType element selects the class."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="Shape",
            namespace=NS_WA,
            root=None,
            element="Shape",
            fields=(
                FieldSchema("shape_type", "element", "ShapeType", NS_WA),
                FieldSchema("color", "element", "Color", NS_WA),
            ),
            discriminator=Discriminator(
                "ShapeType", (("Circle", "CircleShape"), ("Square", "SquareShape"))
            ),
        )
    )
    _: KW_ONLY
    shape_type: str | None = None
    color: str | None = None


class CircleShape(Model):
    """CircleShape"""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="CircleShape",
            namespace=NS_WA,
            root=None,
            element="CircleShape",
            fields=(
                FieldSchema("shape_type", "element", "ShapeType", NS_WA),
                FieldSchema("color", "element", "Color", NS_WA),
                FieldSchema("radius", "element", "Radius", NS_WA, scalar="float"),
            ),
        )
    )
    _: KW_ONLY
    shape_type: str = "Circle"
    color: str | None = None
    radius: float | None = None


class SquareShape(Model):
    """SquareShape"""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="SquareShape",
            namespace=NS_WA,
            root=None,
            element="SquareShape",
            fields=(
                FieldSchema("shape_type", "element", "ShapeType", NS_WA),
                FieldSchema("color", "element", "Color", NS_WA),
                FieldSchema("side", "element", "Side", NS_WA, scalar="int"),
            ),
        )
    )
    _: KW_ONLY
    shape_type: str = "Square"
    color: str | None = None
    side: int | None = None


class Extra(Model):
    """A type in another namespace."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="Extra",
            namespace=NS_EXT,
            root="Extra",
            fields=(
                FieldSchema("code", "element", "Code", NS_EXT, scalar="int"),
                FieldSchema("flags", "list", "Flags", NS_EXT, scalar="bool", item="Flag"),
                FieldSchema("stamp", "element", "Stamp", NS_WA, scalar="datetime"),
            ),
        )
    )
    _: KW_ONLY
    code: int | None = None
    flags: list[bool] | None = None
    stamp: datetime | None = None
