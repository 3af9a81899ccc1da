"""Replay: the subscription itself (mgmt_misc.test_get_subscription).

No recording lists subscriptions or subscription operations; test_misc_requests.py
serves list_subscription_operations pages from the replay server instead.
"""

from __future__ import annotations

from cassettes import SUBSCRIPTION_ID
from fixturetypes import Replay
from narrow import present


def test_get_subscription(replay: Replay) -> None:
    sms = replay("mgmt_misc.test_get_subscription")

    result = sms.get_subscription()

    assert result.subscription_id == SUBSCRIPTION_ID
    assert result.subscription_name == "PTVSAazure @ outlook.com account for IPython Team"
    assert result.subscription_status == "Active"
    assert result.account_admin_live_email_id == "ptvsaz@microsoft.com"
    assert result.service_admin_live_email_id == "ptvsazure@outlook.com"
    assert (result.max_core_count, result.current_core_count) == (20, 9)
    assert (result.max_storage_accounts, result.current_storage_accounts) == (100, 45)
    assert (result.max_hosted_services, result.current_hosted_services) == (20, 11)
    assert result.max_virtual_network_sites == 50
    assert result.current_virtual_network_sites == 0  # not in this response: legacy default
    assert result.max_local_network_sites == result.max_dns_servers == 20
    assert result.aad_tenant_id == "72f988bf-86f1-41af-91ab-2d7cd011db47"
    assert result.created_time == "2012-05-02T01:53:33Z"
    assert (result.max_reserved_ips, result.current_reserved_ips) == (20, 2)
    assert present(result.offer_categories).split(";")[0] == "Azure_Platform_All"
    assert result.max_routes_per_route_table == 100
