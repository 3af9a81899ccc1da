"""Compute-side operations the legacy package did not have, without recordings.

Each call goes to the replay server, which fails the test unless the request is exactly
the one given (method, path, query, x-ms-version, content type, XML body element by
element); the hand-written responses follow the documents of the Azure .NET SDK's
ComputeManagement, StorageManagement and SchedulerManagement clients.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from cassettes import SUBSCRIPTION_ID as SUB
from exchanges import document, exchange
from fixturetypes import Serve
from servicemanagement import (
    OPERATIONS,
    EndpointAcl,
    EndpointAclRule,
    LoadBalancedEndpoint,
    LoadBalancerProbe,
    MarketplaceImageAttributes,
    MarketplacePlan,
)

SERVICE = f"/{SUB}/services/hostedservices/svc"
DEP = f"{SERVICE}/deployments/dep"


# ---- subscriptions ------------------------------------------------------------------


def test_entitle_resource(serve: Serve) -> None:
    body = document(
        "EntitleResource",
        "<ResourceProviderNameSpace>scheduler</ResourceProviderNameSpace>"
        "<Type>JobCollections</Type><RegistrationDate>2015-07-01T10:00:00Z</RegistrationDate>",
    )
    sms = serve([exchange("POST", f"/{SUB}/EntitleResource", body=body, status=202)])

    result = sms.entitle_resource(
        "scheduler", "JobCollections", datetime(2015, 7, 1, 10, 0, tzinfo=UTC)
    )

    assert result.request_id == "0123456789abcdef0123456789abcdef"


@pytest.mark.parametrize(("action", "status"), [("register", 202), ("unregister", 200)])
def test_subscription_resource_registration(serve: Serve, action: str, status: int) -> None:
    query = {"service": "sqlazure", "action": action}
    sms = serve([exchange("PUT", f"/{SUB}/services", query, status=status, request_id="r1")])

    result = getattr(sms, f"{action}_subscription_resource")("sqlazure")

    assert result.request_id == "r1"


# ---- deployments ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("operation", "where"),
    [
        ("get_deployment_package_by_name", DEP),
        ("get_deployment_package_by_slot", f"{SERVICE}/deploymentslots/Staging"),
    ],
)
def test_get_deployment_package(serve: Serve, operation: str, where: str) -> None:
    container = "https://acct.blob.core.windows.net/packages"
    sms = serve(
        [
            exchange("POST", f"{where}/package", {"containerUri": container}, status=202),
            exchange(
                "POST",
                f"{where}/package",
                {"containerUri": container, "overwriteExisting": "true"},
                status=202,
            ),
        ]
    )
    name = where.rsplit("/", 1)[1]

    getattr(sms, operation)("svc", name, container)
    getattr(sms, operation)("svc", name, container, overwrite_existing=True)


EVENTS = document(
    "DeploymentEventCollection",
    "<RebootEvents><RebootEvent><RoleName>web</RoleName><InstanceName>web_IN_0</InstanceName>"
    "<RebootReason>PlannedMaintenance</RebootReason>"
    "<RebootStartTime>2015-07-01T10:00:00Z</RebootStartTime></RebootEvent>"
    "<RebootEvent><RoleName>web</RoleName><InstanceName>web_IN_1</InstanceName>"
    "<RebootReason>PlannedMaintenance</RebootReason>"
    "<RebootStartTime>2015-07-01T11:00:00Z</RebootStartTime></RebootEvent></RebootEvents>"
    "<ContinuationToken>next</ContinuationToken>",
)


@pytest.mark.parametrize(
    ("operation", "where"),
    [
        ("list_deployment_events", DEP),
        ("list_deployment_events_by_slot", f"{SERVICE}/deploymentslots/Production"),
    ],
)
def test_list_deployment_events(serve: Serve, operation: str, where: str) -> None:
    window = {"starttime": "2015-07-01T00:00:00Z", "endtime": "2015-07-02T00:00:00Z"}
    sms = serve([exchange("GET", f"{where}/events", window, response=EVENTS)])

    events = getattr(sms, operation)("svc", where.rsplit("/", 1)[1], *window.values())

    assert [(e.instance_name, e.reboot_start_time) for e in events] == [
        ("web_IN_0", datetime(2015, 7, 1, 10, 0, tzinfo=UTC)),
        ("web_IN_1", datetime(2015, 7, 1, 11, 0, tzinfo=UTC)),
    ]
    assert events.continuation_token == "next"


def test_update_virtual_machine_load_balanced_endpoint_set(serve: Serve) -> None:
    body = document(
        "LoadBalancedEndpointList",
        "<InputEndpoint><LoadBalancedEndpointSetName>web</LoadBalancedEndpointSetName>"
        "<LocalPort>8080</LocalPort><Name>http</Name><Port>80</Port>"
        "<LoadBalancerProbe><Path>/health</Path><Port>8080</Port><Protocol>Http</Protocol>"
        "<IntervalInSeconds>15</IntervalInSeconds><TimeoutInSeconds>31</TimeoutInSeconds>"
        "</LoadBalancerProbe><Protocol>tcp</Protocol>"
        "<EndpointAcl><Rules><Rule><Order>100</Order><Action>permit</Action>"
        "<RemoteSubnet>192.0.2.0/24</RemoteSubnet><Description>office</Description></Rule>"
        "</Rules></EndpointAcl><IdleTimeoutInMinutes>10</IdleTimeoutInMinutes>"
        "<LoadBalancerDistribution>sourceIP</LoadBalancerDistribution></InputEndpoint>"
        "<InputEndpoint><LoadBalancedEndpointSetName>ssh</LoadBalancedEndpointSetName>"
        "<EnableDirectServerReturn>false</EnableDirectServerReturn></InputEndpoint>",
    )
    sms = serve([exchange("POST", DEP, {"comp": "UpdateLbSet"}, body=body, status=202)])
    web = LoadBalancedEndpoint(
        load_balanced_endpoint_set_name="web",
        local_port=8080,
        name="http",
        port=80,
        load_balancer_probe=LoadBalancerProbe(
            path="/health",
            port="8080",
            protocol="Http",
            interval_in_seconds=15,
            timeout_in_seconds=31,
        ),
        protocol="tcp",
        endpoint_acl=EndpointAcl(
            rules=[
                EndpointAclRule(
                    order=100, action="permit", remote_subnet="192.0.2.0/24", description="office"
                )
            ]
        ),
        idle_timeout_in_minutes=10,
        load_balancer_distribution="sourceIP",
    )
    ssh = LoadBalancedEndpoint(
        load_balanced_endpoint_set_name="ssh", enable_direct_server_return=False
    )

    sms.update_virtual_machine_load_balanced_endpoint_set("svc", "dep", [web, ssh])


# ---- virtual machines -------------------------------------------------------------


@pytest.mark.parametrize(
    ("operation", "root"),
    [
        ("redeploy_virtual_machine", "RedeployRoleOperation"),
        ("initiate_virtual_machine_maintenance", "PerformMaintenanceOnRoleOperation"),
    ],
)
def test_role_operations(serve: Serve, operation: str, root: str) -> None:
    body = document(root, f"<OperationType>{root}</OperationType>")
    path = f"{DEP}/roleinstances/vm1/Operations"
    sms = serve([exchange("POST", path, body=body, status=202, request_id="r2")])

    assert getattr(sms, operation)("svc", "dep", "vm1").request_id == "r2"


def test_get_virtual_machine_remote_desktop_file(serve: Serve) -> None:
    rdp = "full address:s:svc.cloudapp.net:3389\r\nprompt for credentials:i:1\r\n"
    path = f"{DEP}/roleinstances/vm1/ModelFile"
    sms = serve([exchange("GET", path, {"FileType": "RDP"}, response=rdp)])

    assert sms.get_virtual_machine_remote_desktop_file("svc", "dep", "vm1") == rdp


# ---- VM images ----------------------------------------------------------------------


def test_get_vm_image_details(serve: Serve) -> None:
    details = document(
        "VMImageDetails",
        "<Name>img</Name><Label>Image</Label><Category>User</Category>"
        "<OSDiskConfiguration><Name>os</Name><HostCaching>ReadWrite</HostCaching>"
        "<OSState>Generalized</OSState><OS>Linux</OS>"
        "<MediaLink>https://acct.blob.core.windows.net/vhds/os.vhd</MediaLink>"
        "<LogicalDiskSizeInGB>30</LogicalDiskSizeInGB></OSDiskConfiguration>"
        "<DataDiskConfigurations/><IsPremium>false</IsPremium><ShowInGui>true</ShowInGui>"
        "<IsCorrupted>false</IsCorrupted><PublishedName>img-pub</PublishedName>"
        "<SharingStatus>Private</SharingStatus><ReplicationProgress>"
        "<ReplicationProgressElement><Location>West US</Location><Progress>100</Progress>"
        "</ReplicationProgressElement></ReplicationProgress>"
        "<ComputeImageAttributes><Offer>o</Offer><Sku>s</Sku><Version>1.0.0</Version>"
        "</ComputeImageAttributes>",
    )
    sms = serve([exchange("GET", f"/{SUB}/services/vmimages/img/details", response=details)])

    image = sms.get_vm_image_details("img")

    assert image.os_disk_configuration is not None
    assert image.os_disk_configuration.logical_disk_size_in_gb == 30
    assert image.data_disk_configurations is not None and len(image.data_disk_configurations) == 0
    assert (image.is_corrupted, image.sharing_status) == (False, "Private")
    assert image.replication_progress is not None
    assert [(p.location, p.progress) for p in image.replication_progress] == [("West US", 100)]
    assert image.compute_image_attributes is not None
    assert image.compute_image_attributes.version == "1.0.0"


def test_vm_image_replication_and_sharing(serve: Serve) -> None:
    image = f"/{SUB}/services/vmimages/img"
    replication = document(
        "ReplicationInput",
        "<TargetLocations><Region>West US</Region><Region>East US</Region></TargetLocations>"
        "<ComputeImageAttributes><Offer>o</Offer><Sku>s</Sku><Version>1.0.0</Version>"
        "</ComputeImageAttributes><MarketplaceImageAttributes><PublisherId>pub</PublisherId>"
        "<Plan><Name>p</Name><Publisher>pub</Publisher><Product>prod</Product></Plan>"
        "</MarketplaceImageAttributes>",
    )
    version = "2015-04-01"
    sms = serve(
        [
            exchange("PUT", f"{image}/replicate", version=version, body=replication, status=202),
            exchange(
                "PUT", f"{image}/shareasync", {"permission": "public"}, version=version, status=202
            ),
            exchange("PUT", f"{image}/unreplicate", version=version, status=202),
        ]
    )
    marketplace = MarketplaceImageAttributes(
        publisher_id="pub", plan=MarketplacePlan(name="p", publisher="pub", product="prod")
    )

    sms.replicate_vmimage("img", ["West US", "East US"], "o", "s", "1.0.0", marketplace)
    sms.share_vmimage("img", "public")
    sms.unreplicate_vmimage("img")


# ---- storage account migration ----------------------------------------------------------


def test_storage_account_migration(serve: Serve) -> None:
    migration = f"/{SUB}/services/storageservices/acct/migration"
    messages = document(
        "ValidationMessages",
        "<ValidationMessage><ResourceType>StorageAccount</ResourceType>"
        "<ResourceName>acct</ResourceName><Category>Error</Category>"
        "<Message>The account holds disks of running virtual machines.</Message>"
        "<VirtualMachine>vm1</VirtualMachine></ValidationMessage>",
    )
    sms = serve(
        [
            exchange("POST", migration, {"comp": "validate"}, response=messages),
            exchange("POST", migration, {"comp": "prepare"}, status=202),
            exchange("POST", migration, {"comp": "abort"}, status=202),
            exchange("POST", migration, {"comp": "prepare"}, status=202),
            exchange("POST", migration, {"comp": "commit"}, status=202),
        ]
    )

    found = sms.validate_storage_account_migration("acct")
    assert [(m.category, m.virtual_machine) for m in found] == [("Error", "vm1")]
    for step in ("prepare", "abort", "prepare", "commit"):
        assert getattr(sms, f"{step}_storage_account_migration")("acct").request_id
    assert all(
        OPERATIONS[f"{step}_storage_account_migration"].is_async
        for step in ("prepare", "commit", "abort")
    )
