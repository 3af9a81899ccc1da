"""A document from a newer API version survives a round trip: nothing unknown is lost.

Documents are every model's own XML (drawn from the schemas, tests/strategies.py) into
which, at every level a model reads (its element, its list and dict wrappers), unknown
elements and attributes are injected at random places, and known elements are turned
into ``i:nil`` or empty ones. Reading it and writing it back must give the same document
(tests/xmlcompare: same elements, order, attributes and text). A JSON model's
document likewise keeps the members it does not know, at every level.
"""

from __future__ import annotations

import json
from typing import Any
from xml.etree.ElementTree import fromstring, tostring

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st
from servicemanagement._generated import MODEL_TYPES
from servicemanagement.models import from_xml
from strategies import MODELS, TEXT
from xmlcompare import xml_difference
from xmlperturb import inject, levels


@pytest.mark.parametrize("name", sorted(MODEL_TYPES))
@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(data=st.data())
def test_unknown_content_survives_a_round_trip(name: str, data: st.DataObject) -> None:
    obj = data.draw(MODELS.exact(name), label=name)
    root = fromstring(obj.to_xml())
    number = 0
    for element, cls in list(levels(MODEL_TYPES[name], root)):
        number = inject(data, cls, element, number)
    # ElementTree writes a carriage return raw, which a parser reads as a line feed
    # (XML 1.0 section 2.11); escaped, the injected document says what the model holds.
    document = tostring(root, encoding="utf-8").replace(b"\r", b"&#13;")
    written = from_xml(document, type=name).to_xml()
    assert xml_difference(document, written) is None, document.decode("utf-8")


#: JSON values a newer API version might add as members.
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | TEXT,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(TEXT, inner, max_size=3),
    max_leaves=5,
)


def inject_members(data: st.DataObject, value: Any) -> None:
    """An unknown member in some of the objects of a JSON document (each one a model)."""
    if isinstance(value, list):
        for item in value:
            inject_members(data, item)
    elif isinstance(value, dict):
        for member in list(value.values()):
            inject_members(data, member)
        if data.draw(st.booleans()):
            value[f"Future{len(value)}"] = data.draw(JSON_VALUES)


@pytest.mark.parametrize("name", sorted(n for n in MODEL_TYPES if MODEL_TYPES[n].__schema__.json))
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_unknown_json_members_survive_a_round_trip(name: str, data: st.DataObject) -> None:
    obj = data.draw(MODELS.exact(name), label=name)
    document = json.loads(obj.to_json())
    inject_members(data, document)
    assert json.loads(MODEL_TYPES[name].from_json(json.dumps(document)).to_json()) == document


ROLE = (
    b'<PersistentVMRole xmlns="http://schemas.microsoft.com/windowsazure"'
    b' xmlns:i="http://www.w3.org/2001/XMLSchema-instance">'
    b"<RoleName>line&#xD;&#xA;break</RoleName><GuestAgentStatus><Status>Ready</Status>"
    b"</GuestAgentStatus><RoleType>PersistentVMRole</RoleType><RoleSize i:nil='true'/>"
    b"<ProvisionGuestAgent/></PersistentVMRole>"
)


def test_a_carriage_return_survives() -> None:
    role = from_xml(ROLE, type="PersistentVMRole")
    assert role.role_name == "line\r\nbreak"
    assert from_xml(role.to_xml(), type="PersistentVMRole").role_name == "line\r\nbreak"


def test_absent_empty_and_nil_are_written_back_as_read() -> None:
    written = from_xml(ROLE, type="PersistentVMRole").to_xml()
    assert b'<RoleSize i:nil="true" />' in written
    assert b"<ProvisionGuestAgent />" in written
    assert b"OsVersion" not in written  # absent stays absent


def test_unknown_content_stays_out_of_the_way() -> None:
    """Not a field: no repr, no ==, no constructor argument; a changed field is written
    with the unknown content around it."""
    role = from_xml(ROLE, type="PersistentVMRole")
    assert "GuestAgentStatus" not in repr(role) and "Ready" not in repr(role)
    known_only = ROLE.replace(b"<GuestAgentStatus><Status>Ready</Status></GuestAgentStatus>", b"")
    assert role == from_xml(known_only, type="PersistentVMRole")
    role.role_name = "renamed"
    written = role.to_xml()
    assert written.index(b"renamed") < written.index(b"GuestAgentStatus")
    assert written.index(b"GuestAgentStatus") < written.index(b"<RoleType>")
