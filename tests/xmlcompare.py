"""XML documents compared as XML: same elements, same order, same attributes, same text."""

from __future__ import annotations

from xml.etree.ElementTree import Element

from servicemanagement._xml import parse_document

Canonical = tuple[str, tuple[tuple[str, str], ...], str, tuple["Canonical", ...]]


def canonical(element: Element) -> Canonical:
    text = (element.text or "").strip()
    attrs = tuple(sorted(element.attrib.items()))
    return (element.tag, attrs, text, tuple(canonical(child) for child in element))


def xml_difference(expected: bytes | str, actual: bytes | str) -> str | None:
    """None when equal; otherwise where and how the documents first differ."""
    return _diff(canonical(parse_document(expected)), canonical(parse_document(actual)), "")


def _diff(a: Canonical, b: Canonical, path: str) -> str | None:
    here = f"{path}/{_local(a[0])}"
    if a[0] != b[0]:
        return f"{here}: element {b[0]} where {a[0]} was expected"
    if a[1] != b[1]:
        return f"{here}: attributes {dict(b[1])} where {dict(a[1])} were expected"
    if a[2] != b[2]:
        return f"{here}: text {b[2][:80]!r} where {a[2][:80]!r} was expected"
    for index, (x, y) in enumerate(zip(a[3], b[3], strict=False)):
        found = _diff(x, y, f"{here}[{index}]")
        if found:
            return found
    if len(a[3]) != len(b[3]):
        extra = [_local(c[0]) for c in (a[3][len(b[3]) :] or b[3][len(a[3]) :])]
        kind = "missing" if len(a[3]) > len(b[3]) else "unexpected"
        return f"{here}: {kind} children {extra}"
    return None


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]
