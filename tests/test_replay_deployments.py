"""Replay: deployments of cloud services (packages and service configurations)."""

from __future__ import annotations

import base64

import pytest
from compute_steps import create_hosted_service, wait
from fixturetypes import Replay
from narrow import present
from servicemanagement import AzureMissingResourceHttpError, ServiceManagementService

#: The service configurations of the legacy tests (a worker role with 2, then 4 instances).
CONFIGURATION = """\
<ServiceConfiguration serviceName="WindowsAzure1" \
xmlns="http://schemas.microsoft.com/ServiceHosting/2008/10/ServiceConfiguration" \
osFamily="2" osVersion="*" schemaVersion="2012-05.1.7">
  <Role name="WorkerRole1">
    <Instances count="{count}" />
    <ConfigurationSettings>
      <Setting name="Microsoft.WindowsAzure.Plugins.Diagnostics.ConnectionString" \
value="UseDevelopmentStorage=true" />
    </ConfigurationSettings>
  </Role>
</ServiceConfiguration>"""


def encoded_configuration(instances: int) -> str:
    text = CONFIGURATION.format(count=instances)
    return base64.b64encode(text.encode("utf-8")).decode("ascii")


def add_deployment(
    sms: ServiceManagementService,
    service_name: str,
    deployment_name: str,
    extended_properties: dict[str, str],
) -> None:
    """Legacy ``_add_deployment``: a package uploaded to blob storage, 2 instances."""
    package_url = (
        f"http://storagename.blob.core.windows.net/utctnr{service_name[5:]}/{deployment_name}Blob"
    )
    result = sms.create_deployment(
        service_name,
        "Production",
        deployment_name,
        package_url,
        deployment_name + "label",
        encoded_configuration(2),
        False,
        False,
        extended_properties,
    )
    wait(sms, result)


def test_create_get_delete_deployment(replay: Replay) -> None:
    sms = replay("mgmt_misc.test_create_get_delete_deployment")
    service_name, deployment_name = "utsvc74fe1686", "utdeployment"
    create_hosted_service(sms, service_name, {"ext2": "42", "ext1": "val1"})
    add_deployment(sms, service_name, deployment_name, {"dep2": "val2", "dep1": "val1"})

    by_slot = sms.get_deployment_by_slot(service_name, "Production")
    by_name = sms.get_deployment_by_name(service_name, deployment_name)

    for deployment in (by_slot, by_name):
        assert deployment.name == deployment_name
        assert deployment.deployment_slot == "Production"
        assert deployment.label == deployment_name + "label"
        assert deployment.configuration == CONFIGURATION.format(count=2)
        assert deployment.extended_properties == {"dep2": "val2", "dep1": "val1"}
    assert by_name.status == "Suspended"
    assert by_name.role_instance_list is not None and by_name.role_list is not None
    assert by_name.virtual_ips is not None
    assert [i.instance_name for i in by_name.role_instance_list] == [
        "WorkerRole1_IN_0",
        "WorkerRole1_IN_1",
    ]
    assert by_name.role_instance_list[1].instance_upgrade_domain == 1
    assert by_name.role_list[0].os_version == "WA-GUEST-OS-2.40_201506-01"
    assert present(by_name.persistent_vm_downtime_info).status == "PersistentVMUpdateScheduled"
    assert by_name.virtual_ips[0].is_dns_programmed is True
    assert by_name.locked is False and by_name.rollback_allowed is False

    wait(sms, sms.delete_deployment(service_name, deployment_name))
    with pytest.raises(AzureMissingResourceHttpError):
        sms.get_deployment_by_name(service_name, deployment_name)


def test_change_deployment_configuration(replay: Replay) -> None:
    sms = replay("mgmt_misc.test_change_deployment_configuration")
    service_name, deployment_name = "utsvcbc7817de", "utdeployment"
    create_hosted_service(sms, service_name, {"ext2": "42", "ext1": "val1"})
    add_deployment(sms, service_name, deployment_name, {"dep1": "val1", "dep2": "val2"})

    result = sms.change_deployment_configuration(
        service_name, deployment_name, encoded_configuration(4)
    )
    wait(sms, result)

    deployment = sms.get_deployment_by_name(service_name, deployment_name)
    assert 'Instances count="4"' in present(deployment.configuration)
