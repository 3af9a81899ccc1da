"""The typed code model the generator builds from the spec, before rendering."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

#: Scalar wire types; anything else in a ``type:`` names a spec type.
SCALARS = frozenset({"string", "int", "float", "bool", "base64", "datetime"})
#: Body types that are not XML documents: ``json`` (a JSON value) and ``text`` (a string).
RAW_BODIES = frozenset({"json", "text"})


@dataclass(frozen=True, slots=True)
class Loc:
    """Where something was written in the spec, for error messages."""

    file: str
    line: int

    def __str__(self) -> str:
        return f"{self.file}:{self.line}"


@dataclass(frozen=True, slots=True)
class Field:
    attr: str
    kind: str  # element | attribute | text | list | flat | dict | any
    name: str  # wire name of the element or attribute
    namespace: str  # URI
    scalar: str | None
    model: str | None
    item: str | None
    key: str | None
    value: str | None
    nillable: bool
    omit_empty: bool
    #: Read from XML, never written: a legacy attribute its serializer left out.
    read_only: bool
    default: Any
    #: Construction-only default: a constant, or ``"new"`` (a fresh model / empty list).
    #: Reading XML leaves the field None when its element is absent.
    init: Any
    doc: str
    loc: Loc
    item_namespace: str | None = None  # URI of list items, when not the wrapper's
    bool_words: tuple[str, str] | None = None  # written for True, False
    #: What reading gives when the element is absent (the legacy class default): a scalar,
    #: or ``new`` for an empty list, dict or model. Never written back.
    absent: Any = None
    #: A password or key: masked in repr/str, never quoted in errors or logs.
    secret: bool = False


@dataclass(frozen=True, slots=True)
class TypeDef:
    name: str
    area: str
    root: str | None
    namespace: str
    fields: tuple[Field, ...]
    positional: tuple[str, ...]
    items: str | None
    discriminator: str | None
    variants: tuple[tuple[str, str], ...]
    doc: str
    loc: Loc
    #: A JSON object: its fields are members (element) and arrays (flat).
    json: bool = False


@dataclass(frozen=True, slots=True)
class Param:
    name: str
    location: str  # path | query | header | body | ignored
    wire: str | None
    flag: str | None
    type: str  # scalar name, model name, list[Model] or dict
    has_default: bool
    default: Any
    required: bool
    min_length: int | None
    max_length: int | None
    pattern: str | None
    choices: tuple[str, ...] | None
    doc: str
    loc: Loc
    raw: bool = False  # a query parameter that is itself a query string
    minimum: int | float | None = None  # inclusive bounds of a number
    maximum: int | float | None = None
    secret: bool = False  # a password or key: never quoted in errors or logs


@dataclass(frozen=True, slots=True)
class Body:
    type: str
    param: str | None  # the body is this argument as it is
    fill: Any  # or: a fill expression tree building ``type`` from arguments
    loc: Loc


@dataclass(frozen=True, slots=True)
class EmulatorHint:
    """An operation's ``emulator:`` key (what the emulator would otherwise infer)."""

    kind: str | None = None
    collection: str | None = None
    key: str | None = None
    status: int | None = None
    seed: str | None = None
    handler: str | None = None


@dataclass(frozen=True, slots=True)
class Operation:
    name: str
    client: str
    area: str
    method: str
    path: str
    params: tuple[Param, ...]
    fixed_query: tuple[tuple[str, str], ...]
    body: Body | None
    response: str | None
    statuses: tuple[int, ...]
    is_async: bool
    x_ms_version: str
    content_type: str | None
    paging: str | None
    one_of: tuple[tuple[str, ...], ...]
    doc: str
    loc: Loc
    result: tuple[str, ...] = ()  # attribute path into the response to what is returned
    result_type: str | None = None  # the spec type found there
    fixed_headers: tuple[tuple[str, str], ...] = ()  # constant request headers
    emulator: EmulatorHint | None = None
    discard: bool = False  # ``result: none``: the method returns None, as the legacy one did


@dataclass(frozen=True, slots=True)
class Client:
    name: str
    doc: str
    x_ms_version: str  # default of this client's operations and raw helpers
    content_type: str  # default request body type of this client
    #: The command line group of its operations; "" for the default client (no prefix).
    command: str = ""


@dataclass(frozen=True, slots=True)
class Service:
    host: str
    x_ms_version: str
    content_type: str
    namespaces: tuple[tuple[str, str], ...]
    clients: tuple[Client, ...]
    types: tuple[TypeDef, ...]
    operations: tuple[Operation, ...]
