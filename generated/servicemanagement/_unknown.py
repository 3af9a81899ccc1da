"""What a parsed document held that the spec does not describe, kept to be written back.

A newer API version adds elements and attributes (RoleInstance ``GuestAgentStatus``,
Disk ``IsPremium``, ...). A model keeps them in its ``_xml_unknown`` slot, with where
they stood, so that reading a document, changing a field and writing it back loses
nothing (protobuf keeps unknown fields for the same reason):

- unknown child elements, each after the known element it followed (the field and how
  many of that field's elements came before it: the place survives a flat list);
- unknown children of list and dict wrappers, at their index among the items;
- unknown attributes, of the model's element and of its list and dict wrappers;
- how a field that reads as None was written: ``i:nil``, an empty element (a number,
  date or boolean with no text), or absent where the spec writes ``i:nil``;
- how a field that reads as its legacy default (the spec's ``absent:``) was written:
  missing, empty or ``i:nil``. It is written back that way while it holds that default
  and the caller has not assigned it (``Model.__setattr__`` drops the note); request
  bodies built from a parsed model, and the emulator's wire view, leave it out.

Not kept: comments, processing instructions, whitespace between elements, and
attributes or children of known scalar elements.

A JSON model (``TypeSchema.json``) keeps the members it does not know, written back
after the known ones.
"""

from __future__ import annotations

import copy
from xml.etree.ElementTree import Element

XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"

#: How a field that reads as None was written.
NIL, EMPTY, ABSENT = "nil", "empty", "absent"


class Unknown:
    """Unknown content of one model element (see the module docstring)."""

    __slots__ = ("attributes", "children", "members", "nulls", "wrapped")

    def __init__(self) -> None:
        #: Qualified attribute name -> value.
        self.attributes: dict[str, str] = {}
        #: (field the element followed, or None at the start; that field's elements
        #: before it; the element), in document order.
        self.children: list[tuple[str | None, int, Element]] = []
        #: Field -> NIL, EMPTY or ABSENT, for fields read as None or as their legacy
        #: default, until the caller assigns them.
        self.nulls: dict[str, str] = {}
        #: List or dict field -> (unknown wrapper attributes, [(index, element)]).
        self.wrapped: dict[str, tuple[dict[str, str], list[tuple[int, Element]]]] = {}
        #: A JSON object's unknown members (name -> decoded value), in document order.
        self.members: dict[str, object] = {}

    def without_null(self, attr: str) -> Unknown:
        """A copy whose ``nulls`` leave ``attr`` out (the caller set it)."""
        result = copy.copy(self)
        result.nulls = {name: how for name, how in self.nulls.items() if name != attr}
        return result

    def __repr__(self) -> str:
        parts = [
            f"{len(self.children)} elements" if self.children else "",
            f"{len(self.attributes)} attributes" if self.attributes else "",
            f"{len(self.wrapped)} wrappers" if self.wrapped else "",
            f"{len(self.members)} JSON members" if self.members else "",
            f"nulls {self.nulls}" if self.nulls else "",
        ]
        return f"<Unknown {', '.join(p for p in parts if p)}>"


def unknown_attributes(element: Element, known: frozenset[str]) -> dict[str, str]:
    """The attributes of ``element`` not in ``known`` (qualified names)."""
    return {key: value for key, value in element.items() if key not in known}


def anchored(
    element: Element, strays: list[Element], field_of: dict[str, str], claimed: Element | None
) -> list[tuple[str | None, int, Element]]:
    """Each stray child of ``element`` with the known element it followed.

    ``field_of`` maps known child tags to their field; ``claimed`` is the child an
    ``any`` field took (``field_of[""]`` is that field).
    """
    stray_ids = {id(child) for child in strays}
    counts: dict[str, int] = {}
    last: str | None = None
    found: list[tuple[str | None, int, Element]] = []
    for child in element:
        if id(child) in stray_ids:
            found.append((last, counts.get(last, 0) if last is not None else 0, child))
            continue
        last = field_of[""] if child is claimed else field_of[child.tag]
        counts[last] = counts.get(last, 0) + 1
    return found


def wrapper_strays(wrapper: Element, item_tags: frozenset[str]) -> list[tuple[int, Element]]:
    """The children of a list or dict wrapper that are not items, at their item index."""
    found: list[tuple[int, Element]] = []
    items = 0
    for child in wrapper:
        if child.tag in item_tags:
            items += 1
        else:
            found.append((items, child))
    return found


def insert_after(element: Element, start: int, kept: list[tuple[int, Element]], ns: str) -> None:
    """Insert kept elements after the ``index``-th of the elements written from ``start``."""
    for inserted, (index, child) in enumerate(kept):
        element.insert(min(start + index + inserted, len(element)), restyle(child, ns))


def set_attributes(element: Element, attributes: dict[str, str]) -> None:
    for name, value in attributes.items():
        element.set(_attribute_name(element, name), value)


def _split(tag: str) -> tuple[str, str]:
    if tag.startswith("{"):
        namespace, _, local = tag[1:].partition("}")
        return namespace, local
    return "", tag


def _attribute_name(element: Element, qualified: str) -> str:
    """The writer declares namespaces itself (``xmlns``, ``xmlns:i``): a prefixed name."""
    namespace, local = _split(qualified)
    if not namespace:
        return local
    if namespace == XSI_NS:
        return f"i:{local}"  # ``xmlns:i`` is declared on every document root
    declared = {v: k[6:] for k, v in element.attrib.items() if k.startswith("xmlns:")}
    prefix = declared.get(namespace)
    if prefix is None:
        prefix = f"k{len(declared)}"
        element.set(f"xmlns:{prefix}", namespace)
    return f"{prefix}:{local}"


def restyle(element: Element, parent_ns: str) -> Element:
    """A copy of a parsed element in the writer's style: local names, with ``xmlns``
    where the namespace changes (ElementTree would invent ``ns0:`` prefixes)."""
    namespace, local = _split(element.tag)
    copy = Element(local)
    if namespace != parent_ns:
        copy.set("xmlns", namespace)
    set_attributes(copy, dict(element.items()))
    copy.text = element.text
    for child in element:
        restyled = restyle(child, namespace)
        restyled.tail = child.tail
        copy.append(restyled)
    return copy
