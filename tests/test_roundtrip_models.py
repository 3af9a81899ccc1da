"""Every generated model survives object -> document -> object unchanged.

Models come from ``MODEL_TYPES`` and strategies from their schemas (tests/strategies.py),
so new spec types are covered without touching this file. A type without a root element
is written as the element its parents give it (``TypeSchema.element``); a JSON type
(``TypeSchema.json``) as a JSON object.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st
from servicemanagement._generated import MODEL_TYPES
from servicemanagement._model import Model
from servicemanagement.models import from_xml
from strategies import MODELS


def round_trip(obj: Model) -> tuple[bytes, Model]:
    data = obj.to_body()
    return data, type(obj).from_body(data)


@pytest.mark.parametrize("name", sorted(MODEL_TYPES))
@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(data=st.data())
def test_model_round_trips_through_its_document(name: str, data: st.DataObject) -> None:
    obj = data.draw(MODELS.exact(name), label=name)
    document, back = round_trip(obj)
    # Fields the document lacks read as their legacy defaults (absent:), which are never
    # written: what was read writes back exactly, and so does the model it was made from.
    assert back.to_body() == document, document.decode("utf-8")
    if not MODEL_TYPES[name].__schema__.json:
        assert from_xml(document, type=name).to_xml() == document
