"""Behaviour of the package rendered from tests/generator/sample_spec.

Not collected by the main test run (the file name does not start with ``test_``):
tests/test_generator.py runs it in a subprocess whose ``servicemanagement`` is the
hand-written runtime plus the rendered sample as ``_generated``. The expected XML
below is written by hand from spec/README.md, not produced by the engine.
"""

from __future__ import annotations

import json
import os
import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import servicemanagement
from servicemanagement._generated import (
    MODEL_TYPES,
    OPERATIONS,
    ROOTS,
    SampleSecondServiceOperations,
    ServiceManagementServiceOperations,
)
from servicemanagement._generated.operations_second import GET_SECOND_WIDGET
from servicemanagement._generated.operations_widgets import (
    COUNT_WIDGETS,
    GET_WIDGET,
)
from servicemanagement._request import Request, build_request
from servicemanagement._result import decode_response
from servicemanagement._schema import OperationSpec
from servicemanagement.errors import XmlError
from servicemanagement.models import (
    CircleShape,
    Extra,
    Owner,
    Part,
    Shape,
    SquareShape,
    Widget,
    Widgets,
    WidgetSample,
    WidgetStats,
    from_xml,
)
from xmlcompare import xml_difference

SUB = "00000000-0000-0000-0000-000000000000"
WA = "http://schemas.microsoft.com/windowsazure"
EXT = "http://example.com/sample/extensions"
XSI = "http://www.w3.org/2001/XMLSchema-instance"


def test_runs_against_the_rendered_sample() -> None:
    assert Path(servicemanagement.__file__).is_relative_to(os.environ["SAMPLE_PACKAGE"])


WIDGET = Widget(
    "w&1",
    3,
    label="Ünïcode <label> & co",
    ratio=0.5,
    enabled=True,
    created=datetime(2015, 4, 29, 7, 0, 0, tzinfo=UTC),
    description=None,
    tags=["a", ""],
    aliases=["x", "y"],
    parts=[Part(id=1, kind="k", checked=False, value="body ]]>"), Part(id=2)],
    properties={"k1": "v1", "k2": ""},
    shape=CircleShape(color="red", radius=1.5),
    shapes=[SquareShape(side=2), Shape(shape_type="Hexagon")],
    extra=Extra(code=7, flags=[True, False], stamp=datetime(2001, 2, 3, 4, 5, 6)),
    note="n",
    owner=Owner(email="o@example.com"),
    os="Linux",
)

WIDGET_XML = f"""
<Widget xmlns="{WA}" xmlns:i="{XSI}">
  <Name>w&amp;1</Name>
  <Label>w5xuw69jb2RlIDxsYWJlbD4gJiBjbw==</Label>
  <Size>3</Size>
  <Ratio>0.5</Ratio>
  <Enabled>true</Enabled>
  <Created>2015-04-29T07:00:00Z</Created>
  <Version>1</Version>
  <Description i:nil="true"/>
  <Tags><Tag>a</Tag><Tag/></Tags>
  <Alias>x</Alias>
  <Alias>y</Alias>
  <Part id="1" kind="k" checked="false">body ]]&gt;</Part>
  <Part id="2"/>
  <Properties>
    <Property><Name>k1</Name><Value>v1</Value></Property>
    <Property><Name>k2</Name><Value/></Property>
  </Properties>
  <Shape><ShapeType>Circle</ShapeType><Color>red</Color><Radius>1.5</Radius></Shape>
  <Shapes>
    <Shape><ShapeType>Square</ShapeType><Side>2</Side></Shape>
    <Shape><ShapeType>Hexagon</ShapeType></Shape>
  </Shapes>
  <Extra>
    <Code xmlns="{EXT}">7</Code>
    <Flags xmlns="{EXT}"><Flag>true</Flag><Flag>false</Flag></Flags>
    <Stamp>2001-02-03T04:05:06</Stamp>
  </Extra>
  <Note xmlns="{EXT}">n</Note>
  <Owner><Email>o@example.com</Email><Since i:nil="true"/></Owner>
  <OS>Linux</OS>
</Widget>
"""


def test_widget_serializes_every_field_kind_as_the_spec_says() -> None:
    assert xml_difference(WIDGET_XML, WIDGET.to_xml()) is None


def test_widget_reads_back_from_its_document() -> None:
    assert Widget.from_xml(WIDGET_XML) == WIDGET
    assert from_xml(WIDGET_XML) == WIDGET


def test_nil_and_absent_read_as_none_and_empty_wrappers_as_empty() -> None:
    widget = Widget.from_xml(
        f'<Widget xmlns="{WA}" xmlns:i="{XSI}"><Label/><Tags i:nil="true"/>'
        f'<Properties/><Shapes/><Owner i:nil="true"/><Size i:nil="true"/><Unknown>1</Unknown>'
        "</Widget>"
    )
    assert widget == Widget(label="", properties={}, shapes=[])
    assert widget.version == 1  # the spec default, not on the wire


def test_discriminator_selects_the_variant_and_falls_back_to_the_base() -> None:
    doc = f"""<Widget xmlns="{WA}"><Shape><ShapeType>Square</ShapeType><Side>4</Side></Shape>
        <Shapes><Shape><Color>blue</Color><Radius>9</Radius></Shape></Shapes></Widget>"""
    widget = Widget.from_xml(doc)
    assert widget.shape == SquareShape(side=4)
    assert widget.shapes == [Shape(color="blue")]  # no ShapeType: the base type, Radius unknown


def test_positional_order_and_keyword_only_rest() -> None:
    widget = Widget("w", 5)
    assert (widget.name, widget.size) == ("w", 5)
    with pytest.raises(TypeError):
        Widget("w", 5, "label")  # type: ignore[misc]


def test_list_responses_iterate_their_items() -> None:
    widgets = from_xml(f"<Widgets xmlns='{WA}'><Widget><Name>a</Name></Widget><Widget/></Widgets>")
    assert isinstance(widgets, Widgets)
    assert len(widgets) == 2
    assert [w.name for w in widgets] == ["a", None]
    assert widgets[0] == Widget("a")
    assert len(Widgets()) == 0 and list(Widgets()) == []


def test_registries_know_every_type_root_and_operation() -> None:
    assert sorted(MODEL_TYPES) == [
        "CircleShape",
        "CreateWidget",
        "Extra",
        "Owner",
        "Part",
        "Shape",
        "SquareShape",
        "Widget",
        "WidgetSample",
        "WidgetSettings",
        "WidgetStats",
        "Widgets",
    ]
    assert ROOTS == {
        f"{{{EXT}}}Extra": ("Extra",),
        f"{{{WA}}}CreateWidget": ("CreateWidget",),
        f"{{{WA}}}Widget": ("Widget",),
        f"{{{WA}}}Widgets": ("Widgets",),
    }
    assert sorted(OPERATIONS) == [
        "count_widgets",
        "create_widget",
        "delete_widget",
        "get_second_widget",
        "get_widget",
        "list_widgets",
        "put_second_widget_document",
        "put_widget_stats",
        "update_widget",
    ]
    assert OPERATIONS["get_widget"] is GET_WIDGET
    assert OPERATIONS["get_second_widget"] is GET_SECOND_WIDGET
    assert OPERATIONS["count_widgets"] is COUNT_WIDGETS
    assert OPERATIONS["get_second_widget"].client == "SampleSecondService"
    assert OPERATIONS["create_widget"].is_async
    assert not GET_WIDGET.is_async


class _Requests:
    """``_call`` answers with the request the operation would send (pure; no socket)."""

    def _call(self, operation: OperationSpec, args: dict[str, Any], body: Any) -> Request:
        return build_request(operation, SUB, args, body)


class Sample(_Requests, ServiceManagementServiceOperations):
    pass


class Second(_Requests, SampleSecondServiceOperations):
    pass


def _request(result: object) -> Request:
    assert isinstance(result, Request)
    return result


def test_path_query_header_flag_fixed_query_and_version_override() -> None:
    request = _request(Sample().get_widget("abc-1", expand=True, client_tag="t1"))
    assert request.method == "GET"
    assert request.path == f"/{SUB}/services/widgets/abc-1"
    assert request.query == (("comp", "details"), ("$expand", "true"))
    assert request.headers == (("x-ms-version", "2015-04-01"), ("x-ms-client-tag", "t1"))
    assert request.body is None
    plain = _request(Sample().get_widget("abc"))
    assert plain.query == (("comp", "details"),)
    assert plain.headers == (("x-ms-version", "2015-04-01"),)


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda s: s.get_widget("ab"), "at least 3 characters"),
        (lambda s: s.get_widget("a" * 25), "at most 24 characters"),
        (lambda s: s.get_widget("ABC"), "must match '[a-z0-9-]+'"),
        (lambda s: s.get_widget(None), "'widget_name' is required"),
        (lambda s: s.list_widgets(color="pink"), "must be one of red, green, blue"),
    ],
)
def test_constraints_are_checked_before_sending(call: Any, message: str) -> None:
    with pytest.raises(ValueError, match=re.escape(message)):
        call(Sample())


def test_typed_query_parameters() -> None:
    request = _request(Sample().list_widgets(min_size=5, color="red"))
    assert request.query == (("minSize", "5"), ("color", "red"))
    assert request.headers == (("x-ms-version", "2014-10-01"),)


def test_body_fill_with_const_list_nested_and_dotted_expressions() -> None:
    request = _request(
        Sample().create_widget(
            "w1",
            "my label",
            2,
            CircleShape(radius=2.0),
            owner=Owner(email="me@example.com"),
            secondary_tag="second",
            properties={"a": "b"},
            parts=[Part(id=9, value="p")],
        )
    )
    assert request.method == "POST"
    assert request.path == f"/{SUB}/services/widgets"
    assert request.headers == (
        ("x-ms-version", "2014-10-01"),
        ("Content-Type", "application/xml;charset=utf-8"),
    )
    expected = f"""<CreateWidget xmlns="{WA}">
        <Name>w1</Name><Label>bXkgbGFiZWw=</Label><Size>2</Size><Kind>premium</Kind>
        <Shape><ShapeType>Circle</ShapeType><Radius>2.0</Radius></Shape>
        <OwnerEmail>me@example.com</OwnerEmail>
        <Tags><Tag>second</Tag><Tag>sample</Tag></Tags>
        <Properties><Property><Name>a</Name><Value>b</Value></Property></Properties>
        <Part id="9">p</Part>
        <Settings><Enabled>true</Enabled><Note>my label</Note></Settings>
        </CreateWidget>"""
    assert request.body is not None
    assert xml_difference(expected, request.body) is None


def test_body_fill_leaves_out_what_was_not_given() -> None:
    request = _request(Sample().create_widget("w1", "l", 1, Shape(color="c")))
    expected = f"""<CreateWidget xmlns="{WA}">
        <Name>w1</Name><Label>bA==</Label><Size>1</Size><Kind>premium</Kind>
        <Shape><Color>c</Color></Shape><Tags><Tag>sample</Tag></Tags>
        <Settings><Enabled>true</Enabled><Note>l</Note></Settings></CreateWidget>"""
    assert request.body is not None
    assert xml_difference(expected, request.body) is None


def test_body_param_and_content_type_override() -> None:
    request = _request(Sample().update_widget("abc", Widget("abc", 1)))
    assert request.method == "PUT"
    assert request.headers == (("x-ms-version", "2014-10-01"), ("Content-Type", "application/xml"))
    assert request.body is not None
    expected = f"""<Widget xmlns="{WA}" xmlns:i="{XSI}"><Name>abc</Name><Size>1</Size>
        <Version>1</Version><Description i:nil="true"/><Tags i:nil="true"/><Owner i:nil="true"/>
        </Widget>"""
    assert xml_difference(expected, request.body) is None


def test_flag_query_parameter() -> None:
    assert _request(Sample().delete_widget("abc", delete_parts=True)).query == (("comp", "media"),)
    assert _request(Sample().delete_widget("abc")).query == ()


def test_second_client_has_its_own_operations() -> None:
    request = _request(Second().get_second_widget("n 1"))
    assert request.path == f"/{SUB}/second/widgets/n%201"
    assert _request(Second().count_widgets()).path == f"/{SUB}/services/widgets/count"
    assert not hasattr(Second(), "create_widget")
    assert not hasattr(Sample(), "count_widgets")


def test_text_body_is_sent_as_given_with_the_constant_headers() -> None:
    document = "<Doc a='1'>caf\u00e9 &amp; more</Doc>"
    request = _request(Second().put_second_widget_document("w", document))
    assert request.method == "PUT"
    assert request.path == f"/{SUB}/second/widgets/w/document"
    assert request.headers == (
        ("x-ms-version", "2014-10-01"),
        ("Accept", "application/json"),
        ("Content-Type", "application/xml"),
    )
    assert request.body == document.encode("utf-8")


STATS = WidgetStats(
    count=3,
    mean=1.5,
    healthy=False,
    since=datetime(2016, 1, 2, 3, 4, 5, tzinfo=UTC),
    samples=[WidgetSample(name="a<&>\u00e9", value=2.0)],
    labels=[],
)


def test_json_type_body_is_its_members_and_arrays() -> None:
    request = _request(Sample().put_widget_stats("w", STATS))
    assert request.headers == (
        ("x-ms-version", "2014-10-01"),
        ("Accept", "application/json"),
        ("Content-Type", "application/json"),
    )
    assert request.body is not None
    assert json.loads(request.body) == {
        "odata.type": "Sample.Stats",
        "Count": 3,
        "Mean": 1.5,
        "Healthy": False,
        "Since": "2016-01-02T03:04:05Z",
        "Samples": [{"Name": "a<&>\u00e9", "Value": 2.0}],
        "Labels": [],
    }


def test_json_type_response_reads_members_and_ignores_unknown_ones() -> None:
    body = (
        b'{"Count": 3, "Mean": 2, "Since": "2016-01-02T03:04:05Z", "Extra": {"x": 1},'
        b' "Samples": [{"Name": "s", "Value": 1}], "Labels": [7, true, 1.5]}'
    )
    stats = decode_response(OPERATIONS["put_widget_stats"], body)
    assert stats == WidgetStats(
        count=3,
        mean=2.0,
        since=datetime(2016, 1, 2, 3, 4, 5, tzinfo=UTC),
        samples=[WidgetSample(name="s", value=1.0)],
        labels=["7", "true", "1.5"],  # text read leniently from other JSON scalars
    )
    assert stats.odata_type == "Sample.Stats"  # absent: the default
    assert [sample.name for sample in stats] == ["s"]


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"[1, 2]", "WidgetStats: expected a JSON object"),
        (b'{"Count": "3"}', "WidgetStats.Count: expected a JSON int"),
        (b'{"Count": true}', "WidgetStats.Count: expected a JSON int"),
        (b'{"Samples": {"Name": "s"}}', "WidgetStats.Samples: expected a JSON array"),
        (
            b'{"Samples": [{"Value": "high"}]}',
            "WidgetStats.Samples[0].Value: expected a JSON float",
        ),
        (b'{"Since": "yesterday"}', "not an ISO 8601 date-time"),
        (b"{not json", "WidgetStats: not a JSON document"),
        (b"[" * 100_000, "WidgetStats: not a JSON document"),
        (b'{"Samples": [{"Name": ["s"]}]}', "WidgetStats.Samples[0].Name: expected a JSON string"),
    ],
)
def test_json_type_refuses_what_it_cannot_read(body: bytes, message: str) -> None:
    with pytest.raises(XmlError, match=re.escape(message)):
        decode_response(OPERATIONS["put_widget_stats"], body)


def test_build_request_matches_the_operation_constant() -> None:
    direct = build_request(GET_WIDGET, SUB, {"widget_name": "abc"}, None)
    assert _request(Sample().get_widget("abc")) == direct


def test_what_the_wire_cannot_tell_apart() -> None:
    """The semantics tests/strategies.py documents and relies on."""
    back = Widget.from_xml(Widget(label="", tags=[], aliases=[], parts=[Part(value="")]).to_xml())
    assert back.label == ""  # base64 '' is an empty element: ''
    assert back.tags == []  # an empty wrapper
    assert back.aliases is None  # an empty flat list writes nothing
    assert back.parts == [Part()]  # empty text writes nothing
