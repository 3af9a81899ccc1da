"""Client-side validation from the spec: bad arguments fail with ValueError before any
request is sent (``serve([])`` expects no request at all), plus the spec checks that
guard the validation keys."""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from pathlib import Path

import azure.common
import pytest
from fixturetypes import Serve
from servicemanagement import InvalidArgumentError, ServiceManagementService
from servicemanagement._generated.operations_storage import CREATE_STORAGE_ACCOUNT
from servicemanagement._request import validate_arguments

from generator.loader import load_service
from generator.yamlsource import SpecError

SPEC = Path(__file__).resolve().parents[1] / "spec"


@pytest.fixture
def sms(serve: Serve) -> ServiceManagementService:
    return serve([])


@pytest.mark.parametrize("name", ["ab", "a" * 25, "UpperCase1", "with-dash", "spa ce", ""])
def test_storage_account_name_pattern(sms: ServiceManagementService, name: str) -> None:
    with pytest.raises(ValueError, match="service_name"):
        sms.create_storage_account(name, "description", "label", location="West US")


@pytest.mark.parametrize("name", ["abc", "a" * 24, "utstor36ea155e"])
def test_storage_account_names_that_pass(name: str) -> None:
    validate_arguments(
        CREATE_STORAGE_ACCOUNT,
        {"service_name": name, "description": "d", "label": "l", "location": "West US"},
    )


def test_label_length(sms: ServiceManagementService) -> None:
    validate_arguments(
        CREATE_STORAGE_ACCOUNT,
        {"service_name": "abc", "description": "d", "label": "x" * 100, "location": "West US"},
    )
    with pytest.raises(ValueError, match=r"label.*at most 100"):
        sms.create_storage_account("abc", "d", "x" * 101, location="West US")
    with pytest.raises(ValueError, match="label"):
        sms.update_storage_account("abc", label="x" * 101)
    with pytest.raises(ValueError, match="label"):
        sms.create_affinity_group("group", "x" * 101, "West US")
    with pytest.raises(ValueError, match="label"):
        sms.update_affinity_group("group", "é" * 101)


@pytest.mark.parametrize(
    ("call", "argument"),
    [
        (lambda s: s.create_storage_account("abc", None, "l", location="West US"), "description"),
        (lambda s: s.create_storage_account("abc", "d", None, location="West US"), "label"),
        (lambda s: s.get_storage_account_properties(None), "service_name"),
        (lambda s: s.create_affinity_group("g", "l", None), "location"),
        (lambda s: s.add_management_certificate("key", None, "data"), "thumbprint"),
        (lambda s: s.create_reserved_ip_address(None), "name"),
        (lambda s: s.add_dns_server("svc", "dep", "dns", None), "address"),
        # The legacy package required a password too, despite its None default.
        (lambda s: s.add_service_certificate("svc", "data", "pfx"), "password"),
    ],
)
def test_required_arguments(
    sms: ServiceManagementService,
    call: Callable[[ServiceManagementService], object],
    argument: str,
) -> None:
    with pytest.raises(ValueError, match=f"'{argument}' is required"):
        call(sms)


def test_location_or_affinity_group_keeps_the_legacy_messages(
    sms: ServiceManagementService,
) -> None:
    with pytest.raises(ValueError) as neither:
        sms.create_storage_account("abc", "d", "l")
    assert str(neither.value) == "location or affinity_group must be specified"
    with pytest.raises(ValueError) as both:
        sms.create_storage_account("abc", "d", "l", "group", "West US")
    assert str(both.value) == "Only one of location or affinity_group needs to be specified"


def test_create_hosted_service_needs_a_location_or_an_affinity_group(
    sms: ServiceManagementService,
) -> None:
    """The legacy package checked this itself, with these words."""
    with pytest.raises(ValueError, match=r"^location or affinity_group must be specified$"):
        sms.create_hosted_service("svc", "label")
    with pytest.raises(ValueError, match=r"^Only one of location or affinity_group"):
        sms.create_hosted_service("svc", "label", None, "West US", "group")


def test_a_refused_argument_is_also_the_400_legacy_code_caught(
    sms: ServiceManagementService,
) -> None:
    """Legacy code caught azure.common's AzureHttpError when Azure refused a name."""
    with pytest.raises(azure.common.AzureHttpError) as caught:
        sms.create_storage_account("Stor\u00e4ge", "description", "label", location="West US")
    assert caught.value.status_code == 400
    assert isinstance(caught.value, ValueError)
    assert isinstance(caught.value, InvalidArgumentError)


def test_choices(sms: ServiceManagementService) -> None:
    with pytest.raises(ValueError, match="Primary, Secondary"):
        sms.regenerate_storage_account_keys("abc", "Tertiary")
    with pytest.raises(ValueError, match="Succeeded, Failed, InProgress"):
        sms.list_subscription_operations(operation_result_filter="Done")


# ---- the spec checks behind these keys -----------------------------------------------


def _spec(tmp_path: Path, operations: str) -> Path:
    """A spec directory with the real service.yaml and types plus ``operations``."""
    shutil.copytree(SPEC, tmp_path / "spec", ignore=shutil.ignore_patterns("operations"))
    (tmp_path / "spec" / "operations").mkdir()
    (tmp_path / "spec" / "operations" / "probe.yaml").write_text(
        "format: 1\noperations:\n" + operations, encoding="utf-8"
    )
    return tmp_path / "spec"


@pytest.mark.parametrize(
    ("operations", "problem"),
    [
        (
            """  probe:
    method: GET
    path: /{subscription_id}/x
    params: [{name: a, in: query}, {name: b, in: query, default: null}]
    one_of: [[a, b]]
""",
            "not an optional argument",
        ),
        (
            """  probe:
    method: POST
    path: /{subscription_id}/x
    params: [{name: a}]
    body:
      type: RegenerateKeys
      fill: {key_type: {if: nobody, equals: false, then: a, else: a}}
""",
            "'nobody' names no argument",
        ),
        (
            """  probe_operations:
    method: GET
    path: /{subscription_id}/x
    params: [{name: continuation_token, in: query, default: null}]
    response: SubscriptionOperationCollection
    paging: continuation_token
""",
            "must be named list_",
        ),
        (
            """  list_things:
    method: GET
    path: /{subscription_id}/x
    response: SubscriptionOperationCollection
    paging: continuation_token
""",
            "must also be an optional query or header argument",
        ),
        (
            """  list_things:
    method: GET
    path: /{subscription_id}/x
    params: [{name: continuation_token, in: query, default: null}]
    response: Subscription
    paging: continuation_token
""",
            "needs a response type with items",
        ),
    ],
)
def test_spec_rejects(tmp_path: Path, operations: str, problem: str) -> None:
    with pytest.raises(SpecError, match=problem) as caught:
        load_service(_spec(tmp_path, operations))
    assert "spec/operations/probe.yaml" in str(caught.value)


def test_spec_rejects_items_through_a_type_without_items(tmp_path: Path) -> None:
    spec = _spec(tmp_path, "  {}\n")
    (spec / "types" / "probe.yaml").write_text(
        """format: 1
types:
  Probe:
    items: subscription
    fields:
      - {element: Subscription, type: Subscription}
""",
        encoding="utf-8",
    )
    with pytest.raises(SpecError, match="Probe is a Subscription, which has no items"):
        load_service(spec)


def test_spec_rejects_an_operation_name_of_two_clients(tmp_path: Path) -> None:
    # OPERATIONS is keyed by name: two clients may not both define one.
    spec = _spec(tmp_path, "  list_things:\n    method: GET\n    path: /{subscription_id}/a\n")
    (spec / "operations" / "second.yaml").write_text(
        "format: 1\noperations:\n  list_things:\n    client: SqlDatabaseManagementService\n"
        "    method: GET\n    path: /{subscription_id}/b\n",
        encoding="utf-8",
    )
    with pytest.raises(SpecError) as caught:
        load_service(spec)
    message = str(caught.value)
    assert (
        "spec/operations/second.yaml:3: operation list_things of SqlDatabaseManagementService"
        in (message)
    )
    assert "also defined at " in message
    assert "spec/operations/probe.yaml:3 (of ServiceManagementService)" in message


@pytest.mark.parametrize("segment", [".", ".."])
def test_dot_segments_cannot_redirect_a_path_to_another_resource(segment: str) -> None:
    """Percent-encoding leaves dots alone, and a URL resolves "." and "..":
    delete_deployment("svc", "..") would otherwise delete the cloud service."""
    from servicemanagement._generated import OPERATIONS
    from servicemanagement._request import build_request

    args = {"service_name": "svc", "deployment_name": segment, "delete_vhd": True}
    with pytest.raises(ValueError, match=f"'deployment_name' cannot be '{re.escape(segment)}'"):
        build_request(OPERATIONS["delete_deployment"], "sub", args, None)
