"""Client credentials against a real mutual-TLS server: PEM, PKCS#12, publish
settings, bearer tokens, the legacy environment variables, and every way they fail."""

from __future__ import annotations

import base64
import os
import re
import ssl
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

import pytest
from fixturetypes import Pki
from narrow import present
from servicemanagement import (
    AzureForbiddenHttpError,
    CertificateError,
    ServiceManagementService,
    UnsafeXmlError,
)
from servicemanagement.credentials import (
    TOKEN_REFRESH_MARGIN,
    TOKEN_SCOPE,
    BearerToken,
    load_client_certificate,
)
from servicemanagement.emulator import pki
from tlshelpers import (
    SUBSCRIPTION_ID,
    Handler,
    Seen,
    TestServer,
    client_for,
    error_xml,
    operation_xml,
    serve,
    write,
)
from urllib3.exceptions import InsecureRequestWarning

if TYPE_CHECKING:
    from _typeshed import StrOrBytesPath

OTHER_SUBSCRIPTION = "11111111-2222-3333-4444-555555555555"


class Echo(Handler):
    """Azure's check on the registered management certificate (403 for any other);
    answers an ``Operation`` whose ID is the subscription id of the request path."""

    def respond(self, seen: Seen) -> None:
        if seen.thumbprint != self.server.state["registered"]:
            self.reply(403, error_xml("ForbiddenError", "certificate not registered"))
        else:
            self.reply(200, operation_xml(seen.path.split("/")[1], "Succeeded"))


@contextmanager
def registered(test_pki: Pki, thumbprint: str | None = None) -> Iterator[TestServer]:
    """A server accepting the test client certificate, or the one with ``thumbprint``."""
    with serve(test_pki, Echo) as server:
        server.state["registered"] = thumbprint or test_pki.client.thumbprint
        yield server


def publish_settings(entries: list[tuple[str, pki.Issued]], *, schema: int = 2) -> bytes:
    """A ``.publishsettings`` document with one ``Subscription`` per entry. Schema 1
    carries one certificate (the first entry's), on the profile."""

    def pfx(issued: pki.Issued) -> str:
        return base64.b64encode(issued.pfx()).decode()

    method = 'PublishMethod="AzureServiceManagementAPI"'
    if schema == 1:
        profile = f'<PublishProfile {method} ManagementCertificate="{pfx(entries[0][1])}">'
        subs = [f'<Subscription Id="{sid}" Name="sub {n}" />' for n, (sid, _) in enumerate(entries)]
    else:
        profile = f'<PublishProfile SchemaVersion="2.0" {method}>'
        subs = [
            f'<Subscription Id="{sid}" Name="sub {n}" ManagementCertificate="{pfx(issued)}" />'
            for n, (sid, issued) in enumerate(entries)
        ]
    body = f"<PublishData>{profile}{''.join(subs)}</PublishProfile></PublishData>"
    return ('<?xml version="1.0" encoding="utf-8"?>' + body).encode()


def call(server: TestServer, test_pki: Pki, **kwargs: Any) -> tuple[str, Seen]:
    """One request with a client built from ``kwargs``: (subscription used, what the server saw)."""
    with client_for(server, test_pki, **kwargs) as client:
        subscription = present(client.get_operation_status("op").id)
    return subscription, server.requests[-1]


# ---- certificate formats accepted over mutual TLS ---------------------------


def test_pem_with_certificate_and_key(test_pki: Pki) -> None:
    with registered(test_pki) as server:
        subscription, seen = call(server, test_pki)
    assert subscription == SUBSCRIPTION_ID
    assert seen.thumbprint == test_pki.client.thumbprint


def test_unregistered_certificate_is_forbidden(test_pki: Pki, tmp_path: Path) -> None:
    """Same CA, so TLS accepts it, but it is not the subscription's certificate."""
    other = pki.write_pem(tmp_path / "other.pem", pki.new_client(test_pki.ca, name="other"))
    with registered(test_pki) as server:
        with pytest.raises(AzureForbiddenHttpError, match="certificate not registered"):
            call(server, test_pki, cert_file=str(other))
    assert server.requests[0].thumbprint not in (None, test_pki.client.thumbprint)


def test_pem_certificate_and_key_in_two_files_from_a_legacy_session(
    test_pki: Pki, tmp_path: Path
) -> None:
    cert = write(tmp_path / "c.crt", test_pki.client.cert_pem)
    key = write(tmp_path / "c.key", test_pki.client.key_pem)
    session = SimpleNamespace(
        cert=(cert, key), verify=str(test_pki.ca_pem), headers={"X-Extra": "1"}
    )
    with registered(test_pki) as server:
        _, seen = call(server, test_pki, cert_file=None, ca_certs=None, request_session=session)
    assert seen.thumbprint == test_pki.client.thumbprint
    assert seen.headers["X-Extra"] == "1"


def test_legacy_session_with_verify_false_is_honoured(
    test_pki: Pki, caplog: pytest.LogCaptureFixture
) -> None:
    """The legacy package used a requests.Session as given; verify=False was the
    caller's explicit choice, so it still works, loudly."""
    session = SimpleNamespace(cert=str(test_pki.client_pem), verify=False, headers={})
    with registered(test_pki) as server, pytest.warns(InsecureRequestWarning):
        _, seen = call(server, test_pki, cert_file=None, ca_certs=None, request_session=session)
    assert seen.thumbprint == test_pki.client.thumbprint
    assert "NOT verified" in caplog.text


@pytest.mark.parametrize("password", [None, "s3cret pässword"])
@pytest.mark.parametrize("name", ["client.pfx", "client.p12", "management.cer"])
def test_pkcs12(test_pki: Pki, tmp_path: Path, password: str | None, name: str) -> None:
    path = write(tmp_path / name, test_pki.client.pfx(password))
    with registered(test_pki) as server:
        _, seen = call(server, test_pki, cert_file=path, cert_password=password)
    assert seen.thumbprint == test_pki.client.thumbprint


def test_pkcs12_wrong_or_missing_password(test_pki: Pki, tmp_path: Path) -> None:
    path = write(tmp_path / "client.pfx", test_pki.client.pfx("right"))
    with pytest.raises(CertificateError, match=r"client\.pfx \(wrong password\?\)"):
        client_for("localhost:1", test_pki, cert_file=path, cert_password="wrong")
    with pytest.raises(CertificateError, match=r"needs? cert_password"):
        client_for("localhost:1", test_pki, cert_file=path)


class PeekingContext(ssl.SSLContext):
    """Notes what ``ssl`` was given to read the client key from."""

    seen: list[tuple[str, bytes, object]]

    def load_cert_chain(
        self,
        certfile: StrOrBytesPath,
        keyfile: StrOrBytesPath | None = None,
        password: Callable[[], str | bytes | bytearray] | str | bytes | bytearray | None = None,
    ) -> None:
        assert isinstance(certfile, str)  # the credentials module passes a path string
        self.seen = [*getattr(self, "seen", []), (certfile, Path(certfile).read_bytes(), password)]
        super().load_cert_chain(certfile, keyfile, password)


@pytest.mark.parametrize("memfd", [True, False], ids=["memfd", "tempfile"])
def test_pkcs12_key_never_rests_unprotected_on_disk(
    test_pki: Pki, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, memfd: bool
) -> None:
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setattr("tempfile.tempdir", str(temp))
    if not memfd:
        monkeypatch.delattr(os, "memfd_create", raising=False)
    path = write(tmp_path / "client.pfx", test_pki.client.pfx())
    context = PeekingContext(ssl.PROTOCOL_TLS_CLIENT)
    assert load_client_certificate(context, path) is None
    [(key_path, content, password)] = context.seen
    assert b"-----BEGIN ENCRYPTED PRIVATE KEY-----" in content
    assert b"-----BEGIN PRIVATE KEY-----" not in content
    assert isinstance(password, str) and len(password) >= 32
    if memfd:
        assert key_path.startswith("/proc/self/fd/")
    else:
        assert Path(key_path).parent == temp
    assert not Path(key_path).exists()
    assert list(temp.iterdir()) == []


def test_publish_settings_with_one_subscription(test_pki: Pki, tmp_path: Path) -> None:
    path = write(
        tmp_path / "a.publishsettings", publish_settings([(OTHER_SUBSCRIPTION, test_pki.client)])
    )
    with registered(test_pki) as server:
        subscription, seen = call(server, test_pki, cert_file=path, subscription_id=None)
    assert subscription == OTHER_SUBSCRIPTION
    assert seen.thumbprint == test_pki.client.thumbprint


def test_publish_settings_schema_1(test_pki: Pki, tmp_path: Path) -> None:
    doc = publish_settings([(OTHER_SUBSCRIPTION, test_pki.client)], schema=1)
    path = write(tmp_path / "old.publishsettings", doc)
    with registered(test_pki) as server:
        subscription, seen = call(server, test_pki, cert_file=path, subscription_id=None)
    assert subscription == OTHER_SUBSCRIPTION
    assert seen.thumbprint == test_pki.client.thumbprint


def test_publish_settings_select_a_subscription(test_pki: Pki, tmp_path: Path) -> None:
    decoy = pki.new_client(test_pki.ca, name="decoy")
    doc = publish_settings([(SUBSCRIPTION_ID, decoy), (OTHER_SUBSCRIPTION, test_pki.client)])
    path = write(tmp_path / "two.publishsettings", doc)
    with registered(test_pki) as server:
        subscription, seen = call(
            server, test_pki, cert_file=path, subscription_id=OTHER_SUBSCRIPTION.upper()
        )
    assert subscription == OTHER_SUBSCRIPTION.upper()
    assert seen.thumbprint == test_pki.client.thumbprint


def test_publish_settings_with_several_subscriptions_need_an_id(
    test_pki: Pki, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("AZURE_SUBSCRIPTION_ID", raising=False)
    monkeypatch.delenv("AZURE_MANAGEMENT_SUBSCRIPTIONID", raising=False)
    doc = publish_settings(
        [(SUBSCRIPTION_ID, test_pki.client), (OTHER_SUBSCRIPTION, test_pki.client)]
    )
    path = write(tmp_path / "two.publishsettings", doc)
    with pytest.raises(CertificateError) as caught:
        client_for("localhost:1", test_pki, cert_file=path, subscription_id=None)
    message = str(caught.value)
    assert "several subscriptions" in message and "pass subscription_id" in message
    assert SUBSCRIPTION_ID in message and OTHER_SUBSCRIPTION in message
    with pytest.raises(CertificateError, match="no subscription nope"):
        client_for("localhost:1", test_pki, cert_file=path, subscription_id="nope")


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"<PublishData><PublishProfile>", "invalid publish settings"),
        (
            b"<PublishData><PublishProfile /></PublishData>",
            "no subscription with a management certificate",
        ),
        (
            b'<PublishData><PublishProfile><Subscription Id="x" ManagementCertificate="!!" />'
            b"</PublishProfile></PublishData>",
            "bad ManagementCertificate",
        ),
    ],
)
def test_broken_publish_settings(
    test_pki: Pki, tmp_path: Path, content: bytes, expected: str
) -> None:
    path = write(tmp_path / "bad.publishsettings", content)
    with pytest.raises(CertificateError, match=expected):
        client_for("localhost:1", test_pki, cert_file=path)


def test_hostile_publish_settings_are_refused(test_pki: Pki, tmp_path: Path) -> None:
    secret = write(tmp_path / "secret.txt", b"TOP-SECRET-MARKER")
    doc = (
        f'<?xml version="1.0"?><!DOCTYPE PublishData [<!ENTITY x SYSTEM "file://{secret}">]>'
        '<PublishData><PublishProfile><Subscription Id="&x;" ManagementCertificate="AA==" />'
        "</PublishProfile></PublishData>"
    ).encode()
    path = write(tmp_path / "evil.publishsettings", doc)
    with pytest.raises(CertificateError) as caught:
        client_for("localhost:1", test_pki, cert_file=path)
    assert isinstance(caught.value.__cause__, UnsafeXmlError)
    assert "TOP-SECRET-MARKER" not in str(caught.value)


# ---- certificate errors ------------------------------------------------------


def test_windows_certificate_store_path_is_explained(test_pki: Pki) -> None:
    with pytest.raises(CertificateError) as caught:
        client_for("localhost:1", test_pki, cert_file=r"CURRENT_USER\my\AzureCertificate")
    message = str(caught.value)
    assert r"CURRENT_USER\my\AzureCertificate" in message
    assert "Windows certificate-store path" in message and ".pfx" in message


def test_missing_certificate_file_is_named(test_pki: Pki, tmp_path: Path) -> None:
    missing = tmp_path / "nowhere" / "mgmt.pem"
    with pytest.raises(CertificateError, match=re.escape(str(missing))) as caught:
        client_for("localhost:1", test_pki, cert_file=str(missing))
    assert isinstance(caught.value.__cause__, FileNotFoundError)


def test_pem_without_a_key(test_pki: Pki, tmp_path: Path) -> None:
    path = write(tmp_path / "cert-only.pem", test_pki.client.cert_pem)
    with pytest.raises(CertificateError, match="needs the certificate and its private key"):
        client_for("localhost:1", test_pki, cert_file=path)


def test_garbage_certificate_file(test_pki: Pki, tmp_path: Path) -> None:
    path = write(tmp_path / "junk.pfx", b"\x00\x01 not a certificate")
    with pytest.raises(CertificateError, match=r"junk\.pfx"):
        client_for("localhost:1", test_pki, cert_file=path)


def test_a_certificate_or_credential_is_required(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("AZURE_MANAGEMENT_CERTFILE", raising=False)
    with pytest.raises(ValueError, match="management certificate"):
        ServiceManagementService(SUBSCRIPTION_ID)


# ---- legacy environment variables -------------------------------------------


@pytest.mark.parametrize("variable", ["AZURE_SUBSCRIPTION_ID", "AZURE_MANAGEMENT_SUBSCRIPTIONID"])
def test_environment_fallbacks(
    test_pki: Pki, monkeypatch: pytest.MonkeyPatch, variable: str
) -> None:
    for name in ("AZURE_SUBSCRIPTION_ID", "AZURE_MANAGEMENT_SUBSCRIPTIONID"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv(variable, OTHER_SUBSCRIPTION)
    monkeypatch.setenv("AZURE_MANAGEMENT_CERTFILE", str(test_pki.client_pem))
    with registered(test_pki) as server:
        with ServiceManagementService(host=server.host, ca_certs=str(test_pki.ca_pem)) as client:
            assert client.subscription_id == OTHER_SUBSCRIPTION
            assert client.cert_file == str(test_pki.client_pem)
            assert client.get_operation_status("op").id == OTHER_SUBSCRIPTION
    assert server.requests[0].thumbprint == test_pki.client.thumbprint


def test_arguments_win_over_the_environment(
    test_pki: Pki, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AZURE_SUBSCRIPTION_ID", OTHER_SUBSCRIPTION)
    monkeypatch.setenv("AZURE_MANAGEMENT_CERTFILE", str(tmp_path / "missing.pem"))
    with registered(test_pki) as server:
        subscription, seen = call(server, test_pki)
    assert subscription == SUBSCRIPTION_ID
    assert seen.thumbprint == test_pki.client.thumbprint


def test_no_subscription_anywhere(test_pki: Pki, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("AZURE_SUBSCRIPTION_ID", "AZURE_MANAGEMENT_SUBSCRIPTIONID"):
        monkeypatch.delenv(name, raising=False)
    with pytest.raises(ValueError, match="subscription_id is required"):
        client_for("localhost:1", test_pki, subscription_id=None)


# ---- bearer tokens -----------------------------------------------------------


class TokenChecking(Handler):
    """Accepts only the tokens the test registered, like Azure AD-authenticated calls."""

    def respond(self, seen: Seen) -> None:
        if seen.headers.get("Authorization") not in self.server.state["valid"]:
            self.reply(401, b"", {"WWW-Authenticate": "Bearer"})
        else:
            self.reply(200, operation_xml("op", "Succeeded"))


class CountingCredential:
    """Stands for an azure-identity credential: each get_token() issues a new token."""

    def __init__(self, lifetime: float) -> None:
        self.lifetime = lifetime
        self.calls: list[tuple[str, ...]] = []

    def get_token(self, *scopes: str, **kwargs: object) -> SimpleNamespace:
        self.calls.append(scopes)
        return SimpleNamespace(
            token=f"token-{len(self.calls)}", expires_on=int(time.time() + self.lifetime)
        )


def test_bearer_token_string(test_pki: Pki) -> None:
    with serve(test_pki, TokenChecking) as server:
        server.state["valid"] = {"Bearer abc.def"}
        client = client_for(server, test_pki, cert_file=None, credential="abc.def")
        client.get_operation_status("op")
        client.get_operation_status("op")
    assert [s.headers["Authorization"] for s in server.requests] == ["Bearer abc.def"] * 2
    assert [s.thumbprint for s in server.requests] == [None, None]


def test_credential_token_is_cached_while_valid(test_pki: Pki) -> None:
    credential = CountingCredential(lifetime=3600)
    with serve(test_pki, TokenChecking) as server:
        server.state["valid"] = {"Bearer token-1"}
        client = client_for(server, test_pki, cert_file=None, credential=credential)
        for _ in range(3):
            client.get_operation_status("op")
    assert credential.calls == [(TOKEN_SCOPE,)]
    assert len(server.requests) == 3


def test_credential_token_is_refreshed_before_expiry(test_pki: Pki) -> None:
    credential = CountingCredential(lifetime=TOKEN_REFRESH_MARGIN - 60)
    with serve(test_pki, TokenChecking) as server:
        server.state["valid"] = {f"Bearer token-{n}" for n in range(1, 4)}
        client = client_for(server, test_pki, cert_file=None, credential=credential)
        for _ in range(3):
            client.get_operation_status("op")
    assert [s.headers["Authorization"] for s in server.requests] == [
        "Bearer token-1",
        "Bearer token-2",
        "Bearer token-3",
    ]
    assert len(credential.calls) == 3


def test_bearer_token_refresh_schedule() -> None:
    now = [1000.0]
    credential = CountingCredential(lifetime=0)

    def get_token(*scopes: str, **kwargs: object) -> SimpleNamespace:
        credential.calls.append(scopes)
        return SimpleNamespace(token=f"t{len(credential.calls)}", expires_on=2000)

    credential.get_token = get_token  # type: ignore[method-assign]
    token = BearerToken(credential, clock=lambda: now[0])
    assert token.header() == "Bearer t1"
    now[0] = 2000 - TOKEN_REFRESH_MARGIN - 1
    assert token.header() == "Bearer t1"
    now[0] = 2000 - TOKEN_REFRESH_MARGIN + 1
    assert token.header() == "Bearer t2"


def test_failing_credential_is_a_certificate_error(test_pki: Pki) -> None:
    class Broken:
        def get_token(self, *scopes: str) -> None:
            raise RuntimeError("no network for the token endpoint")

    with serve(test_pki, TokenChecking) as server:
        client = client_for(server, test_pki, cert_file=None, credential=Broken())
        with pytest.raises(CertificateError, match="no network for the token endpoint"):
            client.get_operation_status("op")
    assert server.requests == []


def test_an_encrypted_pem_key_without_a_password_is_refused_not_prompted_for(
    test_pki: Pki, tmp_path: Path
) -> None:
    """OpenSSL would ask on the terminal for the pass phrase and block the caller."""
    from cryptography.hazmat.primitives.serialization import (
        BestAvailableEncryption,
        Encoding,
        PrivateFormat,
    )

    key = test_pki.client.key.private_bytes(
        Encoding.PEM, PrivateFormat.PKCS8, BestAvailableEncryption(b"secret")
    )
    pem = write(tmp_path / "encrypted.pem", test_pki.client.cert_pem + key)
    with pytest.raises(CertificateError, match="encrypted: pass cert_password"):
        load_client_certificate(ssl.create_default_context(), pem)
    load_client_certificate(ssl.create_default_context(), pem, password="secret")


def test_key_material_is_written_owner_only_even_over_a_wider_file(tmp_path: Path) -> None:
    from servicemanagement.credentials import write_private

    target = tmp_path / "management.pem"
    target.write_bytes(b"old")
    target.chmod(0o644)
    write_private(target, b"-----BEGIN PRIVATE KEY-----")
    assert target.stat().st_mode & 0o777 == 0o600
    assert target.read_bytes() == b"-----BEGIN PRIVATE KEY-----"
    link = tmp_path / "link.pem"
    link.symlink_to(tmp_path / "elsewhere.pem")
    with pytest.raises(OSError):
        write_private(link, b"key")
    assert not (tmp_path / "elsewhere.pem").exists()
