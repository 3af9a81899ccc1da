"""Python source fragments computed from the code model (templates only place them)."""

from __future__ import annotations

from typing import Any

from generator.codemodel import Field, Operation, Param, TypeDef
from generator.validate import param_model, result_steps

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
        return f"{inner} | None" if param.has_default and param.default is None else inner

    def referenced_models(self, tdef: TypeDef) -> set[str]:
        names: set[str] = set()
        for f in tdef.fields:
            if f.model:
                names.update(self.model_annotation(f.model).split(" | "))
        return names

    # ---- body construction -------------------------------------------------

    def fill_code(self, type_name: str, fill: dict[str, Any]) -> str:
        fields = {f.attr: f for f in self.by_name[type_name].fields}
        args = ", ".join(
            f"{attr}={self._expr_code(expr, fields[attr])}" for attr, expr in fill.items()
        )
        return f"{type_name}({args})"

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
        if set(expr) == {"now"}:
            return "self._now().isoformat()" if field.scalar == "string" else "self._now()"
        if set(expr) == {"model", "fill"}:
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
            for item in expr if isinstance(expr, list) else [expr]:
                if not isinstance(item, dict) or set(item) in ({"const"}, {"now"}):
                    continue
                if set(item) == {"model", "fill"}:
                    model, item = item["model"], item["fill"]
                else:
                    model = fields[attr].model or ""
                names.add(model)
                self._collect(model, item, names)

    def return_annotation(self, op: Operation) -> str:
        if op.is_async:
            return "AsynchronousOperationResult"
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


def camel(name: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in name.split("_"))
