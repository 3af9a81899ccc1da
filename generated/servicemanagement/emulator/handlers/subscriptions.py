"""The subscription: its properties and quotas, and the log of its operations."""

from __future__ import annotations

import functools

from servicemanagement.emulator import seed
from servicemanagement.emulator.core import Call, Reply, handles
from servicemanagement.emulator.handlers import networking
from servicemanagement.emulator.handlers.hosted_services import deployments_of
from servicemanagement.emulator.wire import Wire, format_time, parse_time


@functools.cache
def _cores() -> dict[str, int]:
    return {str(size["Name"]): int(size["Cores"]) for size in seed.role_sizes()}


def _subscription(call: Call) -> Wire:
    services = call.table("hosted_services")
    cores = sum(
        _cores().get(str(instance["size"]), 1)
        for service in services.values()
        for deployment in deployments_of(service).values()
        for instance in deployment["_instances"]
    )
    return {
        "SubscriptionID": call.subscription_id,
        "SubscriptionName": "Service Management emulator",
        "SubscriptionStatus": "Active",
        "AccountAdminLiveEmailId": "admin@emulator.invalid",
        "ServiceAdminLiveEmailId": "admin@emulator.invalid",
        "MaxCoreCount": 20,
        "MaxStorageAccounts": 100,
        "MaxHostedServices": 20,
        "CurrentCoreCount": cores,
        "CurrentHostedServices": len(services),
        "CurrentStorageAccounts": len(call.table("storage_accounts")),
        "MaxVirtualNetworkSites": 50,
        "MaxLocalNetworkSites": 20,
        "MaxDnsServers": 20,
        "OfferCategories": "Azure_Platform_All",
        "AADTenantID": call.store.data.get("tenant_id"),
        "CreatedTime": format_time(float(call.store.data.get("created", call.now))),
        "MaxReservedIPs": 20,
        "CurrentReservedIPs": len(call.table(networking.TABLE)),
        "MaxPublicIPCount": 5,
        "CurrentNetworkSecurityGroups": 0,
        "MaxNetworkSecurityGroups": 100,
        "MaxNetworkSecurityRulesPerGroup": 200,
        "MaxRouteTables": 100,
        "MaxRoutesPerRouteTable": 100,
    }


@handles("get_subscription")
def get_subscription(call: Call) -> Reply:
    return Reply(body=_subscription(call))


@handles("list_subscriptions")
def list_subscriptions(call: Call) -> Reply:
    return Reply(body={"Subscription": [_subscription(call)]})


@handles("list_subscription_operations")
def list_subscription_operations(call: Call) -> Reply:
    start = call.args.get("start_time")
    end = call.args.get("end_time")
    status_filter = call.args.get("operation_result_filter")
    low = parse_time(start).timestamp() if start else float("-inf")
    high = parse_time(end).timestamp() if end else float("inf")
    operations = []
    for request_id, record in sorted(
        call.table("operations").items(), key=lambda item: item[1]["seq"]
    ):
        if not low <= record["started"] <= high:
            continue
        if status_filter and record["status"] != status_filter:
            continue
        status: Wire = {"ID": request_id, "Status": record["status"]}
        if record["status"] != "InProgress":
            status["HttpStatusCode"] = record["http_status"]
        if "error" in record:
            status["Error"] = record["error"]
        operations.append(
            {
                "OperationId": request_id,
                "OperationObjectId": record.get("object", ""),
                "OperationName": record["operation"],
                "OperationStatus": status,
                "OperationStartedTime": format_time(record["started"]),
            }
        )
    return Reply(body={"SubscriptionOperations": operations})
