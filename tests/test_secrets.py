"""Secrets (fields and parameters the spec marks ``secret: true``) never show in
repr/str, in log records or in error messages; they still go on the wire."""

from __future__ import annotations

import logging

import pytest
from fixturetypes import Pki
from servicemanagement import (
    InvalidArgumentError,
    LinuxConfigurationSet,
    SqlDatabaseManagementService,
    StorageService,
    WindowsConfigurationSet,
    XmlError,
)
from servicemanagement._generated import MODEL_TYPES, OPERATIONS
from servicemanagement._request import validate_arguments
from tlshelpers import SUBSCRIPTION_ID, Handler, Seen, serve

SECRET = "hunter2-Sup3rSecret"

#: Secret fields of every model, from the generated schemas (so from the spec).
SECRET_FIELDS = sorted(
    (name, field.attr)
    for name, cls in MODEL_TYPES.items()
    for field in cls.__schema__.fields
    if field.secret
)


@pytest.mark.parametrize(
    ("model", "attr"),
    [
        ("LinuxConfigurationSet", "user_password"),
        ("WindowsConfigurationSet", "admin_password"),
        ("StorageServiceKeys", "primary"),
        ("StorageServiceKeys", "secondary"),
        ("AuthorizationRule", "primary_key"),
        ("ServiceBusNamespace", "default_key"),
        ("PublishProfile", "user_pwd"),
        ("Server", "administrator_login_password"),
        ("CertificateFile", "password"),
    ],
)
def test_passwords_and_keys_are_secret_in_the_spec(model: str, attr: str) -> None:
    assert (model, attr) in SECRET_FIELDS


@pytest.mark.parametrize(("model", "attr"), SECRET_FIELDS)
def test_every_secret_field_is_masked_in_repr_and_str(model: str, attr: str) -> None:
    instance = MODEL_TYPES[model](**{attr: SECRET})
    for text in (repr(instance), str(instance), f"{instance}", repr([instance])):
        assert SECRET not in text
        assert f"{attr}='***'" in text
    assert getattr(instance, attr) == SECRET  # masked when shown, not changed


def test_other_fields_still_show() -> None:
    config = LinuxConfigurationSet("myhost", "azureuser", SECRET, True)
    assert "host_name='myhost'" in repr(config) and "user_name='azureuser'" in repr(config)
    assert "user_password='***'" in repr(config)
    windows = WindowsConfigurationSet("winhost", SECRET, admin_username="admin")
    assert SECRET not in repr(windows) and "admin_username='admin'" in repr(windows)
    assert "user_password=None" in repr(LinuxConfigurationSet("h", "u", None, True))


def test_parsed_storage_keys_are_masked() -> None:
    document = (
        '<StorageService xmlns="http://schemas.microsoft.com/windowsazure">'
        "<ServiceName>acct</ServiceName><StorageServiceKeys>"
        f"<Primary>{SECRET}</Primary><Secondary>{SECRET[::-1]}</Secondary>"
        "</StorageServiceKeys></StorageService>"
    )
    service = StorageService.from_xml(document)
    assert service.storage_service_keys is not None
    assert service.storage_service_keys.primary == SECRET
    assert SECRET not in repr(service) and SECRET[::-1] not in str(service)


def test_an_unwritable_password_is_refused_without_quoting_it() -> None:
    config = LinuxConfigurationSet("myhost", "azureuser", SECRET + "\x01", True)
    with pytest.raises(XmlError) as caught:
        config.to_xml()
    assert "\\x01" in str(caught.value)
    assert "hunter2" not in str(caught.value)


def test_a_secret_argument_is_not_quoted_when_it_breaks_a_rule() -> None:
    secret_param = next(
        p for p in OPERATIONS["set_server_admin_password"].params if p.secret
    )._replace(choices=("only-this",))
    operation = OPERATIONS["set_server_admin_password"]._replace(params=(secret_param,))
    with pytest.raises(InvalidArgumentError) as caught:
        validate_arguments(operation, {secret_param.name: SECRET})
    assert "admin_password" in str(caught.value) and SECRET not in str(caught.value)


class Accepting(Handler):
    def respond(self, seen: Seen) -> None:
        self.reply(200)


def test_a_secret_argument_goes_on_the_wire_and_not_into_the_logs(
    test_pki: Pki, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    with serve(test_pki, Accepting) as server:
        sql = SqlDatabaseManagementService(
            SUBSCRIPTION_ID,
            str(test_pki.client_pem),
            host=server.host,
            ca_certs=str(test_pki.ca_pem),
        )
        sql.set_server_admin_password("myserver", SECRET)
    assert SECRET.encode() in server.requests[0].body
    assert SECRET not in caplog.text
