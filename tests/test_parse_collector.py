"""Parsing holds the cyclic garbage collector off (``_xml.collector_paused``): a large
document would otherwise set off dozens of collections that find nothing. The collector
is always given back as it was found, whatever the parse ends in."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from typing import Any
from xml.etree.ElementTree import fromstring

import pytest
from cassettes import load
from servicemanagement import Images, UnsafeXmlError, XmlError
from servicemanagement.models import from_xml


def images_document() -> bytes:
    """The recorded list_os_images response (659 kB, 500-odd images)."""
    for interaction in load("test_legacy_mgmt_misc.test_list_os_images"):
        if interaction.response_body.startswith(b"<Images"):
            return interaction.response_body
    raise AssertionError("the list_os_images recording holds no Images document")


@pytest.fixture
def collections() -> Iterator[list[int]]:
    """The generations of the collections that start while the test runs."""
    started: list[int] = []

    def note(phase: str, info: dict[str, Any]) -> None:
        if phase == "start":
            started.append(info["generation"])

    gc.callbacks.append(note)
    yield started
    gc.callbacks.remove(note)


@pytest.mark.parametrize("read", [from_xml, Images.from_xml], ids=["from_xml", "Model.from_xml"])
def test_no_collection_runs_while_a_large_document_is_read(
    collections: list[int], read: Any
) -> None:
    document = images_document()
    read(document)  # the first read imports modules and compiles readers
    collections.clear()
    fromstring(document)  # the same document, read bare
    assert collections, "ElementTree alone set off no collection: the document shows nothing"
    collections.clear()
    images = read(document)
    during = len(collections)  # no allocation: re-enabled, the next one may collect
    assert during == 0
    assert len(images) > 500
    assert gc.isenabled()


@pytest.mark.parametrize(
    ("document", "error"),
    [
        (b"<Images><OSImage></Images>", XmlError),
        (b'<!DOCTYPE x [<!ENTITY e "x">]><Images>&e;</Images>', UnsafeXmlError),
        (b"<Locations/>", XmlError),  # well-formed, but no model has this root
    ],
    ids=["malformed", "dtd", "wrong-root"],
)
def test_the_collector_is_given_back_after_a_refused_document(
    document: bytes, error: type[Exception]
) -> None:
    with pytest.raises(error):
        Images.from_xml(document)
    assert gc.isenabled()
    with pytest.raises(error):
        from_xml(document)
    assert gc.isenabled()


def test_a_collector_the_program_turned_off_stays_off() -> None:
    gc.disable()
    try:
        assert len(from_xml(images_document())) > 500
        assert not gc.isenabled()
    finally:
        gc.enable()
