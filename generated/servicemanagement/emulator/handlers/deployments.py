"""Deployments of hosted services: cloud-service packages and the shared lifecycle
(get by name or slot, delete, status, configuration, swap, role instances, DNS servers)."""

from __future__ import annotations

import base64
import binascii
import dataclasses
import uuid
from typing import Any
from xml.etree.ElementTree import Element

from servicemanagement._xml import parse_document
from servicemanagement.emulator import engine, seed
from servicemanagement.emulator.core import (
    Call,
    Handler,
    Reply,
    bad_request,
    conflict,
    effect,
    handles,
    not_found,
)
from servicemanagement.emulator.handlers import common
from servicemanagement.emulator.handlers.disks import release_disks
from servicemanagement.emulator.handlers.hosted_services import deployments_of, service_record
from servicemanagement.emulator.handlers.instances import (
    SERVICE_CONFIGURATION_NS,
    deployment_view,
)
from servicemanagement.emulator.store import Store
from servicemanagement.emulator.wire import Wire
from servicemanagement.errors import XmlError

NO_DEPLOYMENT = "No deployments were found."
SLOTS = ("Production", "Staging")
#: Upgrade domains Azure spreads a role's instances over.
UPGRADE_DOMAINS = 5


def deployment_record(call: Call, service: str, name: str) -> Wire:
    found = deployments_of(service_record(call, service)).get(name)
    if found is None:
        raise not_found(NO_DEPLOYMENT)
    assert isinstance(found, dict)
    return found


def slot_name(value: Any) -> str:
    for slot in SLOTS:
        if str(value).lower() == slot.lower():
            return slot
    raise bad_request(f"The deployment slot '{value}' is not valid; use Production or Staging.")


def _in_slot(call: Call, service: str, slot: str) -> Wire | None:
    deployments = deployments_of(service_record(call, service)).values()
    return next((d for d in deployments if d["DeploymentSlot"] == slot), None)


def slot_record(call: Call) -> Wire:
    """The deployment in the slot a by-slot call names (404 if the slot is empty)."""
    service = str(call.args["service_name"])
    record = _in_slot(call, service, slot_name(call.args["deployment_slot"]))
    if record is None:
        raise not_found(NO_DEPLOYMENT)
    return record


def check_new_deployment(call: Call, service: str, name: str, slot: str) -> None:
    """409 when the name or the slot is taken, as Azure refused them."""
    call.exclusive(f"hostedservice/{service}", "hosted service")
    if name in deployments_of(service_record(call, service)):
        raise conflict(f"A deployment named {name} already exists in hosted service {service}.")
    occupant = _in_slot(call, service, slot)
    if occupant is not None:
        raise conflict(
            f"The deployment slot {slot} of hosted service {service} is already occupied by"
            f" deployment {occupant['Name']}."
        )


def new_instance(role: str, name: str, index: int, size: str, now: float, **extra: Any) -> Wire:
    return {
        "role": role,
        "name": name,
        "upgrade_domain": index % UPGRADE_DOMAINS,
        "fault_domain": index % 2,
        "size": size,
        "ip": common.private_ip(index),
        "power": "Started",
        "since": now,
        "booted": now,
        **extra,
    }


def store_deployment(call: Call, service: str, deployment: Wire) -> Reply:
    """Add a new deployment to ``service``; the reply of the (async) create call."""
    name = str(deployment["Name"])
    now = common.now_text(call)
    deployments = deployments_of(service_record(call, service))
    deployment.update(
        PrivateID=uuid.uuid4().hex,
        Url=f"http://{service}.cloudapp.net/",
        UpgradeDomainCount=max(1, min(UPGRADE_DOMAINS, len(deployment["_instances"]))),
        SdkVersion=deployment.get("SdkVersion", ""),
        Locked=False,
        RollbackAllowed=False,
        CreatedTime=now,
        LastModifiedTime=now,
        VirtualIPs=[
            {
                "Address": common.public_ip(),
                "IsDnsProgrammed": True,
                "Name": f"{service}ContractContract",
            }
        ],
        LoadBalancers=[],
        _created=call.now,
    )
    deployments[name] = deployment
    return Reply(status=202, lock=f"deployment/{service}/{name}")


# ---- reading ---------------------------------------------------------------------


@handles("get_deployment_by_name")
def get_deployment_by_name(call: Call) -> Reply:
    record = deployment_record(call, call.args["service_name"], call.args["deployment_name"])
    return Reply(body=deployment_view(call, record))


@handles("get_deployment_by_slot")
def get_deployment_by_slot(call: Call) -> Reply:
    return Reply(body=deployment_view(call, slot_record(call)))


# ---- deleting --------------------------------------------------------------------


@handles("delete_deployment")
def delete_deployment(call: Call) -> Reply:
    service, name = str(call.args["service_name"]), str(call.args["deployment_name"])
    record = deployment_record(call, service, name)
    call.exclusive(f"deployment/{service}/{name}", "deployment")
    record["_deleting"] = True
    return Reply(
        status=202,
        effect=(
            "deployment.deleted",
            {"service": service, "name": name, "delete_vhd": bool(call.args.get("delete_vhd"))},
        ),
        lock=f"deployment/{service}/{name}",
    )


@effect("deployment.deleted")
def _deleted(store: Store, args: dict[str, Any], when: float) -> None:
    service = store.table("hosted_services").get(args["service"])
    if service is None:
        return
    record = deployments_of(service).pop(args["name"], None)
    engine.forget(
        store, "/services/hostedservices/{}/deployments/{}", (args["service"], args["name"])
    )
    if record is not None:
        release_disks(store, args["service"], record, delete=args["delete_vhd"])


# ---- cloud-service packages ------------------------------------------------------


def _configuration_text(value: Any) -> str:
    """The ServiceConfiguration XML of a Configuration element (sent base64-encoded)."""
    text = str(value).strip()
    if text.startswith("<"):
        return text
    try:
        return base64.b64decode(text, validate=True).decode("utf-8-sig")
    except (binascii.Error, UnicodeError, ValueError):
        raise bad_request("The Configuration element is not base64-encoded UTF-8 text.") from None


def _roles_of(configuration: str) -> tuple[dict[str, int], str | None]:
    """Role name -> instance count, and the osFamily, from a ServiceConfiguration."""
    try:
        root: Element = parse_document(configuration)
    except XmlError as exc:
        raise bad_request(f"The Configuration element is not valid XML: {exc}") from None
    if root.tag != f"{{{SERVICE_CONFIGURATION_NS}}}ServiceConfiguration":
        raise bad_request("The Configuration element does not hold a ServiceConfiguration.")
    roles: dict[str, int] = {}
    for role in root.iter(f"{{{SERVICE_CONFIGURATION_NS}}}Role"):
        instances = role.find(f"{{{SERVICE_CONFIGURATION_NS}}}Instances")
        try:
            count = int(instances.get("count", "")) if instances is not None else 0
        except ValueError:
            count = 0
        if not role.get("name") or count < 1:
            raise bad_request(
                "Each Role of the service configuration needs a name and an Instances count of"
                " at least 1."
            )
        roles[str(role.get("name"))] = count
    if not roles:
        raise bad_request("The service configuration defines no roles.")
    return roles, root.get("osFamily")


def _guest_os(family: str | None) -> str:
    wanted = family or "4"
    for os in seed.operating_systems():
        if str(os["Family"]) == wanted and os["IsDefault"]:
            return str(os["Version"])
    raise bad_request(f"The osFamily '{family}' of the service configuration is not valid.")


def _instances(roles: dict[str, int], now: float) -> list[Wire]:
    instances = []
    for role, count in roles.items():
        for index in range(count):
            instances.append(new_instance(role, f"{role}_IN_{index}", index, "Small", now))
    return instances


@handles("create_deployment")
def create_deployment(call: Call) -> Reply:
    service = str(call.args["service_name"])
    slot = slot_name(call.args["deployment_slot"])
    data = common.body(call)
    name = str(common.required(data, "Name", "CreateDeployment"))
    common.media_link(common.required(data, "PackageUrl", "CreateDeployment"), "PackageUrl")
    label = str(common.required(data, "Label", "CreateDeployment"))
    configuration = _configuration_text(common.required(data, "Configuration", "CreateDeployment"))
    roles, family = _roles_of(configuration)
    check_new_deployment(call, service, name, slot)
    os_version = _guest_os(family)
    return store_deployment(
        call,
        service,
        {
            "Name": name,
            "DeploymentSlot": slot,
            "Label": label,
            "RoleList": [
                {
                    "RoleName": role,
                    "OsVersion": os_version,
                    "ConfigurationSets": [
                        {
                            "@type": "NetworkConfigurationSet",
                            "ConfigurationSetType": "NetworkConfiguration",
                        }
                    ],
                }
                for role in roles
            ],
            "SdkVersion": "2.6.6496.10",
            "ExtendedProperties": common.extended_properties(data),
            "_kind": "paas",
            "_status": "Running" if data.get("StartDeployment") else "Suspended",
            "_configuration": configuration,
            "_instances": _instances(roles, call.now),
        },
    )


def _locked(call: Call) -> tuple[str, Wire]:
    """The deployment a call changes, and the lock it holds while the change runs."""
    service, name = str(call.args["service_name"]), str(call.args["deployment_name"])
    record = deployment_record(call, service, name)
    call.exclusive(f"deployment/{service}/{name}", "deployment")
    return f"deployment/{service}/{name}", record


@handles("update_deployment_status")
def update_deployment_status(call: Call) -> Reply:
    lock, record = _locked(call)
    status = common.choice(
        common.required(common.body(call), "Status", "UpdateDeploymentStatus"),
        ("Running", "Suspended"),
        "Status",
    )
    if record["_status"] != status:
        record["_status"] = status
        for instance in record["_instances"]:
            instance["since"] = call.now
    record["LastModifiedTime"] = common.now_text(call)
    return Reply(status=202, lock=lock)


@handles("change_deployment_configuration")
def change_deployment_configuration(call: Call) -> Reply:
    lock, record = _locked(call)
    data = common.body(call)
    configuration = _configuration_text(
        common.required(data, "Configuration", "ChangeConfiguration")
    )
    roles, _ = _roles_of(configuration)
    if record["_kind"] == "paas":
        unknown = set(roles) - {r["RoleName"] for r in record["RoleList"]}
        if unknown:
            raise bad_request(
                f"The configuration names roles the package lacks: {sorted(unknown)}."
            )
        kept = [
            i for i in record["_instances"] if int(i["name"].rsplit("_", 1)[1]) < roles[i["role"]]
        ]
        have = {(i["role"], i["name"]) for i in kept}
        for instance in _instances(roles, call.now):
            if (instance["role"], instance["name"]) not in have:
                kept.append(instance)
        record["_instances"] = kept
    record["_configuration"] = configuration
    common.merge_properties(record, data)
    record["LastModifiedTime"] = common.now_text(call)
    return Reply(status=202, lock=lock)


@handles("swap_deployment")
def swap_deployment(call: Call) -> Reply:
    service = str(call.args["service_name"])
    data = common.body(call)
    source_name = str(common.required(data, "SourceDeployment", "Swap"))
    source = deployment_record(call, service, source_name)
    call.exclusive(f"hostedservice/{service}", "hosted service")
    production = _in_slot(call, service, "Production")
    if production is not None and production["Name"] != data.get("Production"):
        raise bad_request(
            f"The Production element names {data.get('Production')}, but the production slot"
            f" holds {production['Name']}."
        )
    if source["DeploymentSlot"] != "Staging":
        raise bad_request(f"The deployment {source_name} is not in the staging slot.")
    source["DeploymentSlot"] = "Production"
    if production is not None:
        production["DeploymentSlot"] = "Staging"
    return Reply(status=202, lock=f"hostedservice/{service}")


# ---- role instances ----------------------------------------------------------------


def _instance(record: Wire, name: str) -> Wire:
    found = next((i for i in record["_instances"] if i["name"] == name), None)
    if found is None:
        raise not_found(f"The role instance {name} was not found in the deployment.")
    return found


def _restart(call: Call) -> Reply:
    lock, record = _locked(call)
    _instance(record, str(call.args["role_instance_name"]))["since"] = call.now
    return Reply(status=202, lock=lock)


handles("reboot_role_instance", "reimage_role_instance", "rebuild_role_instance")(_restart)


@handles("delete_role_instances")
def delete_role_instances(call: Call) -> Reply:
    lock, record = _locked(call)
    names = call.body.get("Name") if isinstance(call.body, dict) else None
    wanted = [str(n) for n in (names if isinstance(names, list) else [names]) if n]
    if not wanted:
        raise bad_request("The RoleInstances element names no role instance.")
    for name in wanted:
        _instance(record, name)
    record["_instances"] = [i for i in record["_instances"] if i["name"] not in wanted]
    return Reply(status=202, lock=lock)


# ---- DNS servers -------------------------------------------------------------------


def _dns_servers(record: Wire) -> list[Wire]:
    dns = record["Dns"] = record.get("Dns") or {}
    servers = dns.setdefault("DnsServers", [])
    assert isinstance(servers, list)
    return servers


@handles("add_dns_server")
def add_dns_server(call: Call) -> Reply:
    lock, record = _locked(call)
    data = common.body(call)
    name = str(common.required(data, "Name", "DnsServer"))
    address = str(common.required(data, "Address", "DnsServer"))
    servers = _dns_servers(record)
    if any(s["Name"] == name for s in servers):
        raise conflict(f"A DNS server named {name} already exists in the deployment.")
    servers.append({"Name": name, "Address": address})
    return Reply(status=202, lock=lock)


def _dns_server(record: Wire, name: str) -> Wire:
    found = next((s for s in _dns_servers(record) if s["Name"] == name), None)
    if found is None:
        raise not_found(f"The DNS server {name} was not found in the deployment.")
    return found


@handles("update_dns_server")
def update_dns_server(call: Call) -> Reply:
    lock, record = _locked(call)
    server = _dns_server(record, str(call.args["dns_server_name"]))
    server["Address"] = str(common.required(common.body(call), "Address", "DnsServer"))
    return Reply(status=202, lock=lock)


@handles("delete_dns_server")
def delete_dns_server(call: Call) -> Reply:
    lock, record = _locked(call)
    server = _dns_server(record, str(call.args["dns_server_name"]))
    _dns_servers(record).remove(server)
    if not _dns_servers(record):
        del record["Dns"]  # a deployment without DNS servers has no Dns element
    return Reply(status=202, lock=lock)


# ---- in-place upgrades -------------------------------------------------------------


@handles("upgrade_deployment")
def upgrade_deployment(call: Call) -> Reply:
    """An upgrade walks the upgrade domains: at once (Auto, Simultaneous) or one
    walk_upgrade_domain call at a time (Manual), while UpgradeStatus shows where it is."""
    lock, record = _locked(call)
    if record["_kind"] != "paas":
        raise bad_request(f"The deployment {record['Name']} holds no cloud-service package.")
    data = common.body(call)
    where = "UpgradeDeployment"
    mode = common.choice(
        common.required(data, "Mode", where), ("Auto", "Manual", "Simultaneous"), "Mode"
    )
    common.media_link(common.required(data, "PackageUrl", where), "PackageUrl")
    configuration = _configuration_text(common.required(data, "Configuration", where))
    roles, _ = _roles_of(configuration)
    role = data.get("RoleToUpgrade")
    if role and role not in roles:
        raise bad_request(f"The RoleToUpgrade {role} is not a role of the configuration.")
    if record.get("UpgradeStatus"):
        raise conflict(f"The deployment {record['Name']} is already being upgraded.")
    record["_configuration"] = configuration
    record["Label"] = common.required(data, "Label", where)
    common.merge_properties(record, data)
    if mode == "Manual":
        record["UpgradeStatus"] = {
            "UpgradeType": mode,
            "CurrentUpgradeDomainState": "Before",
            "CurrentUpgradeDomain": "0",
        }
        record["RollbackAllowed"] = True
    else:
        _restart_domains(record, call.now, range(UPGRADE_DOMAINS))
    return Reply(status=202, lock=lock)


def _restart_domains(record: Wire, now: float, domains: range) -> None:
    for instance in record["_instances"]:
        if instance["upgrade_domain"] in domains:
            instance["since"] = now


@handles("walk_upgrade_domain")
def walk_upgrade_domain(call: Call) -> Reply:
    lock, record = _locked(call)
    status = record.get("UpgradeStatus")
    if not status:
        raise bad_request(f"The deployment {record['Name']} is not being upgraded manually.")
    domain = int(common.required(common.body(call), "UpgradeDomain", "WalkUpgradeDomain"))
    if domain != int(status["CurrentUpgradeDomain"]):
        raise bad_request(
            f"The next upgrade domain to walk is {status['CurrentUpgradeDomain']}, not {domain}."
        )
    _restart_domains(record, call.now, range(domain, domain + 1))
    if domain + 1 >= int(record["UpgradeDomainCount"]):
        del record["UpgradeStatus"]
        record["RollbackAllowed"] = False
    else:
        status.update(CurrentUpgradeDomain=str(domain + 1), CurrentUpgradeDomainState="Before")
    return Reply(status=202, lock=lock)


@handles("rollback_update_or_upgrade")
def rollback_update_or_upgrade(call: Call) -> Reply:
    lock, record = _locked(call)
    if not record.get("RollbackAllowed"):
        raise bad_request(f"The deployment {record['Name']} has no upgrade to roll back.")
    common.choice(
        common.required(common.body(call), "Mode", "RollbackUpdateOrUpgrade"),
        ("Auto", "Manual"),
        "Mode",
    )
    record.pop("UpgradeStatus", None)
    record["RollbackAllowed"] = False
    _restart_domains(record, call.now, range(UPGRADE_DOMAINS))
    return Reply(status=202, lock=lock)


# ---- the by-slot variants ------------------------------------------------------------


def _by_slot(by_name: Handler) -> Handler:
    """The by-slot variant of a by-name operation: the slot's deployment is the one named."""

    def handler(call: Call) -> Reply:
        name = slot_record(call)["Name"]
        args = {k: v for k, v in call.args.items() if k != "deployment_slot"}
        return by_name(dataclasses.replace(call, args={**args, "deployment_name": name}))

    return handler


for _variant, _by_name in {
    "delete_deployment_by_slot": delete_deployment,
    "change_deployment_configuration_by_slot": change_deployment_configuration,
    "update_status_by_deployment_slot": update_deployment_status,
    "upgrade_deployment_by_slot": upgrade_deployment,
    "walk_upgrade_domain_by_deployment_slot": walk_upgrade_domain,
    "rollback_update_or_upgrade_by_deployment_slot": rollback_update_or_upgrade,
    "reboot_role_instance_by_deployment_slot": _restart,
    "reimage_role_instance_by_deployment_slot": _restart,
    "rebuild_role_instance_by_deployment_slot": _restart,
    "delete_role_instance_by_deployment_slot": delete_role_instances,
}.items():
    handles(_variant)(_by_slot(_by_name))
