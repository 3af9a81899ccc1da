"""Cross-reference checks on the loaded code model, run before any template."""

from __future__ import annotations

import re
from typing import Any

from generator.codemodel import RAW_BODIES, SCALARS, Field, Operation, Param, Service, TypeDef
from generator.yamlsource import SpecError

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
    return None if name in SCALARS or name in ("dict", "json") else name


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
            _check_expr(op, item, field, types, params, used, f"{type_name}.{attr}")


def _check_expr(
    op: Operation,
    expr: Any,
    field: Field,
    types: dict[str, TypeDef],
    params: dict[str, Param],
    used: set[str],
    target: str,
) -> None:
    model = field.model
    if isinstance(expr, dict) and set(expr) == {"now"}:
        if expr["now"] is not True or field.scalar not in ("string", "datetime"):
            raise SpecError(f"{op.loc}: {op.name}: 'now: true' fills a string or datetime field")
    elif isinstance(expr, dict) and set(expr) == {"model", "fill"}:
        chosen = expr["model"]
        if chosen not in types:
            raise SpecError(f"{op.loc}: {op.name} fills {target} with unknown type {chosen!r}")
        if field.kind == "any" and types[chosen].root is None:
            raise SpecError(
                f"{op.loc}: {op.name}: {chosen} fills any field {target} but has no root"
            )
        allowed = {model, *(v for _, v in types[model].variants)} if model else set()
        if field.kind != "any" and chosen not in allowed:
            raise SpecError(f"{op.loc}: {op.name}: {chosen} cannot fill {target}")
        _check_fill(op, expr["fill"], chosen, types, params, used)
    elif isinstance(expr, str):
        root, _, attr = expr.partition(".")
        if root not in params:
            raise SpecError(f"{op.loc}: {op.name} fills {target} from unknown argument {root!r}")
        used.add(root)
        carried = param_model(params[root])
        if attr and (carried is None or attr not in {f.attr for f in types[carried].fields}):
            raise SpecError(f"{op.loc}: {op.name}: {expr!r} is not a field of argument {root!r}")
    elif isinstance(expr, dict) and set(expr) == {"const"}:
        return
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
        if ref in RAW_BODIES:
            continue
        if ref is not None and ref not in types:
            raise SpecError(f"{op.loc}: operation {op.name} refers to unknown type {ref!r}")
        if ref is not None and types[ref].root is None:
            raise SpecError(f"{op.loc}: {op.name} uses {ref} as a document but it has no root")
    result_steps(op, types)
    used: set[str] = set()
    if op.body is not None:
        if op.body.type in RAW_BODIES:
            if op.body.type != "json" or op.body.param not in params or not op.content_type:
                raise SpecError(
                    f"{op.loc}: {op.name}: a raw body is 'type: json' with a param and the"
                    " operation states its content_type"
                )
            used.add(op.body.param)
        elif op.body.param is not None:
            if op.body.param not in params or param_model(params[op.body.param]) != op.body.type:
                raise SpecError(
                    f"{op.loc}: body param {op.body.param!r} of {op.name} is not"
                    f" an argument of type {op.body.type}"
                )
            used.add(op.body.param)
        else:
            _check_fill(op, op.body.fill, op.body.type, types, params, used)
    for p in op.params:
        if p.location == "body" and p.name not in used:
            raise SpecError(
                f"{op.loc}: parameter {p.name} of {op.name} goes nowhere (not in"
                " the path, query, headers or body)"
            )


def result_steps(op: Operation, types: dict[str, TypeDef]) -> list[Field]:
    """The fields an operation's ``result`` path walks through, checked."""
    if not op.result:
        if op.result_type is not None:
            raise SpecError(f"{op.loc}: {op.name} has a result type but no result path")
        return []
    if op.response not in types:
        raise SpecError(f"{op.loc}: {op.name}: a result path needs an XML response type")
    steps: list[Field] = []
    tdef = types[op.response]
    for index, attr in enumerate(op.result):
        field = next((f for f in tdef.fields if f.attr == attr), None)
        last = index == len(op.result) - 1
        if field is None:
            raise SpecError(
                f"{op.loc}: {op.name}: result step {attr!r} is not a field of {tdef.name}"
            )
        steps.append(field)
        if last:
            break
        if field.model is None:
            raise SpecError(f"{op.loc}: {op.name}: result step {attr!r} holds no model to go into")
        tdef = types[field.model]
    final = steps[-1]
    if final.kind == "any":
        if op.result_type not in types or types[op.result_type].root is None:
            raise SpecError(
                f"{op.loc}: {op.name}: a result ending at an any field names a rooted result type"
            )
    elif op.result_type is not None and op.result_type != final.model:
        raise SpecError(f"{op.loc}: {op.name}: result type {op.result_type} is not {final.model}")
    return steps


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
