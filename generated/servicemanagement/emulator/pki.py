"""Test PKI made with cryptography: a CA, a server certificate, client certificates.

Used by the emulator on first start and by the test suite's TLS servers.
"""

from __future__ import annotations

import base64
import datetime
import ipaddress
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import (
    BestAvailableEncryption,
    Encoding,
    NoEncryption,
    PrivateFormat,
    pkcs12,
)
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from servicemanagement.credentials import write_private

_VALIDITY = datetime.timedelta(days=3650)


@dataclass(frozen=True)
class Issued:
    """A certificate and its key."""

    certificate: x509.Certificate
    key: ec.EllipticCurvePrivateKey

    @property
    def cert_pem(self) -> bytes:
        return self.certificate.public_bytes(Encoding.PEM)

    @property
    def key_pem(self) -> bytes:
        return self.key.private_bytes(Encoding.PEM, PrivateFormat.PKCS8, NoEncryption())

    @property
    def thumbprint(self) -> str:
        """SHA-1 thumbprint, upper-case hex, as Azure names management certificates."""
        return self.certificate.fingerprint(hashes.SHA1()).hex().upper()  # noqa: S303

    def pfx(self, password: str | None = None) -> bytes:
        encryption = BestAvailableEncryption(password.encode()) if password else NoEncryption()
        return pkcs12.serialize_key_and_certificates(
            b"management", self.key, self.certificate, None, encryption
        )


def _name(common_name: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])


def _issue(
    subject: str,
    issuer: Issued | None,
    *,
    ca: bool = False,
    hosts: tuple[str, ...] = (),
    client: bool = False,
) -> Issued:
    key = ec.generate_private_key(ec.SECP256R1())
    now = datetime.datetime.now(datetime.UTC)
    builder = (
        x509.CertificateBuilder()
        .subject_name(_name(subject))
        .issuer_name(issuer.certificate.subject if issuer else _name(subject))
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + _VALIDITY)
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
    )
    if hosts:
        names: list[x509.GeneralName] = []
        for host in hosts:
            try:
                names.append(x509.IPAddress(ipaddress.ip_address(host)))
            except ValueError:
                names.append(x509.DNSName(host))
        builder = builder.add_extension(x509.SubjectAlternativeName(names), critical=False)
        builder = builder.add_extension(
            x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False
        )
    if client:
        builder = builder.add_extension(
            x509.ExtendedKeyUsage([ExtendedKeyUsageOID.CLIENT_AUTH]), critical=False
        )
    signer = issuer.key if issuer else key
    return Issued(builder.sign(signer, hashes.SHA256()), key)


def new_ca(name: str = "servicemanagement emulator CA") -> Issued:
    return _issue(name, None, ca=True)


def new_server(ca: Issued, hosts: tuple[str, ...] = ("127.0.0.1", "localhost")) -> Issued:
    return _issue(hosts[0], ca, hosts=hosts)


def new_client(ca: Issued | None = None, name: str = "management client") -> Issued:
    """A management certificate; self-signed when ``ca`` is None (as Azure's were)."""
    return _issue(name, ca, client=True)


def write_pem(path: Path, issued: Issued) -> Path:
    """Certificate and key in one PEM file (the legacy SDK's ``.pem`` format)."""
    write_private(path, issued.cert_pem + issued.key_pem)
    return path


def publish_settings(
    issued: Issued, subscription_id: str, url: str, name: str = "emulator"
) -> bytes:
    """A ``.publishsettings`` document (schema 2.0) carrying ``issued`` as PKCS#12."""
    encoded = base64.b64encode(issued.pfx()).decode("ascii")
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<PublishData>\n'
        '  <PublishProfile SchemaVersion="2.0" PublishMethod="AzureServiceManagementAPI">\n'
        f'    <Subscription ServiceManagementUrl="{url}" Id="{subscription_id}"'
        f' Name="{name}" ManagementCertificate="{encoded}" />\n'
        "  </PublishProfile>\n</PublishData>\n"
    ).encode()
