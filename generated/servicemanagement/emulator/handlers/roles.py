"""Virtual machines: VM deployments, roles, their disks, power operations and captures."""

from __future__ import annotations

import secrets
from datetime import UTC, datetime
from typing import Any

from servicemanagement.emulator import seed
from servicemanagement.emulator.core import Call, Reply, bad_request, conflict, handles, not_found
from servicemanagement.emulator.handlers import common
from servicemanagement.emulator.handlers.deployments import (
    check_new_deployment,
    deployment_record,
    new_instance,
    slot_name,
    store_deployment,
)
from servicemanagement.emulator.handlers.disks import (
    TABLE as DISKS,
    attach_disk,
    create_disk,
    disk_name,
    release_disk,
    release_role_disks,
)
from servicemanagement.emulator.handlers.hosted_services import deployments_of, service_record
from servicemanagement.emulator.handlers.images import find_os_image, new_user_image
from servicemanagement.emulator.handlers.instances import (
    instance_state,
    network_set,
    service_configuration,
    stored_network,
)
from servicemanagement.emulator.handlers.networking import TABLE as RESERVED_IPS
from servicemanagement.emulator.handlers.vm_images import OS_STATES, add_vm_image, find_vm_image
from servicemanagement.emulator.wire import Wire

LINUX = "LinuxProvisioningConfiguration"
WINDOWS = "WindowsProvisioningConfiguration"
_OS_OF = {LINUX: "Linux", WINDOWS: "Windows"}


def _role_missing(name: str) -> str:
    return f"Role {name} was not found in the currently deployed service."


def _location(call: Call, service: str) -> str:
    return str(service_record(call, service)["_location"])


def _check_size(size: str, location: str) -> str:
    if size not in seed.role_size_names():
        raise bad_request(f"The value '{size}' of element 'RoleSize' is not a valid role size.")
    offered = (seed.compute_capabilities(location) or {}).get("VirtualMachinesRoleSizes", [])
    if size not in offered:
        raise bad_request(f"The role size {size} is not available in {location}.")
    return size


def _provisioning(role: Wire) -> Wire | None:
    return next(
        (c for c in role.get("ConfigurationSets") or [] if c.get("ConfigurationSetType") in _OS_OF),
        None,
    )


def _host_name(config: Wire, os: str) -> str:
    """Check a provisioning configuration set against the image's OS; its host name."""
    kind = str(config["ConfigurationSetType"])
    if _OS_OF[kind] != os:
        raise bad_request(f"A {kind} set cannot provision an image whose OS is {os}.")
    if kind == LINUX:
        common.required(config, "UserName", LINUX)
        password_off = str(config.get("DisableSshPasswordAuthentication", "")).lower() == "true"
        if not password_off:
            common.required(config, "UserPassword", LINUX)
        return str(common.required(config, "HostName", LINUX))
    common.required(config, "AdminPassword", WINDOWS)
    return str(common.required(config, "ComputerName", WINDOWS))


def _check_endpoints(role: Wire) -> None:
    for endpoint in (network_set(role) or {}).get("InputEndpoints") or []:
        where = "InputEndpoint"
        common.required(endpoint, "Name", where)
        common.choice(
            str(common.required(endpoint, "Protocol", where)).lower(), ("tcp", "udp"), "Protocol"
        )
        for element in ("Port", "LocalPort"):
            port = common.required(endpoint, element, where)
            if not str(port).isdigit() or not 0 < int(port) < 65536:
                raise bad_request(f"The value '{port}' of element '{element}' is not a valid port.")


def _attachment(service: str, deployment: str, role: str) -> Wire:
    """A disk's AttachedTo element."""
    return {"HostedServiceName": service, "DeploymentName": deployment, "RoleName": role}


def _container(url: str) -> str:
    return url.rsplit("/", 1)[0]


class _RoleBuilder:
    """Turns a Role of a request into a stored role, creating or attaching its disks."""

    def __init__(self, call: Call, service: str, deployment: str) -> None:
        self.call = call
        self.service = service
        self.deployment = deployment
        self.location = _location(call, service)

    def build(self, data: Wire) -> tuple[Wire, str]:
        """(the stored role, the instance's host name)."""
        name = str(common.required(data, "RoleName", "Role"))
        size = _check_size(str(data.get("RoleSize") or "Small"), self.location)
        _check_endpoints(data)
        attached = _attachment(self.service, self.deployment, name)
        os, generalized, os_disk, image_disks = self._os_disk(name, data, attached)
        host = name
        provisioning = _provisioning(data)
        if generalized:
            if provisioning is None:
                raise bad_request(
                    f"Role {name}: a {LINUX} or {WINDOWS} configuration set is required to"
                    " provision a generalized image."
                )
            host = _host_name(provisioning, os)
        role: Wire = {
            "@type": "PersistentVMRole",
            "RoleName": name,
            "OsVersion": "",
            "RoleType": "PersistentVMRole",
            # Provisioning sets carry passwords: Azure never returns them, nor keeps them here.
            "ConfigurationSets": [stored_network(network_set(data))],
            "AvailabilitySetName": data.get("AvailabilitySetName"),
            "DataVirtualHardDisks": self._data_disks(name, data, attached, image_disks),
            "OSVirtualHardDisk": os_disk,
            "RoleSize": size,
            "ProvisionGuestAgent": data.get("ProvisionGuestAgent"),
        }
        if data.get("VMImageName"):
            role["VMImageName"] = data["VMImageName"]
        if os == "Windows":
            # Azure made a WinRM certificate for every Windows VM.
            role["DefaultWinRmCertificateThumbprint"] = secrets.token_hex(20).upper()
        return {k: v for k, v in role.items() if v is not None}, host

    def _disk_name(self, role: str, index: int, given: Any = None) -> str:
        return str(given) if given else disk_name(self.service, role, index, self.call.now)

    def _os_disk(
        self, role: str, data: Wire, attached: Wire
    ) -> tuple[str, bool, Wire, list[tuple[Wire, str]]]:
        """(OS, whether the source is generalized, the stored OSVirtualHardDisk, and the
        VM image's data disks with the VHD URL each gets)."""
        if data.get("VMImageName"):
            return self._from_vm_image(role, data, attached)
        disk = data.get("OSVirtualHardDisk")
        if not disk:
            raise bad_request(
                f"Role {role}: the OSVirtualHardDisk element is required unless VMImageName"
                " is given."
            )
        where = "OSVirtualHardDisk"
        stored: Wire = {
            "HostCaching": disk.get("HostCaching") or "ReadWrite",
            "DiskLabel": disk.get("DiskLabel"),
        }
        if disk.get("SourceImageName") or disk.get("RemoteSourceImageLink"):
            link = common.media_link(common.required(disk, "MediaLink", where))
            if disk.get("SourceImageName"):
                image = find_os_image(self.call.store, str(disk["SourceImageName"]))
                if image is None:
                    raise bad_request(f"The image {disk['SourceImageName']} does not exist.")
                os, size = str(image["OS"]), int(image["LogicalSizeInGB"])
                stored["SourceImageName"] = image["Name"]
            else:
                os = common.choice(common.required(disk, "OS", where), ("Linux", "Windows"), "OS")
                size = 127 if os == "Windows" else 30
                stored["RemoteSourceImageLink"] = disk["RemoteSourceImageLink"]
            name = self._disk_name(role, 0, disk.get("DiskName"))
            create_disk(
                self.call,
                name,
                link,
                size=size,
                location=self.location,
                os=os,
                source_image=disk.get("SourceImageName"),
                label=disk.get("DiskLabel"),
                attached_to=attached,
            )
            stored.update(DiskName=name, MediaLink=link, OS=os)
            generalized = True
        elif disk.get("DiskName"):
            existing = attach_disk(self.call, str(disk["DiskName"]), attached, need_os=True)
            os = str(existing["OS"])
            stored.update(DiskName=existing["Name"], MediaLink=existing["MediaLink"], OS=os)
            generalized = False
        else:
            raise bad_request(
                f"Role {role}: the OSVirtualHardDisk element needs a SourceImageName, a"
                " RemoteSourceImageLink or the DiskName of an existing disk."
            )
        stored["IOType"] = "Standard"
        return os, generalized, {k: v for k, v in stored.items() if v is not None}, []

    def _from_vm_image(
        self, role: str, data: Wire, attached: Wire
    ) -> tuple[str, bool, Wire, list[tuple[Wire, str]]]:
        image = find_vm_image(self.call.store, str(data["VMImageName"]))
        if image is None:
            raise bad_request(f"The VM image {data['VMImageName']} does not exist.")
        config = image["OSDiskConfiguration"]
        container = data.get("MediaLocation") or (
            _container(str(config["MediaLink"])) if config.get("MediaLink") else None
        )
        if not container:
            raise bad_request(
                f"Role {role}: the MediaLocation element is required to create a VM from the"
                f" platform VM image {image['Name']}."
            )
        name = self._disk_name(role, 0)
        link = common.media_link(f"{str(container).rstrip('/')}/{name}.vhd", "MediaLocation")
        os = str(config["OS"])
        create_disk(
            self.call,
            name,
            link,
            size=int(config["LogicalDiskSizeInGB"]),
            location=self.location,
            os=os,
            attached_to=attached,
        )
        image_disks = [
            (dd, f"{str(container).rstrip('/')}/{self._disk_name(role, i + 1)}.vhd")
            for i, dd in enumerate(image.get("DataDiskConfigurations") or [])
        ]
        stored = {
            "HostCaching": config.get("HostCaching") or "ReadWrite",
            "DiskName": name,
            "MediaLink": link,
            "OS": os,
            "IOType": "Standard",
        }
        return os, config.get("OSState") == "Generalized", stored, image_disks

    def _data_disks(
        self, role: str, data: Wire, attached: Wire, image_disks: list[tuple[Wire, str]]
    ) -> list[Wire]:
        disks: list[Wire] = []
        requested: list[tuple[Wire, str | None]] = [
            (dd, None) for dd in data.get("DataVirtualHardDisks") or []
        ]
        requested += image_disks
        for index, (disk, image_link) in enumerate(requested):
            disks.append(self.data_disk(role, disk, index, attached, disks, image_link))
        return disks

    def data_disk(
        self,
        role: str,
        disk: Wire,
        index: int,
        attached: Wire,
        others: list[Wire],
        image_link: str | None = None,
    ) -> Wire:
        """Attach the existing disk a DataVirtualHardDisk names, or create a new one."""
        lun = int(disk["Lun"]) if disk.get("Lun") is not None else index
        if not 0 <= lun <= 63:
            raise bad_request(f"The value '{lun}' of element 'Lun' is not between 0 and 63.")
        if any(d["Lun"] == lun for d in others):
            raise conflict(f"Role {role} already has a data disk at Lun {lun}.")
        if disk.get("DiskName") and image_link is None and not disk.get("MediaLink"):
            existing = attach_disk(self.call, str(disk["DiskName"]), attached, need_os=False)
            name, link = str(existing["Name"]), str(existing["MediaLink"])
            size = int(existing["LogicalDiskSizeInGB"])
        else:
            name = self._disk_name(role, index + 1, None if image_link else disk.get("DiskName"))
            link = image_link or common.media_link(
                common.required(disk, "MediaLink", "DataVirtualHardDisk")
            )
            size = int(disk.get("LogicalDiskSizeInGB") or 0)
            if not 0 < size <= 1023:
                raise bad_request(
                    f"The value '{size}' of element 'LogicalDiskSizeInGB' is not between 1"
                    " and 1023."
                )
            create_disk(
                self.call,
                name,
                link,
                size=size,
                location=self.location,
                label=disk.get("DiskLabel"),
                attached_to=attached,
            )
        stored = {
            "HostCaching": disk.get("HostCaching") or "None",
            "DiskLabel": disk.get("DiskLabel"),
            "DiskName": name,
            "Lun": lun,
            "LogicalDiskSizeInGB": size,
            "MediaLink": link,
            "IOType": "Standard",
        }
        return {k: v for k, v in stored.items() if v is not None}


# ---- VM deployments ---------------------------------------------------------------


@handles("create_virtual_machine_deployment")
def create_virtual_machine_deployment(call: Call) -> Reply:
    service = str(call.args["service_name"])
    service_record(call, service)
    data = common.body(call)
    name = str(common.required(data, "Name", "Deployment"))
    slot = slot_name(common.required(data, "DeploymentSlot", "Deployment"))
    if slot != "Production":
        raise bad_request("Virtual machines can only be deployed to the production slot.")
    label = str(common.required(data, "Label", "Deployment"))
    roles = common.required(data, "RoleList", "Deployment")
    check_new_deployment(call, service, name, slot)
    if data.get("VirtualNetworkName"):
        raise bad_request(f"The virtual network {data['VirtualNetworkName']} does not exist.")
    builder = _RoleBuilder(call, service, name)
    stored: list[Wire] = []
    instances: list[Wire] = []
    for index, role_data in enumerate(roles):
        role, host = builder.build(role_data)
        if any(r["RoleName"] == role["RoleName"] for r in stored):
            raise bad_request(f"The role name {role['RoleName']} is used twice in the RoleList.")
        stored.append(role)
        instances.append(_vm_instance(role, index, host, call.now))
    index = len(deployments_of(service_record(call, service))) + 1
    reply = store_deployment(
        call,
        service,
        {
            "Name": name,
            "DeploymentSlot": slot,
            "Label": label,
            "RoleList": stored,
            "Dns": data.get("Dns"),
            "InternalDnsSuffix": f"{service}.d{index}.internal.cloudapp.net",
            "ExtendedProperties": {},
            "_kind": "vm",
            "_status": "Running",
            "_configuration": service_configuration({r["RoleName"]: 1 for r in stored}),
            "_instances": instances,
        },
    )
    if data.get("ReservedIPName"):
        _reserve(call, str(data["ReservedIPName"]), service, name)
    # Azure tagged a service with its resource group once it held virtual machines.
    properties = service_record(call, service)["HostedServiceProperties"]
    extended = properties.setdefault("ExtendedProperties", {})
    extended.setdefault("ResourceGroup", service)
    extended.setdefault("ResourceLocation", _location(call, service))
    return reply


def _vm_instance(role: Wire, index: int, host: str, now: float) -> Wire:
    """A VM's role instance; Azure made it a remote-access (RDP/SSH) certificate."""
    return new_instance(
        str(role["RoleName"]),
        str(role["RoleName"]),
        index,
        str(role["RoleSize"]),
        now,
        host=host,
        remote_access_certificate=secrets.token_hex(16),
    )


def _reserve(call: Call, reserved: str, service: str, deployment_name: str) -> None:
    record = common.lookup(
        call.table(RESERVED_IPS), reserved, f"The reserved IP address {reserved} was not found."
    )
    if record.get("InUse"):
        raise conflict(f"The reserved IP address {reserved} is already in use.")
    record.update(InUse=True, ServiceName=service, DeploymentName=deployment_name)
    deployment = deployment_record(call, service, deployment_name)
    for vip in deployment["VirtualIPs"]:
        vip.update(Address=record["Address"], ReservedIPName=reserved)


def _vm_deployment(call: Call) -> tuple[str, Wire]:
    service, name = str(call.args["service_name"]), str(call.args["deployment_name"])
    record = deployment_record(call, service, name)
    if record["_kind"] != "vm":
        raise bad_request(f"The deployment {name} holds no virtual machines.")
    call.exclusive(f"deployment/{service}/{name}", "deployment")
    return f"deployment/{service}/{name}", record


def _role(record: Wire, name: str) -> Wire:
    found = next((r for r in record["RoleList"] if r["RoleName"] == name), None)
    if found is None:
        raise not_found(_role_missing(name))
    assert isinstance(found, dict)
    return found


def _instance_of(record: Wire, role: str) -> Wire:
    return next(i for i in record["_instances"] if i["role"] == role)


# ---- roles ----------------------------------------------------------------------


@handles("get_role")
def get_role(call: Call) -> Reply:
    record = deployment_record(call, call.args["service_name"], call.args["deployment_name"])
    role = _role(record, str(call.args["role_name"]))
    return Reply(body={k: v for k, v in role.items() if k != "@type"})


@handles("add_role")
def add_role(call: Call) -> Reply:
    lock, record = _vm_deployment(call)
    service = str(call.args["service_name"])
    role, host = _RoleBuilder(call, service, str(record["Name"])).build(common.body(call))
    if any(r["RoleName"] == role["RoleName"] for r in record["RoleList"]):
        raise conflict(f"A role named {role['RoleName']} already exists in the deployment.")
    record["RoleList"].append(role)
    record["_instances"].append(_vm_instance(role, len(record["_instances"]), host, call.now))
    record["_configuration"] = service_configuration({r["RoleName"]: 1 for r in record["RoleList"]})
    return Reply(status=202, lock=lock)


@handles("update_role")
def update_role(call: Call) -> Reply:
    lock, record = _vm_deployment(call)
    role = _role(record, str(call.args["role_name"]))
    data = common.body(call)
    if data.get("RoleSize"):
        location = _location(call, str(call.args["service_name"]))
        role["RoleSize"] = _check_size(str(data["RoleSize"]), location)
        _instance_of(record, role["RoleName"])["size"] = role["RoleSize"]
    if network_set(data) is not None:
        _check_endpoints(data)
        role["ConfigurationSets"] = [stored_network(network_set(data))]
    caching = (data.get("OSVirtualHardDisk") or {}).get("HostCaching")
    if caching:
        role["OSVirtualHardDisk"]["HostCaching"] = caching
    if data.get("AvailabilitySetName") is not None:
        role["AvailabilitySetName"] = data["AvailabilitySetName"]
    return Reply(status=202, lock=lock)


@handles("delete_role")
def delete_role(call: Call) -> Reply:
    lock, record = _vm_deployment(call)
    role = _role(record, str(call.args["role_name"]))
    if len(record["RoleList"]) == 1:
        raise bad_request(
            f"Role {role['RoleName']} is the only role of the deployment; delete the deployment"
            " instead."
        )
    release_role_disks(call.store, role, delete=bool(call.args.get("complete")))
    record["RoleList"].remove(role)
    record["_instances"] = [i for i in record["_instances"] if i["role"] != role["RoleName"]]
    return Reply(status=202, lock=lock)


# ---- power ------------------------------------------------------------------------


def _power(record: Wire, role: str, power: str, now: float) -> None:
    instance = _instance_of(record, str(_role(record, role)["RoleName"]))
    instance.update(power=power, since=now)


@handles("start_role", "restart_role")
def start_role(call: Call) -> Reply:
    lock, record = _vm_deployment(call)
    _power(record, str(call.args["role_name"]), "Started", call.now)
    return Reply(status=202, lock=lock)


def _shutdown_action(data: Wire) -> str:
    action = data.get("PostShutdownAction") or "Stopped"
    return common.choice(action, ("Stopped", "StoppedDeallocated"), "PostShutdownAction")


@handles("shutdown_role")
def shutdown_role(call: Call) -> Reply:
    lock, record = _vm_deployment(call)
    action = _shutdown_action(common.body(call))
    _power(record, str(call.args["role_name"]), action, call.now)
    return Reply(status=202, lock=lock)


def _role_names(data: Wire, where: str) -> list[str]:
    names = common.required(data, "Roles", where)
    return [str(n.get("Name") if isinstance(n, dict) else n) for n in names]


@handles("start_roles")
def start_roles(call: Call) -> Reply:
    lock, record = _vm_deployment(call)
    for name in _role_names(common.body(call), "StartRolesOperation"):
        _power(record, name, "Started", call.now)
    return Reply(status=202, lock=lock)


@handles("shutdown_roles")
def shutdown_roles(call: Call) -> Reply:
    lock, record = _vm_deployment(call)
    data = common.body(call)
    action = _shutdown_action(data)
    for name in _role_names(data, "ShutdownRolesOperation"):
        _power(record, name, action, call.now)
    return Reply(status=202, lock=lock)


# ---- captures ------------------------------------------------------------------------


def _stamp(call: Call) -> str:
    return datetime.fromtimestamp(call.now, UTC).strftime("%Y-%m-%d")


@handles("capture_vm_image")
def capture_vm_image(call: Call) -> Reply:
    lock, record = _vm_deployment(call)
    role = _role(record, str(call.args["role_name"]))
    data = common.body(call)
    where = "CaptureRoleAsVMImageOperation"
    os_state = common.choice(common.required(data, "OSState", where), OS_STATES, "OSState")
    name = str(common.required(data, "VMImageName", where))
    label = str(common.required(data, "VMImageLabel", where))
    os_disk = role["OSVirtualHardDisk"]
    account = common.blob_account(str(os_disk["MediaLink"])) or "portalvhds"
    disk_name = f"{name}-os-{_stamp(call)}"
    size = call.table(DISKS).get(os_disk["DiskName"], {}).get("LogicalDiskSizeInGB", 30)
    status, _ = instance_state(call, record, _instance_of(record, role["RoleName"]))
    add_vm_image(
        call,
        {
            "Name": name,
            "Label": label,
            "Description": data.get("Description"),
            "OSDiskConfiguration": {
                "Name": disk_name,
                "HostCaching": os_disk.get("HostCaching", "ReadWrite"),
                "OSState": os_state,
                "OS": os_disk["OS"],
                "MediaLink": f"https://{account}{common.BLOB_SUFFIX}/vmimages/{disk_name}.vhd",
                "LogicalDiskSizeInGB": size,
                "IOType": "Standard",
            },
            "DataDiskConfigurations": [
                {
                    "Name": f"{name}-datadisk-{d['Lun']}-{_stamp(call)}",
                    "HostCaching": d.get("HostCaching", "None"),
                    "Lun": d["Lun"],
                    "MediaLink": f"https://{account}{common.BLOB_SUFFIX}/vmimages/{name}-datadisk-{d['Lun']}.vhd",
                    "LogicalDiskSizeInGB": d.get("LogicalDiskSizeInGB"),
                    "IOType": "Standard",
                }
                for d in role.get("DataVirtualHardDisks") or []
            ],
            "ServiceName": call.args["service_name"],
            "DeploymentName": record["Name"],
            "RoleName": role["RoleName"],
            "Location": _location(call, str(call.args["service_name"])),
            "Language": data.get("Language"),
            "ImageFamily": data.get("ImageFamily"),
            "RecommendedVMSize": data.get("RecommendedVMSize"),
            "RoleStateOnCapture": status,
            "RoleSizeOnCapture": role["RoleSize"],
        },
    )
    return Reply(status=202, lock=lock)


@handles("capture_role")
def capture_role(call: Call) -> Reply:
    lock, record = _vm_deployment(call)
    role = _role(record, str(call.args["role_name"]))
    data = common.body(call)
    where = "CaptureRoleOperation"
    action = common.choice(
        common.required(data, "PostCaptureAction", where),
        ("Delete", "Reprovision"),
        "PostCaptureAction",
    )
    name = str(common.required(data, "TargetImageName", where))
    label = str(common.required(data, "TargetImageLabel", where))
    os_disk = role["OSVirtualHardDisk"]
    # The captured OS disk becomes the image's VHD.
    new_user_image(call, name, label, str(os_disk["MediaLink"]), str(os_disk["OS"]))
    call.table(DISKS).pop(str(os_disk["DiskName"]), None)
    if action == "Delete":
        release_role_disks(call.store, role, delete=False)
        record["RoleList"].remove(role)
        record["_instances"] = [i for i in record["_instances"] if i["role"] != role["RoleName"]]
        if not record["RoleList"]:
            deployments_of(service_record(call, str(call.args["service_name"]))).pop(record["Name"])
        return Reply(status=202)
    provisioning = data.get("ProvisioningConfiguration")
    if not provisioning:
        raise bad_request("Reprovision needs a ProvisioningConfiguration element.")
    host = _host_name(provisioning, str(os_disk["OS"]))
    new_disk = disk_name(str(call.args["service_name"]), role["RoleName"], 0, call.now)
    link = f"{_container(str(os_disk['MediaLink']))}/{new_disk}.vhd"
    create_disk(
        call,
        new_disk,
        link,
        size=30 if os_disk["OS"] == "Linux" else 127,
        location=_location(call, str(call.args["service_name"])),
        os=str(os_disk["OS"]),
        source_image=name,
        attached_to=_attachment(str(call.args["service_name"]), record["Name"], role["RoleName"]),
    )
    role["OSVirtualHardDisk"].update(DiskName=new_disk, MediaLink=link, SourceImageName=name)
    _instance_of(record, role["RoleName"]).update(power="Started", since=call.now, host=host)
    return Reply(status=202, lock=lock)


# ---- data disks ------------------------------------------------------------------------


def _data_disk(role: Wire, lun: int) -> Wire:
    found = next((d for d in role.get("DataVirtualHardDisks") or [] if d["Lun"] == lun), None)
    if found is None:
        raise not_found(f"Role {role['RoleName']} has no data disk at Lun {lun}.")
    assert isinstance(found, dict)
    return found


@handles("get_data_disk")
def get_data_disk(call: Call) -> Reply:
    record = deployment_record(call, call.args["service_name"], call.args["deployment_name"])
    role = _role(record, str(call.args["role_name"]))
    return Reply(body=_data_disk(role, int(call.args["lun"])))


@handles("add_data_disk")
def add_data_disk(call: Call) -> Reply:
    lock, record = _vm_deployment(call)
    service = str(call.args["service_name"])
    role = _role(record, str(call.args["role_name"]))
    disks = role.setdefault("DataVirtualHardDisks", [])
    limit = next(
        int(s["MaxDataDiskCount"]) for s in seed.role_sizes() if s["Name"] == role["RoleSize"]
    )
    if len(disks) >= limit:
        raise bad_request(f"Role size {role['RoleSize']} takes at most {limit} data disks.")
    builder = _RoleBuilder(call, service, str(record["Name"]))
    attached = _attachment(service, str(record["Name"]), str(role["RoleName"]))
    disks.append(
        builder.data_disk(str(role["RoleName"]), common.body(call), len(disks), attached, disks)
    )
    return Reply(status=202, lock=lock)


@handles("update_data_disk")
def update_data_disk(call: Call) -> Reply:
    lock, record = _vm_deployment(call)
    role = _role(record, str(call.args["role_name"]))
    disk = _data_disk(role, int(call.args["lun"]))
    data = common.body(call)
    if data.get("HostCaching"):
        disk["HostCaching"] = common.choice(
            data["HostCaching"], ("None", "ReadOnly", "ReadWrite"), "HostCaching"
        )
    if data.get("Lun") is not None and int(data["Lun"]) != disk["Lun"]:
        if any(
            d is not disk and d["Lun"] == int(data["Lun"]) for d in role["DataVirtualHardDisks"]
        ):
            raise conflict(f"Role {role['RoleName']} already has a data disk at Lun {data['Lun']}.")
        disk["Lun"] = int(data["Lun"])
    if data.get("DiskLabel"):
        disk["DiskLabel"] = data["DiskLabel"]
    return Reply(status=202, lock=lock)


@handles("delete_data_disk")
def delete_data_disk(call: Call) -> Reply:
    lock, record = _vm_deployment(call)
    role = _role(record, str(call.args["role_name"]))
    disk = _data_disk(role, int(call.args["lun"]))
    role["DataVirtualHardDisks"].remove(disk)
    release_disk(call.store, str(disk["DiskName"]), delete=bool(call.args.get("delete_vhd")))
    return Reply(status=202, lock=lock)
