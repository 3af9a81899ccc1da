"""Hypothesis strategies for every generated model, derived from its ``__schema__``.

Nothing here names a model: types added to the spec are covered as soon as they are
generated (``servicemanagement._generated.MODEL_TYPES``).

What the strategies generate, and why (the wire semantics they rely on):

- Text: any XML 1.0 character except C0 controls other than tab, LF and CR, surrogates
  and U+FFFE/U+FFFF, with a bias towards ``& < > ]]>``, quotes, whitespace (CR included)
  and non-ASCII. XML 1.0 cannot carry the other C0 controls at all (not even as ``&#1;``);
  surrogates and U+FFFE/U+FFFF are not XML characters. Parsers normalise a raw CR to LF
  (XML 1.0 section 2.11), so the engine writes CR as ``&#13;``, which survives.
  C1 controls and DEL are legal and are generated.
  (Writing refuses the excluded non-characters with ``XmlError``: tests/test_xml_engine.py.)
- ``string`` and ``base64`` fields: ``''`` round-trips as ``''`` (an empty element).
- ``datetime``: timezone-aware UTC, written with a ``Z`` and read back aware.
  (Naive values are written without an offset and read back naive; other offsets are
  kept; the recordings only use UTC.)
- ``float``: finite numbers (``nan != nan``, and the wire has no infinity).
- ``list`` fields: ``None`` (absent) and ``[]`` (an empty wrapper) both round-trip.
- ``flat`` fields: ``None`` or non-empty lists. An empty flat list writes nothing, so
  it reads back as ``None``: the wire cannot tell the two apart.
- ``absent`` fields: their ``AbsentText`` (what an absent element reads as) or a value.
- ``text`` fields: ``None`` or non-empty text. Empty text writes nothing and reads back
  as ``None``, for the same reason.
- Discriminated types: a field of the base type holds the base type (with a
  discriminator value that selects no variant) or any variant (with the value that
  selects it).
"""

from __future__ import annotations

from datetime import UTC
from typing import Any
from xml.etree.ElementTree import Element

from hypothesis import strategies as st
from servicemanagement import _xml
from servicemanagement._generated import MODEL_TYPES, ROOTS
from servicemanagement._model import Model
from servicemanagement._schema import FieldSchema, TypeSchema

_SPECIAL = [
    "",
    "&",
    "<",
    ">",
    "]]>",
    "&amp;",
    "'\"",
    " padded ",
    "\t\n",
    "\r\n",
    "Ünïcode ✓ 𝄞 中文",
]

TEXT: st.SearchStrategy[str] = st.one_of(
    st.sampled_from(_SPECIAL),
    st.text(st.sampled_from("&<>]]'\" \t\n\rab"), max_size=12),
    st.text(
        st.characters(
            codec="utf-8",
            exclude_categories=("Cs", "Cc"),
            include_characters="\t\n\r\x7f" + "".join(map(chr, range(0x80, 0xA0))),
            exclude_characters="\ufffe\uffff",
        ),
        max_size=20,
    ),
)

SCALARS: dict[str, st.SearchStrategy[Any]] = {
    "string": TEXT,
    "base64": TEXT,
    "int": st.integers(),
    "float": st.floats(allow_nan=False, allow_infinity=False),
    "bool": st.booleans(),
    "datetime": st.datetimes(timezones=st.just(UTC)),
}


def _schema(name: str) -> TypeSchema:
    return MODEL_TYPES[name].__schema__


def _selectors() -> dict[str, tuple[str, str]]:
    """Variant type name -> (discriminator element, the value that selects it)."""
    found: dict[str, tuple[str, str]] = {}
    for cls in MODEL_TYPES.values():
        disc = cls.__schema__.discriminator
        if disc is not None:
            for value, variant in disc.variants:
                if variant != cls.__schema__.name:
                    found[variant] = (disc.element, value)
    return found


class ModelStrategies:
    """One strategy per model type, built on first use (types may refer to each other)."""

    def __init__(self) -> None:
        self._exact: dict[str, st.SearchStrategy[Model]] = {}
        self._selectors = _selectors()

    def exact(self, name: str) -> st.SearchStrategy[Model]:
        """Instances of exactly the type ``name`` (never one of its variants)."""
        if name not in self._exact:
            self._exact[name] = st.deferred(lambda: self._build(name))
        return self._exact[name]

    def any_of(self, name: str) -> st.SearchStrategy[Model]:
        """What a field of type ``name`` may hold: the type or any of its variants."""
        disc = _schema(name).discriminator
        variants = sorted({v for _, v in disc.variants} - {name}) if disc else []
        return st.one_of(self.exact(name), *(self.exact(v) for v in variants))

    def _build(self, name: str) -> st.SearchStrategy[Model]:
        schema = _schema(name)
        fields = {f.attr: self._field(schema, f) for f in schema.fields}
        return st.builds(MODEL_TYPES[name], **fields)

    def _field(self, schema: TypeSchema, field: FieldSchema) -> st.SearchStrategy[Any]:
        selector = self._selectors.get(schema.name)
        if selector is not None and field.kind == "element" and field.name == selector[0]:
            return st.just(selector[1])
        if field.read_only:
            return st.none()  # read from XML, never written: a round trip cannot carry it
        value = self._value(schema, field)
        if field.omit_empty:
            # An element that would be written empty is left out, so it reads back as None.
            value = value.filter(lambda v: _writes_something(schema, field, v))
        if field.absent is not None:
            # Absent, the element reads as its legacy text, which is written as nothing.
            return st.just(_xml.AbsentText(field.absent)) | value
        # None is written as nothing, and nothing reads as the default: a field with a
        # default never holds None after a round trip.
        return value if _default(schema, field) is not None else st.none() | value

    def _value(self, schema: TypeSchema, field: FieldSchema) -> st.SearchStrategy[Any]:
        disc = schema.discriminator
        if disc is not None and field.kind == "element" and field.name == disc.element:
            # The base type keeps only values that select no other type when read back.
            others = {value for value, variant in disc.variants if variant != schema.name}
            return TEXT.filter(lambda value: value not in others)
        if field.kind == "dict":
            return st.dictionaries(TEXT, TEXT, max_size=3)
        if field.kind == "any":
            return self._documents(schema)
        value = self.any_of(field.model) if field.model else SCALARS[field.scalar or "string"]
        if field.kind == "list":
            return st.lists(value, max_size=3)
        if field.kind == "flat":
            return st.lists(value, min_size=1, max_size=3)
        if field.kind == "text":
            return value.filter(lambda text: text != "")
        return value

    def _documents(self, schema: TypeSchema) -> st.SearchStrategy[Model]:
        """What an ``any`` field reads back as a model: a document type whose root no other
        type shares and that is not one of ``schema``'s own children."""
        own = {f"{{{f.namespace}}}{f.name}" for f in schema.fields}
        names = sorted(
            names[0] for tag, names in ROOTS.items() if len(names) == 1 and tag not in own
        )
        return st.sampled_from(names).flatmap(self.exact)


def _writes_something(schema: TypeSchema, field: FieldSchema, value: Any) -> bool:
    parent = Element("parent")
    _xml._write_field(parent, field, value, schema.namespace)
    return len(parent) > 0


def _default(schema: TypeSchema, field: FieldSchema) -> Any:
    """A field with a spec default is not optional (its annotation excludes None)."""
    cls = MODEL_TYPES[schema.name]
    return cls.__dataclass_fields__[field.attr].default


MODELS = ModelStrategies()
