"""Cross-reference checks on the loaded code model, run before any template."""

from __future__ import annotations

import re
from typing import Any

from generator.codemodel import RAW_BODIES, SCALARS, Field, Loc, Operation, Param, Service, TypeDef
from generator.naming import is_identifier
from generator.yamlsource import Node, SpecError

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
    return None if name in SCALARS or name in ("dict", "json") else name


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
        items = next((f for f in t.fields if f.attr == t.items), None)
        if items is not None and items.kind == "element" and types[items.model or ""].items is None:
            raise SpecError(
                f"{t.loc}: items {t.items!r} of {t.name} is a {items.model}, which has no items"
            )
        if t.discriminator is not None and t.discriminator not in {
            f.name for f in t.fields if f.kind == "element" and f.model is None
        }:
            raise SpecError(
                f"{t.loc}: discriminator element {t.discriminator!r} is not a scalar element"
                f" of {t.name}"
            )
        _check_variants(t, types)


def expr_form(expr: Any) -> str:
    """Which kind of fill expression ``expr`` is.

    ``path`` (``arg`` or ``arg.field.field``), ``list`` (of expressions), ``const``,
    ``each`` (map the items of a path through a nested fill), ``when`` (an expression,
    or None when a path's value is empty or None), ``cond`` (``if``/``equals``/``then``/
    ``else``: one of two expressions, by an argument's value), ``now`` (the current time),
    ``model`` (a nested model of a chosen variant type) or ``fill`` (a nested model).
    """
    if isinstance(expr, str):
        return "path"
    if isinstance(expr, list):
        return "list"
    if isinstance(expr, dict):
        keys = set(expr)
        if keys == {"const"}:
            return "const"
        if keys == {"each", "as", "fill"}:
            return "each"
        if keys == {"when", "then"}:
            return "when"
        if keys == {"now"}:
            return "now"
        if keys == {"model", "fill"}:
            return "model"
        if "if" in keys:
            return "cond"
        return "fill"
    return "invalid"


#: What a name in a fill expression refers to: (spec type or None, is it a list).
Carried = tuple[str | None, bool]


class _Scope:
    """The names a fill expression may use: the arguments, plus ``each`` item names."""

    def __init__(self, op: Operation, types: dict[str, TypeDef]) -> None:
        self.op = op
        self.types = types
        self.params = {p.name: p for p in op.params}
        self.items: dict[str, str | None] = {}
        self.used: set[str] = set()
        #: The fill mapping and key being checked, for the line of an error.
        self.at: tuple[Any, str | None] = (None, None)

    def error(self, message: str, node: Any = None, key: str | None = None) -> SpecError:
        """An error at ``node`` (a fill mapping, or one of its keys), else at the fill key
        being checked, else at the operation."""
        if node is None:
            node, key = self.at
        return SpecError(f"{_where(node, self.op.loc, key)}: {self.op.name}: {message}")

    def resolve(self, path: str) -> Carried:
        """The type at the end of ``path``, marking its argument as used."""
        root, *attrs = path.split(".")
        carried: Carried
        if root in self.items:
            carried = (self.items[root], False)
        elif root in self.params:
            self.used.add(root)
            param = self.params[root]
            carried = (param_model(param), param.type.startswith("list["))
        else:
            raise self.error(f"{path!r} names no argument")
        for attr in attrs:
            model, is_list = carried
            fields = {f.attr: f for f in self.types[model].fields} if model else {}
            if is_list or attr not in fields:
                raise self.error(f"{path!r}: {attr!r} is not a field of {model or 'a scalar'}")
            field = fields[attr]
            carried = (field.model, field.kind in ("list", "flat"))
        return carried

    def item_type(self, path: str) -> str | None:
        """The items ``each: path`` iterates: a list, or a model with ``items``."""
        model, is_list = self.resolve(path)
        if is_list:
            return model
        tdef = self.types[model] if model else None
        if tdef is None or tdef.items is None:
            raise self.error(f"each: {path!r} is neither a list nor an iterable model")
        return next(f.model for f in tdef.fields if f.attr == tdef.items)


def _check_fill(scope: _Scope, fill: Any, type_name: str) -> None:
    """A fill maps field names of ``type_name`` to expressions over the arguments."""
    fields = {f.attr: f for f in scope.types[type_name].fields}
    if not isinstance(fill, dict):
        raise scope.error(f"the fill of {type_name} must be a mapping", fill)
    for attr, expr in fill.items():
        if attr not in fields:
            raise scope.error(f"fills unknown field {type_name}.{attr}", fill, attr)
        scope.at = (fill, attr)
        if fields[attr].read_only:
            raise scope.error(
                f"fills {type_name}.{attr}, which is read-only (never sent)", fill, attr
            )
        _check_expr(scope, expr, fields[attr], f"{type_name}.{attr}")


def _check_expr(scope: _Scope, expr: Any, field: Field, target: str) -> None:
    form = expr_form(expr)
    listy = field.kind in ("list", "flat")
    if form in ("list", "each") and not listy:
        raise scope.error(f"fills {target} with a list but it is not a list field")
    if form == "path":
        scope.resolve(expr)
    elif form == "list":
        for item in expr:
            if expr_form(item) in ("list", "each"):
                raise scope.error(f"a list item for {target} cannot itself be a list")
            _check_expr(scope, item, field, target)
    elif form == "when":
        scope.resolve(expr["when"])
        _check_expr(scope, expr["then"], field, target)
    elif form == "each":
        name = expr["as"]
        if not is_identifier(name) or name in scope.params or name in scope.items:
            raise scope.error(f"each: 'as: {name}' must be a new Python name")
        if field.model is None:
            raise scope.error(f"each: {target} holds scalars, not models")
        scope.items[name] = scope.item_type(expr["each"])
        _check_fill(scope, expr["fill"], field.model)
        del scope.items[name]
    elif form == "fill":
        if field.model is None:
            raise scope.error(f"fills scalar {target} with a mapping")
        _check_fill(scope, expr, field.model)
    elif form == "cond":
        if set(expr) != CONDITION_KEYS:
            raise scope.error(
                f"a conditional fill of {target} needs exactly the keys"
                f" {', '.join(sorted(CONDITION_KEYS))}"
            )
        if isinstance(expr["equals"], (dict, list)):
            raise scope.error("'equals' takes a constant")
        scope.resolve(expr["if"])
        for branch in ("then", "else"):
            _check_expr(scope, expr[branch], field, target)
    elif form == "now":
        if expr["now"] is not True or field.scalar not in ("string", "datetime"):
            raise scope.error("'now: true' fills a string or datetime field")
    elif form == "model":
        _check_model_fill(scope, expr, field, target)
    elif form != "const":
        raise scope.error(f"cannot fill {target} from {expr!r}")


def _check_model_fill(scope: _Scope, expr: Any, field: Field, target: str) -> None:
    """``{model: T, fill: ...}``: a chosen variant (or, for an ``any`` field, a document)."""
    types = scope.types
    chosen = expr["model"]
    if chosen not in types:
        raise scope.error(f"fills {target} with unknown type {chosen!r}")
    if field.kind == "any" and types[chosen].root is None:
        raise scope.error(f"{chosen} fills any field {target} but has no root")
    model = field.model
    allowed = {model, *(v for _, v in types[model].variants)} if model else set()
    if field.kind != "any" and chosen not in allowed:
        raise scope.error(f"{chosen} cannot fill {target}")
    _check_fill(scope, expr["fill"], chosen)


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
        if ref in RAW_BODIES:
            continue
        if ref is not None and ref not in types:
            raise SpecError(f"{op.loc}: operation {op.name} refers to unknown type {ref!r}")
        if ref is not None and types[ref].root is None:
            raise SpecError(f"{op.loc}: {op.name} uses {ref} as a document but it has no root")
    result_steps(op, types)
    scope = _Scope(op, types)
    if op.body is not None:
        if op.body.type in RAW_BODIES:
            if op.body.param not in params or not op.content_type:
                raise SpecError(
                    f"{op.loc}: {op.name}: a raw body ('type: json' or 'type: text') takes a"
                    " param and the operation states its content_type"
                )
            if op.body.type == "text" and params[op.body.param].type != "string":
                raise SpecError(
                    f"{op.body.loc}: the text body of {op.name} takes a string param,"
                    f" not {params[op.body.param].type!r}"
                )
            scope.used.add(op.body.param)
        elif op.body.param is not None:
            if op.body.param not in params or param_model(params[op.body.param]) != op.body.type:
                raise SpecError(
                    f"{op.body.loc}: body param {op.body.param!r} of {op.name} is not"
                    f" an argument of type {op.body.type}"
                )
            scope.used.add(op.body.param)
        else:
            _check_fill(scope, op.body.fill, op.body.type)
    _check_one_of(op, params)
    _check_paging(op, params, types)
    for p in op.params:
        if p.location == "body" and p.name not in scope.used:
            raise SpecError(
                f"{p.loc}: parameter {p.name} of {op.name} goes nowhere (not in"
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
    # Operation names are unique across clients: OPERATIONS is keyed by name, and the
    # legacy service classes never shared a method name (spec/README.md).
    seen: dict[str, Operation] = {}
    for op in service.operations:
        if op.name in seen:
            other = seen[op.name]
            raise SpecError(
                f"{op.loc}: operation {op.name} of {op.client} is also defined at {other.loc}"
                f" (of {other.client}); operation names are unique across clients"
            )
        seen[op.name] = op
        _check_operation(op, service, types)
    for op in service.operations:
        if op.paging is not None and iterator_name(op) in seen:
            raise SpecError(
                f"{op.loc}: the iterator {iterator_name(op)} of {op.name} clashes with an operation"
            )
