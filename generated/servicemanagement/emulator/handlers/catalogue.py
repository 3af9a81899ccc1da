"""Read-only catalogue: locations, role sizes, guest operating systems, the subscription."""

from __future__ import annotations

from servicemanagement.emulator import seed
from servicemanagement.emulator.core import Call, Reply, handles


@handles("list_locations")
def list_locations(call: Call) -> Reply:
    return Reply(body={"Location": seed.LOCATIONS})


@handles("list_role_sizes")
def list_role_sizes(call: Call) -> Reply:
    return Reply(body={"RoleSize": seed.ROLE_SIZES})


@handles("list_operating_systems")
def list_operating_systems(call: Call) -> Reply:
    return Reply(body={"OperatingSystem": seed.OPERATING_SYSTEMS})


@handles("list_operating_system_families")
def list_operating_system_families(call: Call) -> Reply:
    return Reply(body={"OperatingSystemFamily": seed.OPERATING_SYSTEM_FAMILIES})


@handles("list_resource_extensions")
def list_resource_extensions(call: Call) -> Reply:
    return Reply(body={"ResourceExtension": seed.RESOURCE_EXTENSIONS})


@handles("list_resource_extension_versions")
def list_resource_extension_versions(call: Call) -> Reply:
    publisher, name = call.args["publisher_name"], call.args["extension_name"]
    versions = [
        extension
        for extension in seed.RESOURCE_EXTENSIONS
        if extension["Publisher"] == publisher and extension["Name"] == name
    ]
    return Reply(body={"ResourceExtension": versions})
