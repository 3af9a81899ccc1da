"""Frozen descriptions of XML types and operations.

The generated modules are made of these: each model class carries a ``TypeSchema``
and each operation is an ``OperationSpec``. They are named tuples, not dataclasses:
immutable all the same, and about ten times cheaper to make, which the thousands of
them in the generated modules make felt at import. The XML engine and the request pipeline
read nothing else, so every wire detail lives in the spec, never in Python names.
"""

# No ``from __future__ import annotations`` here: ``NamedTuple`` turns string annotations
# into ``ForwardRef``s, compiling each (about 1 ms for these classes, at import).
from typing import Literal, NamedTuple

#: Where a field lives in its parent's XML.
FieldKind = Literal["element", "attribute", "text", "list", "flat", "dict", "any"]

#: Scalar wire types. ``base64`` is text that travels base64-encoded (UTF-8).
Scalar = Literal["string", "int", "float", "bool", "base64", "datetime"]


class FieldSchema(NamedTuple):
    """One member of a type, in wire order.

    ``model`` names another spec type (resolved lazily, so types may refer to each
    other across modules); otherwise ``scalar`` says how the text is converted.
    ``list`` is a wrapper element holding ``item`` elements; ``flat`` repeats the
    element itself; ``dict`` is a wrapper of ``item`` elements each holding a
    ``key`` and a ``value`` element. ``omit_empty`` leaves the element out when it
    would be written with no attribute, text or child; a ``read_only`` field is read
    and never written (a legacy attribute the legacy serializer left out). ``init``
    marks a field whose new instances get a construction default (``init:`` in the
    spec): reading XML sets it to None when its element is absent, so a parsed
    document writes back exactly as it was read. ``absent`` is what reading gives
    when the element (or attribute) is absent: the legacy class default, a scalar, or
    ``"new"`` on a list, dict or model field (an empty one). It is never written back.
    """

    attr: str
    kind: FieldKind
    name: str
    namespace: str
    scalar: Scalar | None = None
    model: str | None = None
    item: str | None = None
    key: str | None = None
    value: str | None = None
    nillable: bool = False
    init: bool = False
    item_namespace: str | None = None
    bool_words: tuple[str, str] | None = None
    omit_empty: bool = False
    read_only: bool = False
    absent: str | int | float | bool | None = None
    #: A password or key: masked in repr/str, never quoted in error messages.
    secret: bool = False


class Discriminator(NamedTuple):
    """Selects the concrete class of a polymorphic element from a child's text."""

    element: str
    variants: tuple[tuple[str, str], ...]


class TypeSchema(NamedTuple):
    """The XML shape of one model class."""

    name: str
    namespace: str
    root: str | None
    fields: tuple[FieldSchema, ...]
    discriminator: Discriminator | None = None
    #: For list responses: the attribute whose items iterating the model yields.
    items: str | None = None
    #: For a type without a root: the element ``to_xml`` writes it as (the name its
    #: parents give it), so every model can be written and read on its own.
    element: str | None = None
    #: A JSON object rather than XML: fields are its members (``to_json``/``from_json``).
    json: bool = False


#: ``ignored``: accepted for compatibility with the legacy signature, never sent.
ParamLocation = Literal["path", "query", "header", "body", "ignored"]


class ParamSpec(NamedTuple):
    """A method argument and where it goes in the request.

    ``wire`` is the path placeholder, query key or header name. A query parameter
    with ``flag`` sends ``wire=flag`` when the argument is truthy and nothing
    otherwise; a ``raw`` one is itself a query string whose ``name=value`` pairs are
    sent. Constraints are checked before any request is sent: ``scalar`` (or
    ``type``, a spec type name, ``list[...]``, ``dict`` or ``json``) the argument's
    type, ``minimum``/``maximum`` a number's bounds; a ``secret`` argument is never
    quoted in an error.
    """

    name: str
    location: ParamLocation
    wire: str | None = None
    flag: str | None = None
    scalar: Scalar | None = None
    required: bool = False
    min_length: int | None = None
    max_length: int | None = None
    pattern: str | None = None
    choices: tuple[str, ...] | None = None
    raw: bool = False
    type: str | None = None
    minimum: int | float | None = None
    maximum: int | float | None = None
    secret: bool = False


#: What the emulator does for an operation (``emulator: kind:`` in the spec).
EmulatorKind = Literal["create", "get", "list", "update", "delete", "action", "read", "upsert"]


class EmulatorSpec(NamedTuple):
    """The spec's ``emulator:`` key: overrides of what the emulator infers.

    ``collection`` is a normalized collection path (``/services/widgets/{}/parts``),
    ``key`` the body element naming a created item, ``status`` the success status,
    ``seed`` the data file of the items a new subscription has, and ``handler`` the
    name of hand-written behaviour (which then decides everything).
    """

    kind: EmulatorKind | None = None
    collection: str | None = None
    key: str | None = None
    status: int | None = None
    seed: str | None = None
    handler: str | None = None


class OperationSpec(NamedTuple):
    """One REST call, as plain data.

    ``request_type``/``response_type`` name a spec type, or ``json`` (a JSON body) or
    ``text`` (the body as a string). ``result`` is the attribute path from the parsed
    response to what the method returns (lists along the way are mapped), and
    ``result_type`` the type expected there.
    """

    name: str
    client: str
    method: str
    path: str
    x_ms_version: str
    params: tuple[ParamSpec, ...]
    fixed_query: tuple[tuple[str, str], ...]
    request_type: str | None
    response_type: str | None
    statuses: tuple[int, ...]
    is_async: bool
    content_type: str | None
    doc: str
    #: The response field holding a continuation token, sent back as the argument
    #: of the same name to fetch the next page.
    paging: str | None = None
    #: Groups of optional arguments of which exactly one must be given.
    one_of: tuple[tuple[str, ...], ...] = ()
    result: tuple[str, ...] = ()
    result_type: str | None = None
    #: Constant request headers (``Accept: application/json`` of the JSON services).
    fixed_headers: tuple[tuple[str, str], ...] = ()
    #: How the emulator serves it, where the spec says more than it infers.
    emulator: EmulatorSpec | None = None
    #: The method returns None (the legacy one did); ``response_type`` documents the body.
    discard: bool = False
