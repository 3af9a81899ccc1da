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
from collections.abc import Iterator
from typing import Any
from xml.etree.ElementTree import Element, SubElement, fromstring, tostring

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st
from servicemanagement import _xml
from servicemanagement._generated import MODEL_TYPES
from servicemanagement._schema import FieldSchema
from servicemanagement.models import from_xml
from strategies import MODELS, TEXT
from xmlcompare import xml_difference

NIL = f"{{{_xml.XSI_NS}}}nil"
FUTURE_NS = "urn:test:a-newer-api-version"
#: Scalars whose empty element reads as None (not as ''): empty and absent must differ.
NOT_TEXTUAL = ("int", "float", "bool", "datetime")


def _tag(field: FieldSchema) -> str:
    return f"{{{field.namespace}}}{field.name}" if field.namespace else field.name


def levels(cls: type, element: Element) -> Iterator[tuple[Element, type | None]]:
    """Every element a model reads (with its class) and every list or dict wrapper (None)."""
    plan = _xml._plan(cls)
    if plan.variants is not None:
        variant = plan.variants.get(element.findtext(plan.selector) or "")
        cls = variant or cls
    yield element, cls
    fields = {_tag(f): f for f in _xml._plan(cls).schema.fields}
    for child in element:
        field = fields.get(child.tag)
        if field is None or child.get(NIL) == "true":
            continue
        if field.kind in ("list", "dict"):
            yield child, None
            if field.kind == "list" and field.model:
                for item in child:
                    if item.get(NIL) != "true":
                        yield from levels(_xml.resolve_type(field.model), item)
        elif field.kind in ("element", "flat") and field.model:
            yield from levels(_xml.resolve_type(field.model), child)


def unknown_element(data: st.DataObject, parent_ns: str, number: int) -> Element:
    namespace = data.draw(st.sampled_from([parent_ns, FUTURE_NS, ""]))
    element = Element(f"{{{namespace}}}Future{number}" if namespace else f"Future{number}")
    if data.draw(st.booleans()):
        element.text = data.draw(TEXT)
    else:
        detail = SubElement(element, f"{{{FUTURE_NS}}}Detail", {"kind": data.draw(TEXT)})
        detail.text = data.draw(TEXT)
    return element


def _namespace(tag: str) -> str:
    return tag[1:].partition("}")[0] if tag.startswith("{") else ""


def make_null(data: st.DataObject, cls: type, element: Element) -> None:
    """Turn some known children into ``i:nil`` ones, or empty ones where empty reads None."""
    plan = _xml._plan(cls)
    fields = {_tag(f): f for f in plan.schema.fields if not f.read_only}
    for child in list(element):
        field = fields.get(child.tag)
        if (
            field is None
            or child.tag == plan.selector
            or field.kind not in ("element", "list", "dict")
        ):
            continue
        choice = data.draw(st.sampled_from(["keep", "keep", "nil", "empty"]))
        if choice == "nil":
            child.clear()
            child.set(NIL, "true")
        elif choice == "empty" and field.kind == "element" and field.scalar in NOT_TEXTUAL:
            child.clear()


def inject(data: st.DataObject, cls: type | None, element: Element, number: int) -> int:
    """Unknown attributes and children at random places; returns the next free number."""
    if element.get(NIL) == "true":
        return number  # made nil by its parent's turn: a nil element holds nothing
    if cls is not None and _xml._plan(cls).any is not None:
        return number  # an any field takes the first unknown child: not unknown to it
    if cls is not None:
        make_null(data, cls, element)
    if data.draw(st.booleans()):
        name = f"{{{FUTURE_NS}}}flag{number}" if data.draw(st.booleans()) else f"flag{number}"
        element.set(name, data.draw(TEXT))
        number += 1
    for _ in range(data.draw(st.integers(0, 2))):
        position = data.draw(st.integers(0, len(element)))
        element.insert(position, unknown_element(data, _namespace(element.tag), number))
        number += 1
    return number


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
