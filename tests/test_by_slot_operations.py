"""The by-slot deployment and role-instance operations, without a socket.

Each `..._by_slot` / `..._by_deployment_slot` operation addresses a deployment as
`/deploymentslots/{deployment_slot}` where its by-name sibling uses
`/deployments/{deployment_name}`; everything else is the same request. There are no
recordings of them, so each request is checked against the facts (method, path, query,
x-ms-version, the body's elements in order) and against its sibling's request.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from requestcapture import RequestCapture, sent
from servicemanagement import OPERATIONS
from wirecheck import SUB
from xmlcompare import xml_difference

SERVICE = f"/{SUB}/services/hostedservices/svc"
BY_NAME = f"{SERVICE}/deployments/dep"
BY_SLOT = f"{SERVICE}/deploymentslots/staging"
NS = 'xmlns="http://schemas.microsoft.com/windowsazure"'
CONTENT_TYPE = "application/atom+xml;type=entry;charset=utf-8"


@pytest.fixture
def sms() -> Iterator[RequestCapture]:
    client = RequestCapture(SUB, credential="not-used")
    yield client
    client.close()


def doc(root: str, inner: str) -> str:
    return f"<{root} {NS}>{inner}</{root}>"


UPGRADE_BODY = doc(
    "UpgradeDeployment",
    "<Mode>Auto</Mode><PackageUrl>http://pkg</PackageUrl><Configuration>Y2ZnCg==</Configuration>"
    "<Label>dXBncmFkZWQ=</Label><RoleToUpgrade>WorkerRole1</RoleToUpgrade><Force>true</Force>"
    "<ExtendedProperties><ExtendedProperty><Name>k</Name><Value>v</Value></ExtendedProperty>"
    "</ExtendedProperties>",
)
CONFIG_BODY = doc(
    "ChangeConfiguration",
    "<Configuration>Y2ZnCg==</Configuration><TreatWarningsAsError>true</TreatWarningsAsError>"
    "<Mode>Manual</Mode><ExtendedProperties><ExtendedProperty><Name>k</Name><Value>v</Value>"
    "</ExtendedProperty></ExtendedProperties>",
)

# by-slot name, by-name sibling, arguments after the deployment, path after the
# deployment, query, body (None: no body)
CASES: list[tuple[str, str, tuple[Any, ...], str, list[tuple[str, str]], str | None]] = [
    (
        "change_deployment_configuration_by_slot",
        "change_deployment_configuration",
        ("Y2ZnCg==", True, "Manual", {"k": "v"}),
        "/",
        [("comp", "config")],
        CONFIG_BODY,
    ),
    ("delete_deployment_by_slot", "delete_deployment", (), "", [], None),
    ("delete_deployment_by_slot", "delete_deployment", (True,), "", [("comp", "media")], None),
    (
        "rollback_update_or_upgrade_by_deployment_slot",
        "rollback_update_or_upgrade",
        ("Manual", False),
        "/",
        [("comp", "rollback")],
        doc("RollbackUpdateOrUpgrade", "<Mode>Manual</Mode><Force>false</Force>"),
    ),
    (
        "update_status_by_deployment_slot",
        "update_deployment_status",
        ("Suspended",),
        "/",
        [("comp", "status")],
        doc("UpdateDeploymentStatus", "<Status>Suspended</Status>"),
    ),
    (
        "upgrade_deployment_by_slot",
        "upgrade_deployment",
        ("Auto", "http://pkg", "Y2ZnCg==", "upgraded", True, "WorkerRole1", {"k": "v"}),
        "/",
        [("comp", "upgrade")],
        UPGRADE_BODY,
    ),
    (
        "walk_upgrade_domain_by_deployment_slot",
        "walk_upgrade_domain",
        (1,),
        "/",
        [("comp", "walkupgradedomain")],
        doc("WalkUpgradeDomain", "<UpgradeDomain>1</UpgradeDomain>"),
    ),
    (
        "delete_role_instance_by_deployment_slot",
        "delete_role_instances",
        (["WorkerRole1_IN_0", "WorkerRole1_IN_1"],),
        "/roleinstances/",
        [("comp", "delete")],
        doc("RoleInstances", "<Name>WorkerRole1_IN_0</Name><Name>WorkerRole1_IN_1</Name>"),
    ),
    (
        "reboot_role_instance_by_deployment_slot",
        "reboot_role_instance",
        ("WorkerRole1_IN_0",),
        "/roleinstances/WorkerRole1_IN_0",
        [("comp", "reboot")],
        None,
    ),
    (
        "rebuild_role_instance_by_deployment_slot",
        "rebuild_role_instance",
        ("WorkerRole1_IN_0",),
        "/roleinstances/WorkerRole1_IN_0",
        [("comp", "rebuild"), ("resources", "allLocalDrives")],
        None,
    ),
    (
        "reimage_role_instance_by_deployment_slot",
        "reimage_role_instance",
        ("WorkerRole1_IN_0",),
        "/roleinstances/WorkerRole1_IN_0",
        [("comp", "reimage")],
        None,
    ),
]

BY_SLOT_OPERATIONS = sorted({case[0] for case in CASES})


def test_every_by_slot_operation_has_a_case() -> None:
    assert len(BY_SLOT_OPERATIONS) == 10
    assert all(name in OPERATIONS for name in BY_SLOT_OPERATIONS)


@pytest.mark.parametrize(
    ("operation", "sibling", "args", "rest", "query", "body"),
    CASES,
    ids=[f"{case[0]}-{index}" for index, case in enumerate(CASES)],
)
def test_by_slot_request_matches_the_facts_and_its_by_name_sibling(
    sms: RequestCapture,
    operation: str,
    sibling: str,
    args: tuple[Any, ...],
    rest: str,
    query: list[tuple[str, str]],
    body: str | None,
) -> None:
    by_slot = sent(getattr(sms, operation)("svc", "staging", *args))
    by_name = sent(getattr(sms, sibling)("svc", "dep", *args))

    # The facts.
    method = "DELETE" if operation == "delete_deployment_by_slot" else "POST"
    assert by_slot.method == method
    assert by_slot.path == BY_SLOT + rest
    assert sorted(by_slot.query) == sorted(query)
    headers = dict(by_slot.headers)
    assert headers["x-ms-version"] == "2014-10-01"
    if body is None:
        assert by_slot.body is None
        assert "Content-Type" not in headers
    else:
        assert by_slot.body is not None
        difference = xml_difference(body, by_slot.body)
        assert difference is None, difference
        assert headers["Content-Type"] == CONTENT_TYPE

    # The sibling: the same request but for the slot segment of the path.
    assert by_name.path == BY_NAME + rest
    assert by_slot.method == by_name.method
    assert sorted(by_slot.query) == sorted(by_name.query)
    assert by_slot.body == by_name.body
    assert dict(by_name.headers) == headers


@pytest.mark.parametrize("operation", BY_SLOT_OPERATIONS)
def test_by_slot_operations_are_async_like_their_siblings(operation: str) -> None:
    spec = OPERATIONS[operation]
    assert spec.is_async
    assert spec.client == "ServiceManagementService"


def test_the_slot_is_percent_encoded(sms: RequestCapture) -> None:
    request = sent(sms.reboot_role_instance_by_deployment_slot("svc", "a b", "WorkerRole1_IN_0"))
    assert request.path == f"{SERVICE}/deploymentslots/a%20b/roleinstances/WorkerRole1_IN_0"
