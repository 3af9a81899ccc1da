"""Replay: reserved IP addresses (mgmt_misc.test_*_reserved_ip_address* recordings).

No recording associates or disassociates a reserved IP (that needs a deployment);
test_misc_requests.py checks those requests and their 2015-02-01 x-ms-version.
"""

from __future__ import annotations

from fixturetypes import Replay
from servicemanagement import ServiceManagementService


def _create(sms: ServiceManagementService, name: str) -> None:
    result = sms.create_reserved_ip_address(name, "mylabel", "West US")
    assert result.request_id is not None
    operation = sms.wait_for_operation_status(result.request_id, sleep_interval=0)
    assert operation.status == "Succeeded"


def test_create_reserved_ip_address(replay: Replay) -> None:
    sms = replay("mgmt_misc.test_create_reserved_ip_address")
    _create(sms, "ip49ef15b1")

    result = sms.get_reserved_ip_address("ip49ef15b1")

    assert result.name == "ip49ef15b1"
    assert result.address == "23.99.56.121"
    assert result.state == "Created"


def test_get_reserved_ip_address(replay: Replay) -> None:
    sms = replay("mgmt_misc.test_get_reserved_ip_address")
    _create(sms, "ipabf147d")

    result = sms.get_reserved_ip_address("ipabf147d")

    assert result.name == "ipabf147d"
    assert result.address == "23.99.28.182"
    assert result.id == "5f71d255-1d5c-46d5-a43e-47004ec7c4b0"
    assert result.label == "mylabel"  # plain text, not base64, for reserved IPs
    assert result.location == "West US"
    assert result.in_use is False  # absent: the legacy defaults
    assert result.service_name == ""


def test_list_reserved_ip_addresses(replay: Replay) -> None:
    sms = replay("mgmt_misc.test_list_reserved_ip_addresses")
    _create(sms, "ip4c7115d1")

    result = sms.list_reserved_ip_addresses()

    assert [ip.name for ip in result] == ["ip4c7115d1", "ip52142307398476", "ip69142307628147"]
    assert result[0].address == "23.99.29.23"
    assert {ip.label for ip in result} == {"mylabel"}
