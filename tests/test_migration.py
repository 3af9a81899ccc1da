"""Classic-to-ARM migration: requests and the validation document.

No recording covers them; expected requests are written from the .NET Compute and
Network clients' wire format (x-ms-version 2017-01-01 for deployments, 2016-07-01 for
network resources).
"""

from __future__ import annotations

import pytest
from servicemanagement import OPERATIONS
from servicemanagement.models import MigrationValidationMessages
from wirecheck import Call, Cases, Expected, document, request_tests
from xmlcompare import xml_difference

NETWORK_VERSION = "2016-07-01"
DEPLOYMENT = "services/hostedservices/svc/deployments/dep/migration"
NETWORK_RESOURCE = document(
    "DeploymentNetworkResource",
    "<ResourceGroupName>rg</ResourceGroupName><VirtualNetworkName>vnet</VirtualNetworkName>"
    "<SubNetName>default</SubNetName><DestinationVirtualNetwork>New</DestinationVirtualNetwork>",
)
#: The network resources: (operation suffix, arguments, path of the migration resource).
NETWORK = [
    (
        "network_security_group",
        ("nsg1",),
        "services/networking/networksecuritygroups/nsg1/migration",
    ),
    ("reserved_ip", ("ip1",), "services/networking/reservedips/ip1/migration"),
    ("route", ("rt1",), "services/networking/routetables/rt1/migration"),
    ("virtual_network", ("vnet1",), "services/networking/virtualnetwork/vnet1/migration"),
]
STEPS = ("validate", "prepare", "commit", "abort")


def _network_case(step: str, kind: str, args: tuple[str, ...], path: str) -> tuple[Call, Expected]:
    return (
        lambda sms: getattr(sms, f"{step}_{kind}_migration")(*args),
        Expected("POST", path, NETWORK_VERSION, (("comp", step),)),
    )


CASES: Cases = {
    "validate_deployment_migration": (
        lambda sms: sms.validate_deployment_migration("svc", "dep", "rg", "vnet", "default", "New"),
        Expected("POST", DEPLOYMENT, "2017-01-01", (("comp", "validate"),), NETWORK_RESOURCE),
    ),
    "prepare_deployment_migration": (
        lambda sms: sms.prepare_deployment_migration(
            "svc",
            "dep",
            resource_group_name="rg",
            virtual_network_name="vnet",
            subnet_name="default",
            destination_virtual_network="New",
        ),
        Expected("POST", DEPLOYMENT, "2017-01-01", (("comp", "prepare"),), NETWORK_RESOURCE),
    ),
    "commit_deployment_migration": (
        lambda sms: sms.commit_deployment_migration("svc", "dep"),
        Expected("POST", DEPLOYMENT, "2017-01-01", (("comp", "commit"),)),
    ),
    "abort_deployment_migration": (
        lambda sms: sms.abort_deployment_migration("svc", "dep"),
        Expected("POST", DEPLOYMENT, "2017-01-01", (("comp", "abort"),)),
    ),
    **{
        f"{step}_{kind}_migration": _network_case(step, kind, args, path)
        for kind, args, path in NETWORK
        for step in STEPS
    },
}


test_request = request_tests(CASES, "migration")


@pytest.mark.parametrize("name", sorted(CASES))
def test_only_validation_is_synchronous(name: str) -> None:
    operation = OPERATIONS[name]
    if name.startswith("validate_"):
        assert not operation.is_async
        assert operation.response_type == "MigrationValidationMessages"
    else:
        assert operation.is_async
        assert operation.statuses == (202,)


def test_validation_messages_read_every_finding() -> None:
    body = document(
        "ValidationMessages",
        "<ValidationMessage><ResourceType>VirtualMachine</ResourceType>"
        "<ResourceName>vm1</ResourceName><Category>Error</Category>"
        "<Message>Extension X is not supported.</Message><VirtualMachine>vm1</VirtualMachine>"
        "</ValidationMessage>"
        "<ValidationMessage><ResourceType>Deployment</ResourceType><Category>Information</Category>"
        "<Message>Ready &amp; able</Message></ValidationMessage>",
    )
    messages = MigrationValidationMessages.from_xml(body)
    assert [(m.category, m.resource_name) for m in messages] == [
        ("Error", "vm1"),
        ("Information", None),
    ]
    assert messages[1].message == "Ready & able"
    assert xml_difference(body, messages.to_xml()) is None
    assert list(MigrationValidationMessages.from_xml(document("ValidationMessages", ""))) == []
