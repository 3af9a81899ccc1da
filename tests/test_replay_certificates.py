"""Replay: management certificates (mgmt_managementcertificate.* recordings).

The service-certificate recordings (mgmt_misc.test_*_service_certificate*) create a
hosted service first, which belongs to the compute area; test_misc_requests.py replays
their certificate part.
"""

from __future__ import annotations

import pytest
from cassettes import load
from servicemanagement import AzureMissingResourceHttpError, ServiceManagementService
from servicemanagement._xml import parse_document

THUMBPRINT = "BEA4B74BD6B915E9DD6A01FB1B8C3C1740F517F2"


def _certificate(cassette: str) -> tuple[str, str]:
    """The public key and certificate data the legacy test sent (first request)."""
    body = parse_document(load(f"test_legacy_{cassette}")[0].request_body)
    return (
        body.findtext("{*}SubscriptionCertificatePublicKey") or "",
        body.findtext("{*}SubscriptionCertificateData") or "",
    )


def _add(sms: ServiceManagementService, cassette: str) -> tuple[str, str]:
    public_key, data = _certificate(cassette)
    assert sms.add_management_certificate(public_key, THUMBPRINT, data) is None
    return public_key, data


def test_add_management_certificate(replay) -> None:
    cassette = "mgmt_managementcertificate.test_add_management_certificate"
    sms = replay(cassette)
    public_key, data = _add(sms, cassette)

    result = sms.get_management_certificate(THUMBPRINT)

    assert result.subscription_certificate_thumbprint == THUMBPRINT
    assert result.subscription_certificate_public_key == public_key
    assert result.subscription_certificate_data == data
    assert result.created == "2015-06-30T23:59:23.8312837Z"


def test_get_management_certificate(replay) -> None:
    cassette = "mgmt_managementcertificate.test_get_management_certificate"
    sms = replay(cassette)
    public_key, _ = _add(sms, cassette)

    result = sms.get_management_certificate(THUMBPRINT)

    assert result.subscription_certificate_public_key == public_key
    assert result.subscription_certificate_data.startswith("MIIC9jCCAeKgAwIBAgIQ00IFaqV9")


def test_list_management_certificates(replay) -> None:
    cassette = "mgmt_managementcertificate.test_list_management_certificates"
    sms = replay(cassette)
    _add(sms, cassette)

    result = sms.list_management_certificates()

    thumbprints = [c.subscription_certificate_thumbprint for c in result]
    assert len(result) == len(thumbprints) == 31
    assert thumbprints[0] == "008CD540AE9D67F07D6D1E78A26C7EC99BD1EDA4"
    assert THUMBPRINT in thumbprints
    assert all(c.created for c in result)


def test_delete_management_certificate(replay) -> None:
    cassette = "mgmt_managementcertificate.test_delete_management_certificate"
    sms = replay(cassette)
    _add(sms, cassette)

    assert sms.delete_management_certificate(THUMBPRINT) is None

    with pytest.raises(AzureMissingResourceHttpError) as caught:
        sms.get_management_certificate(THUMBPRINT)
    assert caught.value.message == "The certificate was not found."
