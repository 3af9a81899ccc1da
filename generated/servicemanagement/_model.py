"""The base class of every generated model, and how model classes are made.

Models are slotted dataclasses whose dataclass machinery runs on first use
(servicemanagement._dataclass): ``dataclasses.dataclass`` costs about 0.3 ms per class,
so making the 500-odd spec types at import would cost more than the legacy package's
whole import. Type checkers see dataclasses (``dataclass_transform``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast, dataclass_transform

from servicemanagement._dataclass import deferred, field, field_names

if TYPE_CHECKING:
    from servicemanagement._schema import TypeSchema
    from servicemanagement._unknown import Unknown

M = TypeVar("M", bound="Model")
#: What repr/str show for a secret field's value.
MASK = "'***'"


class _ModelType(type):
    """Makes each model class a deferred slotted dataclass."""

    def __new__(
        mcls, name: str, bases: tuple[type, ...], namespace: dict[str, Any], **kwargs: Any
    ) -> _ModelType:
        if any(isinstance(base, _ModelType) and base is not Model for base in bases):
            # A subclass of a model class: a plain subclass, which inherits its fields
            # and methods. New fields would need the dataclass machinery of both.
            if field_names(namespace.get("__annotations__", {})):
                raise TypeError(f"{name}: a subclass of a model class cannot add fields")
        elif "__slots__" not in namespace:
            namespace = deferred(namespace)
        return super().__new__(mcls, name, bases, namespace, **kwargs)


@dataclass_transform(field_specifiers=(field,))
class Model(metaclass=_ModelType):
    """A typed dataclass with an XML shape (``__schema__``) read by the XML engine.

    ``_xml_unknown`` keeps what a parsed document held that the spec does not describe
    (see ``servicemanagement._unknown``), and how the fields read as None or as their
    legacy default (the spec's ``absent:``) were written; it is not a field, so it is in
    no ``repr``, ``==`` or constructor. Assigning such a field drops its note, so the
    caller's value is written.
    """

    __slots__ = ("_xml_unknown",)

    if not TYPE_CHECKING:  # hidden from type checkers, which still check attribute names

        def __setattr__(self, name: str, value: Any) -> None:
            object.__setattr__(self, name, value)
            unknown: Unknown | None = getattr(self, "_xml_unknown", None)
            if unknown is not None and name in unknown.nulls:
                # Set by the caller: written whatever its value, no longer as it was
                # read. A new Unknown, as a copy of this model (copy.copy) shares it.
                object.__setattr__(self, "_xml_unknown", unknown.without_null(name))

    __schema__: ClassVar[TypeSchema]
    if TYPE_CHECKING:
        __dataclass_fields__: ClassVar[dict[str, Any]]
        _xml_unknown: Unknown

    def to_xml(self) -> bytes:
        """This model as a complete XML document (UTF-8 bytes); a type that is only ever
        part of other documents is written as the element its parents give it."""
        from servicemanagement import _xml

        return _xml.serialize(self)

    def _masked_repr(self) -> str:
        """The dataclass repr with ``secret`` fields (passwords, keys) masked: the
        ``__repr__`` (and so ``str``) of models that have such fields."""
        import dataclasses  # deferred (servicemanagement._dataclass)

        secret = {f.attr for f in self.__schema__.fields if f.secret}
        parts = (
            f"{f.name}={MASK if f.name in secret and value is not None else repr(value)}"
            for f in dataclasses.fields(self)
            for value in (getattr(self, f.name),)
        )
        return f"{type(self).__qualname__}({', '.join(parts)})"

    @classmethod
    def from_xml(cls: type[M], data: bytes | str) -> M:
        """Parse a complete XML document whose root is the element this model is written as."""
        from servicemanagement import _xml

        return _xml.parse(cls, data)

    def to_json(self) -> bytes:
        """This model as a JSON document (for the types the spec marks ``json``)."""
        from servicemanagement import _json

        return _json.serialize(self)

    @classmethod
    def from_json(cls: type[M], data: bytes | str) -> M:
        """Parse a JSON document into this model (for the types the spec marks ``json``)."""
        from servicemanagement import _json

        return _json.parse(cls, data)

    def to_body(self) -> bytes:
        """This model as a request body, in the format its schema says."""
        return self.to_json() if self.__schema__.json else self.to_xml()

    @classmethod
    def from_body(cls: type[M], data: bytes | str) -> M:
        """A response body read as this model, in the format its schema says."""
        return cls.from_json(data) if cls.__schema__.json else cls.from_xml(data)


class _SchemaOnFirstUse:
    """A model class's ``__schema__`` until first looked up: then built and kept in its
    place. Building every schema (2,000-odd ``FieldSchema``) would be a fifth of what
    making the model classes costs, and a program looks up a few."""

    __slots__ = ("_build",)

    def __init__(self, build: Callable[[], TypeSchema]) -> None:
        self._build = build

    def __get__(self, instance: object, owner: type) -> TypeSchema:
        schema = self._build()
        home: Any = next(c for c in owner.__mro__ if c.__dict__.get("__schema__") is self)
        home.__schema__ = schema
        return schema


def schema_on_first_use(build: Callable[[], TypeSchema]) -> TypeSchema:
    """A model class's ``__schema__``: ``build()``, run when it is first looked up."""
    # Not a TypeSchema, but the class attribute it stands in becomes one when looked up.
    return cast("TypeSchema", _SchemaOnFirstUse(build))


def new_model(name: str) -> Callable[[], Any]:
    """A dataclass default factory: a fresh instance of the model class ``name``.

    The class is looked up when the factory runs, so models may name classes that are
    defined later or in another module.
    """

    def make() -> Any:
        from servicemanagement._generated import MODEL_TYPES

        return MODEL_TYPES[name]()

    return make
