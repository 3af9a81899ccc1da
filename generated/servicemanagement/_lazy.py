"""Load modules on first use: registries and module attributes that import on lookup.

``import servicemanagement`` runs in a few milliseconds because nothing behind a name is
imported until the name is used: a module's ``__getattr__`` (PEP 562) imports the one
module that defines it, and the registries (``MODEL_TYPES``, ``OPERATIONS``) know every
key up front and import the defining module when a value is looked up.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator, Mapping
from importlib import import_module
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    import logging

V = TypeVar("V")


class LazyRegistry(Mapping[str, V]):
    """A read-only mapping whose values live in modules imported when first looked up.

    ``where`` maps each key to the module (relative to ``package``) and the attribute
    holding its value. Keys, ``in`` and ``len`` import nothing.
    """

    __slots__ = ("_loaded", "_package", "_where")

    def __init__(self, package: str, where: dict[str, tuple[str, str]]) -> None:
        self._package = package
        self._where = where
        self._loaded: dict[str, V] = {}

    def __getitem__(self, key: str) -> V:
        try:
            return self._loaded[key]
        except KeyError:
            module, attribute = self._where[key]  # KeyError for an unknown key, as a dict
            value: V = getattr(loaded(f"{self._package}.{module}", ""), attribute)
            self._loaded[key] = value
            return value

    def __contains__(self, key: object) -> bool:
        return key in self._where

    def __iter__(self) -> Iterator[str]:
        return iter(self._where)

    def __len__(self) -> int:
        return len(self._where)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {len(self)} entries>"

    def modules(self) -> dict[str, str]:
        """Key -> the module defining it, by its full name (for ``lazy_attributes``)."""
        return {key: f"{self._package}.{module}" for key, (module, _) in self._where.items()}


def loaded(module: str, package: str) -> Any:
    """``import_module(module, package)``, about five times faster for a module that is
    already imported: ``import *`` looks up every name, most in modules already loaded.
    A module that another thread is still running goes through ``import_module``, which
    waits for it, as the import system does."""
    found = sys.modules.get(package + module if module.startswith(".") else module)
    if found is None or getattr(found.__spec__, "_initializing", False):
        return import_module(module, package)
    return found


def lazy_attributes(
    package: str, modules: Mapping[str, str], namespace: dict[str, Any]
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """A module's ``__getattr__`` and ``__dir__``: ``modules`` maps a name to the module
    (absolute, or relative to ``package`` when it starts with a dot) that defines it; the
    value found is stored in ``namespace`` (the module's globals), so it is looked up once.
    """

    def __getattr__(name: str) -> Any:
        module = modules.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(loaded(module, package), name)
        namespace[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted({*namespace, *modules})

    return __getattr__, __dir__


class _Deferred:
    """Stands for an object made on the first attribute looked up (then kept)."""

    __slots__ = ("_made", "_make")

    def __init__(self, make: Callable[[], Any]) -> None:
        self._make = make
        self._made: Any = None

    def __getattr__(self, attribute: str) -> Any:
        if self._made is None:
            self._made = self._make()
        return getattr(self._made, attribute)


def lazy_module(name: str) -> Any:
    """The module ``name``, imported when an attribute of it is first looked up.

    For heavy dependencies needed only once a client talks to a server (``ssl``,
    ``urllib3``): ``import servicemanagement`` should not pay for them. (Not
    ``importlib.util.LazyLoader``: with packages it can run a submodule twice.)
    """
    return _Deferred(lambda: import_module(name))


def lazy_function(module: str, name: str) -> Any:
    """The function ``name`` of ``module``, which is imported on the first call.

    For a standard module needed only once a request is made or read (``urllib.parse``
    imports ``ipaddress``): the caller binds the name as if imported, so its calls read
    as usual, and type checkers see the real import.
    """
    function: Callable[..., Any] | None = None

    def call(*args: Any, **kwargs: Any) -> Any:
        nonlocal function
        if function is None:
            function = getattr(import_module(module), name)
        return function(*args, **kwargs)

    return call


def lazy_logger(name: str) -> logging.Logger:
    """The logger ``name``, made when first used: ``logging`` (and ``traceback``, which
    it imports) cost about 4 ms, which ``import servicemanagement`` should not pay."""
    # Not a Logger, but it answers every attribute as the logger does.
    return cast("logging.Logger", _Deferred(lambda: import_module("logging").getLogger(name)))
