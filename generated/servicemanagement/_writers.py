"""Compiled writers: the fast path of writing a model as XML markup.

The general writer builds an ElementTree element per model (``_xml.write_element``) and
then writes its markup (``_xml._markup``). For a model holding nothing unknown
(``_xml_unknown``), a function compiled for its class and namespace on first use writes
the markup directly, field by field, with each child's tags, namespace declaration,
empty and ``i:nil`` forms worked out once. (A model whose only unknown content is the
notes of how its nulls were read takes it too.) What is rare it leaves to the general
writer: per field, a value of a type the field does not expect (an ``AbsentText``, an
int for a string), a noted null, a list of scalars, a flat list or a dict; per model,
unknown elements or attributes, or a class with attribute, text or any fields. The
output is byte for byte the general writer's; a test checks it on models drawn from
every schema.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from xml.etree.ElementTree import Element

from servicemanagement import _xml
from servicemanagement._compiled import Source
from servicemanagement._unknown import ABSENT, NIL, XSI_NS, Unknown

if TYPE_CHECKING:
    from servicemanagement._schema import FieldSchema

#: ``write(obj, head, extra, end, parts, nulls)``: the element ``obj`` is written as,
#: from its start tag (``head``, the tag and its ``xmlns``; its attributes; ``extra``,
#: attributes a document's root adds) to its end tag (``end``), onto ``parts``; ``nulls``
#: are ``obj``'s notes of how its nulls were read (or None). False, with nothing
#: written, for a value only the general writer writes.
Writer = Callable[[Any, str, str, str, list[str], "dict[str, str] | None"], bool]


def markup_text(text: str) -> str:
    """``text`` as element content: checked as ``_xml._xml_text`` checks it, escaped as
    ``_xml._markup`` escapes it (printable ASCII, the common text, needs only the
    second)."""
    if not (text.isascii() and text.isprintable()):
        _xml._xml_text(text)  # raises for what XML 1.0 cannot carry
    if "&" in text or "<" in text or ">" in text or "\r" in text:
        return _xml._escape(text)
    return text


def attribute_text(text: str) -> str:
    """``text`` as an attribute value, escaped as ``_xml._markup`` escapes it."""
    return _xml._escape(text, _xml._ATTRIBUTE_ESCAPES)


def _scalar_writer(field: FieldSchema) -> Callable[[Any], str]:
    """How the general writer turns a value of ``field`` into text."""
    scalar, words = field.scalar or "string", field.bool_words
    write_scalar = _xml._write_scalar
    return lambda value: write_scalar(scalar, value, words)


def write_field(field: FieldSchema, value: Any, namespace: str, parts: list[str]) -> None:
    """One field, through the general writer."""
    holder = Element("holder")
    _xml._write_field(holder, field, value, namespace)
    for child in holder:
        _xml._markup(child, parts)


def write_value(
    field: FieldSchema, name: str, namespace: str, value: Any, parent_ns: str, parts: list[str]
) -> None:
    """One entry of a list or flat list, through the general writer."""
    holder = Element("holder")
    _xml._write_value(holder, field, name, namespace, value, parent_ns)
    for child in holder:
        _xml._markup(child, parts)


def write_null(field: FieldSchema, value: Any, how: str, namespace: str, parts: list[str]) -> None:
    """A field read as None or as its legacy default, noted ``how``: written back as it
    was read while it holds that, as ``_xml._write_with_unknown`` writes it."""
    if value is not None and not _xml._still_absent(field, value):
        write_field(field, value, namespace, parts)
    elif how != ABSENT:
        holder = Element("holder")
        _xml._write_empty(holder, field.name, field.namespace, namespace, nil=how == NIL)
        _xml._markup(holder[0], parts)


def write_compiled(
    obj: Any, namespace: str, head: str, extra: str, end: str, parts: list[str]
) -> bool:
    """Write ``obj`` through its class's compiled writer; False if it needs the general
    writer (no compiled writer, or unknown content beyond the notes of its nulls)."""
    write = _xml.compiled_writer(type(obj), namespace)
    if write is None:
        return False
    unknown: Unknown | None = getattr(obj, "_xml_unknown", None)
    if unknown is None:
        return write(obj, head, extra, end, parts, None)
    if unknown.children or unknown.attributes or unknown.wrapped:
        return False
    return write(obj, head, extra, end, parts, unknown.nulls)


def write_model(
    obj: Any, name: str, namespace: str, parent_ns: str, head: str, end: str, parts: list[str]
) -> None:
    """A nested model, through its compiled writer where it can, else the general one."""
    if not write_compiled(obj, namespace, head, "", end, parts):
        _xml._markup(_xml.write_element(obj, name, namespace, parent_ns), parts)


def head(name: str, namespace: str, parent_ns: str | None) -> str:
    """A start tag without its closing ``>``, as ``_xml._markup`` writes it."""
    if namespace == parent_ns:
        return f"<{name}"
    return f'<{name} xmlns="{_xml._escape(namespace, _xml._ATTRIBUTE_ESCAPES)}"'


def _source() -> Source:
    """The start of a compiled writer."""
    return Source(
        "def write(obj, head, extra, end, parts, nulls):",
        {
            "markup_text": markup_text,
            "write_field": write_field,
            "write_model": write_model,
            "write_null": write_null,
            "write_value": write_value,
            "AbsentText": _xml.AbsentText,
            "still_absent": _xml._still_absent,
            "attribute_text": attribute_text,
            "ABSENT": ABSENT,
            "QUOTE": '"',
        },
    )


class _Tags:
    """The forms of one child element, as constants of the compiled writer."""

    def __init__(self, source: Source, name: str, namespace: str, parent_ns: str) -> None:
        start = head(name, namespace, parent_ns)
        self.name = source.constant(name)
        self.namespace = source.constant(namespace)
        self.parent = source.constant(parent_ns)
        self.head = source.constant(start)
        self.open = source.constant(start + ">")
        self.end = source.constant(f"</{name}>")
        self.empty = source.constant(start + " />")
        self.nil = source.constant(start + ' i:nil="true" />')


def _nil(field: FieldSchema, tags: _Tags) -> list[str]:
    """Lines for a None: ``i:nil`` if the field is nillable, else nothing."""
    return [f"parts.append({tags.nil})"] if field.nillable else ["pass"]


def _omit_empty(field: FieldSchema, tags: _Tags, lines: list[str]) -> list[str]:
    """``lines`` writing one element, which an ``omit_empty`` field drops when empty."""
    if not field.omit_empty:
        return lines
    return [
        "before = len(parts)",
        *lines,
        f"if len(parts) == before + 1 and parts[before] == {tags.empty}:",
        "    del parts[before]",
    ]


def _one(source: Source, field: FieldSchema, tags: _Tags, var: str, general: str) -> list[str]:
    """Lines writing ``var`` (not None) as the element ``tags`` describes, or, for a value
    of a type the field does not expect, through ``general``."""
    if field.model is not None:
        write = (
            f"write_model({var}, {tags.name}, {tags.namespace}, {tags.parent},"
            f" {tags.head}, {tags.end}, parts)"
        )
        return [f"if isinstance({var}, str):", f"    {general}", "else:", f"    {write}"]
    scalar = field.scalar or "string"
    if scalar == "string":
        check, text = f"{var}.__class__ is str", var
    else:
        convert = source.constant(_scalar_writer(field))
        check, text = f"not isinstance({var}, AbsentText)", f"{convert}({var})"
    return [
        f"if {check}:",
        f"    text = {text}",
        "    if text:",
        f"        parts.append({tags.open} + markup_text(text) + {tags.end})",
        "    else:",
        f"        parts.append({tags.empty})",
        "else:",
        f"    {general}",
    ]


def _field(source: Source, field: FieldSchema, namespace: str) -> list[str]:
    """Lines writing ``value`` (the field's value) as the general writer does."""
    tags = _Tags(source, field.name, field.namespace, namespace)
    ns = source.constant(namespace)
    general = f"write_field({source.constant(field)}, value, {ns}, parts)"
    if field.kind == "element":
        return [
            "if value is None:",
            *_indented(_nil(field, tags)),
            *_elif(_omit_empty(field, tags, _one(source, field, tags, "value", general))),
        ]
    if field.kind == "flat":
        item = (
            f"write_value({source.constant(field)}, {tags.name}, {tags.namespace}, item, {ns},"
            " parts)"
        )
        body = [
            "if item is None:",
            *_indented(_nil(field, tags)),
            *_elif(_omit_empty(field, tags, _one(source, field, tags, "item", item))),
        ]
        return [
            "if value.__class__ is list:",
            "    for item in value:",
            *_indented(_indented(body)),
            "elif value is not None:",
            f"    {general}",
        ]
    if field.kind == "list":
        item_tags = _Tags(source, field.item or "", _xml._item_namespace(field), field.namespace)
        item = (
            f"write_value({source.constant(field)}, {item_tags.name}, {item_tags.namespace},"
            f" item, {tags.namespace}, parts)"
        )
        wrapper = [
            f"parts.append({tags.open})",
            "items = len(parts)",
            "for item in value:",
            "    if item is None:",
            *_indented(_indented(_nil(field, item_tags))),
            *_indented(_elif(_one(source, field, item_tags, "item", item))),
            "if len(parts) == items:",
            f"    parts[items - 1] = {tags.empty}",
            "else:",
            f"    parts.append({tags.end})",
        ]
        return [
            "if value is None:",
            *_indented(_nil(field, tags)),
            "elif value.__class__ is list:",
            *_indented(_omit_empty(field, tags, wrapper)),
            "else:",
            f"    {general}",
        ]
    return [general]  # a dict


def _elif(lines: list[str]) -> list[str]:
    """``lines``, an if statement or a block, as the ``else`` of a preceding ``if``."""
    return ["else:", *_indented(lines)]


def _indented(lines: list[str]) -> list[str]:
    return ["    " + line for line in lines]


def _noted_null(source: Source, field: FieldSchema) -> str:
    """The condition that ``value`` is a null ``nulls`` notes and that it still holds."""
    attr = repr(field.attr)
    return (
        f"nulls is not None and {attr} in nulls"
        f" and (value is None or still_absent({source.constant(field)}, value))"
    )


def _start(source: Source, fields: list[FieldSchema]) -> None:
    """Lines making ``start``, the start tag without its ``>``, and ``text``, the
    element's own text: from the attribute and text fields, as the general writer sets
    them; the writer returns False (nothing written) for what only it writes (an
    ``AbsentText``, a noted empty or nil)."""
    if not fields:
        source.add(1, "start = head + extra", "parts.append(start)", "mark = len(parts)")
        return
    source.add(1, "attributes = ''", "own_text = ''")
    for field in fields:
        convert = source.constant(_scalar_writer(field))
        source.add(
            1,
            f"value = obj.{field.attr}",
            f"if {_noted_null(source, field)}:",
            f"    if nulls[{field.attr!r}] != ABSENT:",
            "        return False",
            "elif value is not None:",
            "    if isinstance(value, AbsentText):",
            "        return False",
        )
        if field.kind == "text":
            source.add(2, f"own_text = {convert}(value)")
            continue
        if not field.namespace:
            name = field.name
        elif field.namespace == XSI_NS:
            name = f"i:{field.name}"
        else:  # one such namespace at most (see compile_writer)
            name = f"a:{field.name}"
            declaration = f' xmlns:a="{attribute_text(field.namespace)}"'
            source.add(2, f"attributes += {source.constant(declaration)}")
        prefix = source.constant(f' {name}="')
        source.add(2, f"attributes += {prefix} + attribute_text({convert}(value)) + QUOTE")
    source.add(
        1,
        "start = head + attributes + extra",
        "parts.append(start)",
        "mark = len(parts)",
        "if own_text:",
        "    parts.append(markup_text(own_text))",
    )


def compile_writer(fields: tuple[FieldSchema, ...], namespace: str) -> Writer | None:
    """The compiled writer of a class with ``fields`` written in ``namespace``, or None
    for a class with an any field or attributes of two namespaces other than XSI's."""
    if any(field.kind == "any" for field in fields):
        return None
    written = [field for field in fields if not field.read_only]
    own = [field for field in written if field.kind in ("attribute", "text")]
    prefixed = {
        f.namespace for f in own if f.kind == "attribute" and f.namespace not in ("", XSI_NS)
    }
    if len(prefixed) > 1:
        return None  # the general writer's single ``xmlns:a`` decides what they say
    source = _source()
    _start(source, own)
    for field in written:
        if field in own:
            continue
        lines = _field(source, field, namespace)
        null = (
            f"write_null({source.constant(field)}, value, nulls[{field.attr!r}],"
            f" {source.constant(namespace)}, parts)"
        )
        source.add(
            1,
            f"value = obj.{field.attr}",
            f"if nulls is not None and {field.attr!r} in nulls:",
            f"    {null}",
            "else:",
            *_indented(lines),
        )
    source.add(
        1,
        "if len(parts) == mark:",
        "    parts[mark - 1] = start + ' />'",
        "else:",
        "    parts[mark - 1] = start + '>'",
        "    parts.append(end)",
        "return True",
    )
    writer: Writer = source.function("write")
    return writer
