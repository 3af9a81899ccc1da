"""Cross-reference checks on the loaded code model, run before any template."""

from __future__ import annotations

import re
from typing import Any

from generator.codemodel import SCALARS, Operation, Param, Service, TypeDef
from generator.yamlsource import SpecError

_PLACEHOLDER = re.compile(r"\{([^{}]+)\}")
_LIST_TYPE = re.compile(r"^list\[(\w+)\]$")
#: Path placeholders the client fills itself, never an argument.
IMPLICIT_PATH_PARAMS = frozenset({"subscription_id"})
#: The keys of a conditional fill expression.
CONDITION_KEYS = frozenset({"if", "equals", "then", "else"})
#: A paged operation ``list_x`` also gets an item iterator ``iter_x``.
PAGED_PREFIX, ITERATOR_PREFIX = "list_", "iter_"


def iterator_name(op: Operation) -> str:
    """The generated item iterator of a paged operation."""
    return ITERATOR_PREFIX + op.name.removeprefix(PAGED_PREFIX)


def path_placeholders(path: str) -> list[str]:
    return _PLACEHOLDER.findall(path)


def param_model(param: Param) -> str | None:
    """The spec type a parameter carries (itself or as list items), if any."""
    match = _LIST_TYPE.match(param.type)
    name = match.group(1) if match else param.type
    return None if name in SCALARS or name == "dict" else name


def _check_types(service: Service, types: dict[str, TypeDef]) -> None:
    for t in service.types:
        for f in t.fields:
            if f.model is not None and f.model not in types:
                raise SpecError(
                    f"{f.loc}: field {t.name}.{f.attr} refers to unknown type {f.model!r}"
                )
        for value, variant in t.variants:
            if variant not in types:
                raise SpecError(
                    f"{t.loc}: discriminator value {value!r} of {t.name} names"
                    f" unknown type {variant!r}"
                )
        items = next((f for f in t.fields if f.attr == t.items), None)
        if items is not None and items.kind == "element" and types[items.model or ""].items is None:
            raise SpecError(
                f"{t.loc}: items {t.items!r} of {t.name} is a {items.model}, which has no items"
            )
        if t.discriminator is not None and t.discriminator not in {f.name for f in t.fields}:
            raise SpecError(
                f"{t.loc}: discriminator element {t.discriminator!r} is not an element of {t.name}"
            )


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
    if not isinstance(fill, dict):
        raise SpecError(f"{op.loc}: the fill of {type_name} in {op.name} must be a mapping")
    for attr, expr in fill.items():
        if attr not in fields:
            raise SpecError(f"{op.loc}: {op.name} fills unknown field {type_name}.{attr}")
        field = fields[attr]
        exprs = expr if isinstance(expr, list) else [expr]
        if isinstance(expr, list) and field.kind not in ("list", "flat"):
            raise SpecError(
                f"{op.loc}: {op.name} fills {type_name}.{attr} with a list but"
                " it is not a list field"
            )
        for item in exprs:
            _check_expr(op, item, field.model, types, params, used, f"{type_name}.{attr}")


def _check_expr(
    op: Operation,
    expr: Any,
    model: str | None,
    types: dict[str, TypeDef],
    params: dict[str, Param],
    used: set[str],
    target: str,
) -> None:
    if isinstance(expr, str):
        root, _, attr = expr.partition(".")
        if root not in params:
            raise SpecError(f"{op.loc}: {op.name} fills {target} from unknown argument {root!r}")
        used.add(root)
        carried = param_model(params[root])
        if attr and (carried is None or attr not in {f.attr for f in types[carried].fields}):
            raise SpecError(f"{op.loc}: {op.name}: {expr!r} is not a field of argument {root!r}")
    elif isinstance(expr, dict) and set(expr) == {"const"}:
        return
    elif isinstance(expr, dict) and "if" in expr:
        if set(expr) != CONDITION_KEYS:
            raise SpecError(
                f"{op.loc}: {op.name}: a conditional fill of {target} needs exactly the keys"
                f" {', '.join(sorted(CONDITION_KEYS))}"
            )
        if expr["if"] not in params:
            raise SpecError(f"{op.loc}: {op.name}: condition on unknown argument {expr['if']!r}")
        if isinstance(expr["equals"], (dict, list)):
            raise SpecError(f"{op.loc}: {op.name}: 'equals' takes a constant")
        used.add(expr["if"])
        for branch in ("then", "else"):
            _check_expr(op, expr[branch], model, types, params, used, target)
    elif isinstance(expr, dict):
        if model is None:
            raise SpecError(f"{op.loc}: {op.name} fills scalar {target} with a mapping")
        _check_fill(op, expr, model, types, params, used)
    else:
        raise SpecError(f"{op.loc}: {op.name}: cannot fill {target} from {expr!r}")


def _check_operation(op: Operation, service: Service, types: dict[str, TypeDef]) -> None:
    clients = {c.name for c in service.clients}
    if op.client not in clients:
        raise SpecError(f"{op.loc}: operation {op.name} names unknown client {op.client!r}")
    params = {p.name: p for p in op.params}
    if len(params) != len(op.params):
        raise SpecError(f"{op.loc}: operation {op.name} has duplicate parameter names")
    seen_default = False
    for p in op.params:
        model = param_model(p)
        if model is not None and model not in types:
            raise SpecError(
                f"{op.loc}: parameter {p.name} of {op.name} has unknown type {p.type!r}"
            )
        if p.has_default:
            seen_default = True
        elif seen_default:
            raise SpecError(
                f"{op.loc}: parameter {p.name} of {op.name} has no default but follows one that has"
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
                f"{op.loc}: path parameter {p.name} of {op.name} does not appear in {op.path!r}"
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
                    f"{op.loc}: body param {op.body.param!r} of {op.name} is not"
                    f" an argument of type {op.body.type}"
                )
            used.add(op.body.param)
        else:
            _check_fill(op, op.body.fill, op.body.type, types, params, used)
    _check_one_of(op, params)
    _check_paging(op, params, types)
    for p in op.params:
        if p.location == "body" and p.name not in used:
            raise SpecError(
                f"{op.loc}: parameter {p.name} of {op.name} goes nowhere (not in"
                " the path, query, headers or body)"
            )


def _check_one_of(op: Operation, params: dict[str, Param]) -> None:
    for group in op.one_of:
        if len(group) < 2:
            raise SpecError(f"{op.loc}: a one_of group of {op.name} names fewer than two arguments")
        for name in group:
            if name not in params or not params[name].has_default:
                raise SpecError(
                    f"{op.loc}: one_of of {op.name} names {name!r}, which is not an"
                    " optional argument"
                )


def _check_paging(op: Operation, params: dict[str, Param], types: dict[str, TypeDef]) -> None:
    """``paging: token`` names both a response field and the argument that sends it back."""
    if op.paging is None:
        return
    if not op.name.startswith(PAGED_PREFIX):
        raise SpecError(f"{op.loc}: paged operation {op.name} must be named {PAGED_PREFIX}...")
    response = types.get(op.response or "")
    if response is None or response.items is None:
        raise SpecError(f"{op.loc}: paged operation {op.name} needs a response type with items")
    if op.paging not in {f.attr for f in response.fields}:
        raise SpecError(f"{op.loc}: paging {op.paging!r} is not a field of {response.name}")
    token = params.get(op.paging)
    if token is None or token.location not in ("query", "header") or not token.has_default:
        raise SpecError(
            f"{op.loc}: paging {op.paging!r} of {op.name} must also be an optional query"
            " or header argument"
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
    for op in service.operations:
        if op.paging is not None and (op.client, iterator_name(op)) in seen:
            raise SpecError(
                f"{op.loc}: the iterator {iterator_name(op)} of {op.name} clashes with an operation"
            )
