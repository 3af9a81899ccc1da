"""Replay: management certificates (mgmt_managementcertificate.* recordings) and the
service certificates of a cloud service (mgmt_misc.test_*_service_certificate*)."""

from __future__ import annotations

import base64
import hashlib

import pytest
from cassettes import load
from compute_steps import THUMBPRINT, add_service_certificate, create_hosted_service, wait
from fixturetypes import Replay
from narrow import present
from servicemanagement import AzureMissingResourceHttpError, ServiceManagementService
from servicemanagement._xml import parse_document


def _certificate(cassette: str) -> tuple[str, str]:
    """The public key and certificate data the legacy test sent (first request)."""
    body = parse_document(load(f"test_legacy_{cassette}")[0].request_body)
    return (
        body.findtext("{*}SubscriptionCertificatePublicKey") or "",
        body.findtext("{*}SubscriptionCertificateData") or "",
    )


def _add(sms: ServiceManagementService, cassette: str) -> tuple[str, str]:
    public_key, data = _certificate(cassette)
    added = sms.add_management_certificate(  # type: ignore[func-returns-value]
        public_key, THUMBPRINT, data
    )
    assert added is None
    return public_key, data


def test_add_management_certificate(replay: Replay) -> None:
    cassette = "mgmt_managementcertificate.test_add_management_certificate"
    sms = replay(cassette)
    public_key, data = _add(sms, cassette)

    result = sms.get_management_certificate(THUMBPRINT)

    assert result.subscription_certificate_thumbprint == THUMBPRINT
    assert result.subscription_certificate_public_key == public_key
    assert result.subscription_certificate_data == data
    assert result.created == "2015-06-30T23:59:23.8312837Z"


def test_get_management_certificate(replay: Replay) -> None:
    cassette = "mgmt_managementcertificate.test_get_management_certificate"
    sms = replay(cassette)
    public_key, _ = _add(sms, cassette)

    result = sms.get_management_certificate(THUMBPRINT)

    assert result.subscription_certificate_public_key == public_key
    assert present(result.subscription_certificate_data).startswith("MIIC9jCCAeKgAwIBAgIQ00IFaqV9")


def test_list_management_certificates(replay: Replay) -> None:
    cassette = "mgmt_managementcertificate.test_list_management_certificates"
    sms = replay(cassette)
    _add(sms, cassette)

    result = sms.list_management_certificates()

    thumbprints = [c.subscription_certificate_thumbprint for c in result]
    assert len(result) == len(thumbprints) == 31
    assert thumbprints[0] == "008CD540AE9D67F07D6D1E78A26C7EC99BD1EDA4"
    assert THUMBPRINT in thumbprints
    assert all(c.created for c in result)


def test_delete_management_certificate(replay: Replay) -> None:
    cassette = "mgmt_managementcertificate.test_delete_management_certificate"
    sms = replay(cassette)
    _add(sms, cassette)

    deleted = sms.delete_management_certificate(THUMBPRINT)  # type: ignore[func-returns-value]
    assert deleted is None

    with pytest.raises(AzureMissingResourceHttpError) as caught:
        sms.get_management_certificate(THUMBPRINT)
    assert caught.value.message == "The certificate was not found."


# ---- service certificates: a cloud service, then its certificate ---------------------


def _sha1(certificate_data: str) -> str:
    """The thumbprint of a base64 DER certificate."""
    return hashlib.sha1(base64.b64decode(certificate_data)).hexdigest().upper()


def test_add_service_certificate(replay: Replay) -> None:
    sms = replay("mgmt_misc.test_add_service_certificate")
    name = "utsvc8db145c"
    create_hosted_service(sms, name, {"ext2": "42", "ext1": "val1"})

    add_service_certificate(sms, name)

    # Legacy _service_certificate_exists: the certificate can be read back.
    result = sms.get_service_certificate(name, "sha1", THUMBPRINT)
    assert _sha1(present(result.data)) == THUMBPRINT


def test_get_service_certificate(replay: Replay) -> None:
    sms = replay("mgmt_misc.test_get_service_certificate")
    name = "utsvcacb1473"
    create_hosted_service(sms, name, {"ext2": "42", "ext1": "val1"})
    add_service_certificate(sms, name)

    result = sms.get_service_certificate(name, "sha1", THUMBPRINT)

    # The service returns the public certificate (DER), not the uploaded .pfx; this
    # response carries nothing else: the rest reads as the legacy defaults.
    assert result.data is not None
    assert _sha1(result.data) == THUMBPRINT
    assert result.data.startswith("MIIC9jCCAeKgAwIBAgIQ00IFaqV9")
    assert (result.certificate_url, result.thumbprint, result.thumbprint_algorithm) == (
        "",
        "",
        "",
    )


def test_list_service_certificates(replay: Replay) -> None:
    sms = replay("mgmt_misc.test_list_service_certificates")
    name = "utsvc36b01562"
    create_hosted_service(sms, name, {"ext2": "42", "ext1": "val1"})
    add_service_certificate(sms, name)

    result = sms.list_service_certificates(name)

    assert len(result) == 1
    (certificate,) = result
    assert present(certificate.certificate_url).endswith(
        f"/hostedservices/{name}/certificates/sha1-{THUMBPRINT}"
    )
    assert certificate.thumbprint == THUMBPRINT
    assert certificate.thumbprint_algorithm == "sha1"
    assert _sha1(present(certificate.data)) == THUMBPRINT


def test_delete_service_certificate(replay: Replay) -> None:
    sms = replay("mgmt_misc.test_delete_service_certificate")
    name = "utsvc49d415a6"
    create_hosted_service(sms, name, {"ext1": "val1", "ext2": "42"})
    add_service_certificate(sms, name)

    wait(sms, sms.delete_service_certificate(name, "sha1", THUMBPRINT))

    with pytest.raises(AzureMissingResourceHttpError) as caught:
        sms.get_service_certificate(name, "sha1", THUMBPRINT)
    assert caught.value.message == "The certificate was not found."
