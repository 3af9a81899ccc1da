"""``azure.servicemanagement`` keeps the whole public surface of the legacy package.

The expected surface is data (legacy_surface.py): every service class method with its
positional parameters and defaults, every exported model class with its constructor
and attributes, the exported functions and constants. Parameters of ours that are
keyword-only are extensions and not compared; everything a legacy caller could pass
positionally or by keyword must be there, in the same order, with the same default.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import azure.servicemanagement as legacy
import legacy_surface as surface
import pytest
from cassettes import SUBSCRIPTION_ID

BASE_CLASS = "_ServiceManagementClient"  # the legacy name of the shared base class
NO_DEFAULT = inspect.Parameter.empty


@dataclass(frozen=True)
class Unliteral:
    """A legacy default that was no literal (a function): ours must be listed as different."""

    name: str


@dataclass(frozen=True)
class Signature:
    name: str
    parameters: tuple[tuple[str, Any], ...]  # (name, default or NO_DEFAULT)


def _entries(text: str) -> Iterator[str]:
    """The entries of a notation block: indented lines continue the one above."""
    entry = ""
    for line in text.splitlines():
        if line.startswith(" "):
            entry += " " + line.strip()
            continue
        if entry:
            yield entry
        entry = line.strip()
    if entry:
        yield entry


def _default(node: ast.expr) -> Any:
    return Unliteral(node.id) if isinstance(node, ast.Name) else ast.literal_eval(node)


def parse_signature(text: str) -> Signature:
    function = ast.parse(f"def {text}: pass").body[0]
    assert isinstance(function, ast.FunctionDef)
    arguments = [a.arg for a in function.args.args]
    defaults = [NO_DEFAULT] * (len(arguments) - len(function.args.defaults))
    defaults += [_default(d) for d in function.args.defaults]
    return Signature(function.name, tuple(zip(arguments, defaults, strict=True)))


def parse_model(text: str) -> tuple[Signature, list[str]]:
    constructor, _, attributes = text.partition(")")
    return parse_signature(constructor + ")"), attributes.removeprefix(":").split()


def ours(name: str, function: Any) -> Signature:
    """The parameters a caller may pass positionally, ``self`` left out."""
    return Signature(
        name,
        tuple(
            (p.name, p.default)
            for p in inspect.signature(function).parameters.values()
            if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD) and p.name != "self"
        ),
    )


def compare(key: str, legacy_signature: Signature, actual: Signature) -> tuple[Any, Any]:
    """(wanted, actual) parameters; a default listed in DIFFERENT_DEFAULTS under
    ``key.parameter`` is taken from ``actual`` (its reason is documented there)."""
    actual_defaults = dict(actual.parameters)
    wanted = tuple(
        (
            name,
            actual_defaults.get(name) if f"{key}.{name}" in surface.DIFFERENT_DEFAULTS else default,
        )
        for name, default in legacy_signature.parameters
    )
    return wanted, actual.parameters


SERVICE_CLASSES = list(surface.SERVICE_METHODS)
BASE = [parse_signature(entry) for entry in _entries(surface.BASE_METHODS)]
METHODS = [
    (cls, parse_signature(entry))
    for cls, text in surface.SERVICE_METHODS.items()
    for entry in _entries(text)
]
MODELS = [parse_model(entry) for entry in _entries(surface.MODELS)]
FUNCTIONS = [parse_signature(entry) for entry in _entries(surface.FUNCTIONS)]


def test_the_data_is_complete() -> None:
    # A slip in the notation (a lost line, a joined entry) would shrink these.
    assert len(METHODS) == 95 + 15 + 22 + 12 + 12
    assert len(BASE) == 13
    assert len(MODELS) == 155
    assert len({signature.name for signature, _ in MODELS}) == len(MODELS)
    assert all(attributes or sig.name in ("WindowsAzureData", "Feed") for sig, attributes in MODELS)


@pytest.mark.parametrize(
    ("cls", "legacy_signature"),
    [(cls, sig) for cls, sig in METHODS] + [(cls, sig) for cls in SERVICE_CLASSES for sig in BASE],
    ids=lambda value: value if isinstance(value, str) else value.name,
)
def test_service_method(cls: str, legacy_signature: Signature) -> None:
    service_class = getattr(legacy, cls)
    owner = BASE_CLASS if legacy_signature in BASE else cls
    method = getattr(service_class, legacy_signature.name)
    assert callable(method)
    wanted, actual = compare(
        f"{owner}.{legacy_signature.name}", legacy_signature, ours(legacy_signature.name, method)
    )
    assert actual == wanted


@pytest.mark.parametrize("legacy_signature", FUNCTIONS, ids=lambda s: s.name)
def test_function(legacy_signature: Signature) -> None:
    function = getattr(legacy, legacy_signature.name)
    wanted, actual = compare(
        legacy_signature.name, legacy_signature, ours(legacy_signature.name, function)
    )
    assert actual == wanted


@pytest.mark.parametrize(
    ("legacy_signature", "attributes"), MODELS, ids=[sig.name for sig, _ in MODELS]
)
def test_model_class(legacy_signature: Signature, attributes: list[str]) -> None:
    cls = getattr(legacy, legacy_signature.name)
    assert isinstance(cls, type)
    wanted, actual = compare(legacy_signature.name, legacy_signature, ours("", cls))
    assert actual == wanted
    # A new instance, built as a legacy caller would: required arguments given.
    required = [name for name, default in legacy_signature.parameters if default is NO_DEFAULT]
    instance = cls(*(_ARGUMENTS[name] for name in required))
    missing = [attribute for attribute in attributes if not hasattr(instance, attribute)]
    assert not missing


_ARGUMENTS = {"message": "failed", "status_code": 500, "result": None}


def test_model_defaults_are_legacy_values() -> None:
    # Constructor defaults that legacy code reads back or sends (spot checks of the data).
    endpoint = legacy.ConfigurationSetInputEndpoint()
    assert (endpoint.name, endpoint.idle_timeout_in_minutes) == ("", 4)
    assert endpoint.enable_direct_server_return is False
    assert legacy.DataVirtualHardDisk().lun == 0
    assert legacy.PublicIP().name == ""


@pytest.mark.parametrize("cls", SERVICE_CLASSES)
def test_service_class_attributes(cls: str, test_pki: Any) -> None:
    service_class = getattr(legacy, cls)
    with service_class(SUBSCRIPTION_ID, str(test_pki.client_pem)) as client:
        missing = [a for a in surface.BASE_ATTRIBUTES.split() if not hasattr(client, a)]
        assert not missing
        for attribute, value in surface.SERVICE_DEFAULTS[cls].items():
            assert getattr(client, attribute) == value
    # A static method in the legacy class: callable on the class itself.
    assert isinstance(service_class.should_use_requests("client.pem"), bool)


@pytest.mark.parametrize("kind", ["progress", "success", "failure"])
def test_the_default_wait_callbacks_are_where_the_legacy_class_had_them(kind: str) -> None:
    name = f"wait_for_operation_status_{kind}_default_callback"
    for cls in SERVICE_CLASSES:
        callback = getattr(getattr(legacy, cls), name)
        default = inspect.signature(legacy.ServiceManagementService.wait_for_operation_status)
        assert default.parameters[f"{kind}_callback"].default is callback


def test_star_import_gives_every_legacy_name() -> None:
    namespace: dict[str, Any] = {}
    exec("from azure.servicemanagement import *", namespace)
    names = (
        SERVICE_CLASSES
        + [signature.name for signature in FUNCTIONS]
        + [signature.name for signature, _ in MODELS]
        + list(surface.CONSTANTS)
    )
    missing = [name for name in names if name not in namespace]
    assert not missing
    for name, value in surface.CONSTANTS.items():
        assert namespace[name] == value
    for name in surface.DUNDERS:
        assert isinstance(getattr(legacy, name), str)


def _legacy_default(key: str) -> Any:
    """The legacy default a DIFFERENT_DEFAULTS key names."""
    owner, _, parameter = key.rpartition(".")
    signatures = {f"{BASE_CLASS}.{sig.name}": sig for sig in BASE}
    signatures |= {f"{cls}.{sig.name}": sig for cls, sig in METHODS}
    signatures |= {sig.name: sig for sig in FUNCTIONS}
    signatures |= {sig.name: sig for sig, _ in MODELS}
    return dict(signatures[owner].parameters)[parameter]


@pytest.mark.parametrize("key", sorted(surface.DIFFERENT_DEFAULTS))
def test_documented_differences_are_real(key: str) -> None:
    owner, _, parameter = key.rpartition(".")
    cls, _, method = owner.partition(".")
    target = getattr(legacy, "ServiceManagementService" if cls == BASE_CLASS else cls)
    if method:
        target = getattr(target, method)
    assert inspect.signature(target).parameters[parameter].default != _legacy_default(key)


def _oracle_signature(name: str, function: Any) -> Signature:
    """A legacy method's signature as the surface data writes it (``self`` left out; a
    function default is an ``Unliteral``, whatever its name)."""
    parameters = []
    for parameter in inspect.signature(function).parameters.values():
        if parameter.name == "self":
            continue
        default = parameter.default
        if inspect.isfunction(default) or inspect.ismethod(default):
            default = Unliteral("function")
        parameters.append((parameter.name, default))
    return Signature(name, tuple(parameters))


def _unliteral_names(signature: Signature) -> Signature:
    return Signature(
        signature.name,
        tuple(
            (n, Unliteral("function") if isinstance(d, Unliteral) else d)
            for n, d in signature.parameters
        ),
    )


@pytest.mark.parametrize("cls", SERVICE_CLASSES)
def test_the_surface_data_is_the_legacy_package_itself(cls: str) -> None:
    """Every public method of the legacy class, with its exact signature, is in the data
    the tests above hold this package to (the oracle: tests/legacy_oracle.py)."""
    import legacy_oracle

    legacy_class = getattr(legacy_oracle.load(), cls)
    written = {sig.name: _unliteral_names(sig) for c, sig in METHODS if c == cls}
    written |= {sig.name: _unliteral_names(sig) for sig in BASE}
    actual = {
        name: _oracle_signature(name, member)
        for name, member in inspect.getmembers(legacy_class, callable)
        if (not name.startswith("_") or name == "__init__") and not inspect.isclass(member)
    }
    assert written == actual


def test_the_model_data_is_the_legacy_package_itself() -> None:
    """Every legacy model class, its constructor and the attributes of a new instance, as
    the data above has them (which also lists the two error classes legacy exported)."""
    import legacy_oracle

    oracle = legacy_oracle.load()
    written = {sig.name: (_unliteral_names(sig), sorted(attrs)) for sig, attrs in MODELS}
    actual = {}
    for name in dir(oracle):
        cls: Any = getattr(oracle, name)
        if not (isinstance(cls, type) and issubclass(cls, oracle.models.WindowsAzureData)):
            continue
        # The constructor as the class defines or inherits it (object's: no parameters).
        constructor = next(vars(b)["__init__"] for b in cls.__mro__ if "__init__" in vars(b))
        if constructor is object.__init__:
            signature = Signature(name, ())
        else:
            signature = _oracle_signature(name, constructor)
        required = [n for n, default in signature.parameters if default is NO_DEFAULT]
        instance = cls(*[None] * len(required))
        actual[name] = (signature, sorted(a for a in vars(instance) if not a.startswith("_")))
    assert "HostedService" in actual
    assert {name: written[name] for name in actual} == actual
    assert set(written) - set(actual) == {"AzureHttpError", "AzureAsyncOperationHttpError", "Feed"}


def _defined_in(module: ModuleType) -> dict[str, Any]:
    """The public names a legacy module defines: its constants, classes and functions
    (not the classes it imports from its siblings or from elsewhere)."""
    return {
        name: value
        for name, value in vars(module).items()
        if not name.startswith("_")
        and (
            isinstance(value, str | int)
            or (callable(value) and getattr(value, "__module__", "") == module.__name__)
        )
    }


def test_the_legacy_modules_keep_their_names() -> None:
    """``from azure.servicemanagement.models import ...`` and the like still work: each
    module of the legacy package is one of ours, with every name it defined (a constant
    with its legacy value, a class or function as the package exports it)."""
    import legacy_oracle

    oracle = legacy_oracle.load()
    location = str(Path(oracle.__file__ or "").parent)
    names = [m.name for m in pkgutil.iter_modules([location]) if not m.name.startswith("_")]
    assert sorted(names) == sorted(legacy.LEGACY_MODULES)
    namespace: dict[str, Any] = {}
    exec("from azure.servicemanagement import *", namespace)
    for name in names:
        ours = importlib.import_module(f"azure.servicemanagement.{name}")
        assert namespace[name] is ours  # the legacy ``import *`` gave its modules too
        theirs = _defined_in(importlib.import_module(f"{oracle.__name__}.{name}"))
        assert theirs, name
        for attribute, value in theirs.items():
            mine = getattr(ours, attribute)
            if isinstance(value, str | int):
                assert mine == value, f"{name}.{attribute}"
            else:
                assert mine is getattr(legacy, attribute), f"{name}.{attribute}"
