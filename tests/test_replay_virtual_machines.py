"""Replay: virtual machines (deployments of roles built from configuration sets).

Each test drives the SDK as its legacy test did, set-up included: the cloud service,
its service certificate, the OS image picked from the image list (compute_steps).
"""

from __future__ import annotations

import pytest
from compute_steps import (
    create_vm,
    host_name,
    instance_status,
    linux_config,
    network_config,
    role_parts,
    start,
    wait,
    wait_for_deployment,
    wait_for_role,
)
from fixturetypes import Replay
from narrow import present
from servicemanagement import (
    AzureMissingResourceHttpError,
    ConfigurationSet,
    PersistentVMRole,
    ServiceManagementService,
)

#: The images the legacy tests' image choice found in the recorded image lists.
LINUX_IMAGE = "b39f27a8b8c64d52b05eac6a62ebad85__Ubuntu-15_04-amd64-server-20150616.1-en-us-30GB"
WINDOWS_IMAGE = (
    "a699494373c04fc0bc8f2bb1389d6106__Windows-Server-Technical-Preview-201505.01-en.us-127GB.vhd"
)


def add_role(
    sms: ServiceManagementService, name: str, role_name: str, windows: bool, with_network: bool
) -> None:
    """Legacy ``_add_role_windows`` (and the add_role step of test_add_role_linux)."""
    system, disk, network = role_parts(sms, name, role_name, windows, "59914")
    result = sms.add_role(name, name, role_name, system, disk, network if with_network else None)
    wait(sms, result)
    wait_for_role(sms, name, name, role_name)


def assert_role_basics(
    sms: ServiceManagementService, name: str, role_name: str
) -> PersistentVMRole:
    role = sms.get_role(name, name, role_name)
    assert role.role_name == role_name
    assert role.role_size == "Small"
    assert role.role_type == "PersistentVMRole"
    disk = role.os_virtual_hard_disk
    assert disk is not None and disk.disk_name is not None and disk.media_link is not None
    assert disk.disk_label == role_name + ".vhd"
    assert disk.disk_name.startswith(f"{name}-{role_name}-0-")
    assert disk.host_caching == "ReadWrite"
    assert disk.media_link.endswith(f"/{role_name}.vhd")
    assert disk.io_type == "Standard"
    assert len(present(role.data_virtual_hard_disks)) == 0
    network = present(role.configuration_sets)[0]
    assert isinstance(network, ConfigurationSet)
    assert network.configuration_set_type == "NetworkConfiguration"
    endpoint = present(network.input_endpoints)[0]
    assert (endpoint.name, endpoint.protocol, endpoint.port, endpoint.local_port) == (
        "utendpoint",
        "tcp",
        "59913",
        "3394",
    )
    return role


def test_create_virtual_machine_deployment_linux_remote_source_image(replay: Replay) -> None:
    sms = replay("mgmt_misc.test_create_virtual_machine_deployment_linux_remote_source_image")
    name = "utsvc36a237b"
    start(sms, name, {"ext1": "val1", "ext2": "42"})
    system, os_hd, network = role_parts(sms, name, name, windows=False, port="59913")
    assert os_hd.source_image_name == LINUX_IMAGE
    os_hd.remote_source_image_link = (
        "https://portalvhds13tr49m9hm1m6.blob.core.windows.net/vhds/"
        "huvalotestub-image-os-2014-11-06.vhd"
    )
    os_hd.os = "Linux"
    os_hd.disk_name = name
    os_hd.source_image_name = None

    result = sms.create_virtual_machine_deployment(
        name, name, "production", name + "label", name, system, os_hd, network, role_size="Small"
    )
    wait(sms, result)
    wait_for_deployment(sms, name, name)
    wait_for_role(sms, name, name, name)

    disk = sms.get_role(name, name, name).os_virtual_hard_disk
    assert disk is not None
    assert disk.remote_source_image_link == os_hd.remote_source_image_link
    assert disk.os == "Linux"
    assert sms.get_deployment_by_name(name, name).label == name + "label"


def test_create_virtual_machine_deployment_linux_vm_image(replay: Replay) -> None:
    sms = replay("mgmt_misc.test_create_virtual_machine_deployment_linux_vm_image")
    name = "utsvc92be1ee2"
    start(sms, name, {"ext2": "42", "ext1": "val1"})

    result = sms.create_virtual_machine_deployment(
        name,
        name,
        "production",
        name + "label",
        name,
        system_config=linux_config(name),
        os_virtual_hard_disk=None,
        role_size="Small",
        vm_image_name="unittest-donotdelete-ubuntu1404",
    )
    wait(sms, result)
    wait_for_deployment(sms, name, name)
    wait_for_role(sms, name, name, name)

    role = sms.get_role(name, name, name)
    assert role.vm_image_name == "unittest-donotdelete-ubuntu1404"
    deployment = sms.get_deployment_by_name(name, name)
    assert deployment.label == name + "label"
    assert present(deployment.role_list)[0].vm_image_name == "unittest-donotdelete-ubuntu1404"


def test_add_role_linux(replay: Replay) -> None:
    sms = replay("mgmt_misc.test_add_role_linux")
    name = "utsvc604310ca"
    role1, role2 = name + "a", name + "b"
    create_vm(sms, name, role1, windows=False, extended_properties={"ext2": "42", "ext1": "val1"})

    disk = assert_role_basics(sms, name, role1).os_virtual_hard_disk
    assert disk is not None
    assert disk.os == "Linux"
    assert disk.source_image_name == LINUX_IMAGE

    add_role(sms, name, role2, windows=False, with_network=False)

    assert sms.get_role(name, name, role1).role_name == role1
    added = present(sms.get_role(name, name, role2).configuration_sets)[0]
    assert isinstance(added, ConfigurationSet)
    assert added.input_endpoints is None  # added without endpoints
    service = sms.get_hosted_service_properties(name, True)
    instances = present(present(service.deployments)[0].role_instance_list)
    assert [i.host_name for i in instances] == [host_name(role1), host_name(role2)]


def test_add_update_delete_role_windows(replay: Replay) -> None:
    sms = replay("mgmt_misc.test_add_update_delete_role_windows")
    name = "utsvca2701759"
    role1, role2 = name + "a", name + "b"
    create_vm(sms, name, role1, windows=True, extended_properties={"ext2": "42", "ext1": "val1"})
    add_role(sms, name, role2, windows=True, with_network=True)

    role = assert_role_basics(sms, name, role1)
    assert role.os_virtual_hard_disk is not None
    assert role.os_virtual_hard_disk.os == "Windows"
    assert role.os_virtual_hard_disk.source_image_name == WINDOWS_IMAGE
    assert role.default_win_rm_certificate_thumbprint

    result = sms.update_role(
        name,
        name,
        role1,
        network_config=network_config("50055", "endupdate", "5555"),
        role_size="Medium",
    )
    wait(sms, result)
    wait_for_role(sms, name, name, role1)
    updated = sms.get_role(name, name, role1)
    assert updated.role_size == "Medium"
    network = present(updated.configuration_sets)[0]
    assert isinstance(network, ConfigurationSet)
    assert present(network.input_endpoints)[0].name == "endupdate"

    wait(sms, sms.delete_role(name, name, role2, False))
    assert sms.get_role(name, name, role1).role_name == role1
    with pytest.raises(AzureMissingResourceHttpError):
        sms.get_role(name, name, role2)


def test_shutdown_start_restart_role(replay: Replay) -> None:
    sms = replay("mgmt_misc.test_shutdown_start_restart_role")
    name = "utsvc66ff167f"
    role1, role2 = name + "a", name + "b"
    create_vm(sms, name, role1, windows=True, extended_properties={"ext1": "val1", "ext2": "42"})
    add_role(sms, name, role2, windows=True, with_network=True)

    wait(sms, sms.shutdown_role(name, name, role1))
    wait_for_role(sms, name, name, role1, "StoppedVM")

    wait(sms, sms.start_role(name, name, role1))
    wait_for_role(sms, name, name, role1)

    wait(sms, sms.restart_role(name, name, role1))
    wait_for_role(sms, name, name, role1)

    wait(sms, sms.shutdown_roles(name, name, [role1, role2]))
    wait_for_role(sms, name, name, role1, "StoppedVM")
    wait_for_role(sms, name, name, role2, "StoppedVM")

    wait(sms, sms.start_roles(name, name, [role1, role2]))
    wait_for_role(sms, name, name, role1)
    deployment = wait_for_role(sms, name, name, role2)
    assert instance_status(deployment, role1) == "ReadyRole"

    wait(sms, sms.shutdown_role(name, name, role1, "StoppedDeallocated"))
    deployment = wait_for_role(sms, name, name, role1, "StoppedDeallocated")
    stopped = next(i for i in present(deployment.role_instance_list) if i.instance_name == role1)
    assert stopped.power_state == "Stopped"


def test_capture_role(replay: Replay) -> None:
    sms = replay("mgmt_misc.test_capture_role")
    name = "utsvc408a1006"
    create_vm(sms, name, name, windows=True, extended_properties={"ext1": "val1", "ext2": "42"})
    wait(sms, sms.shutdown_role(name, name, name))
    wait_for_role(sms, name, name, name, "StoppedVM")

    result = sms.capture_role(name, name, name, "Delete", "utosimg408a1006", name + "captured")
    wait(sms, result)

    image = sms.get_os_image("utosimg408a1006")
    assert image.name == "utosimg408a1006"
    assert image.label == name + "captured"
    assert image.os == "Windows"
    assert image.category == "User"


def test_delete_deployment_with_vhd(replay: Replay) -> None:
    sms = replay("mgmt_misc.test_delete_deployment_with_vhd")
    name = "utsvc4b1415d0"
    create_vm(sms, name, name, windows=False, extended_properties={"ext1": "val1", "ext2": "42"})

    result = sms.delete_deployment(name, name, delete_vhd=True)
    wait(sms, result)
    # The recording ends here: the legacy test then polled blob storage for the VHD.


def test_add_update_delete_dns_server(replay: Replay) -> None:
    sms = replay("mgmt_misc.test_add_update_delete_dns_server")
    name = "utsvc74091678"
    create_vm(sms, name, name, windows=True, extended_properties={"ext1": "val1", "ext2": "42"})

    added = sms.add_dns_server(name, name, "mydnsserver", "192.168.144.1")
    wait(sms, added)
    updated = sms.update_dns_server(name, name, "mydnsserver", "192.168.144.2")
    wait(sms, updated)
    deleted = sms.delete_dns_server(name, name, "mydnsserver")
    wait(sms, deleted)

    assert len({added.request_id, updated.request_id, deleted.request_id}) == 3
