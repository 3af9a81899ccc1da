"""Hostile and broken XML is refused with typed errors, both when parsed directly and
when a real server sends it, and nothing in it is ever expanded or fetched."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from fixturetypes import Pki
from servicemanagement import (
    AzureBadRequestHttpError,
    Operation,
    Subscription,
    UnsafeXmlError,
    XmlError,
)
from servicemanagement.models import from_xml
from tlshelpers import NS, Handler, Seen, client_for, serve

SECRET = "SECRET-MARKER-5c1f"


class DtdServer(ThreadingHTTPServer):
    """A plain HTTP server serving an evil DTD; it counts how often anyone fetched it."""

    fetches = 0


class DtdHandler(BaseHTTPRequestHandler):
    server: DtdServer

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass

    def do_GET(self) -> None:
        self.server.fetches += 1
        body = f'<!ENTITY leak "{SECRET}">'.encode()
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture
def dtd_server() -> Iterator[DtdServer]:
    server = DtdServer(("127.0.0.1", 0), DtdHandler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    yield server
    server.shutdown()
    server.server_close()
    thread.join()


@pytest.fixture
def secret_file(tmp_path: Path) -> Path:
    path = tmp_path / "secret.txt"
    path.write_text(SECRET)
    return path


def hostile_documents(secret_file: Path, dtd_url: str) -> dict[str, bytes]:
    op = f'<Operation xmlns="{NS}"><ID>x</ID><Status>%s</Status></Operation>'
    laughs = '<!ENTITY lol0 "lol">' + "".join(
        f'<!ENTITY lol{n} "{f"&lol{n - 1};" * 10}">' for n in range(1, 10)
    )
    docs = {
        "billion laughs": f"<!DOCTYPE Operation [{laughs}]>" + op % "&lol9;",
        "external entity (own file)": (
            f'<!DOCTYPE Operation [<!ENTITY xxe SYSTEM "file://{secret_file}">]>' + op % "&xxe;"
        ),
        "external entity (/etc/passwd)": (
            '<!DOCTYPE Operation [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>' + op % "&xxe;"
        ),
        "internal DTD": "<!DOCTYPE Operation [<!ELEMENT Operation ANY>]>" + op % "Succeeded",
        "external DTD": f'<!DOCTYPE Operation SYSTEM "{dtd_url}">' + op % "&leak;",
        "parameter entity": (
            f'<!DOCTYPE Operation [<!ENTITY % ext SYSTEM "{dtd_url}"> %ext;]>' + op % "&leak;"
        ),
    }
    return {name: ('<?xml version="1.0"?>' + doc).encode() for name, doc in docs.items()}


HOSTILE = [
    "billion laughs",
    "external entity (own file)",
    "external entity (/etc/passwd)",
    "internal DTD",
    "external DTD",
    "parameter entity",
]

BROKEN = {
    "malformed": (b'<Operation xmlns="' + NS.encode() + b'"><Status>Succeeded</Operation>'),
    "not XML": b"Service Unavailable",
    "empty": b"",
    "unexpected root": f'<Locations xmlns="{NS}"><Location/></Locations>'.encode(),
    "right name, wrong namespace": b"<Operation><Status>Succeeded</Status></Operation>",
}


def passwd_lines() -> list[str]:
    try:
        return [line for line in Path("/etc/passwd").read_text().splitlines() if line][:3]
    except OSError:
        return []


def assert_nothing_leaked(error: BaseException, dtd_server: DtdServer) -> None:
    text = repr(error) + str(error) + str(error.__cause__) + str(error.__context__)
    assert SECRET not in text
    assert "lollollol" not in text
    for line in passwd_lines():
        assert line not in text
    assert dtd_server.fetches == 0


@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_documents_via_from_xml(
    name: str, secret_file: Path, dtd_server: DtdServer
) -> None:
    url = f"http://127.0.0.1:{dtd_server.server_address[1]}/evil.dtd"
    document = hostile_documents(secret_file, url)[name]
    for parse in (from_xml, Operation.from_xml, lambda d: from_xml(d, type="Operation")):
        with pytest.raises(UnsafeXmlError) as caught:
            parse(document)
        assert_nothing_leaked(caught.value, dtd_server)


class Serves(Handler):
    """Answers every request with ``server.state["body"]`` and ``server.state["status"]``."""

    def respond(self, seen: Seen) -> None:
        self.reply(self.server.state.get("status", 200), self.server.state["body"])


@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_response_from_a_real_server(
    test_pki: Pki, name: str, secret_file: Path, dtd_server: DtdServer
) -> None:
    url = f"http://127.0.0.1:{dtd_server.server_address[1]}/evil.dtd"
    with serve(test_pki, Serves) as server:
        server.state["body"] = hostile_documents(secret_file, url)[name]
        with pytest.raises(UnsafeXmlError) as caught:
            client_for(server, test_pki).get_operation_status("x")
    assert_nothing_leaked(caught.value, dtd_server)


@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_error_body_is_reported_raw(
    test_pki: Pki, name: str, secret_file: Path, dtd_server: DtdServer
) -> None:
    url = f"http://127.0.0.1:{dtd_server.server_address[1]}/evil.dtd"
    body = hostile_documents(secret_file, url)[name]
    with serve(test_pki, Serves) as server:
        server.state.update(status=400, body=body)
        with pytest.raises(AzureBadRequestHttpError) as caught:
            client_for(server, test_pki).get_operation_status("x")
    assert caught.value.code is None
    assert caught.value.message.startswith('<?xml version="1.0"?><!DOCTYPE Operation')
    assert_nothing_leaked(caught.value, dtd_server)


@pytest.mark.parametrize("name", list(BROKEN))
def test_broken_documents_via_from_xml(name: str) -> None:
    with pytest.raises(XmlError) as caught:
        Operation.from_xml(BROKEN[name])
    assert not isinstance(caught.value, UnsafeXmlError)


@pytest.mark.parametrize("name", list(BROKEN))
def test_broken_response_from_a_real_server(test_pki: Pki, name: str) -> None:
    with serve(test_pki, Serves) as server:
        server.state["body"] = BROKEN[name]
        with pytest.raises(XmlError) as caught:
            client_for(server, test_pki).get_operation_status("x")
    assert not isinstance(caught.value, UnsafeXmlError)


def test_error_messages_say_what_was_wrong() -> None:
    with pytest.raises(XmlError, match="not a int: 'abc'"):
        Subscription.from_xml(
            f'<Subscription xmlns="{NS}"><MaxCoreCount>abc</MaxCoreCount></Subscription>'
        )
    with pytest.raises(
        XmlError, match=r"Operation documents have root .*Operation, not .*Locations"
    ):
        Operation.from_xml(BROKEN["unexpected root"])
    with pytest.raises(XmlError, match="no model has the document root Nope"):
        from_xml(b"<Nope/>")
    with pytest.raises(XmlError, match="malformed XML"):
        from_xml(BROKEN["malformed"])


def test_safe_documents_still_parse() -> None:
    """The refusals above are specific: an ordinary document with an XML declaration,
    character references and CDATA parses."""
    doc = (
        f'<?xml version="1.0" encoding="utf-8"?><Operation xmlns="{NS}"><ID>a&amp;b&#233;</ID>'
        "<Status><![CDATA[Succeeded]]></Status><HttpStatusCode> 200 </HttpStatusCode></Operation>"
    ).encode()
    op = from_xml(doc)
    assert (op.id, op.status, op.http_status_code) == ("a&bé", "Succeeded", " 200 ")  # text
