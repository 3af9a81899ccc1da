"""Odd but possible input gets a typed error or the sensible reading, never a crash."""

from __future__ import annotations

from typing import Any

import pytest
from servicemanagement import ServiceManagementService
from servicemanagement._generated import OPERATIONS
from servicemanagement._result import decode_response
from servicemanagement.errors import XmlError
from servicemanagement.models import HostedServiceProperties, SubscriptionOperationCollection


def test_line_wrapped_base64_is_still_base64() -> None:
    wa = 'xmlns="http://schemas.microsoft.com/windowsazure"'
    properties = HostedServiceProperties.from_xml(
        f"<HostedServiceProperties {wa}><Label>\n  bXkg\n  bGFiZWw=\n</Label>"
        "</HostedServiceProperties>".encode()
    )
    assert properties.label == "my label"


def test_a_dict_where_a_model_belongs_is_a_type_error_naming_what_was_wanted() -> None:
    sms = ServiceManagementService("sub", credential="not-used")
    with pytest.raises(TypeError, match="'system_config' must be ConfigurationSet, not dict"):
        sms.create_virtual_machine_deployment(
            "svc",
            "dep",
            "production",
            "label",
            "vm",
            {"host_name": "h"},  # type: ignore[arg-type]  # deliberately not a model
            None,
        )


@pytest.mark.parametrize(
    ("operation", "body"),
    [("create_job", b"<html>gateway error</html>"), ("get_publish_profile_xml", b"\xff\xfe\xfa")],
)
def test_a_json_or_text_response_that_is_not_one_is_a_typed_error(
    operation: str, body: bytes
) -> None:
    with pytest.raises(XmlError, match=f"{operation}: the response is not"):
        decode_response(OPERATIONS[operation], body)


def test_paging_stops_when_the_service_repeats_its_continuation_token() -> None:
    """A service (or a proxy cache) answering the same page forever must not hang iter_*."""
    page = SubscriptionOperationCollection(subscription_operations=None, continuation_token="t1")

    class Repeating(ServiceManagementService):
        calls = 0

        def _call(self, operation: Any, args: dict[str, Any], body: Any) -> Any:
            self.calls += 1
            return page

    sms = Repeating("sub", credential="not-used")
    assert list(sms.iter_subscription_operations()) == []
    assert sms.calls == 2  # the first page, then the repeat that stops it


@pytest.mark.parametrize("host", ["http://management.core.windows.net", "example.com/path"])
def test_a_host_that_is_not_a_host_is_refused(host: str) -> None:
    with pytest.raises(ValueError, match="host must be a host name"):
        ServiceManagementService("sub", credential="token", host=host)


def test_a_token_credential_does_not_pick_up_a_stale_certificate_variable(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("AZURE_MANAGEMENT_CERTFILE", "/nonexistent/stale.pem")
    sms = ServiceManagementService("sub", credential="token")
    assert sms.cert_file is None
