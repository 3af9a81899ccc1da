"""The base class of every generated model, and how model classes are made.

Models are slotted dataclasses. ``dataclasses.dataclass`` costs about 0.3 ms per class
(it compiles ``__init__``, ``__repr__`` and ``__eq__`` from source), so making the
200-odd spec types at import would cost more than the legacy package's whole import.
Here the class is made slotted at once (cheap) and the dataclass machinery runs on a
class's first use: its first instance, ``repr``, ``==`` or ``dataclasses.fields()``.
The result is what ``@dataclass(slots=True)`` makes (same ``__init__``, ``__repr__``,
``__eq__``, ``__dataclass_fields__``), and type checkers see a dataclass
(``dataclass_transform``).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from types import MethodType
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, dataclass_transform

if TYPE_CHECKING:
    from servicemanagement._schema import TypeSchema
    from servicemanagement._unknown import Unknown

M = TypeVar("M", bound="Model")
T = TypeVar("T")
#: What repr/str show for a secret field's value.
MASK = "'***'"

#: What ``@dataclass`` would add, copied from the dataclass made on first use.
_MADE_BY_DATACLASS = (
    "__init__",
    "__repr__",
    "__eq__",
    "__dataclass_fields__",
    "__dataclass_params__",
)
_completing = threading.Lock()


class _Field:
    """A field whose default is made per instance: ``dataclasses.field`` without
    importing ``dataclasses`` (and ``inspect``) at import time."""

    __slots__ = ("options",)

    def __init__(self, options: dict[str, Any]) -> None:
        self.options = options


def field(*, default_factory: Callable[[], T], repr: bool = True, compare: bool = True) -> T:  # noqa: A002
    """``dataclasses.field`` for models (the spelling the generated code uses)."""
    options = {"default_factory": default_factory, "repr": repr, "compare": compare}
    return _Field(options)  # type: ignore[return-value]  # a field specifier, as in dataclasses


def _is_class_var(annotation: Any) -> bool:
    return isinstance(annotation, str) and annotation.startswith(("ClassVar", "typing.ClassVar"))


def _complete(cls: type) -> type:
    """Run ``dataclasses.dataclass`` on a twin of the model class ``cls`` is (or derives
    from) and give that class what it made; return that class."""
    import dataclasses  # deferred to a class's first use (see above)

    cls = next(c for c in cls.__mro__ if "__model_defaults__" in c.__dict__)
    with _completing:
        if "__dataclass_fields__" in cls.__dict__:
            return cls  # done before, or by another thread
        annotations = {
            name: dataclasses.KW_ONLY if annotation == "KW_ONLY" else annotation
            for name, annotation in cls.__annotations__.items()
            if not _is_class_var(annotation)
        }
        namespace: dict[str, Any] = {
            "__module__": cls.__module__,
            "__qualname__": cls.__qualname__,
            "__annotations__": annotations,
        }
        for name, default in cls.__dict__["__model_defaults__"].items():
            is_field = isinstance(default, _Field)
            namespace[name] = dataclasses.field(**default.options) if is_field else default
        twin: type = dataclasses.dataclass(type(cls.__name__, (), namespace))
        for name in _MADE_BY_DATACLASS:
            own = cls.__dict__.get(name)
            if own is not None and not isinstance(own, _FirstUse):
                continue  # the class's own method (a masked ``__repr__``), kept as is
            setattr(cls, name, twin.__dict__[name])
    return cls


class _FirstUse:
    """A method that completes its class, then does what the dataclass method does.

    ``inspect.signature`` of the class (or of the method) completes it too, so
    signatures are the dataclass ones before any instance exists.
    """

    def __init__(self, name: str) -> None:
        self.name = name
        self.owner: type | None = None

    def __set_name__(self, owner: type, name: str) -> None:
        self.owner = owner

    def __get__(self, instance: object, owner: type | None = None) -> Any:
        return self if instance is None else MethodType(self, instance)

    def __call__(self, instance: Any, *args: Any, **kwargs: Any) -> Any:
        _complete(type(instance))
        return getattr(type(instance), self.name)(instance, *args, **kwargs)

    @property
    def __signature__(self) -> Any:
        import inspect

        assert self.owner is not None  # set when the class was made
        return inspect.signature(_complete(self.owner).__dict__[self.name])


class _DataclassFields:
    """``__dataclass_fields__`` before a class's first use: completes the class."""

    def __get__(self, instance: object, owner: type) -> Any:
        if owner is Model:
            raise AttributeError("Model itself is not a dataclass")
        return _complete(owner).__dict__["__dataclass_fields__"]


class _ModelType(type):
    """Makes each model class slotted, its defaults kept aside until its first use."""

    def __new__(
        mcls, name: str, bases: tuple[type, ...], namespace: dict[str, Any], **kwargs: Any
    ) -> _ModelType:
        annotations = namespace.get("__annotations__", {})
        fields = [n for n, a in annotations.items() if a != "KW_ONLY" and not _is_class_var(a)]
        if any(isinstance(base, _ModelType) and base is not Model for base in bases):
            # A subclass of a model class: a plain subclass, which inherits its fields
            # and methods. New fields would need the dataclass machinery of both.
            if fields:
                raise TypeError(f"{name}: a subclass of a model class cannot add fields")
        elif "__slots__" not in namespace:
            namespace["__model_defaults__"] = {
                f: namespace.pop(f) for f in fields if f in namespace
            }
            namespace["__slots__"] = tuple(fields)
            names = list(annotations)
            keyword_only = names.index("_") if annotations.get("_") == "KW_ONLY" else None
            positional = [n for n in names[:keyword_only] if n in fields]
            namespace["__match_args__"] = tuple(positional)
            namespace["__hash__"] = None  # as for any mutable dataclass with ``==``
            for method in ("__init__", "__repr__", "__eq__"):
                namespace.setdefault(method, _FirstUse(method))
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
        import dataclasses  # deferred as in ``_complete``

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


if not TYPE_CHECKING:
    Model.__dataclass_fields__ = _DataclassFields()


def new_model(name: str) -> Callable[[], Any]:
    """A dataclass default factory: a fresh instance of the model class ``name``.

    The class is looked up when the factory runs, so models may name classes that are
    defined later or in another module.
    """

    def make() -> Any:
        from servicemanagement._generated import MODEL_TYPES

        return MODEL_TYPES[name]()

    return make
