"""The legacy signatures (names, positional order, keywords, defaults) still work.

The expected signatures are transcribed from the legacy azure.servicemanagement
package (see the notes on it); keyword-only extensions of ours are not compared.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

import pytest
import servicemanagement
from servicemanagement import (
    SchedulerManagementService,
    ServiceBusManagementService,
    SqlDatabaseManagementService,
    WebsiteManagementService,
)

WS = "webspace_name, website_name"
JC = "cloud_service_id, job_collection_id"
LEGACY: dict[type, list[str]] = {
    SqlDatabaseManagementService: [
        "create_server(admin_login, admin_password, location)",
        "set_server_admin_password(server_name, admin_password)",
        "delete_server(server_name)",
        "list_servers()",
        "list_quotas(server_name)",
        "get_server_event_logs(server_name, start_date, interval_size_in_minutes, event_types='')",
        "create_firewall_rule(server_name, name, start_ip_address, end_ip_address)",
        "update_firewall_rule(server_name, name, start_ip_address, end_ip_address)",
        "delete_firewall_rule(server_name, name)",
        "list_firewall_rules(server_name)",
        "list_service_level_objectives(server_name)",
        "create_database(server_name, name, service_objective_id, edition=None,"
        " collation_name=None, max_size_bytes=None)",
        "update_database(server_name, name, new_database_name=None, service_objective_id=None,"
        " edition=None, max_size_bytes=None)",
        "delete_database(server_name, name)",
        "list_databases(name)",
    ],
    ServiceBusManagementService: [
        "get_regions()",
        "list_namespaces()",
        "get_namespace(name)",
        "create_namespace(name, region)",
        "delete_namespace(name)",
        "check_namespace_availability(name)",
        "list_queues(name)",
        "list_topics(name)",
        "list_notification_hubs(name)",
        "list_relays(name)",
        *(
            line
            for kind, arg in [
                ("queue", "queue_name"),
                ("topic", "topic_name"),
                ("notification_hub", "hub_name"),
                ("relay", "relay_name"),
            ]
            for line in (
                f"get_supported_metrics_{kind}(name, {arg})",
                f"get_metrics_data_{kind}(name, {arg}, metric, rollup, filter_expresssion)",
                f"get_metrics_rollups_{kind}(name, {arg}, metric)",
            )
        ),
    ],
    WebsiteManagementService: [
        "list_webspaces()",
        "get_webspace(webspace_name)",
        "list_sites(webspace_name)",
        f"get_site({WS})",
        f"create_site({WS}, geo_region, host_names, plan='VirtualDedicatedPlan',"
        " compute_mode='Shared', server_farm=None, site_mode=None)",
        f"delete_site({WS}, delete_empty_server_farm=False, delete_metrics=False)",
        f"update_site({WS}, state=None)",
        f"restart_site({WS})",
        f"get_historical_usage_metrics({WS}, metrics=None, start_time=None, end_time=None,"
        " time_grain=None)",
        f"get_metric_definitions({WS})",
        f"get_publish_profile_xml({WS})",
        f"get_publish_profile({WS})",
    ],
    SchedulerManagementService: [
        "list_cloud_services()",
        "create_cloud_service(cloud_service_id, label, description, geo_region)",
        "get_cloud_service(cloud_service_id)",
        "delete_cloud_service(cloud_service_id)",
        f"check_job_collection_name({JC})",
        f"create_job_collection({JC}, plan='Standard')",
        f"delete_job_collection({JC})",
        f"get_job_collection({JC})",
        f"create_job({JC}, job_id, job)",
        f"delete_job({JC}, job_id)",
        f"get_job({JC}, job_id)",
        f"get_all_jobs({JC})",
    ],
}
BASE = [
    "__init__(subscription_id=None, cert_file=None, host='management.core.windows.net',"
    " request_session=None, timeout=65)",
    "get_operation_status(request_id)",
    "perform_get(path, x_ms_version=None)",
    "perform_put(path, body, x_ms_version=None)",
    "perform_post(path, body, x_ms_version=None)",
    "perform_delete(path, x_ms_version=None)",
    "with_filter(filter)",
]
FUNCTIONS = [
    "get_certificate_from_publish_settings(publish_settings_path, path_to_write_certificate,"
    " subscription_id=None)",
    "parse_response_for_async_op(response)",
]


def _legacy_view(name: str, function: Callable[..., Any]) -> str:
    """``name(a, b=default)``: positional-or-keyword parameters only, self left out."""
    parts = [
        p.name if p.default is inspect.Parameter.empty else f"{p.name}={p.default!r}"
        for p in inspect.signature(function).parameters.values()
        if p.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD and p.name != "self"
    ]
    return f"{name}({', '.join(parts)})"


CASES = [(cls, line) for cls, lines in LEGACY.items() for line in lines + BASE]


@pytest.mark.parametrize(("cls", "expected"), CASES, ids=[f"{c.__name__}.{e}" for c, e in CASES])
def test_method_signature(cls: type, expected: str) -> None:
    name = expected.split("(")[0]
    assert _legacy_view(name, getattr(cls, name)) == expected


@pytest.mark.parametrize("expected", FUNCTIONS)
def test_module_function_signature(expected: str) -> None:
    name = expected.split("(")[0]
    assert _legacy_view(name, getattr(servicemanagement, name)) == expected


def test_legacy_class_defaults() -> None:
    assert ServiceBusManagementService.x_ms_version == "2012-03-01"
    assert SqlDatabaseManagementService.content_type == "application/xml"
    assert WebsiteManagementService.x_ms_version == SchedulerManagementService.x_ms_version
    assert WebsiteManagementService.x_ms_version == "2014-10-01"


def test_azure_namespace_exports_the_service_classes() -> None:
    import azure.servicemanagement as legacy

    for name in (
        "SqlDatabaseManagementService",
        "ServiceBusManagementService",
        "WebsiteManagementService",
        "SchedulerManagementService",
        "get_certificate_from_publish_settings",
        "parse_response_for_async_op",
        "Database",
        "PublishData",
        "QueueDescription",
        "CloudService",
    ):
        assert getattr(legacy, name) is getattr(servicemanagement, name)
