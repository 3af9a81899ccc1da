"""What a deployment looks like when read: its status and its role instances' states.

States are not stored but derived from when a role instance was last (re)started,
measured in units of the operation delay ``d``, as the recordings show them move:

- a virtual machine: RoleStateUnknown/Starting, after ``d`` Provisioning/Started,
  after ``2d`` ReadyRole/Started; shut down: StoppedVM (or StoppedDeallocated)/Stopped;
- a cloud-service role: CreatingVM/Stopped then StoppedVM/Stopped while the deployment
  is Suspended; StartingVM/Starting, BusyRole/Started, then ReadyRole/Started when Running.

With ``d = 0`` (the tests) every instance is at once in its final state.
"""

from __future__ import annotations

import base64
from xml.etree.ElementTree import Element, SubElement, tostring

from servicemanagement.emulator.core import Call
from servicemanagement.emulator.wire import Wire, field_scalar, format_time

NETWORK = "NetworkConfiguration"
SERVICE_CONFIGURATION_NS = (
    "http://schemas.microsoft.com/ServiceHosting/2008/10/ServiceConfiguration"
)


def _phase(call: Call, since: float) -> int:
    """0, 1 or 2: how far an instance started at ``since`` has come."""
    elapsed = call.now - since
    delay = call.delay
    if delay <= 0 or elapsed >= 2 * delay:
        return 2
    return 1 if elapsed >= delay else 0


def instance_state(call: Call, deployment: Wire, instance: Wire) -> tuple[str, str]:
    """(InstanceStatus, PowerState) of a role instance now."""
    phase = _phase(call, float(instance["since"]))
    if deployment["_kind"] == "vm":
        if instance["power"] == "Stopped":
            return "StoppedVM", "Stopped"
        if instance["power"] == "StoppedDeallocated":
            return "StoppedDeallocated", "Stopped"
        return (
            ("RoleStateUnknown", "Starting"),
            ("Provisioning", "Started"),
            ("ReadyRole", "Started"),
        )[phase]
    if deployment["_status"] == "Suspended":
        return ("CreatingVM", "Stopped") if phase < 2 else ("StoppedVM", "Stopped")
    return (("StartingVM", "Starting"), ("BusyRole", "Started"), ("ReadyRole", "Started"))[phase]


def network_set(role: Wire) -> Wire | None:
    return next(
        (
            c
            for c in role.get("ConfigurationSets") or []
            if c.get("ConfigurationSetType") == NETWORK
        ),
        None,
    )


def _vip(deployment: Wire) -> str | None:
    vips = deployment.get("VirtualIPs") or []
    return str(vips[0]["Address"]) if vips else None


def stored_network(config: Wire | None) -> Wire:
    """A role's network configuration set as Azure keeps it: empty values left out."""
    stored = {k: v for k, v in (config or {}).items() if v not in ("", None, [])}
    stored.update(ConfigurationSetType=NETWORK, **{"@type": "NetworkConfigurationSet"})
    endpoints = [
        {k: v for k, v in e.items() if v not in ("", None)}
        for e in stored.pop("InputEndpoints", None) or []
    ]
    if endpoints:
        stored["InputEndpoints"] = endpoints
    return stored


def role_view(deployment: Wire, role: Wire) -> Wire:
    """A role as a deployment lists it: endpoints with their virtual IP, subnet names.

    (Provisioning settings, passwords included, are never kept nor returned.)
    """
    view = {k: v for k, v in role.items() if not k.startswith("_")}
    sets = []
    for config in role.get("ConfigurationSets") or []:
        config = {**config, "SubnetNames": config.get("SubnetNames") or []}
        if config.get("InputEndpoints"):
            config["InputEndpoints"] = [
                {**e, "Vip": _vip(deployment)} for e in config["InputEndpoints"]
            ]
        sets.append(config)
    view["ConfigurationSets"] = sets
    return view


def _instance_view(call: Call, deployment: Wire, instance: Wire) -> Wire:
    status, power = instance_state(call, deployment, instance)
    # Azure reported the host name once provisioning began, and the remote-access
    # certificate once the first provisioning was done.
    first_boot = _phase(call, float(instance.get("booted") or instance["since"]))
    role = next(r for r in deployment["RoleList"] if r["RoleName"] == instance["role"])
    network = network_set(role) or {}
    endpoints = [
        {
            "Name": e.get("Name"),
            "Vip": _vip(deployment),
            "PublicPort": e.get("Port"),
            "LocalPort": e.get("LocalPort"),
            "Protocol": e.get("Protocol"),
            "IdleTimeoutInMinutes": e.get("IdleTimeoutInMinutes"),
        }
        for e in network.get("InputEndpoints") or []
    ]
    return {
        "RoleName": instance["role"],
        "InstanceName": instance["name"],
        "InstanceStatus": status,
        "InstanceUpgradeDomain": instance["upgrade_domain"],
        "InstanceFaultDomain": instance["fault_domain"],
        "InstanceSize": instance["size"],
        "InstanceStateDetails": "",
        "IpAddress": instance["ip"],
        "InstanceEndpoints": endpoints or None,
        "PowerState": power,
        "HostName": instance.get("host") if first_boot >= 1 else None,
        "RemoteAccessCertificateThumbprint": (
            instance.get("remote_access_certificate") if first_boot >= 2 else None
        ),
    }


def service_configuration(roles: dict[str, int], os_family: str | None = None) -> str:
    """A ServiceConfiguration document naming each role and its instance count."""
    root = Element("ServiceConfiguration", {"xmlns": SERVICE_CONFIGURATION_NS})
    if os_family is not None:
        root.set("osFamily", os_family)
        root.set("osVersion", "*")
    for name, count in roles.items():
        role = SubElement(root, "Role", {"name": name})
        SubElement(role, "Instances", {"count": str(count)})
    return tostring(root, encoding="unicode")


#: How long a platform maintenance window lasts (four days in the recordings).
MAINTENANCE_DAYS = 4


def _maintenance_window(created: float) -> Wire:
    """The planned platform update window Azure reported on deployments (most recorded
    deployments carried one): here, from the deployment's creation."""
    return {
        "StartTime": format_time(created),
        "EndTime": format_time(created + MAINTENANCE_DAYS * 86400),
        "Status": "PersistentVMUpdateScheduled",
    }


def deployment_view(call: Call, deployment: Wire) -> Wire:
    """The ``Deployment`` document's data for a stored deployment, as of now."""
    view = {k: v for k, v in deployment.items() if not k.startswith("_")}
    if deployment.get("_deleting"):
        status = "Deleting"
    elif call.now - float(deployment["_created"]) < call.delay:
        status = "Deploying"
    else:
        status = str(deployment["_status"])
    view["Status"] = status
    view["PersistentVMDowntime"] = _maintenance_window(float(deployment["_created"]))
    configuration = str(deployment["_configuration"])
    if field_scalar("Deployment", "Configuration") != "base64":
        configuration = base64.b64encode(configuration.encode("utf-8")).decode("ascii")
    view["Configuration"] = configuration
    view["RoleInstanceList"] = [
        _instance_view(call, deployment, i) for i in deployment["_instances"]
    ]
    view["RoleList"] = [role_view(deployment, r) for r in deployment["RoleList"]]
    return view
