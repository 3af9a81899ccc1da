"""Client credentials: management certificates (PEM, PKCS#12, publish settings) and tokens."""

from __future__ import annotations

import base64
import binascii
import os
import re
import secrets
import ssl
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from cryptography.hazmat.primitives.serialization import (
    BestAvailableEncryption,
    Encoding,
    PrivateFormat,
    pkcs12,
)

from servicemanagement._xml import parse_document
from servicemanagement.errors import CertificateError, XmlError

#: ``CURRENT_USER\my\Name`` or ``LOCAL_MACHINE\My\Name``: a Windows certificate-store path.
_STORE_PATH = re.compile(r"^(CURRENT_USER|LOCAL_MACHINE)\\[^\\]+\\.+$", re.IGNORECASE)
_PKCS12_SUFFIXES = (".pfx", ".p12")
TOKEN_SCOPE = "https://management.core.windows.net/.default"  # noqa: S105 - a scope, not a secret
#: Refresh a bearer token this many seconds before it expires.
TOKEN_REFRESH_MARGIN = 300


def is_windows_store_path(path: str) -> bool:
    return bool(_STORE_PATH.match(path))


def _load_pkcs12_into(
    context: ssl.SSLContext, data: bytes, password: str | None, source: str
) -> None:
    """Load a PKCS#12 bundle without writing an unprotected private key to disk.

    ``ssl`` only reads keys from files, so the key goes to a private temporary file
    encrypted under a random one-time passphrase, and the file is removed at once.
    """
    try:
        key, cert, extra = pkcs12.load_key_and_certificates(
            data, password.encode("utf-8") if password is not None else None
        )
    except (ValueError, TypeError) as exc:
        raise CertificateError(f"cannot read PKCS#12 certificate {source}: {exc}") from exc
    if key is None or cert is None:
        raise CertificateError(f"PKCS#12 certificate {source} holds no private key and certificate")
    passphrase = secrets.token_urlsafe(32)
    pem = (
        key.private_bytes(
            Encoding.PEM, PrivateFormat.PKCS8, BestAvailableEncryption(passphrase.encode())
        )
        + cert.public_bytes(Encoding.PEM)
        + b"".join(c.public_bytes(Encoding.PEM) for c in extra)
    )
    fd, name = tempfile.mkstemp(suffix=".pem")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(pem)
        context.load_cert_chain(name, password=passphrase)
    except ssl.SSLError as exc:
        raise CertificateError(f"cannot use PKCS#12 certificate {source}: {exc}") from exc
    finally:
        os.unlink(name)


@dataclass(frozen=True, slots=True)
class PublishSettingsSubscription:
    subscription_id: str
    name: str
    management_url: str | None
    certificate: bytes  # PKCS#12, no password


def read_publish_settings(path: str | os.PathLike[str]) -> list[PublishSettingsSubscription]:
    """The subscriptions of a ``.publishsettings`` file (schema versions 1 and 2)."""
    try:
        root = parse_document(Path(path).read_bytes())
    except OSError as exc:
        raise CertificateError(f"cannot read publish settings {path}: {exc}") from exc
    except XmlError as exc:
        raise CertificateError(f"invalid publish settings {path}: {exc}") from exc
    result = []
    for profile in root.iter("PublishProfile"):
        profile_cert = profile.get("ManagementCertificate")
        for sub in profile.iter("Subscription"):
            encoded = sub.get("ManagementCertificate") or profile_cert
            if not encoded or not sub.get("Id"):
                continue
            try:
                certificate = base64.b64decode(encoded, validate=True)
            except binascii.Error as exc:
                raise CertificateError(f"bad ManagementCertificate in {path}") from exc
            result.append(
                PublishSettingsSubscription(
                    subscription_id=sub.get("Id", ""),
                    name=sub.get("Name", ""),
                    management_url=sub.get("ServiceManagementUrl") or profile.get("Url"),
                    certificate=certificate,
                )
            )
    if not result:
        raise CertificateError(f"publish settings {path} hold no subscription with a certificate")
    return result


def select_subscription(
    subscriptions: list[PublishSettingsSubscription], subscription_id: str | None, source: str
) -> PublishSettingsSubscription:
    if subscription_id is None:
        if len(subscriptions) == 1:
            return subscriptions[0]
        ids = ", ".join(s.subscription_id for s in subscriptions)
        raise CertificateError(
            f"{source} holds several subscriptions ({ids}); pass subscription_id"
        )
    for sub in subscriptions:
        if sub.subscription_id == subscription_id:
            return sub
    raise CertificateError(f"{source} holds no subscription {subscription_id}")


def load_client_certificate(
    context: ssl.SSLContext,
    cert_file: str,
    *,
    password: str | None = None,
    subscription_id: str | None = None,
) -> None:
    """Load the management certificate at ``cert_file`` into ``context``."""
    if is_windows_store_path(cert_file):
        raise CertificateError(
            f"{cert_file!r} is a Windows certificate-store path; this library reads"
            " certificates from files only. Export the certificate with its private key"
            " to a .pfx (or convert it to .pem) and pass that path."
        )
    lowered = cert_file.lower()
    if lowered.endswith(".publishsettings"):
        chosen = select_subscription(read_publish_settings(cert_file), subscription_id, cert_file)
        _load_pkcs12_into(context, chosen.certificate, None, cert_file)
        return
    try:
        data = Path(cert_file).read_bytes()
    except OSError as exc:
        raise CertificateError(f"cannot read certificate file {cert_file}: {exc}") from exc
    if lowered.endswith(_PKCS12_SUFFIXES):
        _load_pkcs12_into(context, data, password, cert_file)
        return
    try:
        context.load_cert_chain(cert_file, password=password)
    except ssl.SSLError as exc:
        raise CertificateError(
            f"cannot use {cert_file} as a client certificate (a PEM file needs the"
            f" certificate and its private key): {exc}"
        ) from exc


class TokenProvider(Protocol):
    """What azure-identity credentials offer: ``get_token(*scopes)``."""

    def get_token(self, *scopes: str, **kwargs: Any) -> Any: ...


class BearerToken:
    """A bearer token, fixed or from a credential, refreshed before it expires."""

    def __init__(self, credential: str | TokenProvider, scope: str = TOKEN_SCOPE) -> None:
        self._credential = credential
        self._scope = scope
        self._token: str | None = credential if isinstance(credential, str) else None
        self._expires_on = float("inf") if isinstance(credential, str) else 0.0

    def header(self) -> str:
        if self._token is None or time.time() > self._expires_on - TOKEN_REFRESH_MARGIN:
            assert not isinstance(self._credential, str)
            access = self._credential.get_token(self._scope)
            self._token = str(access.token)
            self._expires_on = float(access.expires_on)
        return f"Bearer {self._token}"
