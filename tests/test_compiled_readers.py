"""The compiled readers (servicemanagement._readers) read what the general reader reads.

For every XML model, documents drawn from its schema and perturbed (unknown content,
``i:nil`` and empty elements, children out of order, blank and odd scalars, see
tests/xmlperturb.py) are read by the class's compiled reader and by the general one
(``_xml.read_general``): the compiled reader either hands the element over
(``Fallback``) or gives an equal model with the same records of unknown content and
of how each null was written. Both read nested elements through ``read_element``, so
each class's check covers its own level; every class is checked.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from xml.etree.ElementTree import Element, fromstring, tostring

import pytest
from cassettes import all_names, load
from hypothesis import HealthCheck, given, settings, strategies as st
from servicemanagement import _xml
from servicemanagement._generated import MODEL_TYPES, ROOTS
from servicemanagement._readers import Fallback
from servicemanagement._unknown import Unknown
from xmlperturb import levels, perturbed

XML_MODELS = sorted(name for name in MODEL_TYPES if not MODEL_TYPES[name].__schema__.json)


def records(value: Any) -> Any:
    """Everything reading made of ``value``, the hidden records included, comparably."""
    if isinstance(value, list):
        return [records(item) for item in value]
    if isinstance(value, dict):
        return {key: records(item) for key, item in value.items()}
    if isinstance(value, Element):
        return tostring(value)
    schema = getattr(type(value), "__schema__", None)
    if schema is None:
        return (type(value), value)
    unknown: Unknown | None = getattr(value, "_xml_unknown", None)
    hidden = None
    if unknown is not None:
        hidden = (
            unknown.nulls,
            unknown.attributes,
            [(attr, index, tostring(element)) for attr, index, element in unknown.children],
            {
                attr: (attributes, [(index, tostring(element)) for index, element in strays])
                for attr, (attributes, strays) in unknown.wrapped.items()
            },
        )
    fields = {field.attr: records(getattr(value, field.attr)) for field in schema.fields}
    return (type(value), hidden, fields)


def outcome(read: Any, element: Element) -> Any:
    try:
        return records(read(element))
    except _xml.XmlError as error:
        return (type(error), str(error))


@pytest.mark.parametrize("name", XML_MODELS)
@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(data=st.data())
def test_a_compiled_reader_reads_what_the_general_reader_reads(
    name: str, data: st.DataObject
) -> None:
    root = perturbed(data, name)
    plan = _xml._plan(MODEL_TYPES[name])
    if plan.read is None:
        return
    try:
        compiled = outcome(plan.read, root)
    except Fallback:
        return
    assert compiled == outcome(lambda element: _xml.read_general(plan, element), root)


def test_every_model_without_an_any_field_has_a_compiled_reader() -> None:
    without = sorted(name for name in XML_MODELS if _xml._plan(MODEL_TYPES[name]).read is None)
    with_any = sorted(
        name
        for name in XML_MODELS
        if any(field.kind == "any" for field in MODEL_TYPES[name].__schema__.fields)
    )
    assert without == with_any


def recorded_levels() -> Iterator[tuple[str, Element, type]]:
    """Every element a model reads in every recorded response document."""
    for name in all_names():
        for interaction in load(name):
            body = interaction.response_body.lstrip()
            if not body.startswith(b"<"):
                continue
            root = fromstring(body)
            roots = ROOTS.get(root.tag, ())
            if len(roots) == 1:
                for element, cls in levels(MODEL_TYPES[roots[0]], root):
                    if cls is not None:
                        yield name, element, cls


def test_recorded_documents_take_the_compiled_path() -> None:
    """Azure's documents are what the compiled readers are for: every model element of
    every recorded response is read by its class's compiled reader (if it has one), as
    the general reader reads it."""
    read = 0
    for name, element, cls in recorded_levels():
        plan = _xml._plan(cls)
        if plan.read is None:
            continue  # an any field (see above)
        try:
            compiled = records(plan.read(element))
        except Fallback:
            pytest.fail(f"{name}: a {cls.__name__} element needed the general reader")
        assert compiled == records(_xml.read_general(plan, element)), name
        read += 1
    assert read > len(XML_MODELS)  # the recordings hold many documents
