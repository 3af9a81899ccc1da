"""Spec directory -> validated ``Service`` code model.

Every problem is a ``SpecError`` naming the spec file and line.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from generator.codemodel import (
    SCALARS,
    Body,
    Client,
    EmulatorHint,
    Field,
    Loc,
    Operation,
    Param,
    Service,
    TypeDef,
)
from generator.naming import client_command, is_identifier, snake_case
from generator.validate import validate
from generator.yamlsource import Node, SpecError, check_keys, load

METHODS = {"GET", "PUT", "POST", "DELETE", "HEAD", "PATCH"}
#: Attribute names every model already has (``Model`` methods and the schema).
RESERVED_ATTRS = frozenset({"to_xml", "from_xml", "__schema__"})

_SERVICE_KEYS = {
    "format",
    "host",
    "x_ms_version",
    "content_type",
    "namespaces",
    "default_namespace",
    "clients",
}
_TYPE_KEYS = {"doc", "root", "namespace", "positional", "items", "discriminator", "fields", "json"}
_FIELD_KEYS = {
    "element",
    "attribute",
    "text",
    "any",
    "item_namespace",
    "bool_words",
    "name",
    "type",
    "list",
    "flat",
    "dict",
    "nillable",
    "omit_empty",
    "read_only",
    "default",
    "init",
    "absent",
    "namespace",
    "secret",
    "doc",
}
_OP_KEYS = {
    "client",
    "method",
    "path",
    "params",
    "query",
    "headers",
    "body",
    "response",
    "status",
    "async",
    "x_ms_version",
    "content_type",
    "paging",
    "one_of",
    "result",
    "emulator",
    "doc",
}
_EMULATOR_KEYS = {"kind", "collection", "key", "status", "seed", "handler"}
EMULATOR_KINDS = ("create", "get", "list", "update", "delete", "action", "read", "upsert")
_SEED_NAME = re.compile(r"[a-z0-9_]+")
_CLIENT_KEYS = {"doc", "x_ms_version", "content_type", "command"}
_PARAM_KEYS = {
    "name",
    "in",
    "wire",
    "flag",
    "type",
    "default",
    "required",
    "min_length",
    "max_length",
    "pattern",
    "choices",
    "minimum",
    "maximum",
    "raw",
    "secret",
    "doc",
}


def _loc(node: Node) -> Loc:
    return Loc(node.file, node.line)


def _key_loc(node: Node, key: str) -> Loc:
    return Loc(node.file, node.key_lines.get(key, node.line))


def _string(node: Node, key: str, default: str = "") -> str:
    value = node.get(key, default)
    if not isinstance(value, str):
        raise SpecError(f"{node.where(key)}: {key!r} must be a string")
    return value


class _Context:
    def __init__(self, spec_dir: Path) -> None:
        self.spec_dir = spec_dir
        self.namespaces: dict[str, str] = {}
        self.default_namespace = ""

    def display(self, path: Path) -> str:
        return f"spec/{path.relative_to(self.spec_dir).as_posix()}"

    def namespace(self, node: Node, default: str, key: str = "namespace") -> str:
        prefix = node.get(key)
        if prefix is None:
            return default
        if prefix not in self.namespaces:
            raise SpecError(
                f"{node.where('namespace')}: unknown namespace prefix {prefix!r}"
                f" (declared: {', '.join(sorted(self.namespaces))})"
            )
        return self.namespaces[prefix]


def _field(ctx: _Context, node: Any, type_ns: str, where: str) -> Field:
    node = check_keys(node, _FIELD_KEYS, set(), "field", where)
    places = [k for k in ("element", "attribute", "text", "any") if k in node]
    if len(places) != 1:
        raise SpecError(
            f"{node.where()}: a field needs exactly one of element, attribute, text, any"
        )
    shapes = [k for k in ("list", "flat", "dict") if k in node]
    if len(shapes) > 1:
        raise SpecError(f"{node.where()}: list, flat and dict exclude each other")
    type_name = _string(node, "type", "string")
    if "item_namespace" in node and "list" not in node and "dict" not in node:
        raise SpecError(f"{node.where()}: item_namespace belongs to list and dict fields")
    bool_words = node.get("bool_words")
    if bool_words is not None and (
        type_name != "bool"
        or not isinstance(bool_words, list)
        or len(bool_words) != 2
        or not all(isinstance(w, str) for w in bool_words)
    ):
        raise SpecError(f"{node.where()}: bool_words is a [true, false] pair of strings on a bool")
    if "any" in node:
        if node["any"] is not True or shapes or "type" in node or "name" not in node:
            raise SpecError(
                f"{node.where()}: an any field is 'any: true' with a name, no type, list or dict"
            )
        wire, kind = "", "any"
    elif "text" in node:
        if node["text"] is not True or shapes:
            raise SpecError(f"{node.where()}: 'text: true' takes a scalar and no list/dict")
        wire, kind = "", "text"
    elif "attribute" in node:
        wire, kind = _string(node, "attribute"), "attribute"
        if shapes:
            raise SpecError(f"{node.where()}: an attribute cannot be a list or dict")
    else:
        wire = _string(node, "element")
        kind = shapes[0] if shapes else "element"
    if kind in ("attribute", "text") and type_name not in SCALARS:
        raise SpecError(f"{node.where()}: {kind} fields take a scalar type, not {type_name!r}")
    item = key = value = None
    if kind == "list":
        item = node["list"]
        if not isinstance(item, str):
            raise SpecError(f"{node.where()}: 'list' names the item element")
    elif kind == "flat" and node["flat"] is not True:
        raise SpecError(f"{node.where()}: write 'flat: true'")
    elif kind == "dict":
        shape = check_keys(
            node["dict"], {"item", "key", "value"}, {"item", "key", "value"}, "dict", node.where()
        )
        item, key, value = shape["item"], shape["key"], shape["value"]
        type_name = "string"
    attr = node.get("name") or snake_case(wire or "text")
    if not is_identifier(attr):
        raise SpecError(f"{node.where()}: {attr!r} is not a valid Python name")
    default = node.get("default")
    if default is not None and not isinstance(default, (str, int, float, bool)):
        raise SpecError(f"{node.where()}: a default must be a scalar constant")
    if node.get("omit_empty") and kind in ("attribute", "text"):
        raise SpecError(f"{node.where()}: omit_empty applies to elements, not {kind} fields")
    if "read_only" in node and (node["read_only"] is not True or kind == "any"):
        raise SpecError(f"{node.where()}: write 'read_only: true', on a field that is not any")
    return Field(
        attr=attr,
        kind=kind,
        name=wire,
        # An attribute is in no namespace unless it names one (``i:type``).
        namespace=(
            "" if kind == "any" else ctx.namespace(node, type_ns if kind != "attribute" else "")
        ),
        scalar=type_name if type_name in SCALARS and kind != "any" else None,
        model=None if type_name in SCALARS else type_name,
        item=item,
        key=key,
        value=value,
        nillable=bool(node.get("nillable", False)),
        omit_empty=bool(node.get("omit_empty", False)),
        read_only=bool(node.get("read_only", False)),
        default=default,
        init=_field_init(node, kind, type_name),
        doc=_string(node, "doc"),
        loc=_loc(node),
        item_namespace=ctx.namespace(node, "", "item_namespace")
        if "item_namespace" in node
        else None,
        bool_words=(bool_words[0], bool_words[1]) if bool_words else None,
        absent=_field_absent(node, kind, type_name),
        secret=_secret(node, kind in ("element", "attribute", "text"), type_name),
    )


def _secret(node: Node, scalar_place: bool, type_name: str) -> bool:
    """``secret: true``: only a single text value (a password, a key) can be one."""
    if "secret" not in node:
        return False
    if node["secret"] is not True or not scalar_place or type_name not in ("string", "base64"):
        raise SpecError(f"{node.where('secret')}: write 'secret: true', on a string value")
    return True


def _field_absent(node: Node, kind: str, type_name: str) -> Any:
    """``absent:``: what reading gives when the element (or attribute) is absent: a scalar
    constant for a scalar field, ``new`` (an empty one) for a list, dict or model field."""
    if "absent" not in node:
        return None
    absent = node["absent"]
    scalar = type_name in SCALARS and kind in ("element", "attribute")
    if scalar and isinstance(absent, (str, int, float, bool)):
        return absent
    if not scalar and kind in ("element", "list", "flat", "dict") and absent == "new":
        return absent
    raise SpecError(
        f"{node.where()}: 'absent' takes a scalar constant on a scalar element or attribute,"
        " 'new' on a list, dict or model field"
    )


def _field_init(node: Node, kind: str, type_name: str) -> Any:
    """``init:``: ``new`` for a model, list or flat field, a scalar constant otherwise."""
    init = node.get("init")
    if init is None:
        return None
    if node.get("default") is not None:
        raise SpecError(f"{node.where()}: 'init' and 'default' exclude each other")
    takes_new = kind in ("list", "flat") or type_name not in SCALARS
    if kind == "dict" or not isinstance(init, (str, int, float, bool)):
        raise SpecError(f"{node.where()}: 'init' takes 'new' or a scalar constant")
    if takes_new != (init == "new"):
        raise SpecError(
            f"{node.where()}: 'init' is 'new' for a model, list or flat field"
            " and a scalar constant otherwise"
        )
    return init


def _check_unique_fields(type_name: str, fields: tuple[Field, ...]) -> None:
    """Python names must be unique, and so must wire places (else reading is ambiguous)."""
    by_attr: dict[str, Field] = {}
    by_wire: dict[tuple[str, str, str], Field] = {}
    for f in fields:
        if f.attr in RESERVED_ATTRS:
            raise SpecError(f"{f.loc}: {f.attr!r} is reserved on models; give the field a 'name:'")
        if f.attr in by_attr:
            raise SpecError(
                f"{f.loc}: type {type_name} has two fields named {f.attr!r}"
                f" (the other at {by_attr[f.attr].loc}); give one a 'name:'"
            )
        by_attr[f.attr] = f
        # Attributes, child elements and the text content are three separate places.
        place = f.kind if f.kind in ("attribute", "text") else "element"
        wire = (place, f.namespace, f.name)
        if wire in by_wire:
            what = "the text content" if place == "text" else f"{place} {f.name!r}"
            raise SpecError(
                f"{f.loc}: type {type_name} has two fields for {what}"
                f" (the other at {by_wire[wire].loc})"
            )
        by_wire[wire] = f


def _type(ctx: _Context, name: str, node: Any, area: str, loc: Loc) -> TypeDef:
    node = check_keys(node, _TYPE_KEYS, {"fields"}, f"type {name}", str(loc))
    if not is_identifier(name) or not name[0].isupper():
        raise SpecError(f"{loc}: type name {name!r} must be a CapWords identifier")
    ns = ctx.namespace(node, ctx.default_namespace)
    fields_node = node["fields"]
    if not isinstance(fields_node, list):
        raise SpecError(f"{node.where()}: 'fields' must be a list")
    fields = tuple(_field(ctx, f, ns, node.where()) for f in fields_node)
    _check_unique_fields(name, fields)
    attrs = [f.attr for f in fields]
    positional = tuple(node.get("positional", ()))
    for attr in positional:
        if attr not in attrs:
            raise SpecError(
                f"{node.where('positional')}: positional {attr!r} is not a field of {name}"
            )
    items = node.get("items")
    if items is not None:
        matching = [f for f in fields if f.attr == items]
        if not matching or not (
            matching[0].kind in ("list", "flat")
            or (matching[0].kind == "element" and matching[0].model is not None)
        ):
            raise SpecError(
                f"{node.where('items')}: items {items!r} must name a list or flat field,"
                " or an element whose type has items"
            )
    discriminator, variants = None, ()
    if "discriminator" in node:
        disc = check_keys(
            node["discriminator"],
            {"element", "variants"},
            {"element", "variants"},
            "discriminator",
            node.where(),
        )
        discriminator = disc["element"]
        variants = tuple(sorted(disc["variants"].items()))
    is_json = node.get("json", False)
    if is_json is not False:
        _check_json_type(node, fields, ns)
    return TypeDef(
        name=name,
        area=area,
        root=node.get("root"),
        namespace=ns,
        fields=fields,
        positional=positional,
        items=items,
        discriminator=discriminator,
        variants=variants,
        doc=_string(node, "doc"),
        loc=loc,
        json=is_json,
    )


def _check_json_type(node: Node, fields: tuple[Field, ...], ns: str) -> None:
    """A JSON type has members (element) and arrays (flat) of plain values or JSON types."""
    if node["json"] is not True:
        raise SpecError(f"{node.where('json')}: 'json' is true or left out")
    for key in ("root", "namespace", "discriminator"):
        if key in node:
            raise SpecError(f"{node.where(key)}: a json type has no {key}")
    for f in fields:
        xml_only = (
            f.kind not in ("element", "flat")
            or f.scalar == "base64"
            or f.nillable
            or f.omit_empty
            or f.read_only
            or f.init is not None
            or f.item_namespace is not None
            or f.bool_words is not None
            or f.absent is not None
            or f.namespace != ns
        )
        if xml_only:
            raise SpecError(
                f"{f.loc}: field {f.attr} of a json type is a member (element) or an array"
                " (element + flat: true) with type, name, default and doc only"
            )


def _mapping(node: Node, key: str) -> Node:
    """A section that must be a mapping (``types:``, ``operations:``, ``clients:`` ...)."""
    value = node[key]
    if not isinstance(value, Node):
        raise SpecError(f"{node.where(key)}: '{key}' must be a mapping of names")
    return value


def _check_constraints(node: Node, choices: Any) -> None:
    """Constraints are checked in users' code at run time: get them right here."""
    for key in ("min_length", "max_length"):
        value = node.get(key)
        if value is not None and (not isinstance(value, int) or isinstance(value, bool)):
            raise SpecError(f"{node.where(key)}: '{key}' must be an integer")
    pattern = node.get("pattern")
    if pattern is not None:
        try:
            re.compile(str(pattern))
        except re.error as exc:
            raise SpecError(f"{node.where('pattern')}: invalid pattern: {exc}") from exc
    if choices is not None and (
        not isinstance(choices, list) or not all(isinstance(c, str) for c in choices)
    ):
        raise SpecError(f"{node.where('choices')}: 'choices' must be a list of strings")
    for key in ("minimum", "maximum"):
        value = node.get(key)
        if value is None:
            continue
        if node.get("type") not in ("int", "float"):
            raise SpecError(f"{node.where(key)}: '{key}' applies to int and float parameters")
        if not isinstance(value, (int, float)) or isinstance(value, bool):
            raise SpecError(f"{node.where(key)}: '{key}' must be a number")
    low, high = node.get("minimum"), node.get("maximum")
    if low is not None and high is not None and low > high:
        raise SpecError(f"{node.where('minimum')}: minimum {low} is above maximum {high}")


def _param(node: Any, where: str) -> Param:
    node = check_keys(node, _PARAM_KEYS, {"name"}, "parameter", where)
    name = _string(node, "name")
    if not is_identifier(name):
        raise SpecError(f"{node.where()}: {name!r} is not a valid Python name")
    location = node.get("in", "body")
    if location not in ("path", "query", "header", "body", "ignored"):
        raise SpecError(f"{node.where()}: 'in' must be path, query, header, body or ignored")
    if node.get("raw") and location != "query":
        raise SpecError(f"{node.where()}: only a query parameter can be raw")
    if "flag" in node and location != "query":
        raise SpecError(f"{node.where()}: 'flag' is for query parameters only")
    has_default = "default" in node
    required = bool(node.get("required", not has_default))
    choices = node.get("choices")
    _check_constraints(node, choices)
    return Param(
        name=name,
        location=location,
        wire=node.get("wire", name if location != "body" else None),
        flag=node.get("flag"),
        type=_string(node, "type", "string"),
        has_default=has_default,
        default=node.get("default"),
        required=required,
        min_length=node.get("min_length"),
        max_length=node.get("max_length"),
        pattern=node.get("pattern"),
        choices=tuple(choices) if choices else None,
        doc=_string(node, "doc"),
        raw=bool(node.get("raw", False)),
        loc=_loc(node),
        minimum=node.get("minimum"),
        maximum=node.get("maximum"),
        secret=_secret(node, True, _string(node, "type", "string")),
    )


def _result(node: Node) -> tuple[tuple[str, ...], str | None]:
    """``result: a.b.c`` or ``result: {path: a.b.c, type: T}``; ``result: none`` (the
    method returns None) is read by ``_operation``."""
    spec = node.get("result")
    if spec is None or spec == "none":
        return (), None
    if isinstance(spec, str):
        spec = Node(path=spec)
        spec.file, spec.line = node.file, node.line
    spec = check_keys(spec, {"path", "type"}, {"path"}, "result", node.where())
    path = tuple(_string(spec, "path").split("."))
    if not all(is_identifier(step) for step in path):
        raise SpecError(f"{spec.where()}: result path {spec['path']!r} is not dotted attributes")
    return path, spec.get("type")


def _emulator(node: Node) -> EmulatorHint | None:
    """``emulator:``: what the emulator does where it cannot infer it (spec/README.md)."""
    if "emulator" not in node:
        return None
    hint = check_keys(node["emulator"], _EMULATOR_KEYS, set(), "emulator", node.where("emulator"))
    for key in ("kind", "collection", "key", "seed", "handler"):
        if key in hint:
            _string(hint, key)
    kind = hint.get("kind")
    if kind is not None and kind not in EMULATOR_KINDS:
        raise SpecError(f"{hint.where('kind')}: 'kind' is one of {', '.join(EMULATOR_KINDS)}")
    collection = hint.get("collection")
    if collection is not None and not collection.startswith("/"):
        raise SpecError(f"{hint.where('collection')}: 'collection' is a path starting with '/'")
    status = hint.get("status")
    if status is not None and (
        not isinstance(status, int) or isinstance(status, bool) or not 200 <= status <= 299
    ):
        raise SpecError(f"{hint.where('status')}: 'status' is a 2xx HTTP status")
    seed = hint.get("seed")
    if seed is not None and not _SEED_NAME.fullmatch(seed):
        raise SpecError(f"{hint.where('seed')}: 'seed' is a data file name ([a-z0-9_]+)")
    handler = hint.get("handler")
    if handler is not None and not is_identifier(handler):
        raise SpecError(f"{hint.where('handler')}: 'handler' must be a Python name")
    return EmulatorHint(**{key: hint.get(key) for key in _EMULATOR_KEYS})


def _operation(
    ctx: _Context,
    name: str,
    node: Any,
    area: str,
    loc: Loc,
    service: Node,
    clients: dict[str, Client],
) -> Operation:
    node = check_keys(node, _OP_KEYS, {"method", "path"}, f"operation {name}", str(loc))
    if not is_identifier(name):
        raise SpecError(f"{loc}: operation name {name!r} is not a valid Python name")
    method = _string(node, "method").upper()
    if method not in METHODS:
        raise SpecError(f"{node.where('method')}: unknown HTTP method {method!r}")
    params = tuple(_param(p, node.where()) for p in node.get("params", ()))
    body = None
    if "body" in node:
        b = check_keys(node["body"], {"type", "param", "fill"}, {"type"}, "body", node.where())
        if ("param" in b) == ("fill" in b):
            raise SpecError(f"{b.where()}: a body has exactly one of 'param' and 'fill'")
        body = Body(type=b["type"], param=b.get("param"), fill=b.get("fill"), loc=_loc(b))
    query = node.get("query", {})
    headers = node.get("headers", {})
    if not isinstance(headers, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in headers.items()
    ):
        raise SpecError(f"{node.where('headers')}: 'headers' maps header names to strings")
    statuses = node.get("status", [])
    statuses = statuses if isinstance(statuses, list) else [statuses]
    if not all(isinstance(s, int) and 100 <= s <= 599 for s in statuses):
        raise SpecError(f"{node.where('status')}: 'status' is an HTTP status or a list of them")
    one_of = node.get("one_of", [])
    if not isinstance(one_of, list) or not all(
        isinstance(group, list) and all(isinstance(n, str) for n in group) for group in one_of
    ):
        raise SpecError(f"{node.where('one_of')}: 'one_of' is a list of lists of argument names")
    client_name = node.get("client", next(iter(clients)))
    client = clients.get(client_name)
    default_version = client.x_ms_version if client else service["x_ms_version"]
    client_content_type = client.content_type if client else service["content_type"]
    result, result_type = _result(node)
    return Operation(
        name=name,
        client=client_name,
        area=area,
        method=method,
        path=_string(node, "path"),
        params=params,
        fixed_query=tuple((str(k), str(v)) for k, v in query.items()),
        fixed_headers=tuple(headers.items()),
        body=body,
        response=node.get("response"),
        statuses=tuple(statuses),
        is_async=bool(node.get("async", False)),
        x_ms_version=str(node.get("x_ms_version", default_version)),
        # None means the service default, so only a client's own default is spelled out
        content_type=node.get(
            "content_type",
            client_content_type if client_content_type != service["content_type"] else None,
        ),
        paging=node.get("paging"),
        one_of=tuple(tuple(group) for group in one_of),
        doc=_string(node, "doc"),
        loc=loc,
        result=result,
        result_type=result_type,
        emulator=_emulator(node),
        discard=node.get("result") == "none",
    )


_COMMAND = re.compile(r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$")


def _client(name: str, node: Any, service: Node, *, default: bool) -> Client:
    """A service class; it may override the service's x-ms-version and content type.

    Its operations are commands under ``command`` (default: derived from its name); the
    default client's are top-level commands, so it has none.
    """
    node = check_keys(node or Node(), _CLIENT_KEYS, set(), f"client {name}", service.where())
    if not is_identifier(name) or not name[0].isupper():
        raise SpecError(f"{service.where()}: client name {name!r} must be a CapWords identifier")
    command = _string(node, "command", "" if default else client_command(name))
    if default and command:
        raise SpecError(f"{node.where()}: the default client's commands have no prefix")
    if not default and not _COMMAND.match(command):
        raise SpecError(f"{node.where()}: command {command!r} must be lower-case-words")
    return Client(
        command=command,
        name=name,
        doc=_string(node, "doc"),
        x_ms_version=str(node.get("x_ms_version", service["x_ms_version"])),
        content_type=_string(node, "content_type", service["content_type"]),
    )


def load_service(spec_dir: Path) -> Service:
    """Load and validate the whole spec directory."""
    ctx = _Context(spec_dir)
    service_path = spec_dir / "service.yaml"
    service = check_keys(
        load(service_path, ctx.display(service_path)),
        _SERVICE_KEYS,
        _SERVICE_KEYS - {"format"},
        "service",
        ctx.display(service_path),
    )
    for section in ("namespaces", "clients"):
        _mapping(service, section)
    ctx.namespaces = dict(service["namespaces"])
    if service["default_namespace"] not in ctx.namespaces:
        raise SpecError(
            f"{service.where('default_namespace')}: default_namespace is not a declared prefix"
        )
    ctx.default_namespace = ctx.namespaces[service["default_namespace"]]
    clients = tuple(
        _client(name, node, service, default=index == 0)
        for index, (name, node) in enumerate(service["clients"].items())
    )
    by_name = {c.name: c for c in clients}
    if not clients:
        raise SpecError(f"{service.where('clients')}: at least one client is required")
    types: list[TypeDef] = []
    for path in sorted((spec_dir / "types").glob("*.yaml")):
        doc = check_keys(
            load(path, ctx.display(path)),
            {"format", "types"},
            {"types"},
            "types file",
            ctx.display(path),
        )
        for name, node in _mapping(doc, "types").items():
            types.append(_type(ctx, name, node, path.stem, _key_loc(doc["types"], name)))
    operations: list[Operation] = []
    for path in sorted((spec_dir / "operations").glob("*.yaml")):
        doc = check_keys(
            load(path, ctx.display(path)),
            {"format", "operations"},
            {"operations"},
            "operations file",
            ctx.display(path),
        )
        for name, node in _mapping(doc, "operations").items():
            operations.append(
                _operation(
                    ctx,
                    name,
                    node,
                    path.stem,
                    _key_loc(doc["operations"], name),
                    service,
                    by_name,
                )
            )
    result = Service(
        host=service["host"],
        x_ms_version=str(service["x_ms_version"]),
        content_type=service["content_type"],
        namespaces=tuple(sorted(ctx.namespaces.items())),
        clients=clients,
        types=tuple(types),
        operations=tuple(operations),
    )
    validate(result)
    return result
