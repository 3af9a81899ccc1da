"""The base class of every generated model."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar, TypeVar

from servicemanagement import _xml
from servicemanagement._schema import TypeSchema

M = TypeVar("M", bound="Model")


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

    @classmethod
    def from_xml(cls: type[M], data: bytes | str) -> M:
        """Parse a complete XML document whose root is the element this model is written as."""
        return _xml.parse(cls, data)


def new_model(name: str) -> Callable[[], Any]:
    """A dataclass default factory: a fresh instance of the model class ``name``.

    The class is looked up when the factory runs, so models may name classes that are
    defined later or in another module.
    """

    def make() -> Any:
        return _xml.resolve_type(name)()

    return make
