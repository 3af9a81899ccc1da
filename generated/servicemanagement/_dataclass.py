"""Slotted dataclasses whose dataclass machinery runs on their first use.

Importing ``dataclasses`` costs about 5 ms (it imports ``inspect``, ``ast``, ``dis``),
and ``@dataclass`` about 0.3 ms per class (it compiles ``__init__``, ``__repr__`` and
``__eq__`` from source): more, for the 500-odd classes ``from servicemanagement import
*`` makes, than the legacy package's whole import. Here a class is made slotted at once
(cheap), its defaults kept aside, and ``dataclasses`` runs on its first use: its first
instance, ``repr``, ``==``, ``hash``, ``dataclasses.fields()`` or
``inspect.signature()``. It runs on a twin of the class (``@dataclass(slots=True)``
on the same fields and defaults) and the class gets what that made: the same
``__init__``, ``__repr__``, ``__eq__`` (``__hash__``, ``__setattr__``... when frozen),
``__dataclass_fields__``. A method the class defines itself is kept, as ``@dataclass``
keeps it. Type checkers see dataclasses (``dataclass_transform``).
"""

from __future__ import annotations

import _thread
from collections.abc import Callable
from typing import Any, Literal, TypeVar, dataclass_transform, overload

T = TypeVar("T")
C = TypeVar("C", bound=type)

#: ``threading.Lock()``, without importing ``threading`` (the lock is the same object).
_completing = _thread.allocate_lock()


class _Field:
    """A ``field()`` until the class's first use: its ``dataclasses.field`` options."""

    __slots__ = ("options",)

    def __init__(self, options: dict[str, Any]) -> None:
        self.options = options


@overload
def field(
    *,
    default: T,
    repr: bool = True,
    compare: bool = True,
    kw_only: bool = False,
) -> T: ...


@overload
def field(
    *,
    default_factory: Callable[[], T],
    repr: bool = True,
    compare: bool = True,
    kw_only: bool = False,
) -> T: ...


def field(**options: Any) -> Any:
    """``dataclasses.field`` (the options used here) without importing ``dataclasses``."""
    return _Field(options)


class _OnFirstUse:
    """Stands for what ``@dataclass`` makes (a method, ``__dataclass_fields__``) until
    the class's first use: looking it up completes the class and gives what was made.
    So ``inspect.signature`` of the class sees the dataclass ``__init__``."""

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name

    def __get__(self, instance: object, owner: type) -> Any:
        complete(owner)
        return getattr(owner if instance is None else instance, self.name)


#: What every deferred class stands in placeholders, and what frozen ones add.
_MADE_BY_DATACLASS = (
    "__init__",
    "__repr__",
    "__eq__",
    "__dataclass_fields__",
    "__dataclass_params__",
)
_FROZEN_ONLY = ("__hash__", "__setattr__", "__delattr__", "__getstate__", "__setstate__")
#: The placeholders of mutable and of frozen classes: one per name serves every class.
_PLACEHOLDERS = {
    frozen: [(name, _OnFirstUse(name)) for name in names]
    for frozen, names in ((False, _MADE_BY_DATACLASS), (True, _MADE_BY_DATACLASS + _FROZEN_ONLY))
}


_CLASS_VAR = ("ClassVar", "typing.ClassVar")


def _is_class_var(annotation: Any) -> bool:
    return isinstance(annotation, str) and annotation.startswith(_CLASS_VAR)


def field_names(annotations: dict[str, Any]) -> list[str]:
    """The fields a class body's (string) annotations declare."""
    # _is_class_var inlined: this runs for every field of every model class at import.
    return [
        n
        for n, a in annotations.items()
        if a != "KW_ONLY" and not (isinstance(a, str) and a.startswith(_CLASS_VAR))
    ]


def deferred(namespace: dict[str, Any], *, frozen: bool = False) -> dict[str, Any]:
    """``namespace`` (a class body) made into that of a slotted dataclass to be: its
    fields are slots, their defaults kept aside, and what ``@dataclass`` adds stands in
    placeholders that complete the class (``complete``) when used."""
    annotations = namespace.get("__annotations__", {})
    fields = field_names(annotations)
    defaults = {f: namespace.pop(f) for f in fields if f in namespace}
    names = list(annotations)
    keyword_only = names.index("_") if annotations.get("_") == "KW_ONLY" else None
    namespace["__deferred_dataclass__"] = (defaults, frozen)
    namespace["__slots__"] = tuple(fields)
    namespace["__match_args__"] = tuple(
        name
        for name in names[:keyword_only]
        if name in fields
        and not (isinstance(defaults.get(name), _Field) and defaults[name].options.get("kw_only"))
    )
    for name, placeholder in _PLACEHOLDERS[frozen]:
        namespace.setdefault(name, placeholder)
    if not frozen:
        namespace["__hash__"] = None  # as for any mutable dataclass with ``==``
    return namespace


def complete(cls: type) -> type:
    """Run ``dataclasses.dataclass`` on a twin of the deferred class ``cls`` is (or
    derives from) and give that class what it made in place of its placeholders; return
    that class."""
    import dataclasses  # deferred to a class's first use (see above)

    cls = next(c for c in cls.__mro__ if "__deferred_dataclass__" in c.__dict__)
    with _completing:
        if not isinstance(cls.__dict__["__dataclass_fields__"], _OnFirstUse):
            return cls  # done before, or by another thread
        defaults, frozen = cls.__dict__["__deferred_dataclass__"]
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
        for name, default in defaults.items():
            is_field = isinstance(default, _Field)
            namespace[name] = dataclasses.field(**default.options) if is_field else default
        make = dataclasses.dataclass(frozen=frozen, slots=True)
        twin: type = make(type(cls.__name__, (), namespace))
        placeholders = [n for n, v in cls.__dict__.items() if isinstance(v, _OnFirstUse)]
        # The fields last: they are what says the class is complete.
        for name in sorted(placeholders, key=lambda n: n == "__dataclass_fields__"):
            if name in twin.__dict__:
                setattr(cls, name, twin.__dict__[name])
            else:
                delattr(cls, name)  # not made by this Python's dataclasses
    return cls


@dataclass_transform(field_specifiers=(field,))
def dataclass(*, frozen: bool = False, slots: Literal[True] = True) -> Callable[[C], C]:
    """``@dataclasses.dataclass(frozen=..., slots=True)``, run on the class's first use.

    As with ``slots=True``, the class decorated is replaced by a slotted copy.
    """

    def make(cls: C) -> C:
        namespace = {k: v for k, v in cls.__dict__.items() if k not in ("__dict__", "__weakref__")}
        made: C = type(cls)(cls.__name__, cls.__bases__, deferred(namespace, frozen=frozen))
        return made

    return make
