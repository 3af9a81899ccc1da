"""The error hierarchy: one class per status class, parsed from Azure's ``<Error>``
documents (and from whatever else a server sends), raised through a real client."""

from __future__ import annotations

import pickle

import azure.common
import azure.servicemanagement as legacy
import pytest
from fixturetypes import Pki
from servicemanagement import (
    AzureAsyncOperationHttpError,
    AzureBadRequestHttpError,
    AzureConflictHttpError,
    AzureException,
    AzureForbiddenHttpError,
    AzureHttpError,
    AzureMissingResourceHttpError,
    AzureServerHttpError,
    CertificateError,
    OperationTimeoutError,
    TransportError,
    UnsafeXmlError,
    XmlError,
)
from servicemanagement.errors import http_error, parse_error_body
from tlshelpers import Handler, Seen, client_for, error_xml, serve


class Scripted(Handler):
    """Answers with the status, body and headers the test put in ``server.state``."""

    def respond(self, seen: Seen) -> None:
        state = self.server.state
        self.reply(state["status"], state.get("body", b""), state.get("headers"))


def fail_with(
    test_pki: Pki, status: int, body: bytes, headers: dict[str, str] | None = None
) -> AzureHttpError:
    with serve(test_pki, Scripted) as server:
        server.state.update(status=status, body=body, headers=headers)
        with pytest.raises(AzureHttpError) as caught:
            client_for(server, test_pki).get_operation_status("op")
    return caught.value


@pytest.mark.parametrize(
    ("status", "cls", "code"),
    [
        (400, AzureBadRequestHttpError, "BadRequest"),
        (401, AzureForbiddenHttpError, "AuthenticationFailed"),
        (403, AzureForbiddenHttpError, "ForbiddenError"),
        (404, AzureMissingResourceHttpError, "ResourceNotFound"),
        (409, AzureConflictHttpError, "ConflictError"),
        (500, AzureServerHttpError, "InternalError"),
        (503, AzureServerHttpError, "ServerBusy"),
        (412, AzureHttpError, "PreconditionFailed"),
        (429, AzureHttpError, "TooManyRequests"),
    ],
)
def test_each_status_class_from_a_real_response(
    test_pki: Pki, status: int, cls: type[AzureHttpError], code: str
) -> None:
    message = f"Details of {code} & <friends>."
    error = fail_with(test_pki, status, error_xml(code, message), {"x-ms-request-id": "rq-42"})
    assert type(error) is cls
    assert (error.status_code, error.code, error.message) == (status, code, message)
    assert error.request_id == "rq-42"
    assert error.headers["x-ms-request-id"] == "rq-42"
    assert error.body == error_xml(code, message)
    assert str(error) == f"{status} {code}: {message} (x-ms-request-id: rq-42)"


def test_html_error_page_from_a_real_response(test_pki: Pki) -> None:
    page = b"<html><body><h1>502 Bad Gateway</h1></body></html>"
    error = fail_with(test_pki, 502, page, {"Content-Type": "text/html"})
    assert type(error) is AzureServerHttpError
    assert error.code is None
    assert error.message == page.decode()
    assert str(error) == f"502: {page.decode()}"


def test_empty_error_body_uses_the_reason_phrase(test_pki: Pki) -> None:
    error = fail_with(test_pki, 404, b"")
    assert type(error) is AzureMissingResourceHttpError
    assert (error.code, error.message, error.request_id) == (None, "Not Found", None)
    assert str(error) == "404: Not Found"


@pytest.mark.parametrize(
    ("body", "code", "message"),
    [
        (error_xml("ResourceNotFound", "No such service."), "ResourceNotFound", "No such service."),
        # No namespace, as some services write it.
        (b"<Error><Code>X</Code><Message>m</Message></Error>", "X", "m"),
        # Service Bus: <Detail> instead of <Message>.
        (
            b"<Error><Code>404</Code><Detail>Entity not found.</Detail></Error>",
            "404",
            "Entity not found.",
        ),
        # SQL Database: extra elements are ignored.
        (
            b'<Error xmlns="http://schemas.microsoft.com/sqlazure/2010/12/"><Code>40647</Code>'
            b"<Message>Bad edition.</Message><Severity>16</Severity><State>1</State></Error>",
            "40647",
            "Bad edition.",
        ),
        # A data-contract serialized string.
        (
            b'<string xmlns="http://schemas.microsoft.com/2003/10/Serialization/">'
            b"Quota hit.</string>",
            None,
            "Quota hit.",
        ),
        # <Error> with nothing useful in it.
        (b"<Error><Code></Code></Error>", None, None),
        # Malformed XML: kept as text.
        (b"<Error><Code>Half", None, "<Error><Code>Half"),
        # Another root: kept as text.
        (b"<Fault><Reason>x</Reason></Fault>", None, "<Fault><Reason>x</Reason></Fault>"),
        (b"plain text, not XML", None, "plain text, not XML"),
        (b"\xff\xfe broken utf-8", None, "\ufffd\ufffd broken utf-8"),
        (b"   \n ", None, None),
    ],
)
def test_parse_error_body(body: bytes, code: str | None, message: str | None) -> None:
    assert parse_error_body(body) == (code, message)


def test_unsafe_error_body_is_shown_raw_not_expanded() -> None:
    body = (
        b'<?xml version="1.0"?><!DOCTYPE Error [<!ENTITY a "AAAAAAAAAA">'
        b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><Error><Code>&b;</Code></Error>'
    )
    code, message = parse_error_body(body)
    assert code is None
    assert message == body.decode()
    assert "A" * 11 not in message


def test_long_bodies_are_truncated_in_the_message() -> None:
    body = b"x" * 5000
    error = http_error(500, "Internal Server Error", {}, body)
    assert error.message == "x" * 500 + "..."
    assert error.body == body


def test_request_id_header_is_case_insensitive() -> None:
    error = http_error(409, "Conflict", {"X-MS-Request-ID": "abc"}, error_xml("C", "m"))
    assert (type(error), error.request_id) == (AzureConflictHttpError, "abc")


def test_reason_and_fallback_message() -> None:
    assert str(http_error(418, "", {}, b"")) == "418: request failed"
    assert str(http_error(418, "I'm a teapot", {}, b"")) == "418: I'm a teapot"


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, AzureBadRequestHttpError),
        (401, AzureForbiddenHttpError),
        (404, AzureMissingResourceHttpError),
        (409, AzureConflictHttpError),
        (599, AzureServerHttpError),
        (302, AzureHttpError),
        (600, AzureHttpError),
    ],
)
def test_legacy_construction_picks_the_specific_class(
    status: int, cls: type[AzureHttpError]
) -> None:
    """azure.common's AzureHttpError(message, status) returned the specific subclass."""
    error = AzureHttpError("boom", status)
    assert type(error) is cls
    assert (error.message, error.status_code, error.args) == ("boom", status, ("boom",))
    assert type(AzureConflictHttpError("boom", 404)) is AzureConflictHttpError  # explicit wins


def test_hierarchy() -> None:
    cls: type[AzureException]
    for cls in (
        AzureBadRequestHttpError,
        AzureForbiddenHttpError,
        AzureMissingResourceHttpError,
        AzureConflictHttpError,
        AzureServerHttpError,
        AzureAsyncOperationHttpError,
    ):
        assert issubclass(cls, AzureHttpError)
    for cls in (AzureHttpError, TransportError, CertificateError, XmlError, OperationTimeoutError):
        assert issubclass(cls, AzureException)
    assert issubclass(UnsafeXmlError, XmlError)
    assert issubclass(XmlError, ValueError) and issubclass(CertificateError, ValueError)
    assert issubclass(OperationTimeoutError, TimeoutError)
    assert legacy.AzureHttpError is AzureHttpError
    assert legacy.AzureMissingResourceHttpError is AzureMissingResourceHttpError


@pytest.mark.parametrize(
    ("status", "common_class"),
    [
        (400, azure.common.AzureHttpError),
        (403, azure.common.AzureHttpError),
        (404, azure.common.AzureMissingResourceHttpError),
        (409, azure.common.AzureConflictHttpError),
        (500, azure.common.AzureHttpError),
    ],
)
def test_legacy_except_clauses_catch_our_errors(
    test_pki: Pki, status: int, common_class: type[Exception]
) -> None:
    """Legacy code imports the classes it catches from azure.common."""
    error = fail_with(test_pki, status, error_xml("Code", "message"))
    with pytest.raises(common_class) as caught:
        raise error
    assert caught.value.status_code == status  # type: ignore[attr-defined]
    assert isinstance(error, azure.common.AzureException)


@pytest.mark.parametrize(
    "error",
    [
        http_error(404, "Not Found", {"x-ms-request-id": "r"}, error_xml("ResourceNotFound", "m")),
        AzureAsyncOperationHttpError("failed", 400, {"status": "Failed"}, code="C", request_id="r"),
        OperationTimeoutError("too slow", "r", "InProgress"),
    ],
    ids=type,
)
def test_errors_survive_pickling(error: AzureException) -> None:
    """Errors cross process boundaries (multiprocessing, concurrent.futures)."""
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is type(error)
    assert str(copy) == str(error)
    assert copy.__dict__ == error.__dict__
