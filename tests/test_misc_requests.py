"""The misc areas beyond whole-cassette replays.

* Every recorded body of these areas parses and serializes back element by element
  (the spec knows every element, in wire order).
* Operations that no recording covers are served hand-written exchanges, built from
  the documented wire format (legacy_facts B.1, the REST reference).
"""

from __future__ import annotations

import pytest
from cassettes import SUBSCRIPTION_ID, load, root_name
from exchanges import exchange as _exchange
from fixturetypes import Serve
from narrow import present
from servicemanagement import models
from xmlcompare import xml_difference

THUMBPRINT = "BEA4B74BD6B915E9DD6A01FB1B8C3C1740F517F2"

# ---- every recorded body round-trips ----------------------------------------------

CASSETTES = [
    *(
        f"mgmt_storage.test_{name}"
        for name in (
            "check_storage_account_name_availability_available",
            "check_storage_account_name_availability_not_available",
            "create_storage_account",
            "delete_storage_account",
            "get_storage_account_keys",
            "get_storage_account_properties",
            "list_storage_accounts",
            "regenerate_storage_account_keys",
            "unicode_create_storage_account_unicode_description_label",
            "unicode_create_storage_account_unicode_name",
            "update_storage_account",
        )
    ),
    "mgmt_affinitygroup.test_create_affinity_group",
    "mgmt_affinitygroup.test_delete_affinity_group",
    "mgmt_affinitygroup.test_get_affinity_group_properties",
    "mgmt_affinitygroup.test_list_affinity_groups",
    "mgmt_affinitygroup.test_update_affinity_group",
    "mgmt_managementcertificate.test_add_management_certificate",
    "mgmt_managementcertificate.test_delete_management_certificate",
    "mgmt_managementcertificate.test_get_management_certificate",
    "mgmt_managementcertificate.test_list_management_certificates",
    *(
        f"mgmt_misc.test_{name}"
        for name in (
            "add_service_certificate",
            "delete_service_certificate",
            "get_service_certificate",
            "list_service_certificates",
            "get_subscription",
            "list_role_sizes",
            "create_reserved_ip_address",
            "get_reserved_ip_address",
            "list_reserved_ip_addresses",
            "list_resource_extensions",
            "add_update_delete_dns_server",
        )
    ),
]
#: Document roots of the misc areas (plus Operation, polled by all of them).
ROOTS = {
    "AffinityGroup",
    "AffinityGroups",
    "AvailabilityResponse",
    "Certificate",
    "CertificateFile",
    "Certificates",
    "CreateAffinityGroup",
    "CreateStorageServiceInput",
    "DnsServer",
    "Operation",
    "RegenerateKeys",
    "ReservedIP",
    "ReservedIPs",
    "ResourceExtensions",
    "RoleSizes",
    "StorageService",
    "StorageServices",
    "Subscription",
    "SubscriptionCertificate",
    "SubscriptionCertificates",
    "UpdateAffinityGroup",
    "UpdateStorageServiceInput",
}


def _recorded_bodies() -> dict[str, tuple[str, bytes]]:
    """Distinct recorded bodies with a misc root: id -> (root, body)."""
    found: dict[bytes, str] = {}
    roots: dict[str, str] = {}
    for cassette in CASSETTES:
        for index, interaction in enumerate(load(f"test_legacy_{cassette}")):
            for side, body in (
                ("request", interaction.request_body),
                ("response", interaction.response_body),
            ):
                root = root_name(body)
                if root in ROOTS:
                    key = found.setdefault(body, f"{cassette}#{index}-{side}")
                    roots[key] = root or ""
    return {key: (roots[key], body) for body, key in found.items()}


BODIES = _recorded_bodies()


def test_every_misc_root_is_recorded() -> None:
    assert {root for root, _ in BODIES.values()} == ROOTS


@pytest.mark.parametrize("key", sorted(BODIES))
def test_recorded_body_round_trips(key: str) -> None:
    root, body = BODIES[key]
    # The websites' Operation document (WebsiteOperation) shares the status's root.
    model = models.from_xml(body, type="Operation" if root == "Operation" else None)
    assert type(model).__schema__.root == root
    assert xml_difference(body, model.to_xml()) is None


# ---- operations no recording covers: hand-written exchanges ------------------------


def _document(root: str, inner: str, extra_ns: str = "") -> str:
    return (
        f'<{root} xmlns="http://schemas.microsoft.com/windowsazure"'
        f' xmlns:i="http://www.w3.org/2001/XMLSchema-instance"{extra_ns}>{inner}</{root}>'
    )


def _subscription_operation(operation_id: str, name: str) -> str:
    return (
        f"<SubscriptionOperation><OperationId>{operation_id}</OperationId>"
        f"<OperationObjectId>/{SUBSCRIPTION_ID}/services/hostedservices/svc</OperationObjectId>"
        f"<OperationName>{name}</OperationName>"
        "<OperationParameters><OperationParameter><d2p1:Name>serviceName</d2p1:Name>"
        "<d2p1:Value>svc</d2p1:Value></OperationParameter></OperationParameters>"
        "<OperationCaller><UsedServiceManagementApi>true</UsedServiceManagementApi>"
        f"<SubscriptionCertificateThumbprint>{THUMBPRINT}</SubscriptionCertificateThumbprint>"
        "<ClientIP>192.0.2.7</ClientIP></OperationCaller>"
        f"<OperationStatus><ID>{operation_id}</ID><Status>Succeeded</Status>"
        "<HttpStatusCode>200</HttpStatusCode></OperationStatus>"
        "<OperationStartedTime>2015-07-01T10:00:00Z</OperationStartedTime>"
        "<OperationCompletedTime>2015-07-01T10:00:05Z</OperationCompletedTime>"
        "<OperationKind>CreateOperation</OperationKind></SubscriptionOperation>"
    )


def _operations_page(operations: str, token: str | None) -> str:
    return _document(
        "SubscriptionOperationCollection",
        f"<SubscriptionOperations>{operations}</SubscriptionOperations>"
        + (f"<ContinuationToken>{token}</ContinuationToken>" if token else ""),
        ' xmlns:d2p1="http://schemas.datacontract.org/2004/07/'
        'Microsoft.WindowsAzure.ServiceManagement"',
    )


PAGE_1 = _operations_page(
    _subscription_operation("op-1", "CreateHostedService")
    + _subscription_operation("op-2", "CreateDeployment"),
    "next/page+1",
)
PAGE_2 = _operations_page(_subscription_operation("op-3", "DeleteDeployment"), None)
WINDOW = {"StartTime": "2015-07-01T00:00:00Z", "EndTime": "2015-07-02T00:00:00Z"}


def test_list_subscription_operations_one_page(serve: Serve) -> None:
    sms = serve([_exchange("GET", f"/{SUBSCRIPTION_ID}/operations", WINDOW, response=PAGE_1)])

    page = sms.list_subscription_operations("2015-07-01T00:00:00Z", "2015-07-02T00:00:00Z")

    assert page.continuation_token == "next/page+1"
    assert [op.operation_id for op in page] == ["op-1", "op-2"]
    operations = present(page.subscription_operations)
    first = present(operations.subscription_operations)[0]  # the legacy path
    caller, status = first.operation_caller, first.operation_status
    assert first.operation_parameters is not None and caller is not None and status is not None
    assert first.operation_name == "CreateHostedService"
    assert first.operation_parameters == {"serviceName": "svc"}
    assert caller.used_service_management_api is True
    assert caller.client_ip == "192.0.2.7"
    assert status.status_id == "op-1"
    assert status.http_status_code == 200
    assert xml_difference(PAGE_1, page.to_xml()) is None


def test_iter_subscription_operations_follows_the_continuation_token(serve: Serve) -> None:
    path = f"/{SUBSCRIPTION_ID}/operations"
    second = {**WINDOW, "OperationResultFilter": "Succeeded", "ContinuationToken": "next/page+1"}
    sms = serve(
        [
            _exchange(
                "GET", path, {**WINDOW, "OperationResultFilter": "Succeeded"}, response=PAGE_1
            ),
            _exchange("GET", path, second, response=PAGE_2),
        ]
    )

    operations = sms.iter_subscription_operations(
        "2015-07-01T00:00:00Z", "2015-07-02T00:00:00Z", operation_result_filter="Succeeded"
    )

    assert [op.operation_name for op in operations] == [
        "CreateHostedService",
        "CreateDeployment",
        "DeleteDeployment",
    ]


def test_account_type_is_sent_unless_geo_replication_is_false(serve: Serve) -> None:
    body = _document(
        "CreateStorageServiceInput",
        "<ServiceName>abc</ServiceName><Description>d</Description><Label>bA==</Label>"
        "<Location>West US</Location><AccountType>Standard_RAGRS</AccountType>",
    )
    path = f"/{SUBSCRIPTION_ID}/services/storageservices"
    sms = serve([_exchange("POST", path, body=body, status=202)])

    sms.create_storage_account(
        "abc",
        "d",
        "l",
        location="West US",
        geo_replication_enabled=True,
        account_type="Standard_RAGRS",
    )


@pytest.mark.parametrize("operation", ["associate", "disassociate"])
def test_reserved_ip_association(serve: Serve, operation: str) -> None:
    association = _document(
        "ReservedIPAssociation",
        "<ServiceName>svc</ServiceName><DeploymentName>dep</DeploymentName>"
        "<VirtualIPName>vip2</VirtualIPName>",
    )
    sms = serve(
        [
            _exchange(
                "POST",
                f"/{SUBSCRIPTION_ID}/services/networking/reservedips/ip1/operations/{operation}",
                version="2015-02-01",
                body=association,
                status=202,
                request_id="feedbeef",
            )
        ]
    )
    method = getattr(sms, f"{operation}_reserved_ip_address")

    result = method("ip1", "svc", "dep", "vip2")

    assert result.request_id == "feedbeef"


def test_list_subscriptions(serve: Serve) -> None:
    body = _document(
        "Subscriptions",
        f"<Subscription><SubscriptionID>{SUBSCRIPTION_ID}</SubscriptionID>"
        "<SubscriptionName>dev</SubscriptionName><SubscriptionStatus>Active</SubscriptionStatus>"
        "<MaxCoreCount>20</MaxCoreCount></Subscription>",
    )
    sms = serve([_exchange("GET", "/subscriptions", response=body)])  # no subscription prefix

    result = sms.list_subscriptions()

    assert [(s.subscription_id, s.subscription_name, s.max_core_count) for s in result] == [
        (SUBSCRIPTION_ID, "dev", 20)
    ]


def test_list_virtual_network_sites(serve: Serve) -> None:
    body = _document(
        "VirtualNetworkSites",
        "<VirtualNetworkSite><Name>vnet1</Name><Id>b8c7</Id><AffinityGroup>ag</AffinityGroup>"
        "<State>Created</State><AddressSpace><AddressPrefixes><AddressPrefix>10.0.0.0/8"
        "</AddressPrefix></AddressPrefixes></AddressSpace><Subnets><Subnet><Name>front</Name>"
        "<AddressPrefix>10.0.0.0/11</AddressPrefix></Subnet></Subnets></VirtualNetworkSite>",
    )
    sms = serve(
        [_exchange("GET", f"/{SUBSCRIPTION_ID}/services/networking/virtualnetwork", response=body)]
    )

    (site,) = sms.list_virtual_network_sites()

    assert (site.name, site.id, site.affinity_group, site.state) == (
        "vnet1",
        "b8c7",
        "ag",
        "Created",
    )
    assert present(site.address_space).address_prefixes == ["10.0.0.0/8"]
    subnets = present(site.subnets)
    assert [(s.name, s.address_prefix) for s in subnets] == [("front", "10.0.0.0/11")]


def test_list_resource_extension_versions(serve: Serve) -> None:
    body = _document(
        "ResourceExtensions",
        "".join(
            f"<ResourceExtension><Publisher>Microsoft.Compute</Publisher>"
            f"<Name>VMAccessAgent</Name><Version>{v}</Version></ResourceExtension>"
            for v in ("2.0", "2.1")
        ),
    )
    path = f"/{SUBSCRIPTION_ID}/services/resourceextensions/Microsoft.Compute/VMAccessAgent"
    sms = serve([_exchange("GET", path, response=body)])

    result = sms.list_resource_extension_versions("Microsoft.Compute", "VMAccessAgent")

    assert [extension.version for extension in result] == ["2.0", "2.1"]
