"""Life cycles of the areas the legacy package did not have, through the public API
against the emulator over mutual TLS: create, read, list, change, delete, 404 after.

The emulator serves these from the spec alone (inferred life cycles); these tests are
what a user of each area sees.
"""

from __future__ import annotations

import pytest
from emulator_support import NO_RETRIES, FakeClock
from narrow import present
from servicemanagement import (
    AzureBadRequestHttpError,
    AzureConflictHttpError,
    AzureMissingResourceHttpError,
    SchedulerManagementService,
    ServiceManagementService,
)
from servicemanagement.emulator import Emulator
from servicemanagement.models import (
    AlertRule,
    ApplicationGatewayConfiguration,
    HostedServiceExtensionInput,
)
from servicemanagement.results import AsynchronousOperationResult

DELAY = 2.0
PAYLOAD = (
    '<ClusterCreateParameters xmlns="http://schemas.microsoft.com/hdinsight/2014/05/management"/>'
)


def finish(sms: ServiceManagementService, clock: FakeClock, result: object) -> None:
    """An accepted asynchronous change runs until the emulator's delay has passed."""
    assert isinstance(result, AsynchronousOperationResult)
    request_id = present(result.request_id)
    assert sms.get_operation_status(request_id).status == "InProgress"
    clock.advance(DELAY)
    assert sms.get_operation_status(request_id).status == "Succeeded"


def test_network_security_group_life_cycle(sms: ServiceManagementService, clock: FakeClock) -> None:
    finish(sms, clock, sms.create_network_security_group("web-nsg", "West US", label="web"))
    with pytest.raises(AzureConflictHttpError):
        sms.create_network_security_group("web-nsg", "West US")
    group = sms.get_network_security_group("web-nsg")
    assert (group.name, group.location, group.label) == ("web-nsg", "West US", "web")
    assert [g.name for g in sms.list_network_security_group()] == ["web-nsg"]
    finish(
        sms,
        clock,
        sms.set_network_security_group_rule(
            "web-nsg", "http", "Inbound", 100, "Allow", "INTERNET", "*", "*", "80", protocol="TCP"
        ),
    )
    finish(sms, clock, sms.delete_network_security_group("web-nsg"))
    with pytest.raises(AzureMissingResourceHttpError):
        sms.get_network_security_group("web-nsg")
    assert list(sms.list_network_security_group()) == []


def test_route_table_life_cycle(sms: ServiceManagementService, clock: FakeClock) -> None:
    finish(sms, clock, sms.create_route_table("rt", "West US", label="routes"))
    table = sms.get_route_table("rt")
    assert (table.name, table.location) == ("rt", "West US")
    assert [t.name for t in sms.list_route_tables()] == ["rt"]
    finish(sms, clock, sms.set_route("rt", "default", "0.0.0.0/0", "VirtualAppliance", "10.0.0.4"))
    finish(sms, clock, sms.delete_route_table("rt"))
    with pytest.raises(AzureMissingResourceHttpError):
        sms.get_route_table("rt")


def test_traffic_manager_profile_life_cycle(sms: ServiceManagementService) -> None:
    sms.create_traffic_manager_profile("shop", "shop.trafficmanager.net")
    with pytest.raises(AzureConflictHttpError):
        sms.create_traffic_manager_profile("shop", "shop.trafficmanager.net")
    profile = sms.get_traffic_manager_profile("shop")
    assert (profile.name, profile.domain_name) == ("shop", "shop.trafficmanager.net")
    assert [p.name for p in sms.list_traffic_manager_profile()] == ["shop"]
    sms.update_traffic_manager_profile("shop", "Disabled", 1)
    assert sms.get_traffic_manager_profile("shop").status == "Disabled"
    sms.delete_traffic_manager_profile("shop")
    with pytest.raises(AzureMissingResourceHttpError):
        sms.get_traffic_manager_profile("shop")


def test_alert_rule_life_cycle_in_json(sms: ServiceManagementService) -> None:
    rule = AlertRule(id="cpu-high", name="CPU high", is_enabled=True, description="cpu > 90")
    sms.create_alert_rule_or_update("cpu-high", rule)
    read = sms.get_alert_rule("cpu-high")
    assert (read.name, read.is_enabled, read.description) == ("CPU high", True, "cpu > 90")
    assert [r.id for r in sms.list_alert_rule()] == ["cpu-high"]
    sms.delete_alert_rule("cpu-high")
    with pytest.raises(AzureMissingResourceHttpError):
        sms.get_alert_rule("cpu-high")


def test_media_services_account_life_cycle(sms: ServiceManagementService) -> None:
    sms.create_media_services_account(
        "media1", "West US", "store1", "a2V5", "https://store1.blob.core.windows.net/"
    )
    account = sms.get_media_services_account("media1")
    assert account.account_name == "media1"
    assert [a.name for a in sms.list_media_services_account()] == ["media1"]
    sms.delete_media_services_account("media1")
    with pytest.raises(AzureMissingResourceHttpError):
        sms.get_media_services_account("media1")


def test_hosted_service_extension_life_cycle(
    sms: ServiceManagementService, clock: FakeClock
) -> None:
    sms.create_hosted_service("web", "web", location="West US")
    extension = HostedServiceExtensionInput(
        provider_namespace="Microsoft.Windows.Azure.Extensions",
        type="RDP",
        id="rdp-1",
        version="1.*",
        public_configuration="<PublicConfig/>",
    )
    finish(sms, clock, sms.add_hosted_service_extension("web", extension))
    read = sms.get_hosted_service_extension("web", "rdp-1")
    assert (read.id, read.type) == ("rdp-1", "RDP")
    assert [e.id for e in sms.list_hosted_service_extensions("web")] == ["rdp-1"]
    finish(sms, clock, sms.delete_hosted_service_extension("web", "rdp-1"))
    with pytest.raises(AzureMissingResourceHttpError):
        sms.get_hosted_service_extension("web", "rdp-1")
    with pytest.raises(AzureMissingResourceHttpError):  # the cloud service must exist
        sms.add_hosted_service_extension("nosuchservice", extension)


def test_application_gateway_life_cycle(sms: ServiceManagementService) -> None:
    sms.create_application_gateway("agw", "vnet1", ["front"], 2, "Medium", description="web")
    gateway = sms.get_application_gateway("agw")
    assert (gateway.name, gateway.instance_count, gateway.gateway_size) == ("agw", 2, "Medium")
    assert [g.name for g in sms.list_application_gateway()] == ["agw"]
    sms.update_application_gateway("agw", 3, "Large", ["front"], "vnet1")
    assert sms.get_application_gateway("agw").instance_count == 3
    sms.set_application_gateway_config("agw", ApplicationGatewayConfiguration())
    sms.delete_application_gateway("agw")
    with pytest.raises(AzureMissingResourceHttpError):
        sms.get_application_gateway("agw")


def test_an_hdinsight_cluster_is_created_from_its_text_payload(
    emulator: Emulator, sms: ServiceManagementService, clock: FakeClock
) -> None:
    with pytest.raises(AzureMissingResourceHttpError):  # clusters live in a cloud service
        sms.create_hdinsight_cluster("hdsvc", "hd1", PAYLOAD)
    scheduler = emulator.client(SchedulerManagementService, retry=NO_RETRIES)
    scheduler.create_cloud_service("hdsvc", "hdsvc", "HDInsight", "West US")
    finish(sms, clock, sms.create_hdinsight_cluster("hdsvc", "hd1", PAYLOAD))
    sms.get_hdinsight_cluster("hdsvc", "hd1")
    finish(sms, clock, sms.delete_hdinsight_cluster("hdsvc", "hd1"))
    with pytest.raises(AzureMissingResourceHttpError):
        sms.get_hdinsight_cluster("hdsvc", "hd1")


def test_a_network_security_group_migrates_prepare_then_abort_or_commit(
    sms: ServiceManagementService, clock: FakeClock
) -> None:
    with pytest.raises(AzureMissingResourceHttpError):
        sms.prepare_network_security_group_migration("nosuchgroup")
    finish(sms, clock, sms.create_network_security_group("old-nsg", "West US"))
    assert list(sms.validate_network_security_group_migration("old-nsg")) == []
    with pytest.raises(AzureBadRequestHttpError):  # nothing prepared to commit
        sms.commit_network_security_group_migration("old-nsg")

    finish(sms, clock, sms.prepare_network_security_group_migration("old-nsg"))
    (finding,) = sms.validate_network_security_group_migration("old-nsg")
    assert (finding.resource_name, finding.category) == ("old-nsg", "Error")
    with pytest.raises(AzureConflictHttpError):
        sms.prepare_network_security_group_migration("old-nsg")
    finish(sms, clock, sms.abort_network_security_group_migration("old-nsg"))
    assert list(sms.validate_network_security_group_migration("old-nsg")) == []

    finish(sms, clock, sms.prepare_network_security_group_migration("old-nsg"))
    finish(sms, clock, sms.commit_network_security_group_migration("old-nsg"))
    with pytest.raises(AzureMissingResourceHttpError):  # it lives in Resource Manager now
        sms.get_network_security_group("old-nsg")


def test_a_step_waits_for_the_one_in_progress(
    sms: ServiceManagementService, clock: FakeClock
) -> None:
    finish(sms, clock, sms.create_route_table("rt", "West US"))
    prepared = sms.prepare_route_migration("rt")
    with pytest.raises(AzureConflictHttpError):
        sms.abort_route_migration("rt")
    clock.advance(DELAY)
    assert sms.get_operation_status(present(prepared.request_id)).status == "Succeeded"
    finish(sms, clock, sms.abort_route_migration("rt"))
    assert sms.get_route_table("rt").name == "rt"


def test_a_classic_gateway_is_provisioned_over_time(
    sms: ServiceManagementService, clock: FakeClock
) -> None:
    assert sms.get_gateway("vnet1").state == "NotProvisioned"
    with pytest.raises(AzureMissingResourceHttpError):
        sms.resize_gateway("vnet1", "HighPerformance")
    receipt = present(sms.create_gateway("vnet1", "Standard", "DynamicRouting").id)
    status = sms.get_expressroute_border_gateway_protocol_peering_operation_status
    assert status(receipt).status == "InProgress"
    gateway = sms.get_gateway("vnet1")
    assert (gateway.state, gateway.gateway_size, gateway.vip_address) == (
        "Provisioning",
        "Standard",
        None,
    )
    with pytest.raises(AzureConflictHttpError):  # one change at a time
        sms.create_gateway("vnet1")
    clock.advance(DELAY)
    assert status(receipt).status == "Successful"
    gateway = sms.get_gateway("vnet1")
    assert gateway.state == "Provisioned" and gateway.vip_address
    sms.resize_gateway("vnet1", "HighPerformance")
    clock.advance(DELAY)
    assert sms.get_gateway("vnet1").gateway_size == "HighPerformance"
    deleting = present(sms.delete_gateway("vnet1").id)
    assert sms.get_gateway("vnet1").state == "Deprovisioning"
    clock.advance(DELAY)
    assert status(deleting).status == "Successful"
    assert sms.get_gateway("vnet1").state == "NotProvisioned"
