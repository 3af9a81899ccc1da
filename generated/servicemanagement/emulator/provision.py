"""First-start provisioning: the PKI files, the subscription, ``connection.json``.

Files in the state directory (created once, reused after):

- ``ca.pem`` / ``ca-key.pem``: the emulator's certificate authority;
- ``server.pem`` / ``server-key.pem``: the server certificate for the host names;
- ``client.pem`` (certificate + key), ``client.pfx`` (PKCS#12, no password) and
  ``client.publishsettings``: the management certificate registered to the subscription;
- ``connection.json``: what a client needs, rewritten at every start (the port changes).
"""

from __future__ import annotations

import ipaddress
import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import load_pem_private_key

from servicemanagement.credentials import write_private
from servicemanagement.emulator import pki

CONNECTION_FILE = "connection.json"
LOOPBACK_NAMES = ("127.0.0.1", "localhost", "::1")


@dataclass(frozen=True)
class Connection:
    """How to reach a running emulator (the content of ``connection.json``)."""

    host: str
    subscription_id: str
    certificate_path: str
    ca_certs: str
    pfx_path: str
    publishsettings_path: str

    def to_json(self) -> str:
        return json.dumps(asdict(self), indent=2)

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> Connection:
        data: dict[str, Any] = json.loads(Path(path).read_text(encoding="utf-8"))
        return cls(**{k: data[k] for k in cls.__dataclass_fields__})


@dataclass(frozen=True)
class PkiFiles:
    ca_pem: Path
    server_cert: Path
    server_key: Path
    client_pem: Path
    client_pfx: Path
    publishsettings: Path
    #: SHA-1 thumbprint of the client certificate, as Azure names management certificates
    client_thumbprint: str
    client: pki.Issued


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _load_issued(cert_path: Path, key_path: Path) -> pki.Issued:
    certificate = x509.load_pem_x509_certificate(cert_path.read_bytes())
    key = load_pem_private_key(key_path.read_bytes(), password=None)
    assert isinstance(key, ec.EllipticCurvePrivateKey)
    return pki.Issued(certificate, key)


def _server_hosts(certificate: x509.Certificate) -> set[str]:
    try:
        names = certificate.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    except x509.ExtensionNotFound:
        return set()
    return {str(n) for n in names.get_values_for_type(x509.IPAddress)} | set(
        names.get_values_for_type(x509.DNSName)
    )


def load_ca(directory: Path) -> pki.Issued:
    """The emulator's CA in ``directory`` (created on first use).

    Client certificates it issues pass the TLS handshake; Azure then accepts only
    those registered to the subscription as management certificates.
    """
    directory.mkdir(parents=True, exist_ok=True)
    ca_pem, ca_key = directory / "ca.pem", directory / "ca-key.pem"
    if not (ca_pem.exists() and ca_key.exists()):
        ca = pki.new_ca()
        write_private(ca_key, ca.key_pem)
        ca_pem.write_bytes(ca.cert_pem)
    return _load_issued(ca_pem, ca_key)


def ensure_pki(directory: Path, host: str) -> PkiFiles:
    """Create (or reuse) the CA, the server certificate for ``host`` and the client certificate."""
    ca = load_ca(directory)
    ca_pem = directory / "ca.pem"

    hosts = tuple(dict.fromkeys((host, *LOOPBACK_NAMES)))
    server_cert, server_key = directory / "server.pem", directory / "server-key.pem"
    if not (server_cert.exists() and server_key.exists()) or not set(hosts) <= _server_hosts(
        _load_issued(server_cert, server_key).certificate
    ):
        server = pki.new_server(ca, hosts)
        write_private(server_key, server.key_pem)
        server_cert.write_bytes(server.cert_pem)

    client_pem = directory / "client.pem"
    client_pfx = directory / "client.pfx"
    if not client_pem.exists():
        client = pki.new_client(ca, "servicemanagement emulator client")
        pki.write_pem(client_pem, client)
        write_private(client_pfx, client.pfx())
    client = _load_issued(client_pem, client_pem)
    return PkiFiles(
        ca_pem,
        server_cert,
        server_key,
        client_pem,
        client_pfx,
        directory / "client.publishsettings",
        client.thumbprint,
        client,
    )


def write_connection(directory: Path, connection: Connection) -> Path:
    """Write ``connection.json`` atomically."""
    path = directory / CONNECTION_FILE
    temporary = path.with_suffix(".json.tmp")
    temporary.write_text(connection.to_json() + "\n", encoding="utf-8")
    os.replace(temporary, path)
    return path
