"""The XML engine's edges: parsing never lets a DTD through (its fast path included), and
writing refuses text that XML 1.0 cannot carry instead of sending a malformed document."""

from __future__ import annotations

from xml.etree.ElementTree import tostring

import pytest
from servicemanagement import _xml
from servicemanagement._xml import parse_document
from servicemanagement.errors import UnsafeXmlError, XmlError
from servicemanagement.models import HostedService, Location, Locations

LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;">]>
<Name xmlns="http://schemas.microsoft.com/windowsazure">&lol2;</Name>"""

EXTERNAL = """<?xml version="1.0"?>
<!DOCTYPE x [<!ENTITY ext SYSTEM "file:///etc/passwd">]><Name>&ext;</Name>"""


@pytest.mark.parametrize(
    "data",
    [
        LAUGHS,
        LAUGHS.encode("utf-8"),
        EXTERNAL.encode("utf-8"),
        LAUGHS.replace('"1.0"?>', '"1.0" encoding="utf-16"?>').encode("utf-16"),
        b'<!DOCTYPE Name SYSTEM "http://example.com/x.dtd"><Name/>',
    ],
    ids=["str", "utf-8", "external", "utf-16", "external-dtd"],
)
def test_documents_with_a_dtd_are_refused(data: bytes | str) -> None:
    with pytest.raises(UnsafeXmlError):
        parse_document(data)


def test_comments_and_cdata_parse_like_plain_text() -> None:
    careful = parse_document(b"<Name><!-- note --><![CDATA[a < b]]></Name>")
    fast = parse_document(b"<Name>a &lt; b</Name>")
    assert tostring(careful) == tostring(fast) == b"<Name>a &lt; b</Name>"


@pytest.mark.parametrize(
    "data", [b"<Name>&undefined;</Name>", b"<Name>", b"", "<Name>\x00</Name>", b"<a></b>"]
)
def test_malformed_documents_raise_xml_error(data: bytes | str) -> None:
    with pytest.raises(XmlError):
        parse_document(data)


@pytest.mark.parametrize(
    "data",
    [
        b'<?xml version="1.0"?><?pi x?>\n<!DOCTYPE Name [<!ENTITY e "x">]><Name>&e;</Name>',
        b'<?xml version="1.0"?><!-- c --><!DOCTYPE Name [<!ENTITY e "x">]><Name>&e;</Name>',
        b'\xef\xbb\xbf<!DOCTYPE Name [<!ENTITY e "x">]><Name>&e;</Name>',
    ],
    ids=["after-processing-instructions", "after-comment", "after-utf8-bom"],
)
def test_a_dtd_anywhere_in_the_prolog_is_refused(data: bytes) -> None:
    with pytest.raises(UnsafeXmlError):
        parse_document(data)


def test_a_dtd_inside_the_root_element_is_malformed() -> None:
    with pytest.raises(XmlError) as info:
        parse_document(b'<Name><!DOCTYPE x [<!ENTITY e "x">]>&e;</Name>')
    assert not isinstance(info.value, UnsafeXmlError)  # the parser stops at the DOCTYPE


def test_prolog_with_declaration_and_instruction_parses() -> None:
    root = parse_document(b'<?xml version="1.0" encoding="utf-8"?>\n<?pi?><Name>x</Name>')
    assert (root.tag, root.text) == ("Name", "x")


@pytest.mark.parametrize("bad", ["\x00", "a\x01b", "\x1f", "\ufffe", "\ud800"])
def test_text_xml_cannot_carry_is_refused_when_writing(bad: str) -> None:
    with pytest.raises(XmlError, match=r"cannot be written in XML 1\.0"):
        Locations(locations=[Location(name=bad)]).to_xml()


def test_tab_newline_and_c1_controls_are_written() -> None:
    doc = Locations(locations=[Location(name="\t\n\x7f\x85")])
    back = Locations.from_xml(doc.to_xml())
    assert back.locations is not None
    assert back.locations[0].name == "\t\n\x7f\x85"
    assert back.to_xml() == doc.to_xml()


@pytest.mark.parametrize(
    "document",
    [
        # UTF-7 spells "<!DOCTYPE" without a "<" byte: it must not take the fast path.
        b'<?xml version="1.0" encoding="UTF-7"?>+ADw-!DOCTYPE a +AFs-+ADw-!ENTITY e'
        b' "boom"+AD4-+AF0-+AD4-<a>&e;</a>',
        b'<?xml version="1.0" encoding="x-no-such-encoding"?><a/>',
    ],
)
def test_exotic_encodings_are_refused_with_a_typed_error(document: bytes) -> None:
    assert not _xml._cannot_declare(document)
    with pytest.raises(XmlError) as caught:
        _xml.parse_document(document)
    assert "boom" not in str(caught.value)


HOSTED = (
    '<HostedService xmlns="http://schemas.microsoft.com/windowsazure">'
    "<ServiceName>svc</ServiceName><HostedServiceProperties><Label>{}</Label>"
    "</HostedServiceProperties></HostedService>"
)


@pytest.mark.parametrize(
    "text", ["bXkgc2Vydmljw6k=", "bXkgc2Vy\n  dmljw6k=", " bXkgc2Vydmljw6k=\n"]
)
def test_base64_labels_read_as_text_also_wrapped_or_indented(text: str) -> None:
    properties = HostedService.from_xml(HOSTED.format(text).encode()).hosted_service_properties
    assert properties is not None
    assert properties.label == "my servicé"


@pytest.mark.parametrize(
    "text",
    ["bXkgc2Vydmljw6k", "bXk*c2Vydmljw6k=", "bXkgc2Vydmljw6k=bXk=", "/w==", "bXkgc2Vydmljw6k=é"],
    ids=["unpadded", "bad-digit", "data-after-padding", "not-utf-8", "non-ascii"],
)
def test_a_label_that_is_not_base64_utf_8_is_an_xml_error(text: str) -> None:
    with pytest.raises(XmlError, match="not base64-encoded UTF-8 text"):
        HostedService.from_xml(HOSTED.format(text).encode())
