"""The legacy client-level helpers: perform_*, with_filter, parse_response_for_async_op
and get_certificate_from_publish_settings.

The perform_* replays create their hosted service with perform_post and the body the
legacy client sent (the recording's), since that is what a raw call would send.
"""

from __future__ import annotations

import base64
import stat
from collections.abc import Callable
from pathlib import Path

import pytest
from cassettes import SUBSCRIPTION_ID, load
from cryptography import x509
from cryptography.hazmat.primitives.serialization import load_pem_private_key
from emulator_support import NO_RETRIES
from fixturetypes import Pki, Replay
from replayserver import ReplayServer
from servicemanagement import (
    AzureMissingResourceHttpError,
    HTTPRequest,
    HTTPResponse,
    ServiceBusManagementService,
    ServiceManagementService,
    get_certificate_from_publish_settings,
    parse_response_for_async_op,
)
from servicemanagement.emulator import pki

SERVICES = f"/{SUBSCRIPTION_ID}/services/hostedservices"
WA = 'xmlns="http://schemas.microsoft.com/windowsazure"'


def _create_body(name: str) -> str:
    return (
        f'<CreateHostedService xmlns:i="http://www.w3.org/2001/XMLSchema-instance" {WA}>'
        f"<ServiceName>{name}</ServiceName><Label>{_label(name + 'label')}</Label>"
        f"<Description>{name}description</Description><Location>West US</Location>"
        "<ExtendedProperties><ExtendedProperty><Name>ext1</Name><Value>val1</Value>"
        "</ExtendedProperty><ExtendedProperty><Name>ext2</Name><Value>42</Value>"
        "</ExtendedProperty></ExtendedProperties></CreateHostedService>"
    )


def _label(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def _create(sms: ServiceManagementService, name: str, body: str | bytes) -> None:
    response = sms.perform_post(SERVICES, body)
    assert response.status == 201
    result = parse_response_for_async_op(response)
    assert result is not None and result.request_id
    assert sms.wait_for_operation_status(result.request_id, sleep_interval=0).status == "Succeeded"


# ---- perform_* -------------------------------------------------------------


def test_perform_get(replay: Replay) -> None:
    sms = replay("mgmt_misc.test_perform_get")
    _create(sms, "utsvc30ae0f9b", _create_body("utsvc30ae0f9b"))
    response = sms.perform_get(f"{SERVICES}/utsvc30ae0f9b")
    assert isinstance(response, HTTPResponse)
    assert (response.status, response.message) == (200, "OK")
    assert ("content-type", "application/xml; charset=utf-8") in response.headers
    assert b"<ServiceName>utsvc30ae0f9b</ServiceName>" in response.body


def test_perform_put(replay: Replay) -> None:
    sms = replay("mgmt_misc.test_perform_put")
    _create(sms, "utsvc30e90fb4", _create_body("utsvc30e90fb4"))
    update = (
        f'<?xml version="1.0" encoding="utf-8"?>\n<UpdateHostedService {WA}>\n'
        f"  <Label>{_label('utsvc30e90fb4new')}</Label>\n</UpdateHostedService>"
    )
    response = sms.perform_put(f"{SERVICES}/utsvc30e90fb4", update)
    assert response.status == 200
    result = parse_response_for_async_op(response)
    assert result is not None and result.request_id == "45eec4802767ba84a53a54b2051c02f4"
    sms.wait_for_operation_status(result.request_id, sleep_interval=0)
    properties = sms.perform_get(f"{SERVICES}/utsvc30e90fb4?embed-detail=false")
    assert f"<Label>{_label('utsvc30e90fb4new')}</Label>".encode() in properties.body


def test_perform_post(replay: Replay) -> None:
    sms = replay("mgmt_misc.test_perform_post")
    body = (
        f'<?xml version="1.0" encoding="utf-8"?>\n<CreateHostedService {WA}>\n'
        "  <ServiceName>utsvc40fd1021</ServiceName>\n"
        f"  <Label>{_label('utsvc40fd1021label')}</Label>\n"
        "  <Description>mydescription</Description>\n"
        "  <Location>West US</Location>\n</CreateHostedService>"
    )
    _create(sms, "utsvc40fd1021", body.encode("utf-8"))
    properties = sms.perform_get(f"{SERVICES}/utsvc40fd1021?embed-detail=false")
    assert b"<Description>mydescription</Description>" in properties.body


def test_perform_delete(replay: Replay) -> None:
    sms = replay("mgmt_misc.test_perform_delete")
    _create(sms, "utsvc61c910ce", _create_body("utsvc61c910ce"))
    response = sms.perform_delete(f"{SERVICES}/utsvc61c910ce")
    assert (response.status, response.body) == (200, b"")
    result = parse_response_for_async_op(response)
    assert result is not None and result.request_id is not None
    sms.wait_for_operation_status(result.request_id, sleep_interval=0)
    with pytest.raises(AzureMissingResourceHttpError) as caught:
        sms.perform_get(f"{SERVICES}/utsvc61c910ce?embed-detail=false")
    assert caught.value.code == "ResourceNotFound"


# ---- with_filter ------------------------------------------------------------

Filter = Callable[[HTTPRequest, Callable[[HTTPRequest], HTTPResponse]], HTTPResponse]


def _recorder(name: str, log: list[str]) -> Filter:
    def record(request: HTTPRequest, send: Callable[[HTTPRequest], HTTPResponse]) -> HTTPResponse:
        log.append(f"{name}>{request.method}")
        response = send(request)
        log.append(f"{name}<{response.status}")
        return response

    return record


def test_with_filter_chains_filters_around_the_real_calls(replay: Replay) -> None:
    sms = replay("mgmt_misc.test_perform_get")
    log: list[str] = []
    filtered = sms.with_filter(_recorder("inner", log)).with_filter(_recorder("outer", log))
    assert type(filtered) is ServiceManagementService
    assert filtered is not sms
    _create(filtered, "utsvc30ae0f9b", _create_body("utsvc30ae0f9b"))
    assert filtered.perform_get(f"{SERVICES}/utsvc30ae0f9b").status == 200
    # The filter added last runs first, around the earlier ones (as in the legacy client).
    assert log[:4] == ["outer>POST", "inner>POST", "inner<201", "outer<201"]
    assert log[-4:] == ["outer>GET", "inner>GET", "inner<200", "outer<200"]
    assert len(log) == 12  # create, one operation poll, get


def test_a_filter_can_change_the_request_as_legacy_filters_did(replay: Replay) -> None:
    """Legacy filters appended headers to ``request.headers`` (a list) and passed it on."""
    sms = replay("mgmt_misc.test_perform_get")
    seen: list[HTTPRequest] = []

    def add_header(
        request: HTTPRequest, send: Callable[[HTTPRequest], HTTPResponse]
    ) -> HTTPResponse:
        request.headers.append(("x-ms-client-request-id", "legacy-filter"))
        seen.append(request)
        return send(request)

    filtered = sms.with_filter(add_header)
    _create(filtered, "utsvc30ae0f9b", _create_body("utsvc30ae0f9b"))
    assert filtered.perform_get(f"{SERVICES}/utsvc30ae0f9b").status == 200
    assert seen[0].host == sms.host and seen[0].method == "POST"
    assert all(("x-ms-client-request-id", "legacy-filter") in r.headers for r in seen)


def _answering(seen: list[HTTPRequest]) -> Filter:
    """A filter that answers itself (as a caching filter would) and keeps the request."""

    def answer(request: HTTPRequest, send: Callable[[HTTPRequest], HTTPResponse]) -> HTTPResponse:
        seen.append(request)
        return HTTPResponse(202, "Accepted", [("X-Ms-Request-Id", "abc")], b"")

    return answer


def test_raw_calls_send_the_path_version_and_body_as_given(test_pki: Pki) -> None:
    seen: list[HTTPRequest] = []
    base = ServiceBusManagementService(
        SUBSCRIPTION_ID, str(test_pki.client_pem), host="127.0.0.1:9", retry=NO_RETRIES
    )
    client = base.with_filter(_answering(seen))
    response = client.perform_put("/sub/a b/x()?comp=media&flag&n=1", "<é/>")
    client.perform_get("/sub/x", x_ms_version="2015-04-01")
    put, get = seen
    assert (put.method, put.path, put.query) == (
        "PUT",
        "/sub/a%20b/x()",
        [("comp", "media"), ("n", "1")],
    )
    assert put.body == "<é/>".encode()
    assert dict(put.headers) == {
        "x-ms-version": "2012-03-01",  # the Service Bus class default
        "Content-Type": "application/atom+xml;type=entry;charset=utf-8",
    }
    assert dict(get.headers) == {"x-ms-version": "2015-04-01"}
    assert response.headers == [("x-ms-request-id", "abc")]


# ---- parse_response_for_async_op ---------------------------------------------


def test_parse_response_for_async_op() -> None:
    assert parse_response_for_async_op(None) is None
    with_id = HTTPResponse(202, "Accepted", [("X-MS-Request-ID", "f00d")], b"")
    result = parse_response_for_async_op(with_id)
    assert result is not None and result.request_id == "f00d"
    without = parse_response_for_async_op(HTTPResponse(200, "OK", [("Date", "x")], b""))
    assert without is not None and without.request_id is None


# ---- get_certificate_from_publish_settings ------------------------------------


def _publish_settings(path: Path, *subscriptions: tuple[str, pki.Issued]) -> Path:
    entries = "".join(
        f'<Subscription ServiceManagementUrl="https://management.core.windows.net"'
        f' Id="{sid}" Name="s{n}"'
        f' ManagementCertificate="{base64.b64encode(issued.pfx()).decode()}" />'
        for n, (sid, issued) in enumerate(subscriptions)
    )
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?><PublishData><PublishProfile'
        f' SchemaVersion="2.0" PublishMethod="AzureServiceManagementAPI">{entries}'
        "</PublishProfile></PublishData>"
    )
    return path


def test_publish_settings_certificate_works_for_mutual_tls(
    replay_server: ReplayServer, test_pki: Pki, tmp_path: Path
) -> None:
    settings = tmp_path / "account.publishsettings"
    settings.write_bytes(pki.publish_settings(test_pki.client, SUBSCRIPTION_ID, "https://x"))
    pem = tmp_path / "management.pem"
    assert get_certificate_from_publish_settings(str(settings), str(pem)) == SUBSCRIPTION_ID
    assert stat.S_IMODE(pem.stat().st_mode) == 0o600
    data = pem.read_bytes()
    assert x509.load_pem_x509_certificate(data) == test_pki.client.certificate
    key = load_pem_private_key(data, password=None)
    assert key.public_key() == test_pki.client.certificate.public_key()
    # The written file is a working cert_file: a real call over mutual TLS.
    replay_server.state.load(load("test_legacy_mgmt_misc.test_perform_get"))
    with ServiceManagementService(
        SUBSCRIPTION_ID, str(pem), host=replay_server.host, ca_certs=str(test_pki.ca_pem)
    ) as sms:
        _create(sms, "utsvc30ae0f9b", _create_body("utsvc30ae0f9b"))
        assert sms.perform_get(f"{SERVICES}/utsvc30ae0f9b").status == 200
    assert not replay_server.state.problems


def test_publish_settings_subscription_choice(tmp_path: Path) -> None:
    first, second = pki.new_client(name="first"), pki.new_client(name="second")
    settings = _publish_settings(
        tmp_path / "two.publishsettings", ("AAAA-1", first), ("bbbb-2", second)
    )
    pem = tmp_path / "out.pem"
    assert get_certificate_from_publish_settings(settings, pem) == "AAAA-1"
    assert x509.load_pem_x509_certificate(pem.read_bytes()) == first.certificate
    assert get_certificate_from_publish_settings(settings, pem, "BBBB-2") == "bbbb-2"
    assert x509.load_pem_x509_certificate(pem.read_bytes()) == second.certificate
    with pytest.raises(ValueError, match="no subscription cccc"):
        get_certificate_from_publish_settings(settings, pem, "cccc")


def test_setting_x_ms_version_applies_to_operations_on_the_default_version() -> None:
    """The legacy client's ``x_ms_version`` attribute was the version of its requests."""
    from requestcapture import RequestCapture, sent

    with RequestCapture("sub", credential="not-used") as sms:
        assert dict(sent(sms.list_locations()).headers)["x-ms-version"] == "2014-10-01"
        sms.x_ms_version = "2015-04-01"
        assert dict(sent(sms.list_locations()).headers)["x-ms-version"] == "2015-04-01"
        # An operation the spec pins to its own version keeps it.
        pinned = sent(sms.replicate_vm_image("img", ["West US"], "offer", "sku", "1.0"))
        assert dict(pinned.headers)["x-ms-version"] == "2015-04-01"
        sms.x_ms_version = "2014-06-01"
        pinned = sent(sms.replicate_vm_image("img", ["West US"], "offer", "sku", "1.0"))
        assert dict(pinned.headers)["x-ms-version"] == "2015-04-01"
