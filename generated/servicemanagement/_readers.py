"""Compiled readers: the fast path of reading XML into a model.

On a class's first read, the XML engine compiles a function specialised to its schema,
as ``dataclasses`` compiles ``__init__``. It walks the element's children once, in the
schema's order (the order Azure writes them in), converts each inline and assigns each
slot directly. Whatever it does not expect it hands to the general reader
(``servicemanagement._xml.read_element``) by raising ``Fallback``: a child that is
unknown or out of order, an unknown attribute, an ``i:nil`` element, an empty scalar, a
wrapper holding more than its items. The general reader stays the one definition of
what a document reads as; this only makes the common document cheap, and a test checks
that both read generated documents alike.

Slots are assigned on an instance of a twin class (a subclass adding nothing but
``object.__setattr__``, so each assignment is a plain slot store instead of a call of
``Model.__setattr__``), which then becomes an instance of the model class: ``__class__``
assignment between classes of one layout.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from xml.etree.ElementTree import Element

from servicemanagement._compiled import Source
from servicemanagement._unknown import ABSENT, EMPTY, NIL, XSI_NS, Unknown

if TYPE_CHECKING:
    from servicemanagement._schema import FieldSchema
    from servicemanagement._xml import _Plan

Reader = Callable[[Element], Any]

_NIL = f"{{{XSI_NS}}}nil"
#: Exactly the words the general reader accepts without stripping or lowering them.
_BOOLS = {"true": True, "false": False, "1": True, "0": False}


class Fallback(Exception):
    """The element needs the general reader."""


class _End:
    """Stands after the last child: its tag matches no field."""

    tag = None


def _twin(cls: type) -> type:
    """A subclass of ``cls`` that adds nothing to its layout and whose instances take
    plain slot stores."""
    namespace = {"__slots__": (), "__setattr__": object.__setattr__}
    return type(cls)(f"_{cls.__name__}Reading", (cls,), namespace)


def _source(plan: _Plan, read_model: Callable[[type, Element], Any]) -> Source:
    """The start of ``plan``'s compiled reader."""
    cls = plan.cls
    source = Source(
        "def read(element):",
        {
            "new": object.__new__,
            "twin": _twin(cls),
            "cls": cls,
            "read_model": read_model,
            "END": _End(),
            "NIL_ATTRIBUTE": _NIL,
            "BOOLS": _BOOLS,
            "Fallback": Fallback,
            "ABSENT": ABSENT,
            "NIL": NIL,
            "EMPTY": EMPTY,
            "Unknown": Unknown,
        },
    )
    source.add(
        1,
        "obj = new(twin)",
        "nulls = None",
        "children = iter(element)",
        "child = next(children, END)",
        "tag = child.tag",
    )
    return source


def _maker(plan: _Plan, attr: str) -> tuple[bool, Callable[[], Any] | None]:
    """Whether the field is a container, and what makes its legacy default if that is
    not text (``_Plan.absent``)."""
    found = [(container, make) for name, container, make in plan.absent if name == attr]
    return found[0] if found else (True, None)


def _note(attr: str, how: str) -> list[str]:
    """Lines noting how the field ``attr`` was written (``Unknown.nulls``)."""
    return ["if nulls is None:", "    nulls = {}", f"nulls[{attr!r}] = {how}"]


def _null(source: Source, plan: _Plan, attr: str, flat: bool, how: str, read: Any) -> list[str]:
    """Lines for a known child read as no value: ``read`` (None, or the legacy default
    of a text field) noted as ``how`` (NIL or EMPTY), then for a scalar with a legacy
    default that is not text, that default (as the general reader's ``_read_absent``)."""
    lines = [f"value = {source.constant(read)}"]
    if read is None and not flat:
        lines += _note(attr, how)
        container, make = _maker(plan, attr)
        if not container:
            lines.append(f"value = {source.constant(make)}()")
    return lines


def _indented(lines: list[str]) -> list[str]:
    return ["    " + line for line in lines]


def _value(
    source: Source, plan: _Plan, field: FieldSchema, entry: tuple[str, int, Any, bool]
) -> list[str]:
    """Lines reading the child ``child`` into ``value``, as the general reader does."""
    attr, how, arg, flat = entry
    nil_text = plan.nil_text.get(attr)
    if how == 0:  # a string; a nil one reads as None (or a legacy default), noted
        nil = ["value = None"] if flat else _null(source, plan, attr, flat, "NIL", nil_text)
        return [
            "value = child.text",
            "if value is None:",
            "    if child.get(NIL_ATTRIBUTE) == 'true':",
            *_indented(_indented(nil)),
            "    else:",
            "        value = ''",
        ]
    if how == 1:  # a scalar; a blank one goes to the general reader
        lines = [
            "value = child.text",
            "if value is None:",
            "    if child.get(NIL_ATTRIBUTE) == 'true':",
            *_indented(_indented(_null(source, plan, attr, flat, "NIL", nil_text))),
            "    else:",
            *_indented(_indented(_null(source, plan, attr, flat, "EMPTY", arg[1]))),
            "else:",
        ]
        if field.scalar in ("int", "float"):  # what _xml._read_number calls, unstripped
            convert = source.constant(int if field.scalar == "int" else float)
            return [
                *lines,
                "    try:",
                f"        value = {convert}(value)",
                "    except ValueError:",
                "        raise Fallback from None",
            ]
        if field.scalar == "bool":
            return [
                *lines,
                "    value = BOOLS.get(value)",
                "    if value is None:",
                "        raise Fallback",
            ]
        convert = source.constant(arg[0])
        return [
            *lines,
            "    if not value.strip():",
            "        raise Fallback",
            f"    value = {convert}(value)",
        ]
    if how == 2:  # a model
        read = f"read_model({source.constant(arg)}, child)"
        return [
            "if child.get(NIL_ATTRIBUTE) == 'true':",
            *_indented(_null(source, plan, attr, flat, "NIL", None)),
            "else:",
            f"    value = {read}",
        ]
    return [  # a list or dict wrapper, read by its reader, which checks i:nil itself
        f"value = {source.constant(arg)}(child)",
        "if value is None:",
        *_indented(_note(attr, "NIL")),
        "elif len(value) != len(child) or child.keys():",
        "    raise Fallback",
    ]


def _missing(source: Source, plan: _Plan, field: FieldSchema) -> list[str]:
    """Lines for a field whose element or attribute is missing: the general reader's
    default, and the note that it was missing where the general reader makes one."""
    attr = field.attr
    make = _maker(plan, attr)[1]
    if make is not None:  # a legacy default that is not text: noted, written back absent
        return [f"obj.{attr} = {source.constant(make)}()", *_note(attr, "ABSENT")]
    default = plan.initialised[attr]
    lines = [f"obj.{attr} = {source.constant(default)}"]
    if field.nillable and field.kind in ("element", "list", "dict") and default is None:
        lines += _note(attr, "ABSENT")
    return lines


def compile_reader(plan: _Plan, read_model: Callable[[type, Element], Any]) -> Reader | None:
    """The compiled reader of ``plan``'s class, or None where only the general reader
    will do (a class with an ``any`` field, or with two fields of one tag)."""
    fields = plan.schema.fields
    elements = [field for field in fields if field.kind not in ("attribute", "text")]
    if plan.any is not None or len(plan.children) != len(elements):
        return None
    source = _source(plan, read_model)
    if plan.attributes:
        names = source.constant(plan.attribute_names)
        source.add(1, f"if not {names}.issuperset(element.keys()):", "    raise Fallback")
    else:
        source.add(1, "if element.keys():", "    raise Fallback")
    tags = {entry[0]: tag for tag, entry in plan.children.items()}
    for field in elements:
        tag = tags[field.attr]
        entry = plan.children[tag]
        tag_name = source.constant(tag)
        value = _value(source, plan, field, entry)
        source.add(1, f"if tag == {tag_name}:")
        if entry[3]:  # flat: its entries follow each other
            source.add(2, "items = []", f"while tag == {tag_name}:")
            source.add(
                3, *value, "items.append(value)", "child = next(children, END)", "tag = child.tag"
            )
            source.add(2, f"obj.{field.attr} = items")
        else:
            source.add(
                2,
                *value,
                f"obj.{field.attr} = value",
                "child = next(children, END)",
                "tag = child.tag",
            )
        source.add(1, "else:")
        source.add(2, *_missing(source, plan, field))
    source.add(1, "if child is not END:", "    raise Fallback")
    field_of = {field.attr: field for field in fields}
    read_from = list(plan.attributes)
    if plan.text is not None:
        read_from.append(("", *plan.text))  # "": the element's text
    for where, attr, convert in read_from:
        raw = f"element.get({source.constant(where)})" if where else "element.text"
        source.add(
            1,
            f"raw = {raw}",
            "if raw is not None:",
            f"    obj.{attr} = {source.constant(convert)}(raw)",
            "else:",
        )
        source.add(2, *_missing(source, plan, field_of[attr]))
    for attr, default in plan.initialised.items():
        if attr not in field_of:  # a field no XML sets
            source.add(1, f"obj.{attr} = {source.constant(default)}")
    source.add(
        1,
        "if nulls is not None:",
        "    unknown = Unknown()",
        "    unknown.nulls = nulls",
        "    obj._xml_unknown = unknown",
        "obj.__class__ = cls",
        "return obj",
    )
    reader: Reader = source.function("read")
    return reader
