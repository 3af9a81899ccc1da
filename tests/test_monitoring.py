"""Monitoring (alerts, autoscale, metrics): requests and JSON documents.

No recording covers them; expected requests and documents are written from the .NET
Monitoring client's wire format (x-ms-version 2013-10-01, Accept: application/json,
JSON bodies with the client's member names).
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime

import pytest
from narrow import present
from servicemanagement import OPERATIONS
from servicemanagement._result import decode_response
from servicemanagement.errors import XmlError
from servicemanagement.models import (
    AlertIncidents,
    AlertRule,
    AlertRuleEmailAction,
    AlertRuleMetricDataSource,
    AlertRuleThresholdCondition,
    AutoscaleCapacity,
    AutoscaleMetricTrigger,
    AutoscaleProfile,
    AutoscaleRecurrence,
    AutoscaleRecurrentSchedule,
    AutoscaleRule,
    AutoscaleScaleAction,
    AutoscaleSetting,
    MonitoringAvailabilityMetricSettingValue,
    MonitoringEndpointConfig,
    MonitoringMetricSetting,
    MonitoringMetricValueSets,
)
from wirecheck import Cases, Expected, request_tests

VERSION = "2013-10-01"
JSON = "application/json; charset=utf-8"
ACCEPT = (("Accept", "application/json"),)
ALERTS = "Microsoft.WindowsAzure.Management.Monitoring.Alerts.Models"
ROLE = "/hostedservices/svc/deploymentslots/Production/roles/web"

RULE = AlertRule(
    id="r1",
    name="cpu",
    description="CPU > 80%",
    is_enabled=True,
    condition=AlertRuleThresholdCondition(
        data_source=AlertRuleMetricDataSource(resource_id=ROLE, metric_name="Percentage CPU"),
        operator="GreaterThan",
        threshold=80.0,
        window_size="PT5M",
    ),
    actions=[AlertRuleEmailAction(send_to_service_owners=True, custom_emails=["ops@example.com"])],
)
RULE_JSON = {
    "Id": "r1",
    "Name": "cpu",
    "Description": "CPU > 80%",
    "IsEnabled": True,
    "Condition": {
        "odata.type": f"{ALERTS}.ThresholdRuleCondition",
        "DataSource": {
            "odata.type": f"{ALERTS}.RuleMetricDataSource",
            "ResourceId": ROLE,
            "MetricName": "Percentage CPU",
        },
        "Operator": "GreaterThan",
        "Threshold": 80.0,
        "WindowSize": "PT5M",
    },
    "Actions": [
        {
            "odata.type": f"{ALERTS}.RuleEmailAction",
            "SendToServiceOwners": True,
            "CustomEmails": ["ops@example.com"],
        }
    ],
}
SETTING = AutoscaleSetting(
    profiles=[
        AutoscaleProfile(
            name="weekdays",
            capacity=AutoscaleCapacity(minimum="1", maximum="4", default="2"),
            rules=[
                AutoscaleRule(
                    metric_trigger=AutoscaleMetricTrigger(
                        metric_name="Percentage CPU",
                        time_grain="PT1M",
                        statistic="Average",
                        time_window="PT10M",
                        time_aggregation="Average",
                        operator="GreaterThan",
                        threshold=75.0,
                    ),
                    scale_action=AutoscaleScaleAction(
                        direction="Increase", type="ChangeCount", value="1", cooldown="PT20M"
                    ),
                )
            ],
            recurrence=AutoscaleRecurrence(
                frequency="Week",
                schedule=AutoscaleRecurrentSchedule(
                    time_zone="UTC", days=["Monday", "Friday"], hours=[8], minutes=[0]
                ),
            ),
        )
    ],
    enabled=True,
)
SETTING_JSON = {
    "Profiles": [
        {
            "Name": "weekdays",
            "Capacity": {"Minimum": "1", "Maximum": "4", "Default": "2"},
            "Rules": [
                {
                    "MetricTrigger": {
                        "MetricName": "Percentage CPU",
                        "TimeGrain": "PT1M",
                        "Statistic": "Average",
                        "TimeWindow": "PT10M",
                        "TimeAggregation": "Average",
                        "Operator": "GreaterThan",
                        "Threshold": 75.0,
                    },
                    "ScaleAction": {
                        "Direction": "Increase",
                        "Type": "ChangeCount",
                        "Value": "1",
                        "Cooldown": "PT20M",
                    },
                }
            ],
            "Recurrence": {
                "Frequency": "Week",
                "Schedule": {
                    "TimeZone": "UTC",
                    "Days": ["Monday", "Friday"],
                    "Hours": [8],
                    "Minutes": [0],
                },
            },
        }
    ],
    "Enabled": True,
}
METRIC_SETTING = MonitoringMetricSetting(
    resource_id="/sites/web1",
    namespace="WindowsAzure.Availability",
    value=MonitoringAvailabilityMetricSettingValue(
        endpoints=[MonitoringEndpointConfig(name="home", url="https://web1.example.com/")]
    ),
)


def get(path: str, query: tuple[tuple[str, str], ...] = ()) -> Expected:
    return Expected("GET", path, VERSION, query, headers=ACCEPT)


CASES: Cases = {
    "create_alert_rule_or_update": (
        lambda sms: sms.create_alert_rule_or_update("r1", RULE),
        Expected(
            "PUT",
            "services/monitoring/alertrules/r1",
            VERSION,
            body=json.dumps(RULE_JSON),
            content_type=JSON,
            headers=ACCEPT,
        ),
    ),
    "delete_alert_rule": (
        lambda sms: sms.delete_alert_rule("r1"),
        Expected("DELETE", "services/monitoring/alertrules/r1", VERSION, headers=ACCEPT),
    ),
    "get_alert_rule": (
        lambda sms: sms.get_alert_rule("r1"),
        get("services/monitoring/alertrules/r1"),
    ),
    "list_alert_rule": (
        lambda sms: sms.list_alert_rule(),
        get("services/monitoring/alertrules"),
    ),
    "get_alert_incident": (
        lambda sms: sms.get_alert_incident("i1"),
        get("services/monitoring/alertincidents/i1"),
    ),
    "list_alert_incident_active_for_subscription": (
        lambda sms: sms.list_alert_incident_active_for_subscription("IsActive eq true"),
        get("services/monitoring/alertincidents", (("$filter", "IsActive eq true"),)),
    ),
    "list_alert_incident_for_rule": (
        lambda sms: sms.list_alert_incident_for_rule("r1"),
        get("services/monitoring/alertrules/r1/alertincidents"),
    ),
    "create_autoscale_setting_or_update": (
        lambda sms: sms.create_autoscale_setting_or_update(ROLE, SETTING),
        Expected(
            "PUT",
            "services/monitoring/autoscalesettings",
            VERSION,
            (("resourceId", ROLE),),
            json.dumps(SETTING_JSON),
            JSON,
            ACCEPT,
        ),
    ),
    "delete_autoscale_setting": (
        lambda sms: sms.delete_autoscale_setting(ROLE),
        Expected(
            "DELETE",
            "services/monitoring/autoscalesettings",
            VERSION,
            (("resourceId", ROLE),),
            headers=ACCEPT,
        ),
    ),
    "get_autoscale_setting": (
        lambda sms: sms.get_autoscale_setting(ROLE),
        get("services/monitoring/autoscalesettings", (("resourceId", ROLE),)),
    ),
    "create_metric_setting_or_update": (
        lambda sms: sms.create_metric_setting_or_update(METRIC_SETTING),
        Expected(
            "PUT",
            "services/monitoring/metricsettings",
            VERSION,
            body=json.dumps(
                {
                    "ResourceId": "/sites/web1",
                    "Namespace": "WindowsAzure.Availability",
                    "Value": {
                        "odata.type": "Microsoft.WindowsAzure.Management.Monitoring.Metrics"
                        ".Models.AvailabilityMetricSettingValue",
                        "Endpoints": [{"Name": "home", "Url": "https://web1.example.com/"}],
                    },
                }
            ),
            content_type=JSON,
            headers=ACCEPT,
        ),
    ),
    "list_metric_setting": (
        lambda sms: sms.list_metric_setting("/sites/web1", "WindowsAzure.Availability"),
        get(
            "services/monitoring/metricsettings",
            (("resourceId", "/sites/web1"), ("namespace", "WindowsAzure.Availability")),
        ),
    ),
    "list_metric_definitions": (
        lambda sms: sms.list_metric_definitions(ROLE, ["Percentage CPU", "Network In"]),
        get(
            "services/monitoring/metricdefinitions/query",
            (("resourceId", ROLE), ("names", "Percentage CPU,Network In")),
        ),
    ),
    "list_metric_values": (
        lambda sms: sms.list_metric_values(
            ROLE, "PT5M", "2016-01-01T00:00:00Z", "2016-01-02T00:00:00Z", ["Percentage CPU"]
        ),
        get(
            "services/monitoring/metricvalues/query",
            (
                ("resourceId", ROLE),
                ("names", "Percentage CPU"),
                ("timeGrain", "PT5M"),
                ("startTime", "2016-01-01T00:00:00Z"),
                ("endTime", "2016-01-02T00:00:00Z"),
            ),
        ),
    ),
}


test_request = request_tests(CASES, "monitoring")


def test_rule_reads_back_from_the_json_the_service_answers() -> None:
    answer = {**RULE_JSON, "LastUpdatedTime": "2016-02-03T04:05:06Z", "Unknown": [1]}
    rule = decode_response(OPERATIONS["get_alert_rule"], json.dumps(answer).encode())
    updated = datetime(2016, 2, 3, 4, 5, 6, tzinfo=UTC)
    assert rule == replace(RULE, last_updated_time=updated)


def test_autoscale_setting_reads_back() -> None:
    setting = decode_response(
        OPERATIONS["get_autoscale_setting"], json.dumps(SETTING_JSON).encode()
    )
    assert setting == SETTING


def test_incidents_iterate_and_keep_an_open_incident_unresolved() -> None:
    body = {
        "Value": [
            {
                "Id": "i1",
                "RuleId": "r1",
                "IsActive": True,
                "ActivatedTime": "2016-01-01T00:00:00Z",
                "ResolvedTime": None,
            },
            {"Id": "i2", "RuleId": "r1", "IsActive": False, "ResolvedTime": "2016-01-01T01:00:00Z"},
        ]
    }
    incidents = decode_response(
        OPERATIONS["list_alert_incident_for_rule"], json.dumps(body).encode()
    )
    assert isinstance(incidents, AlertIncidents)
    assert [(i.id, i.is_active, i.resolved_time) for i in incidents] == [
        ("i1", True, None),
        ("i2", False, datetime(2016, 1, 1, 1, tzinfo=UTC)),
    ]


def test_metric_values_read_numbers_as_the_spec_types_them() -> None:
    body = {
        "Value": [
            {
                "Name": "Percentage CPU",
                "StartTime": "2016-01-01T00:00:00Z",
                "MetricValues": [{"Timestamp": "2016-01-01T00:00:00Z", "Average": 12, "Count": 5}],
            }
        ]
    }
    sets = decode_response(OPERATIONS["list_metric_values"], json.dumps(body).encode())
    assert isinstance(sets, MonitoringMetricValueSets)
    (value,) = present(sets[0].metric_values)
    assert (value.average, value.count) == (12.0, 5)
    assert isinstance(value.average, float)


def test_a_body_of_the_wrong_shape_is_a_typed_error() -> None:
    with pytest.raises(XmlError, match=r"AlertRule\.IsEnabled: expected a JSON bool"):
        decode_response(OPERATIONS["get_alert_rule"], b'{"IsEnabled": "yes"}')
