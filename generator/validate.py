"""Cross-reference checks on the loaded code model, run before any template."""

from __future__ import annotations

import re
from typing import Any

from generator.codemodel import SCALARS, Loc, Operation, Param, Service, TypeDef
from generator.yamlsource import Node, SpecError

_PLACEHOLDER = re.compile(r"\{([^{}]+)\}")
_LIST_TYPE = re.compile(r"^list\[(\w+)\]$")
#: Path placeholders the client fills itself, never an argument.
IMPLICIT_PATH_PARAMS = frozenset({"subscription_id"})


def path_placeholders(path: str) -> list[str]:
    return _PLACEHOLDER.findall(path)


def param_model(param: Param) -> str | None:
    """The spec type a parameter carries (itself or as list items), if any."""
    match = _LIST_TYPE.match(param.type)
    name = match.group(1) if match else param.type
    return None if name in SCALARS or name == "dict" else name


def _where(node: Any, fallback: Loc, key: str | None = None) -> str:
    """The line of a fill mapping (or of its key) when the YAML gave one, else the operation's."""
    return node.where(key) if isinstance(node, Node) else str(fallback)


def _check_variants(t: TypeDef, types: dict[str, TypeDef]) -> None:
    """Each variant must write the discriminator value that selects it when read back."""
    for value, variant in t.variants:
        if variant not in types:
            raise SpecError(
                f"{t.loc}: discriminator value {value!r} of {t.name} names unknown type {variant!r}"
            )
        if variant == t.name:
            continue
        selector = [f for f in types[variant].fields if f.name == t.discriminator]
        if not selector or selector[0].default != value:
            raise SpecError(
                f"{types[variant].loc}: variant {variant} of {t.name} needs the field"
                f" {{element: {t.discriminator}, default: {value}}}"
            )


def _check_types(service: Service, types: dict[str, TypeDef]) -> None:
    for t in service.types:
        for f in t.fields:
            if f.model is not None and f.model not in types:
                raise SpecError(
                    f"{f.loc}: field {t.name}.{f.attr} refers to unknown type {f.model!r}"
                )
        if t.discriminator is not None and t.discriminator not in {
            f.name for f in t.fields if f.kind == "element" and f.model is None
        }:
            raise SpecError(
                f"{t.loc}: discriminator element {t.discriminator!r} is not a scalar element"
                f" of {t.name}"
            )
        _check_variants(t, types)


def _check_fill(
    op: Operation,
    fill: Any,
    type_name: str,
    types: dict[str, TypeDef],
    params: dict[str, Param],
    used: set[str],
) -> None:
    """A fill maps field names of ``type_name`` to expressions over the arguments."""
    tdef = types[type_name]
    fields = {f.attr: f for f in tdef.fields}
    where = _where(fill, op.loc)
    if not isinstance(fill, dict):
        raise SpecError(f"{where}: the fill of {type_name} in {op.name} must be a mapping")
    for attr, expr in fill.items():
        if attr not in fields:
            raise SpecError(
                f"{_where(fill, op.loc, attr)}: {op.name} fills unknown field {type_name}.{attr}"
            )
        field = fields[attr]
        exprs = expr if isinstance(expr, list) else [expr]
        if isinstance(expr, list) and field.kind not in ("list", "flat"):
            raise SpecError(
                f"{where}: {op.name} fills {type_name}.{attr} with a list but"
                " it is not a list field"
            )
        for item in exprs:
            _check_expr(op, item, field.model, types, params, used, f"{type_name}.{attr}", where)


def _check_expr(
    op: Operation,
    expr: Any,
    model: str | None,
    types: dict[str, TypeDef],
    params: dict[str, Param],
    used: set[str],
    target: str,
    where: str,
) -> None:
    if isinstance(expr, str):
        root, _, attr = expr.partition(".")
        if root not in params:
            raise SpecError(f"{where}: {op.name} fills {target} from unknown argument {root!r}")
        used.add(root)
        carried = param_model(params[root])
        if attr and (carried is None or attr not in {f.attr for f in types[carried].fields}):
            raise SpecError(f"{where}: {op.name}: {expr!r} is not a field of argument {root!r}")
    elif isinstance(expr, dict) and set(expr) == {"const"}:
        return
    elif isinstance(expr, dict):
        if model is None:
            raise SpecError(f"{where}: {op.name} fills scalar {target} with a mapping")
        _check_fill(op, expr, model, types, params, used)
    else:
        raise SpecError(f"{where}: {op.name}: cannot fill {target} from {expr!r}")


def _check_operation(op: Operation, service: Service, types: dict[str, TypeDef]) -> None:
    clients = {c.name for c in service.clients}
    if op.client not in clients:
        raise SpecError(f"{op.loc}: operation {op.name} names unknown client {op.client!r}")
    params: dict[str, Param] = {}
    for p in op.params:
        if p.name in params:
            raise SpecError(f"{p.loc}: {op.name} has two parameters named {p.name!r}")
        params[p.name] = p
    seen_default = False
    for p in op.params:
        model = param_model(p)
        if model is not None and model not in types:
            raise SpecError(f"{p.loc}: parameter {p.name} of {op.name} has unknown type {p.type!r}")
        if p.has_default:
            seen_default = True
        elif seen_default:
            raise SpecError(
                f"{p.loc}: parameter {p.name} of {op.name} has no default but follows one that has"
            )
    placeholders = path_placeholders(op.path)
    for name in placeholders:
        if name not in IMPLICIT_PATH_PARAMS and (
            name not in params or params[name].location != "path"
        ):
            raise SpecError(
                f"{op.loc}: path placeholder {{{name}}} of {op.name} is filled by no path parameter"
            )
    for p in op.params:
        if p.location == "path" and p.name not in placeholders:
            raise SpecError(
                f"{p.loc}: path parameter {p.name} of {op.name} does not appear in {op.path!r}"
            )
    for ref in (op.response, op.body.type if op.body else None):
        if ref is not None and ref not in types:
            raise SpecError(f"{op.loc}: operation {op.name} refers to unknown type {ref!r}")
        if ref is not None and types[ref].root is None:
            raise SpecError(f"{op.loc}: {op.name} uses {ref} as a document but it has no root")
    used: set[str] = set()
    if op.body is not None:
        if op.body.param is not None:
            if op.body.param not in params or param_model(params[op.body.param]) != op.body.type:
                raise SpecError(
                    f"{op.body.loc}: body param {op.body.param!r} of {op.name} is not"
                    f" an argument of type {op.body.type}"
                )
            used.add(op.body.param)
        else:
            _check_fill(op, op.body.fill, op.body.type, types, params, used)
    for p in op.params:
        if p.location == "body" and p.name not in used:
            raise SpecError(
                f"{p.loc}: parameter {p.name} of {op.name} goes nowhere (not in"
                " the path, query, headers or body)"
            )


def validate(service: Service) -> None:
    """Raise ``SpecError`` on the first inconsistency."""
    types: dict[str, TypeDef] = {}
    for t in service.types:
        if t.name in types:
            raise SpecError(f"{t.loc}: type {t.name} is also defined at {types[t.name].loc}")
        types[t.name] = t
    _check_types(service, types)
    seen: dict[tuple[str, str], Operation] = {}
    for op in service.operations:
        key = (op.client, op.name)
        if key in seen:
            raise SpecError(
                f"{op.loc}: operation {op.name} of {op.client} is also defined at {seen[key].loc}"
            )
        seen[key] = op
        _check_operation(op, service, types)
