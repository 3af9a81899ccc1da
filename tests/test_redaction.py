"""Secrets are recognised by name and kept out of debug logs."""

from __future__ import annotations

import json

import pytest
from servicemanagement import LinuxConfigurationSet, WindowsConfigurationSet
from servicemanagement.redaction import REDACTED, is_secret, redact_body, redact_headers


@pytest.mark.parametrize(
    "name",
    ["user_password", "AdminPassword", "Password", "primary_key", "SecondaryKey",
     "Authorization", "client_secret", "sas_token", "x-ms-authorization"],
)  # fmt: skip
def test_secret_names(name: str) -> None:
    assert is_secret(name)


@pytest.mark.parametrize(
    "name",
    ["disable_ssh_password_authentication", "continuation_token", "public_keys", "key_pairs",
     "storage_service_keys", "x-ms-version", "service_name", "thumbprint"],
)  # fmt: skip
def test_names_that_hold_no_secret(name: str) -> None:
    assert not is_secret(name)


def test_what_the_spec_marks_secret_is_secret_whatever_its_name() -> None:
    """Names no pattern knows: the publish profile's ``userPWD``, storage keys' ``Primary``."""
    assert is_secret("userPWD")
    body = (
        b'<StorageService xmlns="http://schemas.microsoft.com/windowsazure"><StorageServiceKeys>'
        b"<Primary>cHJpbWFyeQ==</Primary><Secondary>c2Vjb25kYXJ5</Secondary>"
        b"</StorageServiceKeys><ServiceName>store</ServiceName></StorageService>"
    )
    redacted = redact_body(body)
    assert "cHJpbWFyeQ==" not in redacted and "c2Vjb25kYXJ5" not in redacted
    assert "<ServiceName>store</ServiceName>" in redacted


def test_request_bodies_lose_their_passwords_and_nothing_else() -> None:
    linux = LinuxConfigurationSet("host", "user", "pa<ss&word", True).to_xml()
    windows = WindowsConfigurationSet("host", "pa55-word", admin_username="admin").to_xml()
    for body, secret in ((linux, "pa&lt;ss&amp;word"), (windows, "pa55-word")):
        assert secret in body.decode()
        redacted = redact_body(body)
        assert secret not in redacted
        assert redacted == body.decode().replace(secret, REDACTED)


def test_json_bodies_are_redacted_at_any_depth() -> None:
    body = json.dumps({"action": {"request": {"password": "p", "uri": "u"}}, "tokens": ["t"]})
    assert json.loads(redact_body(body.encode())) == {
        "action": {"request": {"password": REDACTED, "uri": "u"}},
        "tokens": REDACTED,
    }
    assert redact_body(b"{not json") == "<9 bytes, not JSON>"


def test_headers() -> None:
    headers = [("Authorization", "Bearer abc"), ("x-ms-version", "2014-10-01")]
    assert redact_headers(headers) == [("Authorization", REDACTED), ("x-ms-version", "2014-10-01")]
