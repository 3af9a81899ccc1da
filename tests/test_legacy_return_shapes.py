"""Every legacy method returns the same shape here: None, an asynchronous operation's
result, a plain list or a value, as read from the legacy package's own source."""

from __future__ import annotations

import ast
import inspect
import textwrap
import warnings

import legacy_oracle
import legacy_surface
import pytest
from servicemanagement import OPERATIONS
from servicemanagement._generated import MODEL_TYPES
from servicemanagement._schema import OperationSpec

#: The legacy parsers that return a plain list.
_LIST_PARSERS = {"parse_service_resources_response", "convert_response_to_feeds"}
#: The legacy request helpers, which return None unless asked for more.
_PERFORM = {"_perform_put", "_perform_post", "_perform_delete"}


def _shape_of_return(value: ast.expr) -> str:
    if isinstance(value, ast.Call) and isinstance(value.func, ast.Attribute):
        name = value.func.attr
        keywords = {k.arg: ast.unparse(k.value) for k in value.keywords}
        if name in _LIST_PARSERS:
            return "list"
        if name in _PERFORM:
            positional = [ast.unparse(a) for a in value.args]
            if keywords.get("as_async") == "True" or positional[-1:] == ["True"]:
                return "async"
            if name == "_perform_post" and ("response_type" in keywords or len(positional) > 2):
                return "value"
            return "none"
    return "value"


def legacy_shape(method: object) -> str:
    """What the legacy method returns: none, async, list or value."""
    with warnings.catch_warnings():  # legacy docstrings hold invalid escapes ('\m')
        warnings.simplefilter("ignore", (DeprecationWarning, SyntaxWarning))
        tree = ast.parse(textwrap.dedent(inspect.getsource(method)))  # type: ignore[arg-type]
    shapes = {
        _shape_of_return(node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Return) and node.value is not None
    }
    assert len(shapes) <= 1, shapes
    return shapes.pop() if shapes else "none"


def our_shape(operation: OperationSpec) -> str:
    if operation.is_async:
        return "async"
    if operation.response_type is None or operation.discard:
        return "none"
    cls = MODEL_TYPES.get(operation.response_type)
    for attribute in operation.result:
        assert cls is not None
        field = next(f for f in cls.__schema__.fields if f.attr == attribute)
        if field.kind in ("list", "flat"):
            return "list"
        cls = MODEL_TYPES.get(field.model or "")
    return "value"


METHODS = [
    (cls, name)
    for cls in legacy_surface.SERVICE_METHODS
    for name, member in vars(getattr(legacy_oracle.load(), cls)).items()
    if not name.startswith("_") and inspect.isfunction(member)
]


@pytest.mark.parametrize(("cls", "name"), METHODS, ids=[f"{c}.{n}" for c, n in METHODS])
def test_return_shape_is_the_legacy_one(cls: str, name: str) -> None:
    method = getattr(getattr(legacy_oracle.load(), cls), name)
    assert our_shape(OPERATIONS[name]) == legacy_shape(method)
