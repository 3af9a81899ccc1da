"""The base class of every generated model."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any, ClassVar, TypeVar

from servicemanagement import _json, _xml
from servicemanagement._schema import TypeSchema

M = TypeVar("M", bound="Model")
#: What repr/str show for a secret field's value.
MASK = "'***'"


class Model:
    """A typed dataclass with an XML shape (``__schema__``) read by the XML engine."""

    #: The fields a parsed document did not have (or had empty or nil), which read as
    #: their legacy default (the spec's ``absent:``) and are written back as they were
    #: while they hold it: field -> "missing", "empty" or "nil". Only set on parsed
    #: instances; not a dataclass field, so not part of equality or repr.
    __slots__ = ("_absent_fields",)

    def __setattr__(self, name: str, value: Any) -> None:
        object.__setattr__(self, name, value)
        absent: dict[str, str] | None = getattr(self, "_absent_fields", None)
        if absent and name in absent:
            # Set by the caller: written whatever its value. A new dict, as a copy of
            # this model (copy.copy) shares the old one.
            remaining = {field: how for field, how in absent.items() if field != name}
            object.__setattr__(self, "_absent_fields", remaining)

    __schema__: ClassVar[TypeSchema]

    def to_xml(self) -> bytes:
        """This model as a complete XML document (UTF-8 bytes); a type that is only ever
        part of other documents is written as the element its parents give it."""
        return _xml.serialize(self)

    def _masked_repr(self) -> str:
        """The dataclass repr with ``secret`` fields (passwords, keys) masked: the
        ``__repr__`` (and so ``str``) of models that have such fields."""
        secret = {f.attr for f in self.__schema__.fields if f.secret}
        parts = (
            f"{f.name}={MASK if f.name in secret and value is not None else repr(value)}"
            for f in dataclasses.fields(self)  # type: ignore[arg-type]
            for value in (getattr(self, f.name),)
        )
        return f"{type(self).__qualname__}({', '.join(parts)})"

    @classmethod
    def from_xml(cls: type[M], data: bytes | str) -> M:
        """Parse a complete XML document whose root is the element this model is written as."""
        return _xml.parse(cls, data)

    def to_json(self) -> bytes:
        """This model as a JSON document (for the types the spec marks ``json``)."""
        return _json.serialize(self)

    @classmethod
    def from_json(cls: type[M], data: bytes | str) -> M:
        """Parse a JSON document into this model (for the types the spec marks ``json``)."""
        return _json.parse(cls, data)

    def to_body(self) -> bytes:
        """This model as a request body, in the format its schema says."""
        return self.to_json() if self.__schema__.json else self.to_xml()

    @classmethod
    def from_body(cls: type[M], data: bytes | str) -> M:
        """A response body read as this model, in the format its schema says."""
        return cls.from_json(data) if cls.__schema__.json else cls.from_xml(data)


def new_model(name: str) -> Callable[[], Any]:
    """A dataclass default factory: a fresh instance of the model class ``name``.

    The class is looked up when the factory runs, so models may name classes that are
    defined later or in another module.
    """

    def make() -> Any:
        return _xml.resolve_type(name)()

    return make
