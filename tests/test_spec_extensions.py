"""The spec-language features the SQL, Service Bus, Websites and Scheduler clients use:
checked at generation time, and honoured by the XML engine."""

from __future__ import annotations

import textwrap
from pathlib import Path
from xml.etree.ElementTree import Element

import pytest
from narrow import present
from servicemanagement import (
    AtomEntry,
    AtomFeed,
    ConfigurationSet,
    Database,
    MetricProperties,
    MetricValues,
    ServiceBusNamespace,
)
from servicemanagement._generated.operations_servicebus import GET_SUPPORTED_METRICS_QUEUE
from servicemanagement._result import decode_response, select
from servicemanagement._xml import parse_document, read_element, write_element
from servicemanagement.errors import XmlError
from xmlcompare import xml_difference

from generator.loader import load_service
from generator.yamlsource import SpecError

SERVICE = """\
format: 1
host: example.net
x_ms_version: "2014-10-01"
content_type: application/xml
namespaces: {wa: "urn:wa", arr: "urn:arr"}
default_namespace: wa
clients: {Svc: {doc: A client.}}
"""


def _load(tmp_path: Path, types: str, operations: str = "operations: {}") -> None:
    (tmp_path / "types").mkdir()
    (tmp_path / "operations").mkdir()
    (tmp_path / "service.yaml").write_text(SERVICE)
    (tmp_path / "types" / "t.yaml").write_text("format: 1\n" + textwrap.dedent(types))
    (tmp_path / "operations" / "o.yaml").write_text("format: 1\n" + textwrap.dedent(operations))
    load_service(tmp_path)


DOC = """\
types:
  Doc:
    root: Doc
    fields:
      - {element: Items, list: string, item_namespace: arr}
      - {any: true, name: value}
"""


def test_a_valid_spec_with_the_extensions_loads(tmp_path: Path) -> None:
    _load(
        tmp_path,
        DOC,
        """\
        operations:
          get:
            method: GET
            path: /{subscription_id}/doc
            params: [{name: f, in: query, raw: true}]
            response: Doc
            result: {path: value, type: Doc}
          put:
            method: PUT
            path: /{subscription_id}/doc
            params: [{name: job, type: json}]
            body: {type: json, param: job}
            content_type: application/json
            response: json
          upload:
            method: POST
            path: /{subscription_id}/doc/certificate
            params: [{name: certificate}]
            body: {type: text, param: certificate}
            content_type: application/xml
            response: text
        """,
    )


@pytest.mark.parametrize(
    ("types", "operations", "message"),
    [
        ("types: {T: {fields: [{any: true}]}}", "operations: {}", "any field"),
        (
            "types: {T: {fields: [{element: A, bool_words: [Y, N]}]}}",
            "operations: {}",
            "bool_words",
        ),
        (
            "types: {T: {fields: [{element: A, item_namespace: arr}]}}",
            "operations: {}",
            "item_namespace",
        ),
        (
            DOC,
            "operations: {g: {method: GET, path: /x, params: [{name: f, in: path, raw: true}]}}",
            "only a query parameter can be raw",
        ),
        (DOC, "operations: {g: {method: GET, path: /x, response: Doc, result: nope}}", "nope"),
        (
            DOC,
            "operations: {g: {method: GET, path: /x, response: Doc, result: value}}",
            "rooted result type",
        ),
        (
            DOC,
            "operations: {g: {method: PUT, path: /x, params: [{name: j, type: json}],"
            " body: {type: json, param: j}}}",
            "content_type",
        ),
        (
            DOC,
            "operations: {t: {method: POST, path: /x, params: [{name: c}],"
            " body: {type: text, param: c}}}",
            "content_type",
        ),
        (
            DOC,
            "operations: {t: {method: POST, path: /x, params: [{name: c, type: int}],"
            " body: {type: text, param: c}, content_type: text/plain}}",
            "a string argument",
        ),
        ("types: {T: {fields: [{element: A, read_only: maybe}]}}", "operations: {}", "read_only"),
        (
            "types: {T: {root: T, fields: [{element: A, read_only: true}]}}",
            "operations: {p: {method: PUT, path: /x, params: [{name: a}],"
            " body: {type: T, fill: {a: a}}}}",
            "T.a, which is read-only",
        ),
    ],
)
def test_misuse_fails_generation(tmp_path: Path, types: str, operations: str, message: str) -> None:
    with pytest.raises(SpecError, match=message):
        _load(tmp_path, types, operations)


METRICS_FEED = b"""<feed xmlns="http://www.w3.org/2005/Atom"
  xmlns:d="http://schemas.microsoft.com/ado/2007/08/dataservices"
  xmlns:m="http://schemas.microsoft.com/ado/2007/08/dataservices/metadata">
<title type="text">Metrics</title><id>x</id><updated>2015-07-01T00:02:52Z</updated>
<entry><id>e1</id><title type="text"></title><updated>2015-07-01T00:02:52Z</updated>
<content type="application/xml"><m:properties><d:Name>size</d:Name>
<d:PrimaryAggregation>Max</d:PrimaryAggregation><d:Unit>Bytes</d:Unit>
<d:DisplayName>Size</d:DisplayName></m:properties></content></entry></feed>"""


def test_an_any_field_keeps_what_no_single_type_claims() -> None:
    # Three metric types share the root m:properties: the entry keeps the raw element.
    feed = AtomFeed.from_xml(METRICS_FEED)
    assert feed.entries is not None
    assert isinstance(present(feed.entries[0].content).value, Element)
    assert xml_difference(METRICS_FEED, feed.to_xml()) is None
    # The operation's result type says what it is.
    metrics = decode_response(GET_SUPPORTED_METRICS_QUEUE, METRICS_FEED)
    assert metrics == [
        MetricProperties(name="size", primary_aggregation="Max", unit="Bytes", display_name="Size")
    ]


def test_a_result_of_the_wrong_type_is_an_error() -> None:
    entry = AtomEntry.from_xml(
        b'<entry xmlns="http://www.w3.org/2005/Atom"><content type="application/xml">'
        b'<NamespaceDescription xmlns="http://schemas.microsoft.com/netservices/2010/10/'
        b'servicebus/connect"><Name>n</Name></NamespaceDescription></content></entry>'
    )
    assert entry.content is not None
    assert isinstance(entry.content.value, ServiceBusNamespace)
    assert entry.content.value.name == "n"
    with pytest.raises(XmlError, match="expected MetricValues"):
        select(entry, ("content", "value"), MetricValues)


def test_bool_words_are_written_as_the_service_writes_them() -> None:
    database = Database(name="d", is_system_object=True, is_suspended=False)
    written = database.to_xml()
    assert b"<IsSystemObject>True</IsSystemObject>" in written
    assert b"<IsSuspended>False</IsSuspended>" in written
    assert Database.from_xml(written).is_system_object is True


def test_a_read_only_field_is_read_and_never_written() -> None:
    # The legacy ConfigurationSet.role_type: parsed when present, never serialized.
    body = (
        b'<ConfigurationSet xmlns="http://schemas.microsoft.com/windowsazure">'
        b"<ConfigurationSetType>NetworkConfiguration</ConfigurationSetType>"
        b"<RoleType>PersistentVMRole</RoleType></ConfigurationSet>"
    )
    parsed = read_element(ConfigurationSet, parse_document(body))
    assert parsed.role_type == "PersistentVMRole"
    written = write_element(parsed, "ConfigurationSet", parsed.__schema__.namespace, None)
    assert [child.tag for child in written] == ["ConfigurationSetType"]
