"""Where the engine finds the items hand-written code keeps its own way.

Hosted services hold their deployments, a deployment its roles, instances and DNS
servers, a role its data disks; accounts, groups and certificates have their own
tables. With these finders an operation the engine serves under any of them (a new
``.../deployments/{deployment}/...`` call) is 404 when its item is missing and works
on it when it is there; only the engine's own collections need nothing.
"""

from __future__ import annotations

from typing import Any

from servicemanagement.emulator.core import finds
from servicemanagement.emulator.handlers import (
    affinity_groups,
    certificates,
    hosted_services,
    images,
    storage,
    vm_images,
)
from servicemanagement.emulator.store import Store

Key = tuple[str, ...]
_DEPLOYMENTS = "/services/hostedservices/{}/deployments"
_SLOTS = "/services/hostedservices/{}/deploymentslots"


def _first(items: Any, element: str, value: Any) -> Any:
    return next((item for item in items or () if item.get(element) == value), None)


@finds("/affinitygroups")
def _affinity_group(store: Store, key: Key) -> Any:
    return store.table(affinity_groups.TABLE).get(key[0])


@finds("/certificates")
def _management_certificate(store: Store, key: Key) -> Any:
    return store.table(certificates.MANAGEMENT).get(key[0].upper())


@finds("/services/storageservices")
def _storage_account(store: Store, key: Key) -> Any:
    return store.table(storage.TABLE).get(key[0])


@finds("/services/vmimages")
def _vm_image(store: Store, key: Key) -> Any:
    return vm_images.find_vm_image(store, key[0])


@finds("/services/images")
def _image(store: Store, key: Key) -> Any:
    # OS images, and VM images as their publishing calls name them
    return images.find_os_image(store, key[0]) or vm_images.find_vm_image(store, key[0])


@finds("/services/hostedservices")
def _hosted_service(store: Store, key: Key) -> Any:
    return store.table(hosted_services.TABLE).get(key[0])


@finds("/services/hostedservices/{}/certificates")
def _service_certificate(store: Store, key: Key) -> Any:
    service = _hosted_service(store, key)
    algorithm, _, thumbprint = key[1].partition("-")
    found = (service or {}).get("_certificates") or {}
    return found.get(f"{algorithm.lower()}-{thumbprint.upper()}")


@finds(_DEPLOYMENTS)
def _deployment(store: Store, key: Key) -> Any:
    service = _hosted_service(store, key)
    return None if service is None else hosted_services.deployments_of(service).get(key[1])


@finds(_SLOTS)
def _deployment_in_slot(store: Store, key: Key) -> Any:
    service = _hosted_service(store, key)
    if service is None:
        return None
    deployments = hosted_services.deployments_of(service).values()
    return next(
        (d for d in deployments if str(d["DeploymentSlot"]).lower() == key[1].lower()), None
    )


@finds(f"{_DEPLOYMENTS}/{{}}/roles")
def _role(store: Store, key: Key) -> Any:
    return _first((_deployment(store, key) or {}).get("RoleList"), "RoleName", key[2])


@finds(f"{_DEPLOYMENTS}/{{}}/roles/{{}}/datadisks")
def _data_disk(store: Store, key: Key) -> Any:
    role = _role(store, key) or {}
    return next(
        (d for d in role.get("DataVirtualHardDisks") or () if str(d.get("Lun")) == key[3]), None
    )


@finds(f"{_DEPLOYMENTS}/{{}}/dnsservers")
def _dns_server(store: Store, key: Key) -> Any:
    dns = (_deployment(store, key) or {}).get("Dns") or {}
    return _first(dns.get("DnsServers"), "Name", key[2])


@finds(f"{_DEPLOYMENTS}/{{}}/roleinstances")
def _role_instance(store: Store, key: Key) -> Any:
    return _first((_deployment(store, key) or {}).get("_instances"), "name", key[2])


@finds(f"{_SLOTS}/{{}}/roleinstances")
def _role_instance_in_slot(store: Store, key: Key) -> Any:
    return _first((_deployment_in_slot(store, key) or {}).get("_instances"), "name", key[2])
