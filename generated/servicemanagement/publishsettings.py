"""The legacy ``get_certificate_from_publish_settings``: a ``.publishsettings`` file to PEM."""

from __future__ import annotations

import os

from servicemanagement.errors import CertificateError, InvalidArgumentError


def get_certificate_from_publish_settings(
    publish_settings_path: str | os.PathLike[str],
    path_to_write_certificate: str | os.PathLike[str],
    subscription_id: str | None = None,
) -> str:
    """Write the management certificate of a subscription as PEM; return its id.

    The subscription is the one whose id matches ``subscription_id`` (ignoring case),
    or the first of the file. The PEM file holds the certificate then its unencrypted
    private key (the legacy ``cert_file`` format) and is readable by its owner only.
    Raises ``ValueError`` when no subscription matches.
    """
    # Credentials and cryptography load with the first certificate, not with the package.
    from cryptography.hazmat.primitives.serialization import (
        Encoding,
        NoEncryption,
        PrivateFormat,
        pkcs12,
    )

    from servicemanagement.credentials import read_publish_settings, write_private

    subscriptions = read_publish_settings(publish_settings_path)
    if subscription_id is None:
        chosen = subscriptions[0]
    else:
        matching = [
            s for s in subscriptions if s.subscription_id.lower() == subscription_id.lower()
        ]
        if not matching:
            raise InvalidArgumentError(
                f"{publish_settings_path} holds no subscription {subscription_id}"
            )
        chosen = matching[0]
    try:
        key, certificate, _ = pkcs12.load_key_and_certificates(chosen.certificate, None)
    except ValueError as exc:
        raise CertificateError(f"cannot read the certificate in {publish_settings_path}") from exc
    if key is None or certificate is None:
        raise CertificateError(f"{publish_settings_path} holds no certificate with its key")
    pem = certificate.public_bytes(Encoding.PEM) + key.private_bytes(
        Encoding.PEM, PrivateFormat.TraditionalOpenSSL, NoEncryption()
    )
    write_private(path_to_write_certificate, pem)
    return chosen.subscription_id
