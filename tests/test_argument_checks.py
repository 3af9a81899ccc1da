"""Careless arguments fail before the network with clear typed errors: types from the
spec (no bytes, dict or list turned into text), enums, ranges, the subscription id's
shape, and the client's own settings. ``serve([])`` expects no request at all."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import azure.common as common
import pytest
from cryptography.hazmat.primitives.serialization import (
    BestAvailableEncryption,
    Encoding,
    PrivateFormat,
)
from fixturetypes import Serve
from servicemanagement import (
    ArgumentTypeError,
    AzureException,
    CertificateError,
    HostedService,
    InvalidArgumentError,
    ServiceManagementService,
)
from servicemanagement.emulator import pki
from servicemanagement.models import from_xml
from tlshelpers import SUBSCRIPTION_ID


@pytest.fixture
def sms(serve: Serve) -> ServiceManagementService:
    return serve([])


@pytest.mark.parametrize(
    ("value", "type_name"),
    [(b"abc", "bytes"), ({"a": 1}, "dict"), (["a"], "list"), (object(), "object")],
)
def test_what_is_not_text_is_not_turned_into_text(
    sms: ServiceManagementService, value: object, type_name: str
) -> None:
    with pytest.raises(ArgumentTypeError, match=f"'service_name' must be text, not {type_name}"):
        sms.get_hosted_service_properties(value)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda s: s.get_data_disk("svc", "dep", "vm", "abc"), "'lun' must be an integer, not str"),
        (lambda s: s.get_data_disk("svc", "dep", "vm", 1.5), "'lun' must be an integer, not float"),
        (lambda s: s.get_data_disk("svc", "dep", "vm", True), "'lun' must be an integer, not bool"),
        (
            lambda s: s.get_hosted_service_properties("svc", embed_detail="yes"),
            "'embed_detail' must be bool, not str",
        ),
    ],
)
def test_numbers_and_flags_have_their_types(
    sms: ServiceManagementService, call: Any, message: str
) -> None:
    with pytest.raises(ArgumentTypeError, match=message):
        call(sms)


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda s: s.get_data_disk("svc", "dep", "vm", -1), "'lun' must be at least 0, got -1"),
        (lambda s: s.get_data_disk("svc", "dep", "vm", 64), "'lun' must be at most 63, got 64"),
        (
            lambda s: s.add_data_disk("svc", "dep", "vm", 0, logical_disk_size_in_gb=-5),
            "'logical_disk_size_in_gb' must be at least 1, got -5",
        ),
        (
            lambda s: s.add_data_disk("svc", "dep", "vm", 0, host_caching="Sometimes"),
            "'host_caching' must be one of None, ReadOnly, ReadWrite, got 'Sometimes'",
        ),
        (
            lambda s: s.update_deployment_status("svc", "dep", "Paused"),
            "'status' must be one of Running, Suspended, got 'Paused'",
        ),
        (
            lambda s: s.capture_role("svc", "dep", "vm", "Keep", "img", "label"),
            "'post_capture_action' must be one of Delete, Reprovision",
        ),
    ],
)
def test_enums_and_ranges_from_the_spec(
    sms: ServiceManagementService, call: Any, message: str
) -> None:
    with pytest.raises(InvalidArgumentError, match=message):
        call(sms)


def test_a_number_as_decimal_text_is_range_checked(sms: ServiceManagementService) -> None:
    """Legacy callers passed ``lun='0'``: accepted, and checked like the number."""
    with pytest.raises(InvalidArgumentError, match="at most 63"):
        sms.get_data_disk("svc", "dep", "vm", "99")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("call", "builtin"),
    [
        (lambda s: s.get_data_disk("svc", "dep", "vm", 99), ValueError),
        (lambda s: s.get_hosted_service_properties(b"svc"), TypeError),
    ],
)
def test_refused_arguments_are_caught_as_builtin_and_as_a_400(
    sms: ServiceManagementService, call: Any, builtin: type[Exception]
) -> None:
    """Caught by ``except ValueError``/``except TypeError`` and by the legacy
    ``except azure.common.AzureHttpError`` (Azure answered 400 to the legacy package)."""
    with pytest.raises(builtin) as caught:
        call(sms)
    assert isinstance(caught.value, common.AzureHttpError) and isinstance(
        caught.value, AzureException
    )
    assert caught.value.status_code == 400


@pytest.mark.parametrize("subscription_id", ["..", "../other", "a/b", "a b", "a?b", "-x", "é"])
def test_a_subscription_id_cannot_change_the_url(subscription_id: str) -> None:
    with pytest.raises(InvalidArgumentError, match="subscription_id"):
        ServiceManagementService(subscription_id, credential="token")


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"cert_file": 123}, "cert_file must be a file path, not int"),
        ({"credential": "t", "host": None}, "host must be text"),
        ({"credential": "t", "timeout": "10"}, "timeout must be seconds"),
        ({"credential": "t", "timeout": (1, 2, 3)}, "timeout must be seconds"),
        ({"credential": "t", "max_body_size": 1.5}, "max_body_size must be bytes"),
    ],
)
def test_client_settings_of_the_wrong_type(options: dict[str, Any], message: str) -> None:
    with pytest.raises(ArgumentTypeError, match=message):
        ServiceManagementService(SUBSCRIPTION_ID, **options)


@pytest.mark.parametrize("options", [{"timeout": 0}, {"timeout": (5, -1)}, {"max_body_size": 0}])
def test_client_settings_out_of_range(options: dict[str, Any]) -> None:
    with pytest.raises(InvalidArgumentError):
        ServiceManagementService(SUBSCRIPTION_ID, credential="t", **options)


@pytest.mark.parametrize("data", [None, 42, {"xml": "<a/>"}])
def test_from_xml_of_what_is_no_document(data: object) -> None:
    with pytest.raises(ArgumentTypeError, match="an XML document is bytes or str"):
        from_xml(data)  # type: ignore[arg-type]
    with pytest.raises(ArgumentTypeError):
        HostedService.from_xml(data)  # type: ignore[arg-type]


def test_a_wrong_pem_key_password_is_named(tmp_path: Path) -> None:
    issued = pki.new_client(None)
    encrypted = issued.key.private_bytes(
        Encoding.PEM, PrivateFormat.PKCS8, BestAvailableEncryption(b"right password")
    )
    pem = tmp_path / "encrypted.pem"
    pem.write_bytes(issued.cert_pem + encrypted)
    with pytest.raises(CertificateError, match=r"cannot decrypt the private key in .*wrong"):
        ServiceManagementService(SUBSCRIPTION_ID, str(pem), cert_password="wrong password")
    ServiceManagementService(SUBSCRIPTION_ID, str(pem), cert_password="right password")
