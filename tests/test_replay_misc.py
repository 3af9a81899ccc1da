"""Replay: role sizes and resource extensions (mgmt_misc recordings)."""

from __future__ import annotations

from fixturetypes import Replay
from narrow import present


def test_list_role_sizes(replay: Replay) -> None:
    sms = replay("mgmt_misc.test_list_role_sizes")

    result = sms.list_role_sizes()

    assert len(result) == 46
    assert result[0].name == "A10"
    d14 = next(size for size in result if size.name == "Standard_D14")
    assert d14.label == "Standard_D14 (16 cores, 114688 MB)"
    assert (d14.cores, d14.memory_in_mb, d14.max_data_disk_count) == (16, 114688, 32)
    assert d14.supported_by_web_worker_roles is True
    assert d14.supported_by_virtual_machines is True
    assert d14.web_worker_resource_disk_size_in_mb == 1024000
    assert d14.virtual_machine_resource_disk_size_in_mb == 1024000


def test_list_resource_extensions(replay: Replay) -> None:
    sms = replay("mgmt_misc.test_list_resource_extensions")

    result = sms.list_resource_extensions()

    assert len(result) == 48
    first = result[0]
    assert (first.publisher, first.name, first.version) == (
        "Microsoft.VisualStudio.Azure.RemoteDebug",
        "VS14CTPDebugger",
        "1.0",
    )
    assert first.label == "Remote Debugger for Visual Studio 2015"
    assert first.replication_completed is True
    assert first.private_configuration_schema == ""  # <PrivateConfigurationSchema/>
    assert present(first.public_configuration_schema).startswith("PD94bWwg")  # base64, kept as sent
    assert first.published_date == "2015-02-26T21:41:50.359463Z"
    assert first.regions == ""  # <Regions/>: text (";"-separated names), not a list
    assert first.company_name == "Microsoft"
    assert any(extension.supported_os for extension in result)
    assert any(extension.is_json_extension for extension in result)
