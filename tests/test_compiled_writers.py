"""The compiled writers (servicemanagement._writers) write what the general writer writes.

The general writer builds an ElementTree element per model and writes its markup
(``_xml.write_element`` and ``_xml._markup``); ``to_xml`` goes through the compiled
writers wherever they apply. For every XML model, models drawn from its schema, and
models read from perturbed documents (unknown content, ``i:nil``, empty and missing
elements, odd scalars: tests/xmlperturb.py), are written by both, byte for byte alike.
"""

from __future__ import annotations

from typing import Any
from xml.etree.ElementTree import tostring

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st
from servicemanagement import _xml
from servicemanagement._generated import MODEL_TYPES
from servicemanagement._schema import TypeSchema
from servicemanagement.errors import XmlError
from strategies import MODELS
from xmlperturb import perturbed

XML_MODELS = sorted(name for name in MODEL_TYPES if not MODEL_TYPES[name].__schema__.json)
SETTINGS = settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def general(obj: Any) -> bytes:
    """``obj``'s document, written by the general writer only."""
    schema: TypeSchema = type(obj).__schema__
    name = schema.root or schema.element or schema.name
    element = _xml.write_element(obj, name, schema.namespace, None)
    element.set("xmlns:i", _xml.XSI_NS)
    parts: list[str] = []
    _xml._markup(element, parts)
    return "".join(parts).encode("utf-8")


def outcome(write: Any, obj: Any) -> Any:
    try:
        return write(obj)
    except XmlError as error:
        return (type(error), str(error))


@pytest.mark.parametrize("name", XML_MODELS)
@SETTINGS
@given(data=st.data())
def test_a_drawn_model_is_written_as_the_general_writer_writes_it(
    name: str, data: st.DataObject
) -> None:
    obj = data.draw(MODELS.exact(name), label=name)
    assert outcome(lambda o: o.to_xml(), obj) == outcome(general, obj)


@pytest.mark.parametrize("name", XML_MODELS)
@SETTINGS
@given(data=st.data())
def test_a_read_model_is_written_as_the_general_writer_writes_it(
    name: str, data: st.DataObject
) -> None:
    """Read models carry notes of their nulls (and, perturbed, unknown content), which
    the compiled writers take or leave to the general one."""
    document = tostring(perturbed(data, name), encoding="utf-8").replace(b"\r", b"&#13;")
    try:
        obj = MODEL_TYPES[name].from_xml(document)
    except XmlError:
        return  # e.g. a scalar made unreadable: nothing to write
    assert obj.to_xml() == general(obj)


def test_most_models_have_a_compiled_writer() -> None:
    """Only a class with an any field, or with attributes in two namespaces other than
    XSI's, is left to the general writer."""
    without = set()
    for name in XML_MODELS:
        schema: TypeSchema = MODEL_TYPES[name].__schema__
        if _xml.compiled_writer(MODEL_TYPES[name], schema.namespace) is None:
            without.add(name)
    for name in without:
        fields = MODEL_TYPES[name].__schema__.fields
        prefixed = {
            f.namespace
            for f in fields
            if f.kind == "attribute" and f.namespace not in ("", _xml.XSI_NS)
        }
        assert any(f.kind == "any" for f in fields) or len(prefixed) > 1, name
    assert len(without) < len(XML_MODELS) / 10


def _empty(field: Any) -> Any:
    """A value of ``field`` that writes an empty element (or elements)."""
    if field.kind in ("list", "dict"):
        return [] if field.kind == "list" else {}
    value = _xml.resolve_type(field.model)() if field.model else ""
    return [value, value] if field.kind == "flat" else value


OMITTING = sorted(
    name for name in XML_MODELS if any(f.omit_empty for f in MODEL_TYPES[name].__schema__.fields)
)


@pytest.mark.parametrize("name", OMITTING)
def test_empty_elements_of_omit_empty_fields_are_dropped_alike(name: str) -> None:
    obj = MODEL_TYPES[name]()
    fields = [f for f in MODEL_TYPES[name].__schema__.fields if f.omit_empty]
    for field in fields:
        setattr(obj, field.attr, _empty(field))
    written = obj.to_xml()
    assert written == general(obj)
    for field in fields:
        assert f"<{field.name}".encode() not in written, field.name
