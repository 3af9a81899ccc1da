"""The one XML engine: models <-> XML, driven by the generated ``TypeSchema`` data.

Parsing refuses DTDs, so entity expansion, external entities and DTD tricks are
refused before any model code runs (see ``parse_document``). Writing uses
ElementTree, which escapes text and attributes. Per-class plans (tag -> reader
tables, resolved classes, a compiled reader) are computed once, on first use.
"""

from __future__ import annotations

import base64
import binascii
import gc
import re
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, ParamSpec, TypeVar
from xml.etree.ElementTree import Element, ParseError, SubElement, fromstring as _fromstring

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring as _defused_fromstring

from servicemanagement import _unknown, _writers
from servicemanagement._readers import Fallback, compile_reader
from servicemanagement._schema import FieldSchema, TypeSchema
from servicemanagement._unknown import ABSENT, EMPTY, NIL, XSI_NS, Unknown
from servicemanagement.errors import ArgumentTypeError, UnsafeXmlError, XmlError

if TYPE_CHECKING:
    from servicemanagement._writers import Writer

_NIL = f"{{{XSI_NS}}}nil"

T = TypeVar("T")
P = ParamSpec("P")
Reader = Callable[[Element], Any]


_NAME_START = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_:")
#: Declared encodings in which every byte below 0x80 is the ASCII character it looks
#: like; any other (UTF-7 can spell ``<!DOCTYPE`` without a ``<`` byte) takes the
#: careful path.
_ASCII_SAFE_ENCODING = re.compile(
    rb"^<\?xml[^>]*?encoding\s*=\s*[\"'](utf-?8|us-ascii|ascii|iso-8859-1|latin-?1)[\"']",
    re.IGNORECASE,
)


def _cannot_declare(data: bytes | str) -> bool:
    """True when ``data`` provably has no DTD, hence no entity declaration.

    Entities other than the five predefined ones can only be declared in a DTD, and
    a DTD (``<!DOCTYPE``) can only stand in the prolog, before the root element: in
    content it is not well-formed and the parser stops. So for bytes, it is enough
    that the first tag after the XML declaration and processing instructions opens
    an element, in an encoding where ``<`` is one byte followed by an ASCII name
    character (UTF-8 or Latin-1 declared or implied; not UTF-16/32, whose ASCII
    characters carry NUL bytes, nor UTF-7). A prolog with a comment takes the careful
    path too.
    """
    if isinstance(data, str):
        return "<!" not in data and "\x00" not in data
    head = data.lstrip()[:200]
    if head.startswith(b"<?xml") and b"encoding" in head.split(b"?>", 1)[0]:
        if not _ASCII_SAFE_ENCODING.match(head):
            return False
    start = data.find(b"<")
    while start != -1 and data[start + 1 : start + 2] == b"?":
        end = data.find(b"?>", start + 2)
        start = data.find(b"<", end + 2) if end != -1 else -1
    return start != -1 and data[start + 1 : start + 2] != b"" and data[start + 1] in _NAME_START


def parse_document(data: bytes | str) -> Element:
    """Parse untrusted bytes into an element tree, refusing DTDs and entities.

    Documents without a DTD go straight to ElementTree's C parser; the others
    through defusedxml (DTDs forbidden), whose pure-Python parser is about three
    times slower.
    """
    if not isinstance(data, (bytes, bytearray, str)):
        raise ArgumentTypeError(f"an XML document is bytes or str, not {type(data).__name__}")
    try:
        if _cannot_declare(data):
            return _fromstring(data)  # noqa: S314 - nothing can be declared: see above
        return _defused_fromstring(data, forbid_dtd=True)
    except DefusedXmlException as exc:
        raise UnsafeXmlError(f"refused unsafe XML: {exc}") from exc
    except ParseError as exc:
        raise XmlError(f"malformed XML: {exc}") from exc
    except (ValueError, LookupError) as exc:  # an encoding expat cannot or will not read
        raise XmlError(f"unreadable XML: {exc}") from exc


def _qname(namespace: str, name: str) -> str:
    return f"{{{namespace}}}{name}" if namespace else name


# ---- scalars ---------------------------------------------------------------


def _read_base64(text: str) -> str:
    # binascii itself, not base64.b64decode (which only adds checks of its argument's
    # type): every label of a listing is base64, so this runs for most listed items.
    try:
        try:
            raw = binascii.a2b_base64(text, strict_mode=True)
        except binascii.Error:
            # Line-wrapped or indented base64 is still base64.
            raw = binascii.a2b_base64("".join(text.split()), strict_mode=True)
        return raw.decode("utf-8")
    except (binascii.Error, UnicodeError, ValueError) as exc:
        raise XmlError(f"not base64-encoded UTF-8 text: {text[:40]!r}") from exc


def _read_bool(text: str) -> bool:
    lowered = text.strip().lower()
    if lowered in ("true", "1"):
        return True
    if lowered in ("false", "0"):
        return False
    raise XmlError(f"not a boolean: {text[:40]!r}")


def read_datetime(text: str) -> datetime:
    try:
        return datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError as exc:
        raise XmlError(f"not an ISO 8601 date-time: {text[:40]!r}") from exc


def write_datetime(value: datetime) -> str:
    if value.tzinfo is not None and value.utcoffset() == UTC.utcoffset(None):
        return value.replace(tzinfo=None).isoformat() + "Z"
    return value.isoformat()


def _read_number(convert: Callable[[str], Any]) -> Callable[[str], Any]:
    def read(text: str) -> Any:
        try:
            return convert(text.strip())
        except ValueError as exc:
            raise XmlError(f"not a {convert.__name__}: {text[:40]!r}") from exc

    return read


_SCALAR_READERS: dict[str, Callable[[str], Any]] = {
    "string": str,
    "int": _read_number(int),
    "float": _read_number(float),
    "bool": _read_bool,
    "base64": _read_base64,
    "datetime": read_datetime,
}


#: Characters XML 1.0 cannot carry at all, not even as character references.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _xml_text(value: Any) -> str:
    """``value`` as text, refused (rather than sent as a malformed document) if XML can't
    carry it."""
    text = str(value)
    found = _NOT_XML.search(text)
    if found is not None:
        # The value itself is never quoted: it may be a password.
        raise XmlError(
            f"{found.group()!r} (at character {found.start()} of a value) cannot be written"
            " in XML 1.0"
        )
    return text


def _write_scalar(scalar: str, value: Any, bool_words: tuple[str, str] | None = None) -> str:
    if scalar == "bool":
        true, false = bool_words or ("true", "false")
        return true if value else false
    if scalar == "base64":
        return base64.b64encode(str(value).encode("utf-8")).decode("ascii")
    if scalar == "datetime" and isinstance(value, datetime):
        return write_datetime(value)
    return _xml_text(value)


#: Scalars whose empty element means the empty string; for the others it means None.
_TEXTUAL = frozenset({"string", "base64"})


def _scalar_reader(scalar: str) -> Reader:
    convert = _SCALAR_READERS[scalar]
    empty = "" if scalar in _TEXTUAL else None

    def read(element: Element) -> Any:
        if element.get(_NIL) == "true":
            return None
        text = element.text
        if text is None or (not text.strip() and scalar != "string"):
            return empty
        return convert(text)

    return read


# ---- per-class plans -------------------------------------------------------

# How a child element is read: inline as a string, a converted scalar or a model;
# lists and dicts through their reader function. (Literals in ``read_element``.)
_STRING, _SCALAR, _MODEL, _CALL = 0, 1, 2, 3


class AbsentText(str):
    """The text read for an absent element whose field has a text ``absent`` value.

    It is a ``str`` (legacy code concatenates it), but it is not written back, so a
    parsed document still writes back exactly as it was read, also when the value is
    copied into another model (a request body built from a parsed one).
    """

    __slots__ = ()


class NilText(AbsentText):
    """The text read for an ``i:nil`` element whose field has a text ``absent`` value: the
    legacy default, as the legacy parser kept it, written back as the nil it was read as."""

    __slots__ = ()


def _is_container(field: FieldSchema) -> bool:
    return field.kind in ("list", "flat", "dict") or field.model is not None


def _reads_as_text(field: FieldSchema) -> bool:
    """Whether an absent field reads as an ``AbsentText``."""
    return isinstance(field.absent, str) and not _is_container(field)


def _absent_maker(field: FieldSchema) -> Callable[[], Any]:
    """What makes the value an absent field reads as (a fresh one each time)."""
    absent = field.absent
    if not _is_container(field):
        return lambda: absent
    if field.kind in ("list", "flat"):
        return list
    if field.kind == "dict":
        return dict
    cls, tag = resolve_type(field.model or ""), _qname(field.namespace, field.name)
    return lambda: read_element(cls, Element(tag))


def _still_absent(field: FieldSchema, value: Any) -> bool:
    """Whether a field read as its legacy default (``absent``) still holds it."""
    if field.absent is None or value is None:
        return False
    if _is_container(field):
        return bool(value == _absent_maker(field)())
    return bool(value == field.absent) and type(value) is type(field.absent)


class _Plan:
    """What the engine knows about one model class, computed once."""

    __slots__ = (
        "absent",
        "any",
        "attribute_names",
        "attributes",
        "children",
        "cls",
        "field_of",
        "initialised",
        "make",
        "nil_text",
        "nillable",
        "read",
        "schema",
        "selector",
        "strings",
        "tag",
        "text",
        "variants",
        "wrappers",
        "writers",
    )

    def __init__(self, cls: type) -> None:
        schema: TypeSchema = cls.__schema__  # type: ignore[attr-defined]
        self.cls = cls
        self.schema = schema
        #: The element this type is a whole document as (see ``serialize``).
        self.tag = _qname(schema.namespace, schema.root or schema.element or schema.name)
        #: child tag -> (attribute, how to read it, what reads it, is it a flat list)
        self.children: dict[str, tuple[str, int, Any, bool]] = {}
        # Construction defaults (init) read as None when absent: lossless round trips;
        # legacy '' attributes (absent) read as an AbsentText, which is not written back.
        self.initialised: dict[str, Any] = {f.attr: None for f in schema.fields if f.init}
        self.initialised.update(
            {f.attr: AbsentText(f.absent) for f in schema.fields if _reads_as_text(f)}
        )
        self.nil_text = {f.attr: NilText(f.absent) for f in schema.fields if _reads_as_text(f)}
        # Other legacy defaults (0, True, an empty list...) are set when the element or
        # attribute is missing (or, for a scalar, empty or nil), and noted with how it
        # was written (Unknown.nulls), to write it back the same way.
        self.absent = tuple(
            (f.attr, _is_container(f), _absent_maker(f))
            for f in schema.fields
            if f.absent is not None and not _reads_as_text(f)
        )
        made = _maker(cls, self.initialised)
        self.make = made or (lambda values: cls(**values))
        for field in schema.fields:
            arg: Any = None
            scalar = field.scalar or "string"
            if field.kind in ("list", "dict"):
                how, arg = _CALL, _field_reader(field)
            elif field.kind not in ("element", "flat"):
                continue
            elif field.model is not None:
                how, arg = _MODEL, resolve_type(field.model)
            elif scalar == "string":
                how = _STRING
            else:
                how, arg = _SCALAR, (_SCALAR_READERS[scalar], "" if scalar in _TEXTUAL else None)
            flat = field.kind == "flat"
            self.children[_qname(field.namespace, field.name)] = (field.attr, how, arg, flat)
        #: The most common child, a string element (not a flat list): tag -> attribute.
        self.strings = {
            tag: entry[0]
            for tag, entry in self.children.items()
            if entry[1] == _STRING and not entry[3]
        }
        self.attributes = tuple(
            (_qname(f.namespace, f.name), f.attr, _SCALAR_READERS[f.scalar or "string"])
            for f in schema.fields
            if f.kind == "attribute"
        )
        text = next((f for f in schema.fields if f.kind == "text"), None)
        self.text = (text.attr, _SCALAR_READERS[text.scalar or "string"]) if text else None
        anys = [f for f in schema.fields if f.kind == "any"]
        self.any = anys[0] if anys else None
        # For unknown content (servicemanagement._unknown): known child tags -> field
        # ("" for the child an any field took), known attributes, fields written as
        # i:nil when None (to tell absent from nil), the items of list and dict wrappers.
        self.field_of = {tag: entry[0] for tag, entry in self.children.items()}
        self.field_of[""] = self.any.attr if self.any else ""
        self.attribute_names = frozenset(qname for qname, _, _ in self.attributes)
        self.nillable = tuple(
            (f.attr, _qname(f.namespace, f.name))
            for f in schema.fields
            if f.nillable and f.kind in ("element", "list", "dict")
        )
        self.wrappers = {
            f.attr: frozenset(
                {_qname(_item_namespace(f) if f.kind == "list" else f.namespace, f.item or "")}
            )
            for f in schema.fields
            if f.kind in ("list", "dict")
        }
        self.variants: dict[str, type] | None = None
        self.selector = ""
        if schema.discriminator is not None:
            self.selector = _qname(schema.namespace, schema.discriminator.element)
            self.variants = {
                value: resolve_type(name) for value, name in schema.discriminator.variants
            }
        #: Namespace -> the compiled writer (servicemanagement._writers), made on first use.
        self.writers: dict[str, Writer | None] = {}
        #: The compiled reader (servicemanagement._readers), where one can be made.
        self.read = None if made is None else compile_reader(self, read_element)


def _maker(cls: type, initialised: dict[str, Any]) -> Callable[[dict[str, Any]], Any] | None:
    """What builds an instance from the values read: a function assigning every field,
    made once per class (as ``dataclasses`` makes ``__init__``); twice as fast as
    ``cls(**values)``. ``initialised`` gets every other field's default, so the values
    read always hold every field. None for a class that must be built through its
    ``__init__``: one with a ``__post_init__``, or a field whose default is made per
    instance and that reading does not set.
    """
    import dataclasses

    if hasattr(cls, "__post_init__"):
        return None
    names = []
    for field in dataclasses.fields(cls):
        names.append(field.name)
        if field.name not in initialised:
            if field.default is dataclasses.MISSING:
                return None
            initialised[field.name] = field.default
    # Through each slot's own setter: past ``Model.__setattr__`` (which notes a caller's
    # assignments), and faster than ``object.__setattr__``.
    body = "".join(f"    set{i}(obj, values[{name!r}])\n" for i, name in enumerate(names))
    namespace: dict[str, Any] = {"new": object.__new__, "cls": cls}
    namespace.update({f"set{i}": getattr(cls, name).__set__ for i, name in enumerate(names)})
    source = f"def make(values):\n    obj = new(cls)\n{body}    return obj\n"
    exec(source, namespace)  # noqa: S102 - the class's own field names (identifiers)
    make: Callable[[dict[str, Any]], Any] = namespace["make"]
    return make


_PLANS: dict[type, _Plan] = {}


def _plan(cls: type) -> _Plan:
    plan = _PLANS.get(cls)
    if plan is None:
        if not isinstance(getattr(cls, "__schema__", None), TypeSchema):
            # e.g. a dict or a str where the spec wants a model (an argument or a field)
            raise ArgumentTypeError(f"expected a servicemanagement model, got a {cls.__name__}")
        plan = _PLANS[cls] = _Plan(cls)
    return plan


def resolve_type(name: str) -> type:
    """The generated model class called ``name``."""
    from servicemanagement._generated import MODEL_TYPES

    try:
        return MODEL_TYPES[name]
    except KeyError:
        raise XmlError(f"unknown model type {name!r}") from None


def _value_reader(field: FieldSchema) -> Reader:
    if field.model is not None:
        model_name = field.model

        def read_model(element: Element) -> Any:
            if element.get(_NIL) == "true":
                return None
            return read_element(resolve_type(model_name), element)

        return read_model
    return _scalar_reader(field.scalar or "string")


def _item_namespace(field: FieldSchema) -> str:
    return field.namespace if field.item_namespace is None else field.item_namespace


def _read_any(element: Element) -> Any:
    """The model whose root is ``element``'s tag; the element itself if no single one is."""
    from servicemanagement._generated import ROOTS

    names = ROOTS.get(element.tag, ())
    return read_element(resolve_type(names[0]), element) if len(names) == 1 else element


def _field_reader(field: FieldSchema) -> Reader:
    read_value = _value_reader(field)
    if field.kind == "list":
        item_tag = _qname(_item_namespace(field), field.item or "")

        def read_list(element: Element) -> Any:
            if element.get(_NIL) == "true":
                return None
            return [read_value(child) for child in element if child.tag == item_tag]

        return read_list
    if field.kind == "dict":
        item_tag = _qname(field.namespace, field.item or "")
        key_tag = _qname(_item_namespace(field), field.key or "")
        value_tag = _qname(_item_namespace(field), field.value or "")

        def read_dict(element: Element) -> Any:
            if element.get(_NIL) == "true":
                return None
            result: dict[str, str] = {}
            for child in element:
                if child.tag == item_tag:
                    result[child.findtext(key_tag) or ""] = child.findtext(value_tag) or ""
            return result

        return read_dict
    return read_value


def read_element(cls: type[T], element: Element) -> T:
    """Build an instance of ``cls`` (or of the variant the element selects): through
    the class's compiled reader (servicemanagement._readers) when it takes the element,
    else through the general reader.

    What the schema does not describe is kept on the instance (``_xml_unknown``, see
    servicemanagement._unknown), off the common path: only an unknown child, a None
    read from a present element or a wrapper with extra content gets there.
    """
    plan = _PLANS.get(cls) or _plan(cls)
    if plan.variants is not None:
        variant = plan.variants.get(element.findtext(plan.selector) or "")
        if variant is not None and variant is not cls:
            plan = _plan(variant)
    if plan.read is not None:
        try:
            return plan.read(element)
        except Fallback:
            pass  # something the compiled reader leaves to the general one
    return read_general(plan, element)


def read_general(plan: _Plan, element: Element) -> Any:
    """What ``read_element`` reads, for any element: the definition that the compiled
    readers (servicemanagement._readers) follow for the documents they take."""
    values: dict[str, Any] = plan.initialised.copy()
    children = plan.children
    strays: list[Element] | None = None
    claimed: Element | None = None
    unknown: Unknown | None = None
    string_field = plan.strings.get
    for child in element:
        tag = child.tag
        attr = string_field(tag)
        if attr is not None:  # a string element, read inline
            value = child.text
            if value is None:
                if child.get(_NIL) != "true":
                    value = ""
                else:
                    value = plan.nil_text.get(attr)  # None, or the legacy default for text
                    if value is None:
                        unknown = unknown or Unknown()
                        unknown.nulls[attr] = NIL
            values[attr] = value
            continue
        entry = children.get(tag)
        if entry is None:
            if plan.any is not None and claimed is None:
                values[plan.any.attr] = _read_any(child)
                claimed = child
            elif strays is None:
                strays = [child]
            else:
                strays.append(child)
            continue
        attr, how, arg, flat = entry
        if how == 0:  # _STRING, of a flat list
            value = child.text
            if value is None and child.get(_NIL) != "true":
                value = ""
        elif how == 3:  # _CALL: lists and dicts check i:nil themselves
            value = arg(child)
            if value is None:
                unknown = unknown or Unknown()
                unknown.nulls[attr] = NIL
            elif len(value) != len(child) or child.keys():
                unknown = unknown or Unknown()
                _keep_wrapper(plan, attr, child, unknown)
        elif how == 1:  # _SCALAR; an element with text is not nil, whatever it says
            text = child.text
            if text is not None and text.strip():
                value = arg[0](text)
            elif child.get(_NIL) == "true":
                value = plan.nil_text.get(attr)
                if value is None and not flat:
                    unknown = unknown or Unknown()
                    unknown.nulls[attr] = NIL
            else:
                value = arg[1]
                if value is None and not flat:
                    unknown = unknown or Unknown()
                    unknown.nulls[attr] = EMPTY
        elif child.get(_NIL) == "true":  # _MODEL
            value = plan.nil_text.get(attr)
            if value is None and not flat:
                unknown = unknown or Unknown()
                unknown.nulls[attr] = NIL
        else:  # _MODEL
            value = read_element(arg, child)
        if flat:
            items = values.get(attr)
            if items is None:
                values[attr] = [value]
            else:
                items.append(value)
        else:
            values[attr] = value
    for qname, attr, convert in plan.attributes:
        raw = element.get(qname)
        if raw is not None:
            values[attr] = convert(raw)
    if plan.text is not None:
        text = element.text
        if text is not None:
            values[plan.text[0]] = plan.text[1](text)
    if plan.absent:
        unknown = _read_absent(plan, values, unknown)
    obj = plan.make(values)
    for attr, tag in plan.nillable:
        if values.get(attr) is None and element.find(tag) is None:
            unknown = unknown or Unknown()
            unknown.nulls[attr] = ABSENT  # not i:nil, which None is written as
    if strays is not None:
        unknown = unknown or Unknown()
        unknown.children = _unknown.anchored(element, strays, plan.field_of, claimed)
    if element.keys():
        attributes = _unknown.unknown_attributes(element, plan.attribute_names)
        if attributes:
            unknown = unknown or Unknown()
            unknown.attributes = attributes
    if unknown is not None:
        object.__setattr__(obj, "_xml_unknown", unknown)  # past Model.__setattr__
    return obj


def _read_absent(plan: _Plan, values: dict[str, Any], unknown: Unknown | None) -> Unknown | None:
    """Like the legacy parser, read a missing element or attribute, and an empty or nil
    scalar element, as the legacy default (the spec's ``absent``), noting how it was
    written (``Unknown.nulls``) to write it back the same way while it holds it.

    Such fields start as None, and a present element read as None has its note already
    (empty or nil): a None without one was missing.
    """
    for attr, container, make in plan.absent:
        if values.get(attr) is not None:
            continue
        how = None if unknown is None else unknown.nulls.get(attr)
        if how is None:
            unknown = unknown or Unknown()
            unknown.nulls[attr] = ABSENT
        elif container:
            continue  # a nil list or nested model reads as None, as the legacy one did
        values[attr] = make()
    return unknown


def holds_absent_default(obj: Any, attr: str) -> bool:
    """Whether ``obj.attr`` still holds the legacy default that parsing gave a missing,
    empty or nil element (see ``Unknown.nulls``): no value the document had."""
    unknown: Unknown | None = getattr(obj, "_xml_unknown", None)
    if unknown is None or attr not in unknown.nulls:
        return False
    field = next(f for f in _plan(type(obj)).schema.fields if f.attr == attr)
    return _still_absent(field, getattr(obj, attr))


def explained_children(cls: type, element: Element) -> int:
    """How many of ``element``'s children and attributes a field of ``cls`` reads."""
    plan = _plan(cls)
    children = sum(1 for child in element if child.tag in plan.children)
    return children + sum(1 for name in element.attrib if name in plan.attribute_names)


def _keep_wrapper(plan: _Plan, attr: str, wrapper: Element, unknown: Unknown) -> None:
    """Keep what a list or dict wrapper holds besides its items."""
    attributes = _unknown.unknown_attributes(wrapper, frozenset())
    strays = _unknown.wrapper_strays(wrapper, plan.wrappers[attr])
    if attributes or strays:
        unknown.wrapped[attr] = (attributes, strays)


def read_document(cls: type[T], root: Element) -> T:
    """``cls`` from a parsed document, whose root must be the element ``cls`` is written as."""
    plan = _plan(cls)
    if root.tag != plan.tag:
        raise XmlError(f"{cls.__name__} documents have root {plan.tag}, not {root.tag}")
    return read_element(cls, root)


def parse(cls: type[T], data: bytes | str) -> T:
    """Parse a whole document whose root must be the element ``cls`` is written as."""
    return collector_paused(_parse, cls, data)


def _parse(cls: type[T], data: bytes | str) -> T:
    return read_document(cls, parse_document(data))


def collector_paused(function: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
    """``function(*args, **kwargs)`` with the cyclic garbage collector held off.

    Parsing a large document makes tens of thousands of objects (elements, models), so
    the collector would run dozens of times, about a tenth of the whole parse, and find
    nothing: an element tree and the models read from it hold no reference cycles.
    Plain reference counting still frees everything as usual. A collector that is
    already off (by the program, or by a parse in another thread) is left to whoever
    turned it off; one the program turns off from another thread while a parse runs is
    turned back on when that parse ends (the ``gc`` switch is process-wide).
    """
    if not gc.isenabled():
        return function(*args, **kwargs)
    gc.disable()
    try:
        return function(*args, **kwargs)
    finally:
        gc.enable()


# ---- writing ---------------------------------------------------------------


def _write_value(
    parent: Element, field: FieldSchema, name: str, namespace: str, value: Any, parent_ns: str
) -> None:
    if value is None:
        if field.nillable:
            _write_empty(parent, name, namespace, parent_ns, nil=True)
        return
    if field.model is not None:
        parent.append(write_element(value, name, namespace, parent_ns))
        return
    child = SubElement(parent, name)
    if namespace != parent_ns:
        child.set("xmlns", namespace)
    child.text = _write_scalar(field.scalar or "string", value, field.bool_words)


def _write_empty(parent: Element, name: str, namespace: str, parent_ns: str, *, nil: bool) -> None:
    child = SubElement(parent, name)
    if namespace != parent_ns:
        child.set("xmlns", namespace)
    if nil:
        child.set("i:nil", "true")


def _write_any(parent: Element, value: Any, parent_ns: str) -> None:
    if isinstance(value, Element):
        parent.append(_unknown.restyle(value, parent_ns))
    elif value is not None:
        schema: TypeSchema = type(value).__schema__
        if schema.root is None:
            raise XmlError(f"{schema.name} has no root element, so it cannot fill an any field")
        parent.append(write_element(value, schema.root, schema.namespace, parent_ns))


def _attribute_name(element: Element, field: FieldSchema) -> str:
    if not field.namespace:
        return field.name
    if field.namespace == XSI_NS:
        return f"i:{field.name}"  # ``xmlns:i`` is declared on every document root
    element.set("xmlns:a", field.namespace)
    return f"a:{field.name}"


def _is_empty(element: Element) -> bool:
    attributes = [k for k in element.attrib if k != "xmlns" and not k.startswith("xmlns:")]
    return not attributes and not element.text and len(element) == 0


def _write_field(element: Element, field: FieldSchema, value: Any, ns: str) -> None:
    if isinstance(value, AbsentText):
        if isinstance(value, NilText):
            _write_empty(element, field.name, field.namespace, ns, nil=True)
        return  # read for an absent element: it stays absent
    if field.omit_empty:
        written = len(element)
        _write_field_elements(element, field, value, ns)
        for child in list(element)[written:]:
            if _is_empty(child):
                element.remove(child)
    else:
        _write_field_elements(element, field, value, ns)


def _write_field_elements(element: Element, field: FieldSchema, value: Any, ns: str) -> None:
    kind = field.kind
    if kind == "attribute":
        if value is not None:
            element.set(
                _attribute_name(element, field),
                _write_scalar(field.scalar or "string", value, field.bool_words),
            )
    elif kind == "text":
        if value is not None:
            element.text = _write_scalar(field.scalar or "string", value, field.bool_words)
    elif kind == "any":
        _write_any(element, value, ns)
    elif kind == "element":
        _write_value(element, field, field.name, field.namespace, value, ns)
    elif kind == "flat":
        for item in value or ():
            _write_value(element, field, field.name, field.namespace, item, ns)
    elif value is None:
        _write_value(element, field, field.name, field.namespace, None, ns)
    else:
        wrapper = SubElement(element, field.name)
        if field.namespace != ns:
            wrapper.set("xmlns", field.namespace)
        item_name = field.item or ""
        if kind == "list":
            for item in value:
                _write_value(
                    wrapper, field, item_name, _item_namespace(field), item, field.namespace
                )
        else:
            for key, item in value.items():
                entry = SubElement(wrapper, item_name)
                key_element = SubElement(entry, field.key or "")
                value_element = SubElement(entry, field.value or "")
                if _item_namespace(field) != field.namespace:
                    key_element.set("xmlns", _item_namespace(field))
                    value_element.set("xmlns", _item_namespace(field))
                key_element.text = _xml_text(key)
                value_element.text = None if item is None else _xml_text(item)


def write_element(obj: Any, name: str, namespace: str, parent_ns: str | None) -> Element:
    """Serialize ``obj`` as an element called ``name`` in ``namespace``."""
    plan = _plan(type(obj))
    element = Element(name)
    if namespace != parent_ns:
        element.set("xmlns", namespace)
    unknown: Unknown | None = getattr(obj, "_xml_unknown", None)
    if unknown is not None:
        _write_with_unknown(plan, obj, element, namespace, unknown)
        return element
    for field in plan.schema.fields:
        if not field.read_only:
            _write_field(element, field, getattr(obj, field.attr), namespace)
    return element


def _write_with_unknown(
    plan: _Plan, obj: Any, element: Element, namespace: str, unknown: Unknown
) -> None:
    """``write_element`` for a model read from a document with unknown content: each
    piece goes back where it was (see servicemanagement._unknown)."""
    _unknown.set_attributes(element, unknown.attributes)
    after: dict[str | None, list[tuple[int, Element]]] = {}
    for field_attr, index, child in unknown.children:
        after.setdefault(field_attr, []).append((index, child))
    _unknown.insert_after(element, 0, after.get(None, []), namespace)
    for field in plan.schema.fields:
        if field.read_only:
            continue
        start = len(element)
        value = getattr(obj, field.attr)
        null = unknown.nulls.get(field.attr)
        if null is None or not (value is None or _still_absent(field, value)):
            _write_field(element, field, value, namespace)
        elif null != ABSENT:  # written back as the empty or nil element it was
            _write_empty(element, field.name, field.namespace, namespace, nil=null == NIL)
        wrapped = unknown.wrapped.get(field.attr)
        if wrapped is not None and len(element) > start:
            wrapper = element[-1]
            _unknown.set_attributes(wrapper, wrapped[0])
            _unknown.insert_after(wrapper, 0, wrapped[1], field.namespace)
        kept = after.get(field.attr)
        if kept:
            _unknown.insert_after(element, start, kept, namespace)


def compiled_writer(cls: type, namespace: str) -> Writer | None:
    """The compiled writer of the model class ``cls`` for elements in ``namespace``."""
    plan = _PLANS.get(cls) or _plan(cls)
    try:
        return plan.writers[namespace]
    except KeyError:
        write = plan.writers[namespace] = _writers.compile_writer(plan.schema.fields, namespace)
        return write


def serialize(obj: Any) -> bytes:
    """The whole XML document for a model: its root element, or for a type that is only
    ever part of other documents, the element its parents write it as."""
    schema: TypeSchema = type(obj).__schema__
    name = schema.root or schema.element or schema.name
    parts: list[str] = []
    start = _writers.head(name, schema.namespace, None)
    root = f' xmlns:i="{XSI_NS}"'
    if not _writers.write_compiled(obj, schema.namespace, start, root, f"</{name}>", parts):
        element = write_element(obj, name, schema.namespace, None)
        element.set("xmlns:i", XSI_NS)
        _markup(element, parts)
    return "".join(parts).encode("utf-8")


# ---- markup ----------------------------------------------------------------
# The trees ``write_element`` builds name namespaces themselves (``xmlns``, prefixed
# attribute names) and hold no comments or processing instructions, so writing them is
# tags, attributes and escaped text: this does it in a third of ``ElementTree.tostring``'s
# time (which maps qualified names to prefixes and writes through a text stream), with
# the same output. A carriage return becomes ``&#13;``: parsers read a raw one as a line
# feed (XML 1.0 section 2.11).


_TEXT_ESCAPES = (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ("\r", "&#13;"))
_ATTRIBUTE_ESCAPES = (*_TEXT_ESCAPES, ('"', "&quot;"), ("\n", "&#10;"), ("\t", "&#09;"))


def _escape(text: str, escapes: tuple[tuple[str, str], ...] = _TEXT_ESCAPES) -> str:
    for char, reference in escapes:
        if char in text:
            text = text.replace(char, reference)
    return text


def _markup(element: Element, parts: list[str]) -> None:
    tag = element.tag
    items = element.items()
    if items:
        start = f"<{tag}" + "".join(f' {k}="{_escape(v, _ATTRIBUTE_ESCAPES)}"' for k, v in items)
    else:
        start = f"<{tag}"
    text = element.text
    if text or len(element):
        parts.append(start + ">")
        if text:
            parts.append(_escape(text))
        for child in element:
            _markup(child, parts)
        parts.append(f"</{tag}>")
    else:
        parts.append(start + " />")
    if element.tail:
        parts.append(_escape(element.tail))
