"""The emulator authenticates as Azure did: any client certificate gets through the TLS
handshake, and the HTTP layer answers 403 ForbiddenError for one that is not registered
to the subscription or has expired; a self-signed certificate registered with
add_management_certificate (as the guide makes them) is let in."""

from __future__ import annotations

import base64
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from emulator_support import FakeClock
from servicemanagement import AzureForbiddenHttpError, RetryPolicy, ServiceManagementService
from servicemanagement.emulator import Emulator, pki
from servicemanagement.emulator.dispatch import FORBIDDEN_MESSAGE

#: Ten years and a day: the emulator's certificates are valid for ten years.
AFTER_EXPIRY = (3650 + 1) * 86400.0


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(start=time.time())


@pytest.fixture
def emulator(clock: FakeClock) -> Iterator[Emulator]:
    with Emulator(clock=clock) as running:
        yield running


def _client_with(
    emulator: Emulator, certificate: Path, sleeps: list[float]
) -> ServiceManagementService:
    connection = emulator.connection
    return ServiceManagementService(
        connection.subscription_id,
        str(certificate),
        host=connection.host,
        ca_certs=connection.ca_certs,
        retry=RetryPolicy(sleep=sleeps.append),
    )


def _forbidden(client: ServiceManagementService) -> AzureForbiddenHttpError:
    with pytest.raises(AzureForbiddenHttpError) as caught:
        client.list_locations()
    return caught.value


def test_an_unregistered_self_signed_certificate_gets_403_then_registered_gets_in(
    emulator: Emulator, tmp_path: Path
) -> None:
    mine = pki.new_client(None, "my own management certificate")  # self-signed
    sleeps: list[float] = []
    stranger = _client_with(emulator, pki.write_pem(tmp_path / "mine.pem", mine), sleeps)
    error = _forbidden(stranger)
    assert (error.status_code, error.code, error.message) == (
        403,
        "ForbiddenError",
        FORBIDDEN_MESSAGE,
    )
    assert sleeps == []  # a 403 is final

    der = mine.certificate.public_bytes(Encoding.DER)
    public_key = mine.certificate.public_key().public_bytes(
        Encoding.DER, PublicFormat.SubjectPublicKeyInfo
    )
    emulator.client().add_management_certificate(
        base64.b64encode(public_key).decode(), mine.thumbprint, base64.b64encode(der).decode()
    )
    assert len(stranger.list_locations()) > 0


def test_a_certificate_of_another_ca_is_taken_at_tls_and_refused_with_403(
    emulator: Emulator, tmp_path: Path
) -> None:
    other = pki.new_client(pki.new_ca("someone else's CA"))
    sleeps: list[float] = []
    error = _forbidden(_client_with(emulator, pki.write_pem(tmp_path / "o.pem", other), sleeps))
    assert error.message == FORBIDDEN_MESSAGE and sleeps == []


def test_an_expired_registered_certificate_gets_403(emulator: Emulator, clock: FakeClock) -> None:
    sms = emulator.client()
    assert len(sms.list_locations()) > 0
    clock.advance(AFTER_EXPIRY)
    assert _forbidden(sms).message == FORBIDDEN_MESSAGE
