"""Client credentials: management certificates (PEM, PKCS#12, publish settings) and tokens."""

from __future__ import annotations

import base64
import binascii
import contextlib
import logging
import os
import re
import secrets
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from servicemanagement._lazy import lazy_module
from servicemanagement.errors import CertificateError, XmlError

#: ``CURRENT_USER\my\Name`` or ``LOCAL_MACHINE\My\Name``: a Windows certificate-store path.
if TYPE_CHECKING:
    import ssl
else:
    ssl = lazy_module("ssl")  # loaded with the first certificate, not with the package

log = logging.getLogger("servicemanagement")

_STORE_PATH = re.compile(r"^(CURRENT_USER|LOCAL_MACHINE)\\[^\\]+\\.+$", re.IGNORECASE)
TOKEN_SCOPE = "https://management.core.windows.net/.default"  # noqa: S105 - a scope, not a secret
#: Refresh a bearer token this many seconds before it expires.
TOKEN_REFRESH_MARGIN = 300


def is_windows_store_path(path: str) -> bool:
    return bool(_STORE_PATH.match(path))


@contextlib.contextmanager
def _key_file(pem: bytes) -> Iterator[str]:
    """A path ``ssl`` can read ``pem`` from, gone when the block ends.

    ``ssl`` reads keys from files only. On Linux the file is anonymous memory
    (``memfd``), so nothing reaches a disk; elsewhere it is a private temporary
    file, removed at once. Callers encrypt the key inside ``pem`` in both cases.
    """
    memfd_create = getattr(os, "memfd_create", None)
    if memfd_create is not None and os.path.isdir("/proc/self/fd"):
        fd = memfd_create("servicemanagement-key", os.MFD_CLOEXEC)
        try:
            os.write(fd, pem)
            yield f"/proc/self/fd/{fd}"
        finally:
            os.close(fd)
        return
    fd, name = tempfile.mkstemp(suffix=".pem")  # mode 0600
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(pem)
        yield name
    finally:
        os.unlink(name)


def _load_pkcs12_into(
    context: ssl.SSLContext, data: bytes, password: str | None, source: str
) -> None:
    """Load a PKCS#12 bundle without any unprotected private key leaving memory.

    The key is re-encrypted under a random one-time passphrase before ``ssl``
    reads it from ``_key_file``. cryptography is imported here, when a certificate is
    loaded, not with the package.
    """
    from cryptography.hazmat.primitives.serialization import (
        BestAvailableEncryption,
        Encoding,
        PrivateFormat,
        pkcs12,
    )

    try:
        key, cert, extra = pkcs12.load_key_and_certificates(
            data, password.encode("utf-8") if password else None
        )
    except (ValueError, TypeError) as exc:
        hint = " (wrong password?)" if password else " (does it need cert_password?)"
        raise CertificateError(f"cannot read PKCS#12 certificate {source}{hint}: {exc}") from exc
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
    try:
        with _key_file(pem) as path:
            load_cert_chain(context, path, None, passphrase, source)
    except (ssl.SSLError, OSError) as exc:
        raise CertificateError(f"cannot use PKCS#12 certificate {source}: {exc}") from exc


def write_private(path: str | os.PathLike[str], data: bytes) -> None:
    """Write key material readable by its owner only: mode 0600 also when the file
    existed with a wider one, and never through a symbolic link."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_NOFOLLOW, 0o600)
    with os.fdopen(descriptor, "wb") as handle:
        os.fchmod(handle.fileno(), 0o600)
        handle.write(data)


def _no_password(source: str) -> Callable[[], str]:
    def refuse() -> str:
        raise CertificateError(f"the private key in {source} is encrypted: pass cert_password")

    return refuse


#: OpenSSL's refusals of keys and signatures that its default security level deems weak.
_WEAK_CERTIFICATE = ("EE_KEY_TOO_SMALL", "CA_MD_TOO_WEAK", "CA_KEY_TOO_SMALL")


def load_cert_chain(
    context: ssl.SSLContext,
    cert_file: str,
    key_file: str | None,
    password: str | None,
    source: str,
) -> None:
    """``context.load_cert_chain``, accepting the weak management certificates Azure took.

    The guide's own recipe (``openssl req ... -newkey rsa:1024``, or makecert with SHA-1)
    makes certificates that OpenSSL 3 refuses at its default security level. Azure
    accepted them, so for such a certificate the context drops to security level 1,
    with a warning, rather than refusing the user's existing credential.
    """
    # Without a password, OpenSSL would prompt on the terminal for an encrypted key.
    secret = password if password is not None else _no_password(source)
    try:
        context.load_cert_chain(cert_file, key_file, password=secret)
    except ssl.SSLError as exc:
        if not any(reason in str(exc) for reason in _WEAK_CERTIFICATE):
            raise
        log.warning(
            "%s: the management certificate is weak (%s); accepting it at OpenSSL security"
            " level 1 as Azure did, which also accepts weaker server certificates on this"
            " connection. Consider a 2048-bit RSA or an EC management certificate.",
            source,
            exc.reason,
        )
        context.set_ciphers("DEFAULT:@SECLEVEL=1")
        context.load_cert_chain(cert_file, key_file, password=secret)


@dataclass(frozen=True, slots=True)
class PublishSettingsSubscription:
    subscription_id: str
    name: str
    management_url: str | None
    certificate: bytes  # PKCS#12, no password


def parse_publish_settings(data: bytes, source: str) -> list[PublishSettingsSubscription]:
    """The subscriptions of a ``.publishsettings`` document (schema versions 1 and 2)."""
    try:
        from servicemanagement._xml import parse_document  # the XML engine loads on use

        root = parse_document(data)
    except XmlError as exc:
        raise CertificateError(f"invalid publish settings {source}: {exc}") from exc
    result = []
    for profile in root.iter("PublishProfile"):
        # Schema 1 puts the certificate on the profile, schema 2 on each subscription.
        profile_cert = profile.get("ManagementCertificate")
        for sub in profile.iter("Subscription"):
            encoded = sub.get("ManagementCertificate") or profile_cert
            if not encoded or not sub.get("Id"):
                continue
            try:
                certificate = base64.b64decode(encoded, validate=True)
            except binascii.Error as exc:
                raise CertificateError(f"bad ManagementCertificate in {source}") from exc
            result.append(
                PublishSettingsSubscription(
                    subscription_id=sub.get("Id", ""),
                    name=sub.get("Name", ""),
                    management_url=sub.get("ServiceManagementUrl") or profile.get("Url"),
                    certificate=certificate,
                )
            )
    if not result:
        raise CertificateError(
            f"publish settings {source} hold no subscription with a management certificate"
        )
    return result


def read_publish_settings(path: str | os.PathLike[str]) -> list[PublishSettingsSubscription]:
    """The subscriptions of a ``.publishsettings`` file."""
    return parse_publish_settings(_read(str(path)), str(path))


def select_subscription(
    subscriptions: list[PublishSettingsSubscription], subscription_id: str | None, source: str
) -> PublishSettingsSubscription:
    """The subscription ``subscription_id`` names (case-insensitively), or the only one."""
    if not subscription_id:
        if len(subscriptions) == 1:
            return subscriptions[0]
        listed = ", ".join(f"{s.subscription_id} ({s.name})" for s in subscriptions)
        raise CertificateError(
            f"{source} holds several subscriptions: {listed}; pass subscription_id to choose one"
        )
    for sub in subscriptions:
        if sub.subscription_id.lower() == subscription_id.lower():
            return sub
    known = ", ".join(s.subscription_id for s in subscriptions)
    raise CertificateError(f"{source} holds no subscription {subscription_id} (it has {known})")


def _read(path: str) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise CertificateError(f"cannot read certificate file {path}: {exc.strerror}") from exc


def load_client_certificate(
    context: ssl.SSLContext,
    cert_file: str,
    *,
    password: str | None = None,
    subscription_id: str | None = None,
    key_file: str | None = None,
) -> str | None:
    """Load the management certificate at ``cert_file`` into ``context``.

    The format is recognised from the content, whatever the file is called: PEM
    (certificate and key, or the key in ``key_file``), a ``.publishsettings``
    document, or else PKCS#12. For publish settings, returns the id of the
    subscription whose certificate was loaded; otherwise None.
    """
    cert_file = os.fspath(cert_file)
    if is_windows_store_path(cert_file) and not os.path.exists(cert_file):
        raise CertificateError(
            f"{cert_file} is a Windows certificate-store path; this library reads"
            " certificates from files only (on every platform). Export the certificate"
            " with its private key to a .pfx (or a .pem) and pass that path."
        )
    data = _read(cert_file)
    if b"-----BEGIN" in data:
        try:
            load_cert_chain(context, cert_file, key_file, password, cert_file)
        except (ssl.SSLError, OSError) as exc:
            key_data = _read(key_file) if key_file else data
            if password is not None and b"ENCRYPTED" in key_data:
                # OpenSSL says only "[SSL] PEM lib".
                raise CertificateError(
                    f"cannot decrypt the private key in {key_file or cert_file}:"
                    " wrong cert_password?"
                ) from exc
            raise CertificateError(
                f"cannot use {cert_file} as a client certificate (a PEM file needs the"
                f" certificate and its private key): {exc}"
            ) from exc
        return None
    if data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<"):
        chosen = select_subscription(
            parse_publish_settings(data, cert_file), subscription_id, cert_file
        )
        _load_pkcs12_into(context, chosen.certificate, None, cert_file)
        return chosen.subscription_id
    _load_pkcs12_into(context, data, password, cert_file)
    return None


class TokenProvider(Protocol):
    """What azure-identity credentials offer: ``get_token(*scopes)`` returning an object
    with ``token`` and ``expires_on`` (epoch seconds)."""

    def get_token(self, *scopes: str, **kwargs: Any) -> Any: ...


class BearerToken:
    """A bearer token, fixed or from a credential, refreshed before it expires."""

    def __init__(
        self,
        credential: str | TokenProvider,
        scope: str = TOKEN_SCOPE,
        *,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._credential = credential
        self._scope = scope
        self._clock = clock
        self._lock = threading.Lock()
        self._token: str | None = None
        self._expires_on = 0.0
        if isinstance(credential, str):
            self._token = credential.removeprefix("Bearer ").strip()
            self._expires_on = float("inf")

    def header(self) -> str:
        """The ``Authorization`` header value, refreshing the token when it is due."""
        with self._lock:
            if self._token is None or self._clock() > self._expires_on - TOKEN_REFRESH_MARGIN:
                self._refresh()
            return f"Bearer {self._token}"

    def _refresh(self) -> None:
        credential = self._credential
        assert not isinstance(credential, str)  # fixed tokens never expire
        try:
            access = credential.get_token(self._scope)
            token, expires_on = str(access.token), float(access.expires_on)
        except Exception as exc:
            name = type(credential).__name__
            raise CertificateError(f"credential {name} gave no usable token: {exc}") from exc
        self._token, self._expires_on = token, expires_on


__all__ = [
    "TOKEN_SCOPE",
    "BearerToken",
    "PublishSettingsSubscription",
    "TokenProvider",
    "is_windows_store_path",
    "load_client_certificate",
    "parse_publish_settings",
    "read_publish_settings",
    "select_subscription",
]
