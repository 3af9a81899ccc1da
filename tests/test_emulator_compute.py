"""Hosted services, deployments and virtual machines against the emulator, through the
SDK over mutual TLS, with the legacy classes the guide uses."""

from __future__ import annotations

import base64
from pathlib import Path
from typing import Any

import pytest
from emulator_support import FakeClock, package_configuration, raw_request
from narrow import present
from servicemanagement import (
    AsynchronousOperationResult,
    AzureAsyncOperationHttpError,
    AzureBadRequestHttpError,
    AzureConflictHttpError,
    AzureMissingResourceHttpError,
    CaptureRoleAsVMImage,
    ConfigurationSet,
    ConfigurationSetInputEndpoint,
    DataVirtualHardDisk,
    DataVirtualHardDisks,
    LinuxConfigurationSet,
    OSVirtualHardDisk,
    ServiceManagementService,
    WindowsConfigurationSet,
)
from servicemanagement.emulator import Emulator, pki

DELAY = 10.0
CENTOS = "5112500ae3b842c8b9c604889f8753c3__OpenLogic-CentOS-66-20150605"
WINDOWS = "a699494373c04fc0bc8f2bb1389d6106__Windows-Server-2012-R2-201505.01-en.us-127GB.vhd"
BLOBS = "https://mystorageaccount.blob.core.windows.net/vhds"


def finish(
    sms: ServiceManagementService, clock: FakeClock, result: AsynchronousOperationResult
) -> None:
    clock.advance(DELAY)
    assert sms.get_operation_status(present(result.request_id)).status == "Succeeded"


def linux() -> LinuxConfigurationSet:
    return LinuxConfigurationSet("myhostname", "myuser", "mypassword", True)


def web_endpoints() -> ConfigurationSet:
    network = ConfigurationSet()
    present(present(network.input_endpoints).input_endpoints).append(
        ConfigurationSetInputEndpoint("ssh", "tcp", "22", "22")
    )
    return network


def vm(sms: ServiceManagementService, clock: FakeClock, name: str = "myvm") -> None:
    """A hosted service holding a running Linux VM, as the guide makes one."""
    sms.create_hosted_service(service_name=name, label=name, location="West US")
    result = sms.create_virtual_machine_deployment(
        service_name=name,
        deployment_name=name,
        deployment_slot="production",
        label=name,
        role_name=name,
        system_config=linux(),
        os_virtual_hard_disk=OSVirtualHardDisk(CENTOS, f"{BLOBS}/{name}.vhd"),
        role_size="Small",
    )
    clock.advance(2 * DELAY)
    assert sms.get_operation_status(present(result.request_id)).status == "Succeeded"


# ---- hosted services -----------------------------------------------------------------


def test_hosted_service_lifecycle(sms: ServiceManagementService, clock: FakeClock) -> None:
    sms.create_hosted_service(
        "myhostedservice",
        "my label",
        "my hosted service",
        "West US",
        extended_properties={"a": "1"},
    )
    services = sms.list_hosted_services()
    assert [s.service_name for s in services] == ["myhostedservice"]
    service = sms.get_hosted_service_properties("myhostedservice")
    assert present(service.url).endswith("/services/hostedservices/myhostedservice")
    properties = present(service.hosted_service_properties)
    assert (properties.label, properties.description, properties.location, properties.status) == (
        "my label",
        "my hosted service",
        "West US",
        "Created",
    )
    assert present(properties.extended_properties)["a"] == "1"
    sms.update_hosted_service("myhostedservice", "new label", extended_properties={"b": "2"})
    updated = present(
        sms.get_hosted_service_properties("myhostedservice").hosted_service_properties
    )
    assert updated.label == "new label"
    extended = present(updated.extended_properties)
    assert (extended["a"], extended["b"]) == ("1", "2")
    finish(sms, clock, sms.delete_hosted_service("myhostedservice"))
    with pytest.raises(AzureMissingResourceHttpError) as caught:
        sms.get_hosted_service_properties("myhostedservice")
    assert caught.value.message == "The hosted service does not exist."


def test_hosted_service_names(sms: ServiceManagementService) -> None:
    assert sms.check_hosted_service_name_availability("freename").result is True
    sms.create_hosted_service("takenname", "label", location="West US")
    taken = sms.check_hosted_service_name_availability("takenname")
    assert (taken.result, taken.reason) == (
        False,
        "A hosted service with the specified name already exists.",
    )
    with pytest.raises(AzureConflictHttpError) as caught:
        sms.create_hosted_service("takenname", "label", location="West US")
    assert caught.value.message == "The specified DNS name is already taken."
    assert sms.check_hosted_service_name_availability("bad_name").result is False
    with pytest.raises(AzureBadRequestHttpError, match="hosted service name is invalid"):
        sms.create_hosted_service("bad_name", "label", location="West US")


def test_a_service_with_deployments_cannot_be_deleted_unless_complete(
    sms: ServiceManagementService, clock: FakeClock
) -> None:
    vm(sms, clock)
    with pytest.raises(AzureConflictHttpError, match="delete them first"):
        sms.delete_hosted_service("myvm")
    result = sms.delete_hosted_service("myvm", complete=True)
    finish(sms, clock, result)
    assert len(sms.list_hosted_services()) == 0
    assert len(sms.list_disks()) == 0


# ---- virtual machines --------------------------------------------------------------------


def test_a_vm_deployment_moves_through_realistic_states(
    sms: ServiceManagementService, clock: FakeClock
) -> None:
    sms.create_hosted_service(service_name="myvm", label="myvm", location="West US")
    result = sms.create_virtual_machine_deployment(
        service_name="myvm",
        deployment_name="myvm",
        deployment_slot="production",
        label="myvm",
        role_name="myvm",
        system_config=linux(),
        os_virtual_hard_disk=OSVirtualHardDisk(CENTOS, f"{BLOBS}/myvm.vhd"),
        network_config=web_endpoints(),
        role_size="Small",
    )
    seen = []
    for _ in range(3):
        deployment = sms.get_deployment_by_name("myvm", "myvm")
        instance = present(deployment.role_instance_list)[0]
        status = sms.get_operation_status(present(result.request_id)).status
        seen.append((status, deployment.status, instance.instance_status, instance.power_state))
        clock.advance(DELAY)
    assert seen == [
        ("InProgress", "Deploying", "RoleStateUnknown", "Starting"),
        ("Succeeded", "Running", "Provisioning", "Started"),
        ("Succeeded", "Running", "ReadyRole", "Started"),
    ]
    deployment = sms.get_deployment_by_slot("myvm", "Production")
    assert (deployment.name, deployment.label, deployment.deployment_slot) == (
        "myvm",
        "myvm",
        "Production",
    )
    assert deployment.url == "http://myvm.cloudapp.net/"
    assert 'name="myvm"' in present(deployment.configuration)
    instance = present(deployment.role_instance_list)[0]
    assert (instance.host_name, instance.instance_size) == ("myhostname", "Small")
    endpoint = present(instance.instance_endpoints)[0]
    assert (endpoint.name, endpoint.public_port, endpoint.local_port, endpoint.protocol) == (
        "ssh",
        "22",
        "22",
        "tcp",
    )
    assert endpoint.vip == present(deployment.virtual_ips)[0].address


def test_the_role_and_its_disk(sms: ServiceManagementService, clock: FakeClock) -> None:
    vm(sms, clock)
    role = sms.get_role("myvm", "myvm", "myvm")
    assert (role.role_name, role.role_type, role.role_size) == ("myvm", "PersistentVMRole", "Small")
    # Provisioning settings (passwords) are never given back.
    configuration_sets = present(role.configuration_sets)
    assert [c.configuration_set_type for c in configuration_sets] == ["NetworkConfiguration"]
    disk = present(role.os_virtual_hard_disk)
    assert (disk.source_image_name, disk.media_link, disk.os) == (
        CENTOS,
        f"{BLOBS}/myvm.vhd",
        "Linux",
    )
    disk_name = present(disk.disk_name)
    assert disk_name.startswith("myvm-myvm-0-")
    stored = sms.get_disk(disk_name)
    assert (stored.os, stored.logical_disk_size_in_gb, stored.source_image_name) == (
        "Linux",
        30,
        CENTOS,
    )
    attached = present(stored.attached_to)
    assert (attached.hosted_service_name, attached.deployment_name, attached.role_name) == (
        "myvm",
        "myvm",
        "myvm",
    )
    with pytest.raises(AzureMissingResourceHttpError) as caught:
        sms.get_role("myvm", "myvm", "other")
    assert caught.value.message == "Role other was not found in the currently deployed service."


def test_deleting_a_deployment_keeps_or_deletes_its_disks(
    sms: ServiceManagementService, clock: FakeClock
) -> None:
    vm(sms, clock, "first")
    vm(sms, clock, "second")
    kept = present(present(sms.get_role("first", "first", "first").os_virtual_hard_disk).disk_name)
    with pytest.raises(AzureBadRequestHttpError, match="currently in use"):
        sms.delete_disk(kept)
    finish(sms, clock, sms.delete_deployment("first", "first"))
    with pytest.raises(AzureMissingResourceHttpError) as caught:
        sms.get_deployment_by_name("first", "first")
    assert caught.value.message == "No deployments were found."
    assert sms.get_disk(kept).attached_to is None
    finish(sms, clock, sms.delete_deployment("second", "second", delete_vhd=True))
    assert [d.name for d in sms.list_disks()] == [kept]
    sms.delete_disk(kept)
    assert len(sms.list_disks()) == 0


def test_a_deleting_deployment_blocks_other_changes(
    sms: ServiceManagementService, clock: FakeClock
) -> None:
    vm(sms, clock)
    sms.delete_deployment("myvm", "myvm")
    assert sms.get_deployment_by_name("myvm", "myvm").status == "Deleting"
    with pytest.raises(AzureConflictHttpError, match="requires exclusive access"):
        sms.shutdown_role("myvm", "myvm", "myvm")


def test_power_operations(sms: ServiceManagementService, clock: FakeClock) -> None:
    vm(sms, clock)

    def state() -> tuple[str | None, str | None]:
        instance = present(sms.get_deployment_by_name("myvm", "myvm").role_instance_list)[0]
        return instance.instance_status, instance.power_state

    finish(sms, clock, sms.shutdown_role("myvm", "myvm", "myvm"))
    assert state() == ("StoppedVM", "Stopped")
    finish(sms, clock, sms.start_role("myvm", "myvm", "myvm"))
    assert state() == ("Provisioning", "Started")
    clock.advance(DELAY)
    assert state() == ("ReadyRole", "Started")
    finish(sms, clock, sms.shutdown_roles("myvm", "myvm", ["myvm"], "StoppedDeallocated"))
    assert state() == ("StoppedDeallocated", "Stopped")
    finish(sms, clock, sms.start_roles("myvm", "myvm", ["myvm"]))
    finish(sms, clock, sms.restart_role("myvm", "myvm", "myvm"))
    clock.advance(DELAY)
    assert state() == ("ReadyRole", "Started")


def test_add_update_and_delete_a_role(sms: ServiceManagementService, clock: FakeClock) -> None:
    vm(sms, clock)
    data = DataVirtualHardDisks()
    present(data.data_virtual_hard_disks).append(
        DataVirtualHardDisk(f"{BLOBS}/data.vhd", logical_disk_size_in_gb=50, lun=0)
    )
    result = sms.add_role(
        "myvm",
        "myvm",
        "second",
        LinuxConfigurationSet("second", "user", "password1!", False),
        OSVirtualHardDisk(CENTOS, f"{BLOBS}/second.vhd"),
        data_virtual_hard_disks=data,
        role_size="Medium",
    )
    finish(sms, clock, result)
    deployment = sms.get_deployment_by_name("myvm", "myvm")
    assert [r.role_name for r in present(deployment.role_list)] == ["myvm", "second"]
    instances = present(deployment.role_instance_list)
    assert [i.instance_name for i in instances] == ["myvm", "second"]
    assert len(sms.list_disks()) == 3
    second = sms.get_role("myvm", "myvm", "second")
    assert present(second.data_virtual_hard_disks)[0].logical_disk_size_in_gb == 50
    finish(sms, clock, sms.update_role("myvm", "myvm", "second", role_size="Large"))
    assert sms.get_role("myvm", "myvm", "second").role_size == "Large"
    finish(sms, clock, sms.delete_role("myvm", "myvm", "second", complete=True))
    roles = present(sms.get_deployment_by_name("myvm", "myvm").role_list)
    assert [r.role_name for r in roles] == ["myvm"]
    assert len(sms.list_disks()) == 1
    with pytest.raises(AzureBadRequestHttpError, match="only role"):
        sms.delete_role("myvm", "myvm", "myvm")


@pytest.mark.parametrize(
    ("kwargs", "named"),
    [
        (
            {"os_virtual_hard_disk": OSVirtualHardDisk("nosuchimage", f"{BLOBS}/x.vhd")},
            "nosuchimage",
        ),
        ({"os_virtual_hard_disk": OSVirtualHardDisk(CENTOS, "nowhere")}, "MediaLink"),
        ({"role_size": "Gigantic"}, "RoleSize"),
        (
            {"system_config": WindowsConfigurationSet("host", "Pa55word!")},
            "WindowsProvisioningConfiguration",
        ),
        ({"system_config": LinuxConfigurationSet("host", "user", None, False)}, "UserPassword"),
        ({"deployment_slot": "staging"}, "production slot"),
    ],
)
def test_bad_vm_deployments_are_refused_naming_what_is_wrong(
    sms: ServiceManagementService, kwargs: dict[str, Any], named: str
) -> None:
    sms.create_hosted_service("myvm", "myvm", location="West US")
    arguments: dict[str, Any] = {
        "service_name": "myvm",
        "deployment_name": "myvm",
        "deployment_slot": "production",
        "label": "myvm",
        "role_name": "myvm",
        "system_config": linux(),
        "os_virtual_hard_disk": OSVirtualHardDisk(CENTOS, f"{BLOBS}/myvm.vhd"),
        "role_size": "Small",
    }
    arguments.update(kwargs)
    with pytest.raises(AzureBadRequestHttpError) as caught:
        sms.create_virtual_machine_deployment(**arguments)
    assert named in caught.value.message
    assert len(sms.list_disks()) == 0  # a refused call leaves nothing behind


def test_a_second_deployment_in_the_slot_or_a_missing_service(
    sms: ServiceManagementService, clock: FakeClock
) -> None:
    vm(sms, clock)
    with pytest.raises(AzureConflictHttpError):
        sms.create_virtual_machine_deployment(
            "myvm", "other", "production", "other", "other", linux(),
            OSVirtualHardDisk(CENTOS, f"{BLOBS}/other.vhd"), role_size="Small",
        )  # fmt: skip
    with pytest.raises(AzureMissingResourceHttpError, match="hosted service does not exist"):
        sms.create_virtual_machine_deployment(
            "nosuchservice", "other", "production", "other", "other", linux(),
            OSVirtualHardDisk(CENTOS, f"{BLOBS}/other.vhd"), role_size="Small",
        )  # fmt: skip


# ---- cloud-service packages ---------------------------------------------------------------


def test_a_package_deployment(sms: ServiceManagementService, clock: FakeClock) -> None:
    sms.create_hosted_service("mysvc", "mysvc", location="West US")
    result = sms.create_deployment(
        "mysvc", "production", "v1", "http://mystorageaccount.blob.core.windows.net/pkg/v1.cspkg",
        "v1", package_configuration(2),
    )  # fmt: skip
    finish(sms, clock, result)
    deployment = sms.get_deployment_by_slot("mysvc", "production")
    assert deployment.status == "Suspended"
    instances = present(deployment.role_instance_list)
    assert [(i.instance_name, i.instance_status, i.power_state) for i in instances] == [
        ("WorkerRole1_IN_0", "CreatingVM", "Stopped"),
        ("WorkerRole1_IN_1", "CreatingVM", "Stopped"),
    ]
    assert present(deployment.role_list)[0].os_version == "WA-GUEST-OS-2.40_201506-01"
    finish(sms, clock, sms.update_deployment_status("mysvc", "v1", "Running"))
    clock.advance(DELAY)
    deployment = sms.get_deployment_by_name("mysvc", "v1")
    assert deployment.status == "Running"
    assert {i.instance_status for i in present(deployment.role_instance_list)} == {"ReadyRole"}
    finish(sms, clock, sms.change_deployment_configuration("mysvc", "v1", package_configuration(3)))
    assert len(present(sms.get_deployment_by_name("mysvc", "v1").role_instance_list)) == 3
    finish(sms, clock, sms.reboot_role_instance("mysvc", "v1", "WorkerRole1_IN_2"))
    finish(sms, clock, sms.delete_role_instances("mysvc", "v1", ["WorkerRole1_IN_0"]))
    instances = present(sms.get_deployment_by_name("mysvc", "v1").role_instance_list)
    names = [i.instance_name for i in instances]
    assert names == ["WorkerRole1_IN_1", "WorkerRole1_IN_2"]


def test_swap_staging_into_production(sms: ServiceManagementService, clock: FakeClock) -> None:
    sms.create_hosted_service("mysvc", "mysvc", location="West US")
    package = "http://mystorageaccount.blob.core.windows.net/pkg/app.cspkg"
    finish(
        sms,
        clock,
        sms.create_deployment("mysvc", "production", "v1", package, "v1", package_configuration(1)),
    )
    finish(
        sms,
        clock,
        sms.create_deployment("mysvc", "staging", "v2", package, "v2", package_configuration(1)),
    )
    finish(sms, clock, sms.swap_deployment("mysvc", "v1", "v2"))
    assert sms.get_deployment_by_slot("mysvc", "production").name == "v2"
    assert sms.get_deployment_by_slot("mysvc", "staging").name == "v1"
    embedded = sms.get_hosted_service_properties("mysvc", embed_detail=True)
    assert sorted(present(d.name) for d in present(embedded.deployments)) == ["v1", "v2"]
    assert sms.get_hosted_service_properties("mysvc").deployments is None


def test_a_manual_upgrade_walks_the_upgrade_domains(
    sms: ServiceManagementService, clock: FakeClock
) -> None:
    sms.create_hosted_service("mysvc", "mysvc", location="West US")
    package = "http://mystorageaccount.blob.core.windows.net/pkg/app.cspkg"
    finish(
        sms,
        clock,
        sms.create_deployment(
            "mysvc", "production", "v1", package, "v1", package_configuration(2), True
        ),
    )
    finish(
        sms,
        clock,
        sms.upgrade_deployment(
            "mysvc", "v1", "Manual", package, package_configuration(2), "v2", False
        ),
    )
    deployment = sms.get_deployment_by_name("mysvc", "v1")
    assert (deployment.label, deployment.rollback_allowed) == ("v2", True)
    status = present(deployment.upgrade_status)
    assert (
        status.upgrade_type,
        status.current_upgrade_domain,
        status.current_upgrade_domain_state,
    ) == (
        "Manual",
        "0",
        "Before",
    )
    with pytest.raises(AzureBadRequestHttpError, match="next upgrade domain to walk is 0"):
        sms.walk_upgrade_domain("mysvc", "v1", 1)
    finish(sms, clock, sms.walk_upgrade_domain("mysvc", "v1", 0))
    upgrade = present(sms.get_deployment_by_name("mysvc", "v1").upgrade_status)
    assert upgrade.current_upgrade_domain == "1"
    finish(sms, clock, sms.walk_upgrade_domain("mysvc", "v1", 1))
    assert sms.get_deployment_by_name("mysvc", "v1").upgrade_status is None
    with pytest.raises(AzureBadRequestHttpError, match="no upgrade to roll back"):
        sms.rollback_update_or_upgrade("mysvc", "v1", "Auto", False)
    finish(
        sms,
        clock,
        sms.upgrade_deployment(
            "mysvc", "v1", "Manual", package, package_configuration(2), "v3", False
        ),
    )
    finish(sms, clock, sms.rollback_update_or_upgrade("mysvc", "v1", "Auto", False))
    assert sms.get_deployment_by_name("mysvc", "v1").upgrade_status is None


def test_a_configuration_that_is_not_one_is_a_bad_request(
    emulator: Emulator, sms: ServiceManagementService
) -> None:
    sms.create_hosted_service("mysvc", "mysvc", location="West US")
    body = (
        b'<CreateDeployment xmlns="http://schemas.microsoft.com/windowsazure"><Name>v1</Name>'
        b"<PackageUrl>http://a.blob.core.windows.net/p/x.cspkg</PackageUrl><Label>djE=</Label>"
        b"<Configuration>" + base64.b64encode(b"<nonsense/>") + b"</Configuration>"
        b"</CreateDeployment>"
    )
    answer = raw_request(
        emulator.connection,
        "POST",
        "/{sub}/services/hostedservices/mysvc/deploymentslots/production",
        body=body,
    )
    assert answer.status == 400
    assert "ServiceConfiguration" in (answer.error()[1] or "")


def test_data_disks(sms: ServiceManagementService, clock: FakeClock) -> None:
    vm(sms, clock)
    finish(
        sms,
        clock,
        sms.add_data_disk(
            "myvm",
            "myvm",
            "myvm",
            0,
            "ReadOnly",
            f"{BLOBS}/data0.vhd",
            "data",
            logical_disk_size_in_gb=100,
        ),
    )
    disk = sms.get_data_disk("myvm", "myvm", "myvm", 0)
    assert (disk.lun, disk.host_caching, disk.logical_disk_size_in_gb) == (0, "ReadOnly", 100)
    assert present(sms.get_disk(present(disk.disk_name)).attached_to).role_name == "myvm"
    with pytest.raises(AzureConflictHttpError, match="Lun 0"):
        sms.add_data_disk(
            "myvm", "myvm", "myvm", 0, media_link=f"{BLOBS}/other.vhd", logical_disk_size_in_gb=1
        )
    with pytest.raises(AzureBadRequestHttpError, match="at most 2 data disks"):
        for lun in (1, 2):
            sms.add_data_disk(
                "myvm",
                "myvm",
                "myvm",
                lun,
                media_link=f"{BLOBS}/d{lun}.vhd",
                logical_disk_size_in_gb=1,
            )
            clock.advance(DELAY)
    finish(sms, clock, sms.update_data_disk("myvm", "myvm", "myvm", 0, host_caching="None"))
    assert sms.get_data_disk("myvm", "myvm", "myvm", 0).host_caching == "None"
    finish(sms, clock, sms.delete_data_disk("myvm", "myvm", "myvm", 0, delete_vhd=True))
    with pytest.raises(AzureMissingResourceHttpError):
        sms.get_data_disk("myvm", "myvm", "myvm", 0)
    assert disk.disk_name not in [d.name for d in sms.list_disks()]


# ---- service certificates, DNS servers, reserved IPs, captures ----------------------------


def _pfx(password: str) -> tuple[str, str]:
    """A PFX (base64) holding a fresh certificate, and that certificate's thumbprint."""
    issued = pki.new_client(None, "service certificate")
    return base64.b64encode(issued.pfx(password)).decode(), issued.thumbprint


def test_service_certificates(sms: ServiceManagementService, clock: FakeClock) -> None:
    sms.create_hosted_service("mysvc", "mysvc", location="West US")
    data, thumbprint = _pfx("Python")
    finish(sms, clock, sms.add_service_certificate("mysvc", data, "pfx", "Python"))
    listed = sms.list_service_certificates("mysvc")
    assert [(c.thumbprint, c.thumbprint_algorithm) for c in listed] == [(thumbprint, "sha1")]
    assert present(listed[0].certificate_url).endswith(f"/mysvc/certificates/sha1-{thumbprint}")
    got = sms.get_service_certificate("mysvc", "sha1", thumbprint)
    assert got.data == listed[0].data
    finish(sms, clock, sms.delete_service_certificate("mysvc", "sha1", thumbprint))
    assert len(sms.list_service_certificates("mysvc")) == 0
    with pytest.raises(AzureMissingResourceHttpError) as caught:
        sms.get_service_certificate("mysvc", "sha1", thumbprint)
    assert caught.value.message == "The certificate was not found."


def test_a_wrong_certificate_password_fails_the_operation(
    sms: ServiceManagementService, clock: FakeClock
) -> None:
    sms.create_hosted_service("mysvc", "mysvc", location="West US")
    data, _ = _pfx("Python")
    result = sms.add_service_certificate("mysvc", data, "pfx", "not the password")
    request_id = present(result.request_id)
    assert sms.get_operation_status(request_id).status == "InProgress"
    clock.advance(DELAY)
    operation = sms.get_operation_status(request_id)
    assert (operation.status, operation.http_status_code) == ("Failed", "400")
    error = present(operation.error)
    assert error.code == "BadRequest"
    assert "Password" in present(error.message)
    with pytest.raises(AzureAsyncOperationHttpError) as caught:
        sms.wait_for_operation_status(request_id, sleep_interval=0)
    assert caught.value.code == "BadRequest"
    assert len(sms.list_service_certificates("mysvc")) == 0


def test_dns_servers(sms: ServiceManagementService, clock: FakeClock) -> None:
    vm(sms, clock)
    finish(sms, clock, sms.add_dns_server("myvm", "myvm", "mydns", "10.0.0.4"))
    finish(sms, clock, sms.update_dns_server("myvm", "myvm", "mydns", "10.0.0.5"))
    servers = present(present(sms.get_deployment_by_name("myvm", "myvm").dns).dns_servers)
    assert [(s.name, s.address) for s in servers] == [("mydns", "10.0.0.5")]
    with pytest.raises(AzureConflictHttpError):
        sms.add_dns_server("myvm", "myvm", "mydns", "10.0.0.6")
    finish(sms, clock, sms.delete_dns_server("myvm", "myvm", "mydns"))
    assert sms.get_deployment_by_name("myvm", "myvm").dns is None


def test_a_reserved_ip_serves_a_deployment(sms: ServiceManagementService, clock: FakeClock) -> None:
    finish(sms, clock, sms.create_reserved_ip_address("myip", location="West US"))
    address = sms.get_reserved_ip_address("myip").address
    vm(sms, clock)
    finish(sms, clock, sms.associate_reserved_ip_address("myip", "myvm", "myvm"))
    reserved = sms.get_reserved_ip_address("myip")
    assert (reserved.in_use, reserved.service_name, reserved.deployment_name) == (
        True,
        "myvm",
        "myvm",
    )
    vip = present(sms.get_deployment_by_name("myvm", "myvm").virtual_ips)[0]
    assert (vip.address, vip.reserved_ip_name) == (address, "myip")
    with pytest.raises(AzureBadRequestHttpError, match="in use"):
        sms.delete_reserved_ip_address("myip")
    finish(sms, clock, sms.disassociate_reserved_ip_address("myip", "myvm", "myvm"))
    assert not sms.get_reserved_ip_address("myip").in_use
    vips = present(sms.get_deployment_by_name("myvm", "myvm").virtual_ips)
    assert vips[0].address != address


def test_capture_a_vm_image_and_create_a_vm_from_it(
    sms: ServiceManagementService, clock: FakeClock
) -> None:
    vm(sms, clock)
    options = CaptureRoleAsVMImage(
        "Specialized", "myimage", "my image", "an image", "english", "mygroup"
    )
    finish(sms, clock, sms.capture_vm_image("myvm", "myvm", "myvm", options))
    image = next(i for i in sms.list_vm_images() if i.name == "myimage")
    assert (image.category, image.label, image.description) == ("User", "my image", "an image")
    assert (image.service_name, image.deployment_name, image.role_name) == ("myvm",) * 3
    os_disk = present(image.os_disk_configuration)
    assert os_disk.os_state == "Specialized"
    assert present(os_disk.media_link).startswith(
        "https://mystorageaccount.blob.core.windows.net/vmimages/myimage-os-"
    )
    assert (image.role_state_on_capture, image.role_size_on_capture) == ("ReadyRole", "Small")
    sms.create_hosted_service("copy", "copy", location="West US")
    result = sms.create_virtual_machine_deployment(
        service_name="copy", deployment_name="copy", deployment_slot="production",
        label="copy", role_name="copy", system_config=linux(), os_virtual_hard_disk=None,
        role_size="Small", vm_image_name="myimage",
    )  # fmt: skip
    finish(sms, clock, result)
    role = sms.get_role("copy", "copy", "copy")
    assert role.vm_image_name == "myimage"
    disk = present(role.os_virtual_hard_disk)
    assert present(disk.media_link).startswith(
        "https://mystorageaccount.blob.core.windows.net/vmimages/copy-copy-0-"
    )
    assert present(sms.get_disk(present(disk.disk_name)).attached_to).role_name == "copy"
    with pytest.raises(AzureConflictHttpError):
        sms.capture_vm_image("myvm", "myvm", "myvm", options)


def test_capture_role_as_an_os_image_deletes_the_vm(
    sms: ServiceManagementService, clock: FakeClock
) -> None:
    vm(sms, clock)
    disk = present(sms.get_role("myvm", "myvm", "myvm").os_virtual_hard_disk)
    finish(sms, clock, sms.capture_role("myvm", "myvm", "myvm", "Delete", "captured", "captured"))
    image = sms.get_os_image("captured")
    assert (image.category, image.os, image.media_link) == ("User", "Linux", disk.media_link)
    with pytest.raises(AzureMissingResourceHttpError):
        sms.get_deployment_by_name("myvm", "myvm")
    assert len(sms.list_disks()) == 0  # the disk became the image


def test_vms_survive_a_restart(tmp_path: Path, clock: FakeClock) -> None:
    state = tmp_path / "state"
    with Emulator(state, operation_delay=DELAY, clock=clock) as first:
        vm(first.client(), clock)
        finish(first.client(), clock, first.client().shutdown_role("myvm", "myvm", "myvm"))
    with Emulator(state, operation_delay=DELAY, clock=clock) as second:
        sms = second.client()
        instance = present(sms.get_deployment_by_name("myvm", "myvm").role_instance_list)[0]
        assert (instance.instance_status, instance.power_state) == ("StoppedVM", "Stopped")
        finish(sms, clock, sms.start_role("myvm", "myvm", "myvm"))
        clock.advance(DELAY)
        instance = present(sms.get_deployment_by_name("myvm", "myvm").role_instance_list)[0]
        assert instance.instance_status == "ReadyRole"
        assert len(sms.list_disks()) == 1
