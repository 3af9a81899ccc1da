# Generated from spec/operations/monitoring.yaml by `make generate`; do not edit.
"""Operations of the monitoring area: one ``OperationSpec`` constant and one method each."""

from __future__ import annotations

from typing import TYPE_CHECKING

from servicemanagement._operations_base import OperationsBase
from servicemanagement._schema import EmulatorSpec, OperationSpec, ParamSpec

# Models are imported by the methods that make them (a client class loads no model module).
if TYPE_CHECKING:
    from typing import Any

    from servicemanagement._generated.models_monitoring import (
        AlertIncident,
        AlertIncidents,
        AlertRule,
        AlertRules,
        AutoscaleSetting,
        MonitoringMetricDefinitions,
        MonitoringMetricSetting,
        MonitoringMetricSettings,
        MonitoringMetricValueSets,
    )

CREATE_ALERT_RULE_OR_UPDATE = OperationSpec(
    name="create_alert_rule_or_update",
    client="ServiceManagementService",
    method="PUT",
    path="/{subscription_id}/services/monitoring/alertrules/{rule_id}",
    x_ms_version="2013-10-01",
    params=(
        ParamSpec("rule_id", "path", required=True),
        ParamSpec("rule", "body", type="AlertRule", required=True),
    ),
    fixed_query=(),
    request_type="AlertRule",
    response_type="json",
    statuses=(200, 201),
    is_async=False,
    content_type="application/json; charset=utf-8",
    doc="Creates or replaces an alert rule.",
    fixed_headers=(("Accept", "application/json"),),
)

DELETE_ALERT_RULE = OperationSpec(
    name="delete_alert_rule",
    client="ServiceManagementService",
    method="DELETE",
    path="/{subscription_id}/services/monitoring/alertrules/{rule_id}",
    x_ms_version="2013-10-01",
    params=(ParamSpec("rule_id", "path", required=True),),
    fixed_query=(),
    request_type=None,
    response_type=None,
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Deletes an alert rule.",
    fixed_headers=(("Accept", "application/json"),),
)

GET_ALERT_RULE = OperationSpec(
    name="get_alert_rule",
    client="ServiceManagementService",
    method="GET",
    path="/{subscription_id}/services/monitoring/alertrules/{rule_id}",
    x_ms_version="2013-10-01",
    params=(ParamSpec("rule_id", "path", required=True),),
    fixed_query=(),
    request_type=None,
    response_type="AlertRule",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Returns an alert rule.",
    fixed_headers=(("Accept", "application/json"),),
)

LIST_ALERT_RULE = OperationSpec(
    name="list_alert_rule",
    client="ServiceManagementService",
    method="GET",
    path="/{subscription_id}/services/monitoring/alertrules",
    x_ms_version="2013-10-01",
    params=(),
    fixed_query=(),
    request_type=None,
    response_type="AlertRules",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Lists the alert rules of the subscription.",
    fixed_headers=(("Accept", "application/json"),),
)

GET_ALERT_INCIDENT = OperationSpec(
    name="get_alert_incident",
    client="ServiceManagementService",
    method="GET",
    path="/{subscription_id}/services/monitoring/alertincidents/{incident_id}",
    x_ms_version="2013-10-01",
    params=(ParamSpec("incident_id", "path", required=True),),
    fixed_query=(),
    request_type=None,
    response_type="AlertIncident",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Returns an alert incident.",
    fixed_headers=(("Accept", "application/json"),),
)

LIST_ALERT_INCIDENT_ACTIVE_FOR_SUBSCRIPTION = OperationSpec(
    name="list_alert_incident_active_for_subscription",
    client="ServiceManagementService",
    method="GET",
    path="/{subscription_id}/services/monitoring/alertincidents",
    x_ms_version="2013-10-01",
    params=(ParamSpec("odata_filter", "query", wire="$filter"),),
    fixed_query=(),
    request_type=None,
    response_type="AlertIncidents",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Lists the active alert incidents of the subscription.",
    fixed_headers=(("Accept", "application/json"),),
)

LIST_ALERT_INCIDENT_FOR_RULE = OperationSpec(
    name="list_alert_incident_for_rule",
    client="ServiceManagementService",
    method="GET",
    path="/{subscription_id}/services/monitoring/alertrules/{rule_id}/alertincidents",
    x_ms_version="2013-10-01",
    params=(
        ParamSpec("rule_id", "path", required=True),
        ParamSpec("odata_filter", "query", wire="$filter"),
    ),
    fixed_query=(),
    request_type=None,
    response_type="AlertIncidents",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Lists the incidents of an alert rule.",
    fixed_headers=(("Accept", "application/json"),),
)

CREATE_AUTOSCALE_SETTING_OR_UPDATE = OperationSpec(
    name="create_autoscale_setting_or_update",
    client="ServiceManagementService",
    method="PUT",
    path="/{subscription_id}/services/monitoring/autoscalesettings",
    x_ms_version="2013-10-01",
    params=(
        ParamSpec("resource_id", "query", wire="resourceId", required=True),
        ParamSpec("setting", "body", type="AutoscaleSetting", required=True),
    ),
    fixed_query=(),
    request_type="AutoscaleSetting",
    response_type="json",
    statuses=(200, 201),
    is_async=False,
    content_type="application/json; charset=utf-8",
    doc="Creates or replaces the autoscale setting of a resource.",
    fixed_headers=(("Accept", "application/json"),),
)

DELETE_AUTOSCALE_SETTING = OperationSpec(
    name="delete_autoscale_setting",
    client="ServiceManagementService",
    method="DELETE",
    path="/{subscription_id}/services/monitoring/autoscalesettings",
    x_ms_version="2013-10-01",
    params=(ParamSpec("resource_id", "query", wire="resourceId", required=True),),
    fixed_query=(),
    request_type=None,
    response_type=None,
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Deletes the autoscale setting of a resource.",
    fixed_headers=(("Accept", "application/json"),),
)

GET_AUTOSCALE_SETTING = OperationSpec(
    name="get_autoscale_setting",
    client="ServiceManagementService",
    method="GET",
    path="/{subscription_id}/services/monitoring/autoscalesettings",
    x_ms_version="2013-10-01",
    params=(ParamSpec("resource_id", "query", wire="resourceId", required=True),),
    fixed_query=(),
    request_type=None,
    response_type="AutoscaleSetting",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Returns the autoscale setting of a resource.",
    fixed_headers=(("Accept", "application/json"),),
)

CREATE_METRIC_SETTING_OR_UPDATE = OperationSpec(
    name="create_metric_setting_or_update",
    client="ServiceManagementService",
    method="PUT",
    path="/{subscription_id}/services/monitoring/metricsettings",
    x_ms_version="2013-10-01",
    params=(ParamSpec("setting", "body", type="MonitoringMetricSetting", required=True),),
    fixed_query=(),
    request_type="MonitoringMetricSetting",
    response_type="json",
    statuses=(200,),
    is_async=False,
    content_type="application/json; charset=utf-8",
    doc="Creates or replaces a metric setting (e.g. availability endpoints to monitor).",
    fixed_headers=(("Accept", "application/json"),),
    emulator=EmulatorSpec(kind="upsert"),
)

LIST_METRIC_SETTING = OperationSpec(
    name="list_metric_setting",
    client="ServiceManagementService",
    method="GET",
    path="/{subscription_id}/services/monitoring/metricsettings",
    x_ms_version="2013-10-01",
    params=(
        ParamSpec("resource_id", "query", wire="resourceId", required=True),
        ParamSpec("metric_namespace", "query", wire="namespace", required=True),
    ),
    fixed_query=(),
    request_type=None,
    response_type="MonitoringMetricSettings",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Lists the metric settings of a resource.",
    fixed_headers=(("Accept", "application/json"),),
)

LIST_METRIC_DEFINITIONS = OperationSpec(
    name="list_metric_definitions",
    client="ServiceManagementService",
    method="GET",
    path="/{subscription_id}/services/monitoring/metricdefinitions/query",
    x_ms_version="2013-10-01",
    params=(
        ParamSpec("resource_id", "query", wire="resourceId", required=True),
        ParamSpec("metric_names", "query", wire="names", type="list[string]"),
        ParamSpec("metric_namespace", "query", wire="namespace"),
    ),
    fixed_query=(),
    request_type=None,
    response_type="MonitoringMetricDefinitions",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Lists the metrics a resource has.",
    fixed_headers=(("Accept", "application/json"),),
)

LIST_METRIC_VALUES = OperationSpec(
    name="list_metric_values",
    client="ServiceManagementService",
    method="GET",
    path="/{subscription_id}/services/monitoring/metricvalues/query",
    x_ms_version="2013-10-01",
    params=(
        ParamSpec("resource_id", "query", wire="resourceId", required=True),
        ParamSpec("time_grain", "query", wire="timeGrain", required=True),
        ParamSpec("start_time", "query", wire="startTime", required=True),
        ParamSpec("end_time", "query", wire="endTime", required=True),
        ParamSpec("metric_names", "query", wire="names", type="list[string]"),
        ParamSpec("metric_namespace", "query", wire="namespace"),
    ),
    fixed_query=(),
    request_type=None,
    response_type="MonitoringMetricValueSets",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Returns the values of metrics of a resource over a time span.",
    fixed_headers=(("Accept", "application/json"),),
)


class ServiceManagementServiceMonitoringOperations(OperationsBase):
    """The monitoring operations of ``ServiceManagementService``."""

    def create_alert_rule_or_update(
        self,
        rule_id: str,
        rule: AlertRule,
    ) -> Any:
        """Creates or replaces an alert rule.

        ``/{subscription_id}/services/monitoring/alertrules/{rule_id}``
        (PUT, x-ms-version 2013-10-01).

        Args:
            rule_id: The rule's Id (also its id field).
        """
        return self._call(
            CREATE_ALERT_RULE_OR_UPDATE,
            {
                "rule_id": rule_id,
                "rule": rule,
            },
            rule,
        )

    def delete_alert_rule(
        self,
        rule_id: str,
    ) -> None:
        """Deletes an alert rule.

        ``/{subscription_id}/services/monitoring/alertrules/{rule_id}``
        (DELETE, x-ms-version 2013-10-01).
        """
        return self._call(
            DELETE_ALERT_RULE,
            {
                "rule_id": rule_id,
            },
            None,
        )

    def get_alert_rule(
        self,
        rule_id: str,
    ) -> AlertRule:
        """Returns an alert rule.

        ``/{subscription_id}/services/monitoring/alertrules/{rule_id}``
        (GET, x-ms-version 2013-10-01).
        """
        return self._call(
            GET_ALERT_RULE,
            {
                "rule_id": rule_id,
            },
            None,
        )

    def list_alert_rule(
        self,
    ) -> AlertRules:
        """Lists the alert rules of the subscription.

        ``/{subscription_id}/services/monitoring/alertrules``
        (GET, x-ms-version 2013-10-01).
        """
        return self._call(
            LIST_ALERT_RULE,
            {},
            None,
        )

    def get_alert_incident(
        self,
        incident_id: str,
    ) -> AlertIncident:
        """Returns an alert incident.

        ``/{subscription_id}/services/monitoring/alertincidents/{incident_id}``
        (GET, x-ms-version 2013-10-01).
        """
        return self._call(
            GET_ALERT_INCIDENT,
            {
                "incident_id": incident_id,
            },
            None,
        )

    def list_alert_incident_active_for_subscription(
        self,
        odata_filter: str | None = None,
    ) -> AlertIncidents:
        """Lists the active alert incidents of the subscription.

        ``/{subscription_id}/services/monitoring/alertincidents``
        (GET, x-ms-version 2013-10-01).

        Args:
            odata_filter: An OData filter.
        """
        return self._call(
            LIST_ALERT_INCIDENT_ACTIVE_FOR_SUBSCRIPTION,
            {
                "odata_filter": odata_filter,
            },
            None,
        )

    def list_alert_incident_for_rule(
        self,
        rule_id: str,
        odata_filter: str | None = None,
    ) -> AlertIncidents:
        """Lists the incidents of an alert rule.

        ``/{subscription_id}/services/monitoring/alertrules/{rule_id}/alertincidents``
        (GET, x-ms-version 2013-10-01).

        Args:
            odata_filter: An OData filter.
        """
        return self._call(
            LIST_ALERT_INCIDENT_FOR_RULE,
            {
                "rule_id": rule_id,
                "odata_filter": odata_filter,
            },
            None,
        )

    def create_autoscale_setting_or_update(
        self,
        resource_id: str,
        setting: AutoscaleSetting,
    ) -> Any:
        """Creates or replaces the autoscale setting of a resource.

        ``/{subscription_id}/services/monitoring/autoscalesettings``
        (PUT, x-ms-version 2013-10-01).

        Args:
            resource_id: The scaled resource (e.g. a cloud service role).
        """
        return self._call(
            CREATE_AUTOSCALE_SETTING_OR_UPDATE,
            {
                "resource_id": resource_id,
                "setting": setting,
            },
            setting,
        )

    def delete_autoscale_setting(
        self,
        resource_id: str,
    ) -> None:
        """Deletes the autoscale setting of a resource.

        ``/{subscription_id}/services/monitoring/autoscalesettings``
        (DELETE, x-ms-version 2013-10-01).
        """
        return self._call(
            DELETE_AUTOSCALE_SETTING,
            {
                "resource_id": resource_id,
            },
            None,
        )

    def get_autoscale_setting(
        self,
        resource_id: str,
    ) -> AutoscaleSetting:
        """Returns the autoscale setting of a resource.

        ``/{subscription_id}/services/monitoring/autoscalesettings``
        (GET, x-ms-version 2013-10-01).
        """
        return self._call(
            GET_AUTOSCALE_SETTING,
            {
                "resource_id": resource_id,
            },
            None,
        )

    def create_metric_setting_or_update(
        self,
        setting: MonitoringMetricSetting,
    ) -> Any:
        """Creates or replaces a metric setting (e.g. availability endpoints to monitor).

        ``/{subscription_id}/services/monitoring/metricsettings``
        (PUT, x-ms-version 2013-10-01).
        """
        return self._call(
            CREATE_METRIC_SETTING_OR_UPDATE,
            {
                "setting": setting,
            },
            setting,
        )

    def list_metric_setting(
        self,
        resource_id: str,
        metric_namespace: str,
    ) -> MonitoringMetricSettings:
        """Lists the metric settings of a resource.

        ``/{subscription_id}/services/monitoring/metricsettings``
        (GET, x-ms-version 2013-10-01).
        """
        return self._call(
            LIST_METRIC_SETTING,
            {
                "resource_id": resource_id,
                "metric_namespace": metric_namespace,
            },
            None,
        )

    def list_metric_definitions(
        self,
        resource_id: str,
        metric_names: list[str] | None = None,
        metric_namespace: str | None = None,
    ) -> MonitoringMetricDefinitions:
        """Lists the metrics a resource has.

        ``/{subscription_id}/services/monitoring/metricdefinitions/query``
        (GET, x-ms-version 2013-10-01).
        """
        return self._call(
            LIST_METRIC_DEFINITIONS,
            {
                "resource_id": resource_id,
                "metric_names": metric_names,
                "metric_namespace": metric_namespace,
            },
            None,
        )

    def list_metric_values(
        self,
        resource_id: str,
        time_grain: str,
        start_time: str,
        end_time: str,
        metric_names: list[str] | None = None,
        metric_namespace: str | None = None,
    ) -> MonitoringMetricValueSets:
        """Returns the values of metrics of a resource over a time span.

        ``/{subscription_id}/services/monitoring/metricvalues/query``
        (GET, x-ms-version 2013-10-01).

        Args:
            time_grain: An ISO 8601 duration (PT5M, PT1H, ...).
            start_time: ISO 8601 (UTC).
            end_time: ISO 8601 (UTC).
        """
        return self._call(
            LIST_METRIC_VALUES,
            {
                "resource_id": resource_id,
                "time_grain": time_grain,
                "start_time": start_time,
                "end_time": end_time,
                "metric_names": metric_names,
                "metric_namespace": metric_namespace,
            },
            None,
        )
