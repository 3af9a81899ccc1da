"""Every generated model survives object -> XML -> object unchanged.

Models come from ``MODEL_TYPES`` and strategies from their schemas (tests/strategies.py),
so new spec types are covered without touching this file. Types without a root element
are written as the element of a wrapper document, the way a parent writes them.
"""

from __future__ import annotations

from xml.etree.ElementTree import tostring

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st
from servicemanagement._generated import MODEL_TYPES
from servicemanagement._model import Model
from servicemanagement._xml import XSI_NS, parse_document, read_element, write_element
from servicemanagement.models import from_xml
from strategies import MODELS


def round_trip(obj: Model) -> tuple[bytes, Model]:
    schema = type(obj).__schema__
    if schema.root is not None:
        data = obj.to_xml()
        return data, type(obj).from_xml(data)
    element = write_element(obj, schema.name, schema.namespace, None)
    element.set("xmlns:i", XSI_NS)
    data = tostring(element, encoding="utf-8")
    return data, read_element(type(obj), parse_document(data))


@pytest.mark.parametrize("name", sorted(MODEL_TYPES))
@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(data=st.data())
def test_model_round_trips_through_xml(name: str, data: st.DataObject) -> None:
    obj = data.draw(MODELS.exact(name), label=name)
    xml, back = round_trip(obj)
    assert back == obj, xml.decode("utf-8")
    if MODEL_TYPES[name].__schema__.root is not None:
        assert from_xml(xml, type=name) == obj
