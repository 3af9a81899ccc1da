"""Python source fragments computed from the code model (templates only place them)."""

from __future__ import annotations

from typing import Any

from generator.codemodel import Field, Operation, Param, TypeDef
from generator.validate import expr_form, param_model, result_steps

_SCALAR_PY = {
    "string": "str",
    "base64": "str",
    "int": "int",
    "float": "float",
    "bool": "bool",
    "datetime": "datetime",
}


class Types:
    """Lookups over all spec types that several renderers need."""

    def __init__(self, types: tuple[TypeDef, ...]) -> None:
        self.by_name = {t.name: t for t in types}

    def model_annotation(self, name: str) -> str:
        """A discriminated type accepts any of its variants."""
        tdef = self.by_name[name]
        names = [name] + [v for _, v in tdef.variants if v != name]
        return " | ".join(dict.fromkeys(names))

    def field_annotation(self, field: Field) -> str:
        if field.kind == "any":
            return "Model | Element | None"
        if field.kind == "dict":
            inner = "dict[str, str]"
        else:
            inner = (
                self.model_annotation(field.model)
                if field.model
                else _SCALAR_PY[field.scalar or "string"]
            )
            if field.kind in ("list", "flat"):
                inner = f"list[{inner}]"
        return inner if field.default is not None else f"{inner} | None"

    def param_annotation(self, param: Param) -> str:
        if param.type == "json":
            return "Any"
        if param.type == "dict":
            inner = "dict[str, str]"
        elif param.type.startswith("list["):
            model = param_model(param)
            item = self.model_annotation(model) if model else _SCALAR_PY[param.type[5:-1]]
            inner = f"list[{item}]"
        elif param.type in _SCALAR_PY:
            inner = _SCALAR_PY[param.type]
        else:
            inner = self.model_annotation(param.type)
        # None is accepted where the default is None, and where an argument without a
        # default is declared not required (legacy positional arguments that may be None).
        optional = param.default is None if param.has_default else not param.required
        return f"{inner} | None" if optional else inner

    def fragment_element(self, tdef: TypeDef) -> str | None:
        """The element a root-less type is written as on its own (``to_xml``): the one
        name its parents give it, else its type name. None for document types."""
        if tdef.root is not None:
            return None
        names = {
            (f.item if f.kind == "list" else f.name)
            for t in self.by_name.values()
            for f in t.fields
            if f.model == tdef.name and f.kind in ("element", "flat", "list")
        }
        return names.pop() if len(names) == 1 else tdef.name

    def referenced_models(self, tdef: TypeDef) -> set[str]:
        names: set[str] = set()
        for f in tdef.fields:
            if f.model:
                names.update(self.model_annotation(f.model).split(" | "))
        return names

    # ---- body construction -------------------------------------------------

    def fill_code(self, type_name: str, fill: dict[str, Any]) -> str:
        """A body writes what its fill names: construction defaults (``init``) stay off."""
        fields = {f.attr: f for f in self.by_name[type_name].fields}
        args = [f"{attr}={self._expr_code(expr, fields[attr])}" for attr, expr in fill.items()]
        args += [
            f"{f.attr}=None" for f in fields.values() if f.init is not None and f.attr not in fill
        ]
        return f"{type_name}({', '.join(args)})"

    def _expr_code(self, expr: Any, field: Field) -> str:
        form = expr_form(expr)
        if form == "path":
            return _path_code(expr)
        if form == "const":
            return repr(expr["const"])
        if form == "list":
            items = ", ".join(self._expr_code(e, field) for e in expr)
            return f"present([{items}])"
        if form == "when":
            then = self._expr_code(expr["then"], field)
            return f"({then} if {_path_code(expr['when'])} else None)"
        if form == "each":
            item = self.fill_code(field.model or "", expr["fill"])
            return f"[{item} for {expr['as']} in ({_path_code(expr['each'])} or ())]"
        if form == "cond":
            # ``is`` for true/false/null keeps ruff (E711/E712) quiet on generated code.
            test = "is" if expr["equals"] is None or isinstance(expr["equals"], bool) else "=="
            then, other = self._expr_code(expr["then"], field), self._expr_code(expr["else"], field)
            return f"({then} if {_path_code(expr['if'])} {test} {expr['equals']!r} else {other})"
        if form == "now":
            return "self._now().isoformat()" if field.scalar == "string" else "self._now()"
        if form == "model":
            return self.fill_code(expr["model"], expr["fill"])
        return self.fill_code(field.model or "", expr)

    def body_models(self, op: Operation) -> set[str]:
        """Type names the body construction of ``op`` mentions."""
        if op.body is None or op.body.fill is None:
            return set()
        names = {op.body.type}
        self._collect(op.body.type, op.body.fill, names)
        return names

    def _collect(self, type_name: str, fill: dict[str, Any], names: set[str]) -> None:
        fields = {f.attr: f for f in self.by_name[type_name].fields}
        for attr, expr in fill.items():
            self._collect_expr(fields[attr], expr, names)

    def _collect_expr(self, field: Field, expr: Any, names: set[str]) -> None:
        form = expr_form(expr)
        if form == "list":
            for item in expr:
                self._collect_expr(field, item, names)
        elif form == "when":
            self._collect_expr(field, expr["then"], names)
        elif form == "cond":
            self._collect_expr(field, expr["then"], names)
            self._collect_expr(field, expr["else"], names)
        elif form == "model":
            names.add(expr["model"])
            self._collect(expr["model"], expr["fill"], names)
        elif form in ("each", "fill"):
            model = field.model or ""
            names.add(model)
            self._collect(model, expr["fill"] if form == "each" else expr, names)

    def item_annotation(self, type_name: str) -> str:
        """What iterating a list type (one with ``items``) yields.

        ``items`` may name a wrapper element whose own type is a list type: iteration
        then delegates to it.
        """
        tdef = self.by_name[type_name]
        field = next(f for f in tdef.fields if f.attr == tdef.items)
        if field.kind == "element" and field.model:
            return self.item_annotation(field.model)
        return (
            self.model_annotation(field.model)
            if field.model
            else _SCALAR_PY[field.scalar or "string"]
        )

    def return_annotation(self, op: Operation) -> str:
        if op.is_async:
            return "AsynchronousOperationResult"
        if op.discard:
            return "None"
        if op.response == "json":
            return "Any"
        if op.response == "text":
            return "str"
        steps = result_steps(op, self.by_name)
        if not steps:
            return op.response or "None"
        final = steps[-1]
        if op.result_type is not None:
            inner = op.result_type
        elif final.model is not None:
            inner = self.model_annotation(final.model)
        else:
            inner = _SCALAR_PY[final.scalar or "string"]
        if any(step.kind in ("list", "flat") for step in steps):
            return f"list[{inner}]"
        return f"{inner} | None"

    def result_models(self, op: Operation) -> set[str]:
        """Spec types the method's return annotation names."""
        names = set(self.return_annotation(op).replace("list[", "").replace("]", "").split(" | "))
        return {n for n in names if n in self.by_name}


def _path_code(path: str) -> str:
    """``a.b.c`` -> attribute access that gives None where any step is None, or holds the
    legacy default a parsed model read for a missing element (never sent)."""
    root, *attrs = path.split(".")
    code = root
    for attr in attrs:
        code = f"given({code}, {attr!r})"
    return code


def default_code(field: Field) -> str:
    """The right-hand side of a model attribute: its default, or its ``init`` factory."""
    if field.init is None:
        return repr(field.default)
    if field.init != "new":
        return repr(field.init)
    if field.kind in ("list", "flat"):
        return "field(default_factory=list)"
    return f"field(default_factory=new_model({field.model!r}))"


def camel(name: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in name.split("_"))
