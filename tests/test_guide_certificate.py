"""The guide's own certificate recipe works: ``openssl req -x509 -nodes -days 365
-newkey rsa:1024 -keyout mycert.pem -out mycert.pem`` makes a 1024-bit key that OpenSSL 3
refuses at its default security level; Azure accepted it, and so does this client."""

from __future__ import annotations

import datetime
import logging
import ssl
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat
from cryptography.x509.oid import NameOID
from fixturetypes import Pki
from servicemanagement.emulator.tlsserver import running, server_context
from tlshelpers import Handler, Seen, TestServer, client_for


def guide_pem(path: Path) -> str:
    """What the guide's openssl command writes: a self-signed RSA-1024 cert and its key."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=1024)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "mycert")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=1))
        .not_valid_after(now + datetime.timedelta(days=365))
        .sign(key, hashes.SHA256())
    )
    path.write_bytes(
        key.private_bytes(Encoding.PEM, PrivateFormat.TraditionalOpenSSL, NoEncryption())
        + cert.public_bytes(Encoding.PEM)
    )
    return str(path)


class Locations(Handler):
    def respond(self, seen: Seen) -> None:
        if seen.thumbprint is None:
            self.reply(403)
        else:
            self.reply(200, b'<Locations xmlns="http://schemas.microsoft.com/windowsazure"/>')


def test_openssl_refuses_the_guides_certificate_at_its_default_level(tmp_path: Path) -> None:
    with pytest.raises(ssl.SSLError, match="EE_KEY_TOO_SMALL"):
        ssl.create_default_context().load_cert_chain(guide_pem(tmp_path / "mycert.pem"))


def test_the_guides_certificate_authenticates(
    tmp_path: Path, test_pki: Pki, caplog: pytest.LogCaptureFixture
) -> None:
    mycert = guide_pem(tmp_path / "mycert.pem")
    # The server trusts the self-signed certificate itself, as Azure trusted an uploaded .cer.
    context = server_context(test_pki.server_cert, test_pki.server_key, Path(mycert))
    server = TestServer(("127.0.0.1", 0), Locations, context)
    with running(server), caplog.at_level(logging.WARNING, logger="servicemanagement"):
        sms = client_for(server, test_pki, cert_file=mycert)
        assert len(sms.list_locations()) == 0
        sms.close()
    assert server.requests[0].thumbprint is not None
    assert any("weak" in record.getMessage() for record in caplog.records)
