"""Python source fragments computed from the code model (templates only place them)."""

from __future__ import annotations

from typing import Any

from generator.codemodel import Field, Operation, Param, TypeDef
from generator.validate import param_model

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
        if param.type == "dict":
            inner = "dict[str, str]"
        elif param.type.startswith("list["):
            model = param_model(param)
            item = _SCALAR_PY[param.type[5:-1]] if model is None else self.model_annotation(model)
            inner = f"list[{item}]"
        elif param.type in _SCALAR_PY:
            inner = _SCALAR_PY[param.type]
        else:
            inner = self.model_annotation(param.type)
        # None is accepted where the default is None, and where an argument without a
        # default is declared not required (legacy positional arguments that may be None).
        optional = param.default is None if param.has_default else not param.required
        return f"{inner} | None" if optional else inner

    def referenced_models(self, tdef: TypeDef) -> set[str]:
        names: set[str] = set()
        for f in tdef.fields:
            if f.model:
                names.update(self.model_annotation(f.model).split(" | "))
        return names

    # ---- body construction -------------------------------------------------

    def fill_code(self, type_name: str, fill: dict[str, Any]) -> str:
        """A body holds what its fill names: ``init`` values of other fields stay off."""
        fields = {f.attr: f for f in self.by_name[type_name].fields}
        args = [f"{attr}={self._expr_code(expr, fields[attr])}" for attr, expr in fill.items()]
        args += [
            f"{f.attr}=None" for f in fields.values() if f.init is not None and f.attr not in fill
        ]
        return f"{type_name}({', '.join(args)})"

    def _expr_code(self, expr: Any, field: Field) -> str:
        if isinstance(expr, list):
            items = ", ".join(self._item_code(e, field) for e in expr)
            return f"present([{items}])"
        return self._item_code(expr, field)

    def _item_code(self, expr: Any, field: Field) -> str:
        if isinstance(expr, str):
            root, _, attr = expr.partition(".")
            return f"getattr({root}, {attr!r}, None)" if attr else root
        if set(expr) == {"const"}:
            return repr(expr["const"])
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
            for item in expr if isinstance(expr, list) else [expr]:
                if isinstance(item, dict) and set(item) != {"const"}:
                    model = fields[attr].model or ""
                    names.add(model)
                    self._collect(model, item, names)


def default_code(field: Field) -> str:
    """The dataclass default of a model attribute: its ``default`` or its ``init``."""
    if field.init is None:
        return repr(field.default)
    if field.init != "new":
        return repr(field.init)
    if field.kind in ("list", "flat"):
        return "dataclasses.field(default_factory=list)"
    return f"dataclasses.field(default_factory=new_model({field.model!r}))"


def return_annotation(op: Operation) -> str:
    if op.is_async:
        return "AsynchronousOperationResult"
    return op.response or "None"


def camel(name: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in name.split("_"))
