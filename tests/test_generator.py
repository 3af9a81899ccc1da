"""The generator: a sample spec against golden output, the rendered sample at work,
and bad specs failing with the exact message, file and line."""

from __future__ import annotations

import difflib
import os
import re
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from generator.loader import load_service
from generator.render import render
from generator.yamlsource import SpecError

REPO = Path(__file__).resolve().parents[1]
SAMPLE = Path(__file__).resolve().parent / "generator"
SAMPLE_SPEC = SAMPLE / "sample_spec"
GOLDEN = SAMPLE / "golden"
NEW_OPERATION = SAMPLE / "new_operation"


@pytest.fixture(scope="module")
def rendered() -> dict[str, str]:
    return render(load_service(SAMPLE_SPEC))


def test_sample_spec_renders_to_the_golden_output(rendered: dict[str, str]) -> None:
    golden = {p.name: p.read_text(encoding="utf-8") for p in GOLDEN.glob("*.py")}
    assert sorted(rendered) == sorted(golden)
    diffs = [
        "".join(
            difflib.unified_diff(
                golden[name].splitlines(True), source.splitlines(True), f"golden/{name}", name
            )
        )
        for name, source in sorted(rendered.items())
        if golden[name] != source
    ]
    assert not diffs, (
        "generator output changed; if intended, run `python -m tests.generator.update_golden`\n"
        + "\n".join(diffs)
    )


@pytest.fixture(scope="module")
def sample_package(tmp_path_factory: pytest.TempPathFactory, rendered: dict[str, str]) -> Path:
    """The hand-written runtime with the rendered sample as its ``_generated`` package.

    The facade (``client.py``, ``services.py``, the package ``__init__``) is built for
    the real spec's clients, so the sample package gets the engine and models only.
    """
    root = tmp_path_factory.mktemp("sample")
    package = root / "servicemanagement"
    shutil.copytree(
        REPO / "generated" / "servicemanagement",
        package,
        ignore=shutil.ignore_patterns(
            "_generated", "__pycache__", "__init__.py", "client.py", "services.py", "emulator"
        ),
    )
    (package / "__init__.py").write_text('"""The sample package."""\n', encoding="utf-8")
    (package / "_generated").mkdir()
    for name, source in rendered.items():
        (package / "_generated" / name).write_text(source, encoding="utf-8")
    return root


def test_rendered_sample_package_works(sample_package: Path) -> None:
    """Its own checks, plus the hypothesis round trips over every sample model."""
    _all_pass(
        [SAMPLE / "sample_checks.py", REPO / "tests" / "test_roundtrip_models.py"],
        cwd=REPO,
        pythonpath=[sample_package, REPO / "tests"],
        SAMPLE_PACKAGE=str(sample_package),
    )


def _all_pass(tests: list[Path], *, cwd: Path, pythonpath: list[Path], **env: str) -> None:
    """Run ``tests`` in a fresh interpreter with ``pythonpath``: every test passes, none
    is skipped, xfailed or deselected."""
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--noconftest"]
        + [str(test) for test in tests],
        cwd=cwd,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(map(str, pythonpath)), **env},
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    summary = output.strip().splitlines()[-1]
    assert re.fullmatch(r"\d+ passed(, \d+ warnings?)? in [\d.]+s( \(.*\))?", summary), summary


def test_an_operation_added_to_the_spec_is_served_by_the_emulator(tmp_path: Path) -> None:
    """The real spec plus new_operation/spec (widgets: create, get, list, update, an
    action, delete), generated into a copy of the package: the emulator serves the new
    operations with no emulator code and no ``emulator:`` key."""
    spec = tmp_path / "spec"
    shutil.copytree(REPO / "spec", spec)
    shutil.copytree(NEW_OPERATION / "spec", spec, dirs_exist_ok=True)
    package = tmp_path / "package"
    shutil.copytree(
        REPO / "generated" / "servicemanagement",
        package / "servicemanagement",
        ignore=shutil.ignore_patterns("__pycache__"),
    )
    generate = subprocess.run(
        [
            sys.executable,
            "-m",
            "generator",
            "--spec",
            str(spec),
            "--out",
            str(package / "servicemanagement" / "_generated"),
            "--docs",
            str(tmp_path / "operations.md"),
        ],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    assert generate.returncode == 0, generate.stdout + generate.stderr
    _all_pass([NEW_OPERATION / "serve_widgets.py"], cwd=tmp_path, pythonpath=[package])


# ---- bad specs ---------------------------------------------------------------

SERVICE = """\
format: 1
host: example.com
x_ms_version: "2014-10-01"
content_type: application/xml
namespaces:
  wa: http://schemas.microsoft.com/windowsazure
default_namespace: wa
clients:
  ServiceManagementService: {}
"""

TYPES = """\
format: 1
types:
  Thing:
    root: Thing
    fields:
      - element: Name
      - {element: Size, type: int}
"""

OPERATIONS = """\
format: 1
operations:
  get_thing:
    method: GET
    path: /{subscription_id}/things/{thing_name}
    params:
      - {name: thing_name, in: path}
    response: Thing
"""


def write_spec(root: Path, files: dict[str, str]) -> Path:
    """A spec directory: the valid base files, replaced or added to by ``files``."""
    spec = root / "spec"
    base = {
        "service.yaml": SERVICE,
        "types/things.yaml": TYPES,
        "operations/things.yaml": OPERATIONS,
    }
    for name, text in {**base, **files}.items():
        path = spec / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")
    return spec


def spec_error(tmp_path: Path, files: dict[str, str]) -> str:
    with pytest.raises(SpecError) as info:
        load_service(write_spec(tmp_path, files))
    return str(info.value)


def test_the_base_spec_is_valid(tmp_path: Path) -> None:
    service = load_service(write_spec(tmp_path, {}))
    assert [t.name for t in service.types] == ["Thing"]
    assert [op.name for op in service.operations] == ["get_thing"]


def ops(body: str) -> dict[str, str]:
    return {"operations/things.yaml": "format: 1\noperations:\n" + textwrap.indent(body, "  ")}


def types(body: str) -> dict[str, str]:
    return {"types/things.yaml": "format: 1\ntypes:\n" + textwrap.indent(body, "  ")}


BAD_SPECS = {
    "constraint that is no integer": (
        ops(
            "get_thing:\n  method: GET\n  path: /{subscription_id}/x/{n}\n"
            "  params:\n    - {name: n, in: path, min_length: three}\n"
        ),
        "spec/operations/things.yaml:7: 'min_length' must be an integer",
    ),
    "pattern that is no regular expression": (
        ops(
            "get_thing:\n  method: GET\n  path: /{subscription_id}/x/{n}\n"
            "  params:\n    - {name: n, in: path, pattern: '[a-z'}\n"
        ),
        "spec/operations/things.yaml:7: invalid pattern: unterminated character set at position 0",
    ),
    "choices that are no strings": (
        ops(
            "get_thing:\n  method: GET\n  path: /{subscription_id}/x/{n}\n"
            "  params:\n    - {name: n, in: path, choices: [1, 2]}\n"
        ),
        "spec/operations/things.yaml:7: 'choices' must be a list of strings",
    ),
    "types as a list": (
        {"types/things.yaml": "format: 1\ntypes:\n  - Thing\n"},
        "spec/types/things.yaml:2: 'types' must be a mapping of names",
    ),
    "unknown type key": (
        types("Thing:\n  root: Thing\n  rooot: x\n  fields: [{element: Name}]\n"),
        "spec/types/things.yaml:5: unknown key(s) rooot in type Thing"
        " (allowed: discriminator, doc, fields, items, json, namespace, positional, root)",
    ),
    "unknown field key": (
        types(
            "Thing:\n  root: Thing\n  fields:\n    - element: Name\n    - {element: S, typ: int}\n"
        ),
        "spec/types/things.yaml:7: unknown key(s) typ in field (allowed: absent, any,"
        " attribute, bool_words, default, dict, doc, element, flat, init, item_namespace, list,"
        " name, namespace, nillable, omit_empty, read_only, secret, text, type)",
    ),
    "unknown operation key": (
        ops("get_thing:\n  method: GET\n  path: /{subscription_id}/x\n  respnse: Thing\n"),
        "spec/operations/things.yaml:6: unknown key(s) respnse in operation get_thing (allowed:"
        " async, body, client, content_type, doc, emulator, headers, method, one_of, paging,"
        " params, path,"
        " query, response, result, status, x_ms_version)",
    ),
    "unknown parameter key": (
        ops(
            "get_thing:\n  method: GET\n  path: /{subscription_id}/x/{n}\n"
            "  params:\n    - {name: n, in: path, wrie: x}\n"
        ),
        "spec/operations/things.yaml:7: unknown key(s) wrie in parameter (allowed: choices,"
        " default, doc, flag, in, max_length, maximum, min_length, minimum, name, pattern, raw,"
        " required, secret, type, wire)",
    ),
    "secret on a list": (
        types("Thing:\n  root: Thing\n  fields:\n    - {element: Keys, list: Key, secret: true}\n"),
        "spec/types/things.yaml:6: write 'secret: true', on a string value",
    ),
    "secret that is not true": (
        types("Thing:\n  root: Thing\n  fields:\n    - {element: Key, secret: yes please}\n"),
        "spec/types/things.yaml:6: write 'secret: true', on a string value",
    ),
    "a range on text": (
        ops(
            "get_thing:\n  method: GET\n  path: /{subscription_id}/x/{n}\n"
            "  params:\n    - {name: n, in: path, minimum: 1}\n"
        ),
        "spec/operations/things.yaml:7: 'minimum' applies to int and float parameters",
    ),
    "an empty range": (
        ops(
            "get_thing:\n  method: GET\n  path: /{subscription_id}/x/{n}\n"
            "  params:\n    - {name: n, in: path, type: int, minimum: 5, maximum: 1}\n"
        ),
        "spec/operations/things.yaml:7: minimum 5 is above maximum 1",
    ),
    "dangling type reference": (
        types("Thing:\n  root: Thing\n  fields:\n    - {element: Owner, type: Ownr}\n"),
        "spec/types/things.yaml:6: field Thing.owner refers to unknown type 'Ownr'",
    ),
    "dangling response type": (
        ops("get_thing:\n  method: GET\n  path: /{subscription_id}/x\n  response: Thng\n"),
        "spec/operations/things.yaml:3: operation get_thing refers to unknown type 'Thng'",
    ),
    "duplicate type across files": (
        {"types/more.yaml": "format: 1\ntypes:\n  Thing:\n    fields: [{element: Name}]\n"},
        "spec/types/things.yaml:3: type Thing is also defined at spec/types/more.yaml:3",
    ),
    "duplicate field python name": (
        types(
            "Thing:\n  root: Thing\n  fields:\n    - element: Name\n"
            "    - {element: FullName, name: name}\n"
        ),
        "spec/types/things.yaml:7: type Thing has two fields named 'name'"
        " (the other at spec/types/things.yaml:6); give one a 'name:'",
    ),
    "duplicate derived python name": (
        types("Thing:\n  root: Thing\n  fields:\n    - element: OS\n    - element: Os\n"),
        "spec/types/things.yaml:7: type Thing has two fields named 'os'"
        " (the other at spec/types/things.yaml:6); give one a 'name:'",
    ),
    "duplicate wire element": (
        types(
            "Thing:\n  root: Thing\n  fields:\n    - element: Name\n"
            "    - {element: Name, name: other}\n"
        ),
        "spec/types/things.yaml:7: type Thing has two fields for element 'Name'"
        " (the other at spec/types/things.yaml:6)",
    ),
    "path placeholder without parameter": (
        ops("get_thing:\n  method: GET\n  path: /{subscription_id}/x/{thing_name}\n"),
        "spec/operations/things.yaml:3: path placeholder {thing_name} of get_thing"
        " is filled by no path parameter",
    ),
    "path placeholder filled by a query parameter": (
        ops(
            "get_thing:\n  method: GET\n  path: /{subscription_id}/x/{n}\n"
            "  params:\n    - {name: n, in: query}\n"
        ),
        "spec/operations/things.yaml:3: path placeholder {n} of get_thing"
        " is filled by no path parameter",
    ),
    "path parameter not in the path": (
        ops(
            "get_thing:\n  method: GET\n  path: /{subscription_id}/x\n"
            "  params:\n    - {name: thing_name, in: path}\n"
        ),
        "spec/operations/things.yaml:7: path parameter thing_name of get_thing does not"
        " appear in '/{subscription_id}/x'",
    ),
    "body parameter used nowhere": (
        ops(
            "put_thing:\n  method: PUT\n  path: /{subscription_id}/x\n"
            "  params:\n    - {name: name}\n    - {name: size, type: int}\n"
            "  body:\n    type: Thing\n    fill:\n      name: name\n"
        ),
        "spec/operations/things.yaml:8: parameter size of put_thing goes nowhere"
        " (not in the path, query, headers or body)",
    ),
    "fill of an unknown field": (
        ops(
            "put_thing:\n  method: PUT\n  path: /{subscription_id}/x\n"
            "  params:\n    - {name: name}\n"
            "  body:\n    type: Thing\n    fill:\n      name: name\n      colour: name\n"
        ),
        "spec/operations/things.yaml:12: put_thing: fills unknown field Thing.colour",
    ),
    "fill from an unknown argument": (
        ops(
            "put_thing:\n  method: PUT\n  path: /{subscription_id}/x\n"
            "  body:\n    type: Thing\n    fill:\n      name: nmae\n"
        ),
        "spec/operations/things.yaml:9: put_thing: 'nmae' names no argument",
    ),
    "missing format": (
        {"types/things.yaml": TYPES.replace("format: 1\n", "")},
        "spec/types/things.yaml:1: 'format: 1' is required",
    ),
    "wrong format": (
        {"service.yaml": SERVICE.replace("format: 1", "format: 2")},
        "spec/service.yaml:1: 'format: 1' is required",
    ),
    "invalid YAML": (
        {"types/things.yaml": TYPES + "  Other:\n    fields: [{element: Name}\n"},
        "spec/types/things.yaml:10: invalid YAML: expected ',' or ']', but got '<stream end>'"
        " (while parsing a flow sequence at line 9)",
    ),
    "duplicate YAML key": (
        types("Thing:\n  root: Thing\n  root: Other\n  fields: [{element: Name}]\n"),
        "spec/types/things.yaml:5: duplicate key 'root'",
    ),
    "field name that is no identifier": (
        types("Thing:\n  root: Thing\n  fields:\n    - {element: Name, name: 2nd-name}\n"),
        "spec/types/things.yaml:6: '2nd-name' is not a valid Python name",
    ),
    "field name that is a keyword": (
        types("Thing:\n  root: Thing\n  fields:\n    - {element: Name, name: class}\n"),
        "spec/types/things.yaml:6: 'class' is not a valid Python name",
    ),
    "reserved field name": (
        types("Thing:\n  root: Thing\n  fields:\n    - element: ToXml\n"),
        "spec/types/things.yaml:6: 'to_xml' is reserved on models; give the field a 'name:'",
    ),
    "operation name that is no identifier": (
        ops("get-thing:\n  method: GET\n  path: /{subscription_id}/x\n"),
        "spec/operations/things.yaml:3: operation name 'get-thing' is not a valid Python name",
    ),
    "parameter name that is no identifier": (
        ops(
            "get_thing:\n  method: GET\n  path: /{subscription_id}/x\n"
            "  params:\n    - {name: thing name, in: query}\n"
        ),
        "spec/operations/things.yaml:7: 'thing name' is not a valid Python name",
    ),
    "type name that is not CapWords": (
        types("thing:\n  fields: [{element: Name}]\n"),
        "spec/types/things.yaml:3: type name 'thing' must be a CapWords identifier",
    ),
    "discriminator naming an unknown type": (
        types(
            "Thing:\n  root: Thing\n  discriminator:\n    element: Kind\n"
            "    variants: {Big: BigThing}\n  fields:\n    - element: Kind\n"
        ),
        "spec/types/things.yaml:3: discriminator value 'Big' of Thing names unknown type"
        " 'BigThing'",
    ),
    "variant without the discriminator default": (
        types(
            "Thing:\n  root: Thing\n  discriminator:\n    element: Kind\n"
            "    variants: {Big: BigThing}\n  fields:\n    - element: Kind\n"
            "BigThing:\n  fields:\n    - element: Kind\n"
        ),
        "spec/types/things.yaml:10: variant BigThing of Thing needs the field"
        " {element: Kind, default: Big}",
    ),
    "discriminator that is not an element": (
        types(
            "Thing:\n  root: Thing\n  discriminator:\n    element: Kind\n"
            "    variants: {}\n  fields:\n    - element: Name\n"
        ),
        "spec/types/things.yaml:3: discriminator element 'Kind' is not a scalar element of Thing",
    ),
    "operation on an unknown client": (
        ops("get_thing:\n  client: OtherService\n  method: GET\n  path: /{subscription_id}/x\n"),
        "spec/operations/things.yaml:3: operation get_thing names unknown client 'OtherService'",
    ),
    "duplicate operation name": (
        {"operations/more.yaml": OPERATIONS},
        "spec/operations/things.yaml:3: operation get_thing of ServiceManagementService is"
        " also defined at spec/operations/more.yaml:3 (of ServiceManagementService);"
        " operation names are unique across clients",
    ),
    "document type without root": (
        types("Thing:\n  fields: [{element: Name}]\n"),
        "spec/operations/things.yaml:3: get_thing uses Thing as a document but it has no root",
    ),
    "status that is no HTTP status": (
        ops("get_thing:\n  method: GET\n  path: /{subscription_id}/x\n  status: [OK]\n"),
        "spec/operations/things.yaml:6: 'status' is an HTTP status or a list of them",
    ),
    "flag on a header": (
        ops(
            "get_thing:\n  method: GET\n  path: /{subscription_id}/x\n"
            "  params:\n    - {name: f, in: header, flag: 'yes', default: false}\n"
        ),
        "spec/operations/things.yaml:7: 'flag' is for query parameters only",
    ),
    "text body from an argument that is no string": (
        ops(
            "put_thing:\n  method: PUT\n  path: /{subscription_id}/x\n"
            "  params:\n    - {name: n, type: int}\n"
            "  body: {type: text, param: n}\n  content_type: application/xml\n"
        ),
        "spec/operations/things.yaml:3: put_thing: a raw body is 'type: json' or 'type: text'"
        " (a string argument) with a param, and the operation states its content_type",
    ),
    "headers that are no mapping of strings": (
        ops("get_thing:\n  method: GET\n  path: /{subscription_id}/x\n  headers: {Accept: 1}\n"),
        "spec/operations/things.yaml:6: 'headers' maps header names to strings",
    ),
    "json type with a root": (
        types("Thing:\n  json: true\n  root: Thing\n  fields: [{element: Name}]\n"),
        "spec/types/things.yaml:5: a json type has no root",
    ),
    "json type with an attribute": (
        types("Thing:\n  json: true\n  fields:\n    - {attribute: name}\n"),
        "spec/types/things.yaml:6: field name of a json type is a member (element) or an array"
        " (element + flat: true) with type, name, default and doc only",
    ),
    "XML type with a json member": (
        types(
            "Thing:\n  root: Thing\n  fields:\n    - {element: Stats, type: Stats}\n"
            "Stats:\n  json: true\n  fields: [{element: Count, type: int}]\n"
        ),
        "spec/types/things.yaml:6: field Thing.stats of an XML type refers to Stats, which is not",
    ),
    "json body without a content type": (
        {
            **types("Thing:\n  json: true\n  fields: [{element: Name}]\n"),
            **ops(
                "put_thing:\n  method: PUT\n  path: /{subscription_id}/x\n"
                "  params:\n    - {name: t, type: Thing}\n  body: {type: Thing, param: t}\n"
            ),
        },
        "spec/operations/things.yaml:3: put_thing sends a json type and states no content_type",
    ),
    "unknown emulator key": (
        ops(
            "get_thing:\n  method: GET\n  path: /{subscription_id}/x\n"
            "  emulator: {kind: get, table: things}\n"
        ),
        "spec/operations/things.yaml:6: unknown key(s) table in emulator (allowed: collection,"
        " handler, key, kind, seed, status)",
    ),
    "unknown emulator kind": (
        ops("get_thing:\n  method: GET\n  path: /{subscription_id}/x\n  emulator: {kind: fetch}\n"),
        "spec/operations/things.yaml:6: 'kind' is one of create, get, list, update, delete,"
        " action, read, upsert",
    ),
    "emulator status that is no success": (
        ops("get_thing:\n  method: GET\n  path: /{subscription_id}/x\n  emulator: {status: 404}\n"),
        "spec/operations/things.yaml:6: 'status' is a 2xx HTTP status",
    ),
    "emulator collection that is no path": (
        ops(
            "get_thing:\n  method: GET\n  path: /{subscription_id}/x\n"
            "  emulator: {collection: things}\n"
        ),
        "spec/operations/things.yaml:6: 'collection' is a path starting with '/'",
    ),
    "unknown namespace prefix": (
        types("Thing:\n  root: Thing\n  fields:\n    - {element: Name, namespace: xx}\n"),
        "spec/types/things.yaml:6: unknown namespace prefix 'xx' (declared: wa)",
    ),
}


@pytest.mark.parametrize("files,message", BAD_SPECS.values(), ids=BAD_SPECS.keys())
def test_bad_spec_fails_with_file_line_and_reason(
    tmp_path: Path, files: dict[str, str], message: str
) -> None:
    assert spec_error(tmp_path, files) == message


def test_generator_cli_reports_spec_errors_and_writes_nothing(tmp_path: Path) -> None:
    spec = write_spec(tmp_path, types("Thing:\n  root: Thing\n  fields: [{element: X, type: Y}]\n"))
    out = tmp_path / "out"
    result = subprocess.run(
        [sys.executable, "-m", "generator", "--spec", str(spec), "--out", str(out)],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2
    assert result.stderr == (
        "spec error: spec/types/things.yaml:5: field Thing.x refers to unknown type 'Y'\n"
    )
    assert not out.exists()
