"""The read-only catalogue's one query the engine cannot infer: an extension's versions.

(Locations, role sizes, guest operating systems and extensions themselves are lists of
the engine's seeded collections: ``emulator: {seed: ...}`` in the spec.)
"""

from __future__ import annotations

from servicemanagement.emulator import seed
from servicemanagement.emulator.core import Call, Reply, handles


@handles("list_resource_extension_versions")
def list_resource_extension_versions(call: Call) -> Reply:
    publisher, name = call.args["publisher_name"], call.args["extension_name"]
    versions = [
        extension
        for extension in seed.resource_extensions()
        if extension["Publisher"] == publisher and extension["Name"] == name
    ]
    return Reply(body={"ResourceExtension": versions})
