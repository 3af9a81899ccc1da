"""Management certificates (who may call the API) and service certificates (for roles)."""

from __future__ import annotations

import base64
import binascii
import hashlib
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding, pkcs12
from cryptography.utils import CryptographyDeprecationWarning

from servicemanagement.emulator.core import (
    ApiError,
    Call,
    Reply,
    bad_request,
    conflict,
    effect,
    handles,
)
from servicemanagement.emulator.handlers import common
from servicemanagement.emulator.handlers.hosted_services import service_record
from servicemanagement.emulator.store import Store
from servicemanagement.emulator.wire import Wire

MANAGEMENT = "management_certificates"
NOT_FOUND = "The certificate was not found."


def thumbprint(der: bytes) -> str:
    """SHA-1 thumbprint, upper-case hex, as Azure names certificates."""
    return hashlib.sha1(der).hexdigest().upper()  # noqa: S324 - Azure's naming, not security


@contextmanager
def _old_certificates() -> Iterator[None]:
    """Azure took certificates with negative serial numbers (the recordings have one)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", CryptographyDeprecationWarning)
        yield


def _decode(value: Any, element: str) -> bytes:
    try:
        return base64.b64decode(str(value), validate=True)
    except (binascii.Error, ValueError):
        raise bad_request(f"The {element} element is not valid base64.") from None


# ---- management certificates --------------------------------------------------


@handles("list_management_certificates")
def list_management_certificates(call: Call) -> Reply:
    return Reply(body={"SubscriptionCertificate": list(call.table(MANAGEMENT).values())})


@handles("get_management_certificate")
def get_management_certificate(call: Call) -> Reply:
    found = common.lookup(call.table(MANAGEMENT), str(call.args["thumbprint"]).upper(), NOT_FOUND)
    return Reply(body=found)


@handles("add_management_certificate")
def add_management_certificate(call: Call) -> Reply:
    data = common.body(call)
    where = "SubscriptionCertificate"
    public_key = common.required(data, "SubscriptionCertificatePublicKey", where)
    given = str(common.required(data, "SubscriptionCertificateThumbprint", where)).upper()
    der = _decode(
        common.required(data, "SubscriptionCertificateData", where), "SubscriptionCertificateData"
    )
    try:
        with _old_certificates():
            x509.load_der_x509_certificate(der)
    except ValueError:
        raise bad_request(
            "The SubscriptionCertificateData element is not an X.509 certificate."
        ) from None
    if thumbprint(der) != given:
        raise bad_request(
            "The SubscriptionCertificateThumbprint element does not match the certificate data."
        )
    if given in call.table(MANAGEMENT):
        raise conflict("A certificate with the specified thumbprint already exists.")
    call.table(MANAGEMENT)[given] = {
        "SubscriptionCertificatePublicKey": public_key,
        "SubscriptionCertificateThumbprint": given,
        "SubscriptionCertificateData": base64.b64encode(der).decode("ascii"),
        "Created": common.now_text(call),
    }
    return Reply(status=201, headers=common.created_at(call, "certificates", given))


@handles("delete_management_certificate")
def delete_management_certificate(call: Call) -> Reply:
    key = str(call.args["thumbprint"]).upper()
    common.lookup(call.table(MANAGEMENT), key, NOT_FOUND)
    del call.table(MANAGEMENT)[key]
    return Reply(status=200)


# ---- service certificates -----------------------------------------------------


def _service_certificates(call: Call) -> dict[str, Wire]:
    certificates = service_record(call, str(call.args["service_name"])).setdefault(
        "_certificates", {}
    )
    assert isinstance(certificates, dict)
    return certificates


def _certificate_key(call: Call) -> str:
    return f"{str(call.args['thumbalgorithm']).lower()}-{str(call.args['thumbprint']).upper()}"


@handles("list_service_certificates")
def list_service_certificates(call: Call) -> Reply:
    return Reply(body={"Certificate": list(_service_certificates(call).values())})


@handles("get_service_certificate")
def get_service_certificate(call: Call) -> Reply:
    found = common.lookup(_service_certificates(call), _certificate_key(call), NOT_FOUND)
    return Reply(body={"Data": found["Data"]})


def _certificate_file(data: Wire) -> tuple[bytes, str, str | None]:
    """(data, format, password) of a CertificateFile body; 400 if an element is bad."""
    where = "CertificateFile"
    raw = _decode(common.required(data, "Data", where), "Data")
    kind = common.choice(
        str(common.required(data, "CertificateFormat", where)).lower(),
        ("pfx", "cer"),
        "CertificateFormat",
    )
    password = data.get("Password")
    return raw, kind, None if password is None else str(password)


def _certificate_der(raw: bytes, kind: str, password: str | None) -> bytes:
    """The certificate a PFX or CER holds (DER)."""
    try:
        with _old_certificates():
            if kind == "cer":
                return x509.load_der_x509_certificate(raw).public_bytes(Encoding.DER)
            _, certificate, _ = pkcs12.load_key_and_certificates(
                raw, password.encode("utf-8") if password else None
            )
    except ValueError:
        raise bad_request(
            "The Data element is not a certificate in the given CertificateFormat, or the"
            " Password is wrong."
        ) from None
    if certificate is None:
        raise bad_request("The PFX in the Data element holds no certificate.")
    return certificate.public_bytes(Encoding.DER)


@handles("add_service_certificate")
def add_service_certificate(call: Call) -> Reply:
    name = str(call.args["service_name"])
    certificates = _service_certificates(call)
    certificate_file = _certificate_file(common.body(call))
    try:
        der = _certificate_der(*certificate_file)
    except ApiError as error:
        # The certificate is opened by the asynchronous part of the call: a wrong
        # password or bad data fail the operation, not the request.
        return Reply(status=202, failure=error, lock=f"hostedservice/{name}")
    key = f"sha1-{thumbprint(der)}"
    if key in certificates:
        raise conflict(f"A certificate with thumbprint {thumbprint(der)} already exists.")
    certificates[key] = {
        "CertificateUrl": call.url(f"services/hostedservices/{name}/certificates/{key}"),
        "Thumbprint": thumbprint(der),
        "ThumbprintAlgorithm": "sha1",
        "Data": base64.b64encode(der).decode("ascii"),
    }
    return Reply(status=202, lock=f"hostedservice/{name}")


@handles("delete_service_certificate")
def delete_service_certificate(call: Call) -> Reply:
    name = str(call.args["service_name"])
    key = _certificate_key(call)
    common.lookup(_service_certificates(call), key, NOT_FOUND)
    call.exclusive(f"hostedservice/{name}", "hosted service")
    return Reply(
        status=202,
        effect=("certificate.deleted", {"service": name, "key": key}),
        lock=f"hostedservice/{name}",
    )


@effect("certificate.deleted")
def _deleted(store: Store, args: dict[str, Any], when: float) -> None:
    service = store.table("hosted_services").get(args["service"])
    if service is not None:
        service.get("_certificates", {}).pop(args["key"], None)
