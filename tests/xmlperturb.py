"""Perturbations of a model's own XML, as a newer API version or an odd server writes it.

Used by the forward-compatibility round trips (tests/test_forward_compatibility.py) and
by the check that compiled readers read what the general reader reads
(tests/test_compiled_readers.py).
"""

from __future__ import annotations

from collections.abc import Iterator
from xml.etree.ElementTree import Element, SubElement, fromstring

from hypothesis import strategies as st
from servicemanagement import _xml
from servicemanagement._generated import MODEL_TYPES
from servicemanagement._schema import FieldSchema
from strategies import MODELS, TEXT

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


def oddities(data: st.DataObject, cls: type, element: Element) -> None:
    """What a server may write that the schema allows or the general reader tolerates:
    children out of order, blank or padded scalars, booleans in other spellings, empty
    strings, and entries of a flat list apart from each other."""
    fields = {_tag(f): f for f in _xml._plan(cls).schema.fields}
    children = list(element)
    if len(children) > 1 and data.draw(st.booleans()):
        first = data.draw(st.integers(0, len(children) - 2))
        element.remove(children[first])
        element.insert(first + 1, children[first])
    for child in element:
        field = fields.get(child.tag)
        if field is None or field.kind not in ("element", "flat") or field.model or len(child):
            continue
        if field.scalar in NOT_TEXTUAL and child.text:
            choice = data.draw(st.sampled_from(["keep", "pad", "blank", "shout"]))
            if choice == "pad":
                child.text = f" {child.text}\n"
            elif choice == "blank":
                child.text = " "
            elif choice == "shout":
                child.text = child.text.upper()
        elif field.scalar in (None, "string") and data.draw(st.booleans()):
            child.text = None
    flat = [child for child in element if getattr(fields.get(child.tag), "kind", "") == "flat"]
    repeat: bool = data.draw(st.booleans())
    if flat and repeat:
        element.append(flat[0])  # a flat list's entry again, after the others


def perturbed(data: st.DataObject, name: str) -> Element:
    """A document of the model ``name`` drawn from its schema, with, at some of the
    levels a model reads, oddities and unknown content."""
    root = fromstring(data.draw(MODELS.exact(name), label=name).to_xml())
    number = 0
    for element, cls in list(levels(MODEL_TYPES[name], root)):
        if cls is not None and data.draw(st.booleans()):
            oddities(data, cls, element)
        if data.draw(st.booleans()):
            number = inject(data, cls, element, number)
    return root
