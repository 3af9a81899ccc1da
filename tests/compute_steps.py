"""Steps the compute replay tests share, each doing what the legacy test helper did.

The legacy suite (test_legacy_mgmt_misc.py) polled in fixed ways: asynchronous
operations until they succeed, deployments until their status is reached, role
instances until their instance status is reached. A replay consumes exactly the
recorded polling requests only if the same conditions end the loops, so they are
reproduced here, as are the objects its helpers built (positional constructors,
appending to the list wrappers), which holds the legacy model API to its word.
"""

from __future__ import annotations

import functools

from cassettes import load
from narrow import present
from servicemanagement import (
    AsynchronousOperationResult,
    CertificateSetting,
    ConfigurationSet,
    ConfigurationSetInputEndpoint,
    Deployment,
    KeyPair,
    LinuxConfigurationSet,
    Listener,
    OSVirtualHardDisk,
    PublicKey,
    ServiceManagementService,
    WindowsConfigurationSet,
)
from servicemanagement._xml import parse_document

#: The location the legacy tests created their cloud services in.
LOCATION = "West US"
#: The legacy service certificate: its thumbprint, upload format and .pfx password.
THUMBPRINT = "BEA4B74BD6B915E9DD6A01FB1B8C3C1740F517F2"
CERTIFICATE_FORMAT = "pfx"
CERTIFICATE_PASSWORD = "Python"
#: The administrator password of the legacy VMs.
PASSWORD = "u7;9jbp!"
#: The image publishers whose images the legacy VM tests deployed.
LINUX_PUBLISHER = "Canonical"
WINDOWS_PUBLISHER = "Microsoft Windows Server Group"


def wait(sms: ServiceManagementService, result: AsynchronousOperationResult) -> None:
    """Poll an asynchronous operation until it succeeds (legacy ``_wait_for_async``)."""
    assert result.request_id
    operation = sms.wait_for_operation_status(result.request_id, sleep_interval=0)
    assert operation.status == "Succeeded"


def create_hosted_service(
    sms: ServiceManagementService, name: str, extended_properties: dict[str, str]
) -> None:
    """Legacy ``_create_hosted_service``.

    The recordings list the extended properties in the order of the dict of the Python
    that made them, which varies between cassettes; each test passes the recorded order.
    """
    result = sms.create_hosted_service(
        name, name + "label", name + "description", LOCATION, None, extended_properties
    )
    wait(sms, result)


@functools.cache
def service_certificate_data() -> str:
    """The base64 .pfx the legacy suite uploaded as its service certificate.

    The public legacy source has the constant scrubbed; every recording sent this one.
    """
    upload = next(
        i
        for i in load("test_legacy_mgmt_misc.test_add_service_certificate")
        if i.method == "POST" and i.path.endswith("/certificates")
    )
    return parse_document(upload.request_body).findtext("{*}Data") or ""


def add_service_certificate(sms: ServiceManagementService, service_name: str) -> None:
    """Legacy ``_create_service_certificate``."""
    result = sms.add_service_certificate(
        service_name, service_certificate_data(), CERTIFICATE_FORMAT, CERTIFICATE_PASSWORD
    )
    wait(sms, result)


def start(sms: ServiceManagementService, name: str, extended_properties: dict[str, str]) -> None:
    """A cloud service with the service certificate, as every legacy VM test began."""
    create_hosted_service(sms, name, extended_properties)
    add_service_certificate(sms, name)


def instance_status(deployment: Deployment, instance_name: str) -> str | None:
    for instance in deployment.role_instance_list or ():
        if instance.instance_name == instance_name:
            return instance.instance_status
    return None


def wait_for_deployment(
    sms: ServiceManagementService, service_name: str, deployment_name: str, status: str = "Running"
) -> Deployment:
    """Get the deployment until it has ``status`` (legacy ``_wait_for_deployment``)."""
    while True:
        deployment = sms.get_deployment_by_name(service_name, deployment_name)
        if deployment.status == status:
            return deployment


def wait_for_role(
    sms: ServiceManagementService,
    service_name: str,
    deployment_name: str,
    instance_name: str,
    status: str = "ReadyRole",
) -> Deployment:
    """Get the deployment until a role instance has ``status`` (legacy ``_wait_for_role``)."""
    while True:
        deployment = sms.get_deployment_by_name(service_name, deployment_name)
        if instance_status(deployment, instance_name) == status:
            return deployment


def image_from_publisher(sms: ServiceManagementService, publisher: str) -> str:
    """Legacy ``_image_from_publisher_name``: the last listed image of the publisher
    that the portal shows.

    A legacy ``OSImage`` left ``show_in_gui`` True and ``publisher_name`` '' when the
    response lacked the element; a parsed model here holds None, so absence is read as
    the legacy test saw it (otherwise another Windows image would be picked).
    """
    images = sms.list_os_images()
    shown = [
        image
        for image in images
        if publisher in (image.publisher_name or "") and image.show_in_gui is not False
    ]
    return present(shown[-1].name)


def host_name(role_name: str) -> str:
    return "hn" + role_name[-13:]


def linux_config(role_name: str) -> LinuxConfigurationSet:
    system = LinuxConfigurationSet(host_name(role_name), "unittest", PASSWORD, True)
    ssh = present(system.ssh)
    present(present(ssh.public_keys).public_keys).append(
        PublicKey(THUMBPRINT, "/home/unittest/.ssh/authorized_keys")
    )
    present(present(ssh.key_pairs).key_pairs).append(
        KeyPair(THUMBPRINT, "/home/unittest/.ssh/id_rsa")
    )
    system.disable_ssh_password_authentication = False
    return system


def windows_config(role_name: str) -> WindowsConfigurationSet:
    system = WindowsConfigurationSet(
        host_name(role_name), PASSWORD, False, False, "Pacific Standard Time", "azureuser"
    )
    system.domain_join = None
    certificates = present(system.stored_certificate_settings)
    present(certificates.stored_certificate_settings).append(
        CertificateSetting(THUMBPRINT, "My", "LocalMachine")
    )
    listeners = present(present(system.win_rm).listeners)
    present(listeners.listeners).append(Listener("Https", THUMBPRINT))
    return system


def network_config(
    port: str = "59913", name: str = "utendpoint", local: str = "3394"
) -> ConfigurationSet:
    network = ConfigurationSet()
    network.configuration_set_type = "NetworkConfiguration"
    present(present(network.input_endpoints).input_endpoints).append(
        ConfigurationSetInputEndpoint(name, "tcp", port, local)
    )
    return network


def os_disk(service_name: str, image_name: str | None, role_name: str) -> OSVirtualHardDisk:
    """Legacy ``_os_hd``: the disk goes to the test's container (same random suffix)."""
    container = "utctnr" + service_name[len("utsvc") :]
    blob = role_name + ".vhd"
    media_link = f"http://storagename.blob.core.windows.net/{container}/{blob}"
    return OSVirtualHardDisk(image_name, media_link, disk_label=blob)


RoleParts = tuple[
    LinuxConfigurationSet | WindowsConfigurationSet, OSVirtualHardDisk, ConfigurationSet
]


def role_parts(
    sms: ServiceManagementService, service_name: str, role_name: str, windows: bool, port: str
) -> RoleParts:
    """Legacy ``_linux_role`` / ``_windows_role``: the image comes from the OS image list."""
    if windows:
        system: LinuxConfigurationSet | WindowsConfigurationSet = windows_config(role_name)
        image = image_from_publisher(sms, WINDOWS_PUBLISHER)
    else:
        system = linux_config(role_name)
        image = image_from_publisher(sms, LINUX_PUBLISHER)
    return system, os_disk(service_name, image, role_name), network_config(port)


def create_vm(
    sms: ServiceManagementService,
    name: str,
    role_name: str,
    windows: bool,
    extended_properties: dict[str, str],
) -> None:
    """Legacy ``_create_vm_linux`` / ``_create_vm_windows`` (deployment named as the service)."""
    start(sms, name, extended_properties)
    system, disk, network = role_parts(sms, name, role_name, windows, "59913")
    result = sms.create_virtual_machine_deployment(
        name,
        name,
        "production",
        name + "label",
        role_name,
        system,
        disk,
        network,
        role_size="Small",
    )
    wait(sms, result)
    wait_for_deployment(sms, name, name)
    wait_for_role(sms, name, name, role_name)
    deployment = sms.get_deployment_by_name(name, name)
    instances = present(deployment.role_instance_list)
    assert len(instances) == 1
    endpoints = present(instances[0].instance_endpoints)
    assert len(endpoints) == 1
    assert (endpoints[0].name, endpoints[0].protocol) == ("utendpoint", "tcp")
    assert (endpoints[0].public_port, endpoints[0].local_port) == ("59913", "3394")
