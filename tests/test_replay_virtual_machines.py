"""Replay: virtual machines (deployments of roles built from configuration sets).

The objects are built exactly as the legacy test helpers built them (positional
constructors, appending to the list wrappers), so these tests also hold the legacy
model API to its word. Steps of operations owned by other areas (uploading the service
certificate, listing or reading OS images) are replayed as recorded; see
``compute_steps.replay_foreign_step``. The OS image each legacy test picked from that
listing is written out below.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from compute_steps import (
    create_hosted_service,
    instance_status,
    replay_foreign_step,
    wait,
    wait_for_deployment,
    wait_for_role,
)
from servicemanagement import (
    AzureMissingResourceHttpError,
    CertificateSetting,
    ConfigurationSet,
    ConfigurationSetInputEndpoint,
    KeyPair,
    LinuxConfigurationSet,
    Listener,
    OSVirtualHardDisk,
    PublicKey,
    ServiceManagementService,
    WindowsConfigurationSet,
)

THUMBPRINT = "BEA4B74BD6B915E9DD6A01FB1B8C3C1740F517F2"
PASSWORD = "u7;9jbp!"
LINUX_IMAGE = "b39f27a8b8c64d52b05eac6a62ebad85__Ubuntu-15_04-amd64-server-20150616.1-en-us-30GB"
WINDOWS_IMAGE = (
    "a699494373c04fc0bc8f2bb1389d6106__Windows-Server-Technical-Preview-201505.01-en.us-127GB.vhd"
)


@dataclass
class Scenario:
    """One legacy test run: its cassette, the client replaying it and its resource names."""

    cassette: str
    sms: ServiceManagementService
    service_name: str  # also the deployment name, as in the legacy tests

    @property
    def container(self) -> str:
        return "utctnr" + self.service_name[len("utsvc") :]

    def foreign(self, method: str, path_end: str) -> None:
        replay_foreign_step(self.sms, self.cassette, method, path_end)


def start(replay, test: str, service_name: str, extended_properties: dict[str, str]) -> Scenario:
    """A cloud service with the test certificate, as every legacy VM test began."""
    cassette = f"mgmt_misc.{test}"
    scenario = Scenario(cassette, replay(cassette), service_name)
    create_hosted_service(scenario.sms, service_name, extended_properties)
    scenario.foreign("POST", f"/hostedservices/{service_name}/certificates")
    return scenario


def host_name(role_name: str) -> str:
    return "hn" + role_name[-13:]


def linux_config(role_name: str) -> LinuxConfigurationSet:
    system = LinuxConfigurationSet(host_name(role_name), "unittest", PASSWORD, True)
    system.ssh.public_keys.public_keys.append(
        PublicKey(THUMBPRINT, "/home/unittest/.ssh/authorized_keys")
    )
    system.ssh.key_pairs.key_pairs.append(KeyPair(THUMBPRINT, "/home/unittest/.ssh/id_rsa"))
    system.disable_ssh_password_authentication = False
    return system


def windows_config(role_name: str) -> WindowsConfigurationSet:
    system = WindowsConfigurationSet(
        host_name(role_name), PASSWORD, False, False, "Pacific Standard Time", "azureuser"
    )
    system.domain_join = None
    system.stored_certificate_settings.stored_certificate_settings.append(
        CertificateSetting(THUMBPRINT, "My", "LocalMachine")
    )
    system.win_rm.listeners.listeners.append(Listener("Https", THUMBPRINT))
    return system


def network_config(port: str = "59913", name: str = "utendpoint", local: str = "3394"):
    network = ConfigurationSet()
    network.configuration_set_type = "NetworkConfiguration"
    network.input_endpoints.input_endpoints.append(
        ConfigurationSetInputEndpoint(name, "tcp", port, local)
    )
    return network


def os_disk(scenario: Scenario, image_name: str | None, role_name: str) -> OSVirtualHardDisk:
    blob = role_name + ".vhd"
    media_link = f"http://storagename.blob.core.windows.net/{scenario.container}/{blob}"
    return OSVirtualHardDisk(image_name, media_link, disk_label=blob)


def create_vm(scenario: Scenario, role_name: str, windows: bool) -> None:
    """Legacy ``_create_vm_linux`` / ``_create_vm_windows``."""
    sms, name = scenario.sms, scenario.service_name
    scenario.foreign("GET", "/services/images")  # the legacy test picked its image here
    system = windows_config(role_name) if windows else linux_config(role_name)
    image = WINDOWS_IMAGE if windows else LINUX_IMAGE
    result = sms.create_virtual_machine_deployment(
        name,
        name,
        "production",
        name + "label",
        role_name,
        system,
        os_disk(scenario, image, role_name),
        network_config(),
        role_size="Small",
    )
    wait(sms, result)
    wait_for_deployment(sms, name, name)
    wait_for_role(sms, name, name, role_name)
    deployment = sms.get_deployment_by_name(name, name)
    assert len(deployment.role_instance_list) == 1
    endpoints = deployment.role_instance_list[0].instance_endpoints
    assert len(endpoints) == 1
    assert (endpoints[0].name, endpoints[0].protocol) == ("utendpoint", "tcp")
    assert (endpoints[0].public_port, endpoints[0].local_port) == ("59913", "3394")


def add_role(scenario: Scenario, role_name: str, windows: bool, with_network: bool) -> None:
    """Legacy ``_add_role_windows`` (and the add_role step of test_add_role_linux)."""
    sms, name = scenario.sms, scenario.service_name
    scenario.foreign("GET", "/services/images")
    system = windows_config(role_name) if windows else linux_config(role_name)
    image = WINDOWS_IMAGE if windows else LINUX_IMAGE
    network = network_config("59914") if with_network else None
    result = sms.add_role(
        name, name, role_name, system, os_disk(scenario, image, role_name), network
    )
    wait(sms, result)
    wait_for_role(sms, name, name, role_name)


def assert_role_basics(sms: ServiceManagementService, name: str, role_name: str):
    role = sms.get_role(name, name, role_name)
    assert role.role_name == role_name
    assert role.role_size == "Small"
    assert role.role_type == "PersistentVMRole"
    disk = role.os_virtual_hard_disk
    assert disk.disk_label == role_name + ".vhd"
    assert disk.disk_name.startswith(f"{name}-{role_name}-0-")
    assert disk.host_caching == "ReadWrite"
    assert disk.media_link.endswith(f"/{role_name}.vhd")
    assert disk.io_type == "Standard"
    assert len(role.data_virtual_hard_disks) == 0
    network = role.configuration_sets[0]
    assert isinstance(network, ConfigurationSet)
    assert network.configuration_set_type == "NetworkConfiguration"
    endpoint = network.input_endpoints[0]
    assert (endpoint.name, endpoint.protocol, endpoint.port, endpoint.local_port) == (
        "utendpoint",
        "tcp",
        "59913",
        "3394",
    )
    return role


def test_create_virtual_machine_deployment_linux_remote_source_image(replay) -> None:
    name = "utsvc36a237b"
    scenario = start(
        replay,
        "test_create_virtual_machine_deployment_linux_remote_source_image",
        name,
        {"ext1": "val1", "ext2": "42"},
    )
    sms = scenario.sms
    scenario.foreign("GET", "/services/images")
    os_hd = os_disk(scenario, LINUX_IMAGE, name)
    os_hd.remote_source_image_link = (
        "https://portalvhds13tr49m9hm1m6.blob.core.windows.net/vhds/"
        "huvalotestub-image-os-2014-11-06.vhd"
    )
    os_hd.os = "Linux"
    os_hd.disk_name = name
    os_hd.source_image_name = None

    result = sms.create_virtual_machine_deployment(
        name,
        name,
        "production",
        name + "label",
        name,
        linux_config(name),
        os_hd,
        network_config(),
        role_size="Small",
    )
    wait(sms, result)
    wait_for_deployment(sms, name, name)
    wait_for_role(sms, name, name, name)

    role = sms.get_role(name, name, name)
    assert role.os_virtual_hard_disk.remote_source_image_link == os_hd.remote_source_image_link
    assert role.os_virtual_hard_disk.os == "Linux"
    assert sms.get_deployment_by_name(name, name).label == name + "label"


def test_create_virtual_machine_deployment_linux_vm_image(replay) -> None:
    name = "utsvc92be1ee2"
    scenario = start(
        replay,
        "test_create_virtual_machine_deployment_linux_vm_image",
        name,
        {"ext2": "42", "ext1": "val1"},
    )
    sms = scenario.sms

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
    assert deployment.role_list[0].vm_image_name == "unittest-donotdelete-ubuntu1404"


def test_add_role_linux(replay) -> None:
    name = "utsvc604310ca"
    scenario = start(replay, "test_add_role_linux", name, {"ext2": "42", "ext1": "val1"})
    sms = scenario.sms
    role1, role2 = name + "a", name + "b"
    create_vm(scenario, role1, windows=False)

    role = assert_role_basics(sms, name, role1)
    assert role.os_virtual_hard_disk.os == "Linux"
    assert role.os_virtual_hard_disk.source_image_name == LINUX_IMAGE

    add_role(scenario, role2, windows=False, with_network=False)

    assert sms.get_role(name, name, role1).role_name == role1
    added = sms.get_role(name, name, role2)
    assert added.configuration_sets[0].input_endpoints is None  # added without endpoints
    service = sms.get_hosted_service_properties(name, True)
    instances = service.deployments[0].role_instance_list
    assert [i.host_name for i in instances] == [host_name(role1), host_name(role2)]


def test_add_update_delete_role_windows(replay) -> None:
    name = "utsvca2701759"
    scenario = start(
        replay, "test_add_update_delete_role_windows", name, {"ext2": "42", "ext1": "val1"}
    )
    sms = scenario.sms
    role1, role2 = name + "a", name + "b"
    create_vm(scenario, role1, windows=True)
    add_role(scenario, role2, windows=True, with_network=True)

    role = assert_role_basics(sms, name, role1)
    assert role.os_virtual_hard_disk.os == "Windows"
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
    assert updated.configuration_sets[0].input_endpoints[0].name == "endupdate"

    wait(sms, sms.delete_role(name, name, role2, False))
    assert sms.get_role(name, name, role1).role_name == role1
    with pytest.raises(AzureMissingResourceHttpError):
        sms.get_role(name, name, role2)


def test_shutdown_start_restart_role(replay) -> None:
    name = "utsvc66ff167f"
    scenario = start(
        replay, "test_shutdown_start_restart_role", name, {"ext1": "val1", "ext2": "42"}
    )
    sms = scenario.sms
    role1, role2 = name + "a", name + "b"
    create_vm(scenario, role1, windows=True)
    add_role(scenario, role2, windows=True, with_network=True)

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
    stopped = next(i for i in deployment.role_instance_list if i.instance_name == role1)
    assert stopped.power_state == "Stopped"


def test_capture_role(replay) -> None:
    name = "utsvc408a1006"
    scenario = start(replay, "test_capture_role", name, {"ext1": "val1", "ext2": "42"})
    sms = scenario.sms
    create_vm(scenario, name, windows=True)
    wait(sms, sms.shutdown_role(name, name, name))
    wait_for_role(sms, name, name, name, "StoppedVM")

    result = sms.capture_role(name, name, name, "Delete", "utosimg408a1006", name + "captured")
    wait(sms, result)

    scenario.foreign("GET", "/services/images/utosimg408a1006")  # the image now exists


def test_delete_deployment_with_vhd(replay) -> None:
    name = "utsvc4b1415d0"
    scenario = start(
        replay, "test_delete_deployment_with_vhd", name, {"ext1": "val1", "ext2": "42"}
    )
    sms = scenario.sms
    create_vm(scenario, name, windows=False)

    result = sms.delete_deployment(name, name, delete_vhd=True)
    wait(sms, result)
    # The recording ends here: the legacy test then polled blob storage for the VHD.
