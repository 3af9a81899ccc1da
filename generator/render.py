"""Code model -> Python source files (rendered with Jinja2, formatted with ruff)."""

from __future__ import annotations

import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path
from typing import Any

import jinja2

from generator.codemodel import (
    RAW_BODIES,
    SCALARS,
    EmulatorHint,
    Field,
    Operation,
    Param,
    Service,
    TypeDef,
)
from generator.naming import constant_name
from generator.pycode import Types, camel, default_code
from generator.validate import iterator_name

TEMPLATES = Path(__file__).parent / "templates"


def environment(service: Service) -> jinja2.Environment:
    """The Jinja environment of every template (Python sources and the Markdown docs)."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
        autoescape=False,  # noqa: S701 - the output is Python source and Markdown, not HTML
    )
    by_uri = {uri: f"NS_{prefix.upper()}" for prefix, uri in service.namespaces}
    env.filters["pyrepr"] = repr
    env.filters["camel"] = camel
    env.filters["nsref"] = lambda uri: by_uri[uri] if uri else '""'
    env.filters["opconst"] = lambda op: constant_name(op.name)
    return env


def _ordered_fields(t: TypeDef) -> list[Field]:
    """Legacy positional fields first (in their legacy order), then the rest."""
    by_attr = {f.attr: f for f in t.fields}
    first = [by_attr[a] for a in t.positional]
    return first + [f for f in t.fields if f.attr not in t.positional]


def _param_extra(p: Param) -> str:
    extras: list[str] = []
    for key in ("wire", "flag", "min_length", "max_length", "pattern", "choices"):
        value = getattr(p, key)
        if value is not None and not (key == "wire" and value == p.name):
            extras.append(f"{key}={value!r}")
    if p.type in SCALARS:
        if p.type != "string":
            extras.append(f"scalar={p.type!r}")
    else:
        extras.append(f"type={p.type!r}")
    if p.required:
        extras.append("required=True")
    if p.raw:
        extras.append("raw=True")
    for key in ("minimum", "maximum"):
        if getattr(p, key) is not None:
            extras.append(f"{key}={getattr(p, key)!r}")
    if p.secret:
        extras.append("secret=True")
    return "".join(", " + e for e in extras)


def _argument_extra(p: Param) -> str:
    """The keywords of a parameter's ``Argument`` that differ from its defaults."""
    extras: list[str] = []
    if p.type != "string":
        extras.append(f"type={p.type!r}")
    if p.required:
        extras.append("required=True")
    if p.has_default:
        extras.append(f"has_default=True, default={p.default!r}")
    if p.choices:
        extras.append(f"choices={p.choices!r}")
    if p.doc:
        extras.append(f"doc={p.doc!r}")
    if p.location == "ignored":
        extras.append("ignored=True")
    return "".join(", " + e for e in extras)


def _emulator_args(hint: EmulatorHint) -> str:
    """The keyword arguments of an operation's ``EmulatorSpec`` (only those given)."""
    return ", ".join(
        f"{key}={getattr(hint, key)!r}"
        for key in ("kind", "collection", "key", "status", "seed", "handler")
        if getattr(hint, key) is not None
    )


def _render_models(
    env: jinja2.Environment, types: Types, area: str, area_types: list[TypeDef], service: Service
) -> str:
    local = {t.name for t in area_types}
    foreign: dict[str, set[str]] = defaultdict(set)
    namespaces: set[str] = set()
    items_field = {t.name: types.item_annotation(t.name) for t in area_types if t.items}
    for t in area_types:
        namespaces.add(t.namespace)
        namespaces.update(f.namespace for f in t.fields if f.namespace)
        namespaces.update(f.item_namespace for f in t.fields if f.item_namespace)
        iterated = set(items_field.get(t.name, "").split(" | ")) & set(types.by_name)
        for name in (types.referenced_models(t) | iterated) - local:
            foreign[f"models_{types.by_name[name].area}"].add(name)
    by_uri = {uri: f"NS_{prefix.upper()}" for prefix, uri in service.namespaces}
    return env.get_template("models.py.j2").render(
        area=area,
        types=area_types,
        foreign=sorted((m, sorted(n)) for m, n in foreign.items()),
        ns_imports=sorted(by_uri[u] for u in namespaces),
        ordered={t.name: _ordered_fields(t) for t in area_types},
        positional_count={t.name: len(t.positional) for t in area_types},
        items_field=items_field,
        annotate=types.field_annotation,
        default_code=default_code,
        fragment=types.fragment_element,
    )


def _model_imports(types: Types, names: set[str]) -> list[tuple[str, list[str]]]:
    """(generated module, sorted names) for importing the model classes ``names``."""
    imports: dict[str, set[str]] = defaultdict(set)
    for name in names:
        imports[f"models_{types.by_name[name].area}"].add(name)
    return sorted((module, sorted(names)) for module, names in imports.items())


def _render_operations(
    env: jinja2.Environment, types: Types, area: str, ops: list[Operation]
) -> str:
    needed: set[str] = set()
    for op in ops:
        needed.update(types.body_models(op))
        needed.update(types.result_models(op))
        if op.paging and op.response:
            needed.update(types.item_annotation(op.response).split(" | "))
        for p in op.params:
            annotation = types.param_annotation(p)
            needed.update(
                n
                for n in annotation.replace("list[", "")
                .replace("]", "")
                .replace(" | None", "")
                .split(" | ")
                if n in types.by_name
            )
    by_client: dict[str, list[Operation]] = defaultdict(list)
    for op in ops:
        by_client[op.client].append(op)

    def body_code(op: Operation) -> str:
        if op.body is None:
            return "None"
        if op.body.type == "text":
            return f'{op.body.param}.encode("utf-8")'
        if op.body.type in RAW_BODIES:
            return f"encode_json({op.body.param})"
        if op.body.param is not None:
            return op.body.param
        return types.fill_code(op.body.type, op.body.fill)

    def body_imports(op: Operation) -> list[tuple[str, list[str]]]:
        # The models a method makes are imported when it runs, so loading a client class
        # loads no model module (the annotations' imports are for type checkers only).
        return _model_imports(types, types.body_models(op))

    return env.get_template("operations.py.j2").render(
        area=area,
        operations=ops,
        imports=_model_imports(types, needed),
        body_imports=body_imports,
        by_client=sorted(by_client.items()),
        param_extra=_param_extra,
        emulator_args=_emulator_args,
        param_annotation=types.param_annotation,
        return_annotation=types.return_annotation,
        body_code=body_code,
        iterator_name=iterator_name,
        item_annotation=types.item_annotation,
    )


def render(service: Service) -> dict[str, str]:
    """File name (relative to the generated package) -> formatted source."""
    env = environment(service)
    types = Types(service.types)
    files: dict[str, str] = {}
    types_by_area: dict[str, list[TypeDef]] = defaultdict(list)
    for t in service.types:
        types_by_area[t.area].append(t)
    for area, area_types in sorted(types_by_area.items()):
        files[f"models_{area}.py"] = _render_models(env, types, area, area_types, service)
    ops_by_area: dict[str, list[Operation]] = defaultdict(list)
    for op in service.operations:
        ops_by_area[op.area].append(op)
    for area, ops in sorted(ops_by_area.items()):
        files[f"operations_{area}.py"] = _render_operations(env, types, area, ops)
    clients: dict[str, list[str]] = {c.name: [] for c in service.clients}
    for area, ops in sorted(ops_by_area.items()):
        for client in sorted({op.client for op in ops}):
            clients[client].append(area)
    roots: dict[str, list[str]] = defaultdict(list)
    for t in service.types:
        if t.root:
            roots[f"{{{t.namespace}}}{t.root}" if t.namespace else t.root].append(t.name)
    context: dict[str, Any] = {
        "model_modules": [
            (a, sorted(t.name for t in ts)) for a, ts in sorted(types_by_area.items())
        ],
        "op_modules": [
            (a, sorted(env.filters["opconst"](op) for op in ops))
            for a, ops in sorted(ops_by_area.items())
        ],
        "clients": sorted(clients.items()),
        "client_defaults": {c.name: c for c in service.clients},
        "all_models": sorted(t.name for t in service.types),
        "roots": sorted((tag, tuple(sorted(names))) for tag, names in roots.items()),
        "operations": sorted(service.operations, key=lambda o: o.name),
    }
    files["__init__.py"] = env.get_template("package_init.py.j2").render(**context)
    files["clients.py"] = env.get_template("clients.py.j2").render(**context)
    files["namespaces.py"] = env.get_template("namespaces.py.j2").render(
        namespaces=service.namespaces,
        host=service.host,
        x_ms_version=service.x_ms_version,
        content_type=service.content_type,
        secret_names=sorted(
            {n for t in service.types for f in t.fields if f.secret for n in (f.attr, f.name) if n}
            | {
                n
                for op in service.operations
                for p in op.params
                if p.secret
                for n in (p.name, p.wire or p.name)
            }
        ),
    )
    files["commands.py"] = env.get_template("commands.py.j2").render(
        clients=service.clients,
        operations=service.operations,
        argument_extra=_argument_extra,
        iterator_name=iterator_name,
    )
    return format_sources(files)


#: The project's ruff settings, whatever directory the generator runs from.
RUFF_CONFIG = Path(__file__).resolve().parent.parent / "pyproject.toml"


def format_sources(files: dict[str, str]) -> dict[str, str]:
    """Sort imports, drop unused ones and format, with one ruff run per step for all files.

    One process per step instead of two per file: regeneration time stays flat as the
    spec grows (ruff's start-up dominated when it ran per file).
    """
    with tempfile.TemporaryDirectory(prefix="generator-") as tmp:
        folder = Path(tmp)
        for name, source in files.items():
            (folder / name).write_text(source, encoding="utf-8")
        for args in (
            ["check", "--select", "I,F401", "--fix-only", "--quiet"],
            ["format", "--quiet"],
        ):
            result = subprocess.run(
                [sys.executable, "-m", "ruff", *args, "--config", str(RUFF_CONFIG), str(folder)],
                capture_output=True,
                text=True,
                check=False,
            )
            if result.returncode not in (0, 1):
                raise RuntimeError(f"ruff {args[0]} failed: {result.stderr}")
        return {name: (folder / name).read_text(encoding="utf-8") for name in files}
