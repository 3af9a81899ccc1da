# Generated from spec/types/monitoring.yaml by `make generate`; do not edit.
"""Models of the monitoring area."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, ClassVar

from servicemanagement._generated.namespaces import NS_WA
from servicemanagement._model import Model, schema_on_first_use
from servicemanagement._schema import FieldSchema, TypeSchema

# Models are dataclasses made by ``Model``; each ``__schema__`` is built when first looked
# up (see servicemanagement._model).
if TYPE_CHECKING:
    from dataclasses import KW_ONLY
    from datetime import datetime


__all__ = [
    "AlertRules",
    "AlertRule",
    "AlertRuleThresholdCondition",
    "AlertRuleMetricDataSource",
    "AlertRuleEmailAction",
    "AlertIncidents",
    "AlertIncident",
    "AutoscaleSetting",
    "AutoscaleProfile",
    "AutoscaleCapacity",
    "AutoscaleRule",
    "AutoscaleMetricTrigger",
    "AutoscaleScaleAction",
    "AutoscaleFixedDate",
    "AutoscaleRecurrence",
    "AutoscaleRecurrentSchedule",
    "MonitoringMetricSettings",
    "MonitoringMetricSetting",
    "MonitoringAvailabilityMetricSettingValue",
    "MonitoringNameConfig",
    "MonitoringEndpointConfig",
    "MonitoringMetricDefinitions",
    "MonitoringMetricDefinition",
    "MonitoringMetricAvailability",
    "MonitoringMetricValueSets",
    "MonitoringMetricValueSet",
    "MonitoringMetricValue",
]


class AlertRules(Model):
    """The alert rules of a subscription; iterate it for AlertRule items."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="AlertRules",
            namespace=NS_WA,
            root=None,
            element="AlertRules",
            fields=(FieldSchema("value", "flat", "Value", NS_WA, model="AlertRule"),),
            items="value",
            json=True,
        )
    )
    _: KW_ONLY
    value: list[AlertRule] | None = None

    def __iter__(self) -> Iterator[AlertRule]:
        return iter(self.value or ())

    def __len__(self) -> int:
        return len(self.value or ())

    def __getitem__(self, index: int) -> AlertRule:
        return (self.value or [])[index]


class AlertRule(Model):
    """A rule that raises an incident when a metric crosses a threshold."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="AlertRule",
            namespace=NS_WA,
            root=None,
            element="Value",
            fields=(
                FieldSchema("id", "element", "Id", NS_WA),
                FieldSchema("name", "element", "Name", NS_WA),
                FieldSchema("description", "element", "Description", NS_WA),
                FieldSchema("is_enabled", "element", "IsEnabled", NS_WA, scalar="bool"),
                FieldSchema(
                    "condition", "element", "Condition", NS_WA, model="AlertRuleThresholdCondition"
                ),
                FieldSchema("actions", "flat", "Actions", NS_WA, model="AlertRuleEmailAction"),
                FieldSchema(
                    "last_updated_time", "element", "LastUpdatedTime", NS_WA, scalar="datetime"
                ),
            ),
            json=True,
        )
    )
    _: KW_ONLY
    id: str | None = None
    name: str | None = None
    description: str | None = None
    is_enabled: bool | None = None
    condition: AlertRuleThresholdCondition | None = None
    actions: list[AlertRuleEmailAction] | None = None
    last_updated_time: datetime | None = None


class AlertRuleThresholdCondition(Model):
    """The condition of a rule; a metric compared with a threshold over a time window."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="AlertRuleThresholdCondition",
            namespace=NS_WA,
            root=None,
            element="Condition",
            fields=(
                FieldSchema("odata_type", "element", "odata.type", NS_WA),
                FieldSchema(
                    "data_source", "element", "DataSource", NS_WA, model="AlertRuleMetricDataSource"
                ),
                FieldSchema("operator", "element", "Operator", NS_WA),
                FieldSchema("threshold", "element", "Threshold", NS_WA, scalar="float"),
                FieldSchema("window_size", "element", "WindowSize", NS_WA),
            ),
            json=True,
        )
    )
    _: KW_ONLY
    odata_type: str = (
        "Microsoft.WindowsAzure.Management.Monitoring.Alerts.Models.ThresholdRuleCondition"
    )
    data_source: AlertRuleMetricDataSource | None = None
    #: GreaterThan, GreaterThanOrEqual, LessThan or LessThanOrEqual.
    operator: str | None = None
    threshold: float | None = None
    #: An ISO 8601 duration (PT5M to P1D).
    window_size: str | None = None


class AlertRuleMetricDataSource(Model):
    """The metric a rule watches."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="AlertRuleMetricDataSource",
            namespace=NS_WA,
            root=None,
            element="DataSource",
            fields=(
                FieldSchema("odata_type", "element", "odata.type", NS_WA),
                FieldSchema("resource_id", "element", "ResourceId", NS_WA),
                FieldSchema("metric_namespace", "element", "MetricNamespace", NS_WA),
                FieldSchema("metric_name", "element", "MetricName", NS_WA),
            ),
            json=True,
        )
    )
    _: KW_ONLY
    odata_type: str = (
        "Microsoft.WindowsAzure.Management.Monitoring.Alerts.Models.RuleMetricDataSource"
    )
    resource_id: str | None = None
    metric_namespace: str | None = None
    metric_name: str | None = None


class AlertRuleEmailAction(Model):
    """Who a rule mails when it fires."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="AlertRuleEmailAction",
            namespace=NS_WA,
            root=None,
            element="Actions",
            fields=(
                FieldSchema("odata_type", "element", "odata.type", NS_WA),
                FieldSchema(
                    "send_to_service_owners", "element", "SendToServiceOwners", NS_WA, scalar="bool"
                ),
                FieldSchema("custom_emails", "flat", "CustomEmails", NS_WA),
            ),
            json=True,
        )
    )
    _: KW_ONLY
    odata_type: str = "Microsoft.WindowsAzure.Management.Monitoring.Alerts.Models.RuleEmailAction"
    send_to_service_owners: bool | None = None
    custom_emails: list[str] | None = None


class AlertIncidents(Model):
    """Alert incidents; iterate it for AlertIncident items."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="AlertIncidents",
            namespace=NS_WA,
            root=None,
            element="AlertIncidents",
            fields=(FieldSchema("value", "flat", "Value", NS_WA, model="AlertIncident"),),
            items="value",
            json=True,
        )
    )
    _: KW_ONLY
    value: list[AlertIncident] | None = None

    def __iter__(self) -> Iterator[AlertIncident]:
        return iter(self.value or ())

    def __len__(self) -> int:
        return len(self.value or ())

    def __getitem__(self, index: int) -> AlertIncident:
        return (self.value or [])[index]


class AlertIncident(Model):
    """A time a rule's condition held."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="AlertIncident",
            namespace=NS_WA,
            root=None,
            element="Value",
            fields=(
                FieldSchema("id", "element", "Id", NS_WA),
                FieldSchema("rule_id", "element", "RuleId", NS_WA),
                FieldSchema("is_active", "element", "IsActive", NS_WA, scalar="bool"),
                FieldSchema("activated_time", "element", "ActivatedTime", NS_WA, scalar="datetime"),
                FieldSchema("resolved_time", "element", "ResolvedTime", NS_WA, scalar="datetime"),
            ),
            json=True,
        )
    )
    _: KW_ONLY
    id: str | None = None
    rule_id: str | None = None
    is_active: bool | None = None
    activated_time: datetime | None = None
    #: None while the incident is active.
    resolved_time: datetime | None = None


class AutoscaleSetting(Model):
    """How a resource (a cloud service role) scales, by profile."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="AutoscaleSetting",
            namespace=NS_WA,
            root=None,
            element="AutoscaleSetting",
            fields=(
                FieldSchema("profiles", "flat", "Profiles", NS_WA, model="AutoscaleProfile"),
                FieldSchema("enabled", "element", "Enabled", NS_WA, scalar="bool"),
            ),
            json=True,
        )
    )
    _: KW_ONLY
    profiles: list[AutoscaleProfile] | None = None
    enabled: bool | None = None


class AutoscaleProfile(Model):
    """Capacity and scaling rules, for a fixed date range or a recurring schedule."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="AutoscaleProfile",
            namespace=NS_WA,
            root=None,
            element="Profiles",
            fields=(
                FieldSchema("name", "element", "Name", NS_WA),
                FieldSchema("capacity", "element", "Capacity", NS_WA, model="AutoscaleCapacity"),
                FieldSchema("rules", "flat", "Rules", NS_WA, model="AutoscaleRule"),
                FieldSchema(
                    "fixed_date", "element", "FixedDate", NS_WA, model="AutoscaleFixedDate"
                ),
                FieldSchema(
                    "recurrence", "element", "Recurrence", NS_WA, model="AutoscaleRecurrence"
                ),
            ),
            json=True,
        )
    )
    _: KW_ONLY
    name: str | None = None
    capacity: AutoscaleCapacity | None = None
    rules: list[AutoscaleRule] | None = None
    fixed_date: AutoscaleFixedDate | None = None
    recurrence: AutoscaleRecurrence | None = None


class AutoscaleCapacity(Model):
    """Instance counts (as text, as the service has them)."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="AutoscaleCapacity",
            namespace=NS_WA,
            root=None,
            element="Capacity",
            fields=(
                FieldSchema("minimum", "element", "Minimum", NS_WA),
                FieldSchema("maximum", "element", "Maximum", NS_WA),
                FieldSchema("default", "element", "Default", NS_WA),
            ),
            json=True,
        )
    )
    _: KW_ONLY
    minimum: str | None = None
    maximum: str | None = None
    default: str | None = None


class AutoscaleRule(Model):
    """A metric trigger and the scaling it causes."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="AutoscaleRule",
            namespace=NS_WA,
            root=None,
            element="Rules",
            fields=(
                FieldSchema(
                    "metric_trigger",
                    "element",
                    "MetricTrigger",
                    NS_WA,
                    model="AutoscaleMetricTrigger",
                ),
                FieldSchema(
                    "scale_action", "element", "ScaleAction", NS_WA, model="AutoscaleScaleAction"
                ),
            ),
            json=True,
        )
    )
    _: KW_ONLY
    metric_trigger: AutoscaleMetricTrigger | None = None
    scale_action: AutoscaleScaleAction | None = None


class AutoscaleMetricTrigger(Model):
    """A metric aggregated over a time window, compared with a threshold."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="AutoscaleMetricTrigger",
            namespace=NS_WA,
            root=None,
            element="MetricTrigger",
            fields=(
                FieldSchema("metric_name", "element", "MetricName", NS_WA),
                FieldSchema("metric_namespace", "element", "MetricNamespace", NS_WA),
                FieldSchema("metric_source", "element", "MetricSource", NS_WA),
                FieldSchema("time_grain", "element", "TimeGrain", NS_WA),
                FieldSchema("statistic", "element", "Statistic", NS_WA),
                FieldSchema("time_window", "element", "TimeWindow", NS_WA),
                FieldSchema("time_aggregation", "element", "TimeAggregation", NS_WA),
                FieldSchema("operator", "element", "Operator", NS_WA),
                FieldSchema("threshold", "element", "Threshold", NS_WA, scalar="float"),
            ),
            json=True,
        )
    )
    _: KW_ONLY
    metric_name: str | None = None
    metric_namespace: str | None = None
    metric_source: str | None = None
    #: An ISO 8601 duration.
    time_grain: str | None = None
    #: Average, Min, Max or Sum.
    statistic: str | None = None
    #: An ISO 8601 duration.
    time_window: str | None = None
    #: Average, Minimum, Maximum, Last, Total or Count.
    time_aggregation: str | None = None
    #: Equals, NotEquals, GreaterThan, GreaterThanOrEqual, LessThan or LessThanOrEqual.
    operator: str | None = None
    threshold: float | None = None


class AutoscaleScaleAction(Model):
    """What a rule does when it triggers."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="AutoscaleScaleAction",
            namespace=NS_WA,
            root=None,
            element="ScaleAction",
            fields=(
                FieldSchema("direction", "element", "Direction", NS_WA),
                FieldSchema("type", "element", "Type", NS_WA),
                FieldSchema("value", "element", "Value", NS_WA),
                FieldSchema("cooldown", "element", "Cooldown", NS_WA),
            ),
            json=True,
        )
    )
    _: KW_ONLY
    #: None, Increase or Decrease.
    direction: str | None = None
    #: ChangeSize, ChangeCount, PercentChangeCount or ExactCount.
    type: str | None = None
    value: str | None = None
    #: An ISO 8601 duration.
    cooldown: str | None = None


class AutoscaleFixedDate(Model):
    """A date range a profile applies to."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="AutoscaleFixedDate",
            namespace=NS_WA,
            root=None,
            element="FixedDate",
            fields=(
                FieldSchema("time_zone", "element", "TimeZone", NS_WA),
                FieldSchema("start", "element", "Start", NS_WA, scalar="datetime"),
                FieldSchema("end", "element", "End", NS_WA, scalar="datetime"),
            ),
            json=True,
        )
    )
    _: KW_ONLY
    time_zone: str | None = None
    start: datetime | None = None
    end: datetime | None = None


class AutoscaleRecurrence(Model):
    """A recurring schedule a profile applies to."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="AutoscaleRecurrence",
            namespace=NS_WA,
            root=None,
            element="Recurrence",
            fields=(
                FieldSchema("frequency", "element", "Frequency", NS_WA),
                FieldSchema(
                    "schedule", "element", "Schedule", NS_WA, model="AutoscaleRecurrentSchedule"
                ),
            ),
            json=True,
        )
    )
    _: KW_ONLY
    #: None, Second, Minute, Hour, Day, Week, Month or Year.
    frequency: str | None = None
    schedule: AutoscaleRecurrentSchedule | None = None


class AutoscaleRecurrentSchedule(Model):
    """The days, hours and minutes a recurrence starts at."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="AutoscaleRecurrentSchedule",
            namespace=NS_WA,
            root=None,
            element="Schedule",
            fields=(
                FieldSchema("time_zone", "element", "TimeZone", NS_WA),
                FieldSchema("days", "flat", "Days", NS_WA),
                FieldSchema("hours", "flat", "Hours", NS_WA, scalar="int"),
                FieldSchema("minutes", "flat", "Minutes", NS_WA, scalar="int"),
            ),
            json=True,
        )
    )
    _: KW_ONLY
    time_zone: str | None = None
    days: list[str] | None = None
    hours: list[int] | None = None
    minutes: list[int] | None = None


class MonitoringMetricSettings(Model):
    """The metric settings of a resource; iterate it for MonitoringMetricSetting items."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="MonitoringMetricSettings",
            namespace=NS_WA,
            root=None,
            element="MonitoringMetricSettings",
            fields=(FieldSchema("value", "flat", "Value", NS_WA, model="MonitoringMetricSetting"),),
            items="value",
            json=True,
        )
    )
    _: KW_ONLY
    value: list[MonitoringMetricSetting] | None = None

    def __iter__(self) -> Iterator[MonitoringMetricSetting]:
        return iter(self.value or ())

    def __len__(self) -> int:
        return len(self.value or ())

    def __getitem__(self, index: int) -> MonitoringMetricSetting:
        return (self.value or [])[index]


class MonitoringMetricSetting(Model):
    """A metric setting of a resource (the availability test endpoints of a web site)."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="MonitoringMetricSetting",
            namespace=NS_WA,
            root=None,
            element="Value",
            fields=(
                FieldSchema("resource_id", "element", "ResourceId", NS_WA),
                FieldSchema("namespace", "element", "Namespace", NS_WA),
                FieldSchema(
                    "value",
                    "element",
                    "Value",
                    NS_WA,
                    model="MonitoringAvailabilityMetricSettingValue",
                ),
            ),
            json=True,
        )
    )
    _: KW_ONLY
    resource_id: str | None = None
    namespace: str | None = None
    value: MonitoringAvailabilityMetricSettingValue | None = None


class MonitoringAvailabilityMetricSettingValue(Model):
    """Where availability is measured from, and which endpoints."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="MonitoringAvailabilityMetricSettingValue",
            namespace=NS_WA,
            root=None,
            element="Value",
            fields=(
                FieldSchema("odata_type", "element", "odata.type", NS_WA),
                FieldSchema(
                    "available_locations",
                    "flat",
                    "AvailableLocations",
                    NS_WA,
                    model="MonitoringNameConfig",
                ),
                FieldSchema(
                    "endpoints", "flat", "Endpoints", NS_WA, model="MonitoringEndpointConfig"
                ),
            ),
            json=True,
        )
    )
    _: KW_ONLY
    odata_type: str = (
        "Microsoft.WindowsAzure.Management.Monitoring.Metrics.Models.AvailabilityMetricSettingValue"
    )
    available_locations: list[MonitoringNameConfig] | None = None
    endpoints: list[MonitoringEndpointConfig] | None = None


class MonitoringNameConfig(Model):
    """A location availability is measured from."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="MonitoringNameConfig",
            namespace=NS_WA,
            root=None,
            element="AvailableLocations",
            fields=(
                FieldSchema("name", "element", "Name", NS_WA),
                FieldSchema("display_name", "element", "DisplayName", NS_WA),
            ),
            json=True,
        )
    )
    _: KW_ONLY
    name: str | None = None
    display_name: str | None = None


class MonitoringEndpointConfig(Model):
    """An endpoint whose availability is measured."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="MonitoringEndpointConfig",
            namespace=NS_WA,
            root=None,
            element="Endpoints",
            fields=(
                FieldSchema("config_id", "element", "ConfigId", NS_WA),
                FieldSchema("name", "element", "Name", NS_WA),
                FieldSchema("location", "element", "Location", NS_WA),
                FieldSchema("url", "element", "Url", NS_WA),
            ),
            json=True,
        )
    )
    _: KW_ONLY
    config_id: str | None = None
    name: str | None = None
    location: str | None = None
    url: str | None = None


class MonitoringMetricDefinitions(Model):
    """The metrics of a resource; iterate it for MonitoringMetricDefinition items."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="MonitoringMetricDefinitions",
            namespace=NS_WA,
            root=None,
            element="MonitoringMetricDefinitions",
            fields=(
                FieldSchema("value", "flat", "Value", NS_WA, model="MonitoringMetricDefinition"),
            ),
            items="value",
            json=True,
        )
    )
    _: KW_ONLY
    value: list[MonitoringMetricDefinition] | None = None

    def __iter__(self) -> Iterator[MonitoringMetricDefinition]:
        return iter(self.value or ())

    def __len__(self) -> int:
        return len(self.value or ())

    def __getitem__(self, index: int) -> MonitoringMetricDefinition:
        return (self.value or [])[index]


class MonitoringMetricDefinition(Model):
    """A metric of a resource, its unit and the time grains it is kept at."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="MonitoringMetricDefinition",
            namespace=NS_WA,
            root=None,
            element="Value",
            fields=(
                FieldSchema("name", "element", "Name", NS_WA),
                FieldSchema("namespace", "element", "Namespace", NS_WA),
                FieldSchema("resource_id_suffix", "element", "ResourceIdSuffix", NS_WA),
                FieldSchema("display_name", "element", "DisplayName", NS_WA),
                FieldSchema("unit", "element", "Unit", NS_WA),
                FieldSchema("primary_aggregation", "element", "PrimaryAggregation", NS_WA),
                FieldSchema(
                    "metric_availabilities",
                    "flat",
                    "MetricAvailabilities",
                    NS_WA,
                    model="MonitoringMetricAvailability",
                ),
                FieldSchema(
                    "minimum_alertable_time_window", "element", "MinimumAlertableTimeWindow", NS_WA
                ),
                FieldSchema("is_alertable", "element", "IsAlertable", NS_WA, scalar="bool"),
            ),
            json=True,
        )
    )
    _: KW_ONLY
    name: str | None = None
    namespace: str | None = None
    resource_id_suffix: str | None = None
    display_name: str | None = None
    unit: str | None = None
    primary_aggregation: str | None = None
    metric_availabilities: list[MonitoringMetricAvailability] | None = None
    #: An ISO 8601 duration.
    minimum_alertable_time_window: str | None = None
    is_alertable: bool | None = None


class MonitoringMetricAvailability(Model):
    """A time grain a metric is kept at, and for how long."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="MonitoringMetricAvailability",
            namespace=NS_WA,
            root=None,
            element="MetricAvailabilities",
            fields=(
                FieldSchema("time_grain", "element", "TimeGrain", NS_WA),
                FieldSchema("retention", "element", "Retention", NS_WA),
            ),
            json=True,
        )
    )
    _: KW_ONLY
    #: An ISO 8601 duration.
    time_grain: str | None = None
    #: An ISO 8601 duration.
    retention: str | None = None


class MonitoringMetricValueSets(Model):
    """Values of metrics; iterate it for MonitoringMetricValueSet items."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="MonitoringMetricValueSets",
            namespace=NS_WA,
            root=None,
            element="MonitoringMetricValueSets",
            fields=(
                FieldSchema("value", "flat", "Value", NS_WA, model="MonitoringMetricValueSet"),
            ),
            items="value",
            json=True,
        )
    )
    _: KW_ONLY
    value: list[MonitoringMetricValueSet] | None = None

    def __iter__(self) -> Iterator[MonitoringMetricValueSet]:
        return iter(self.value or ())

    def __len__(self) -> int:
        return len(self.value or ())

    def __getitem__(self, index: int) -> MonitoringMetricValueSet:
        return (self.value or [])[index]


class MonitoringMetricValueSet(Model):
    """The values of one metric over a time span."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="MonitoringMetricValueSet",
            namespace=NS_WA,
            root=None,
            element="Value",
            fields=(
                FieldSchema("name", "element", "Name", NS_WA),
                FieldSchema("namespace", "element", "Namespace", NS_WA),
                FieldSchema("display_name", "element", "DisplayName", NS_WA),
                FieldSchema("unit", "element", "Unit", NS_WA),
                FieldSchema("primary_aggregation", "element", "PrimaryAggregation", NS_WA),
                FieldSchema("time_grain", "element", "TimeGrain", NS_WA),
                FieldSchema("start_time", "element", "StartTime", NS_WA, scalar="datetime"),
                FieldSchema("end_time", "element", "EndTime", NS_WA, scalar="datetime"),
                FieldSchema(
                    "metric_values", "flat", "MetricValues", NS_WA, model="MonitoringMetricValue"
                ),
            ),
            json=True,
        )
    )
    _: KW_ONLY
    name: str | None = None
    namespace: str | None = None
    display_name: str | None = None
    unit: str | None = None
    primary_aggregation: str | None = None
    #: An ISO 8601 duration.
    time_grain: str | None = None
    start_time: datetime | None = None
    end_time: datetime | None = None
    metric_values: list[MonitoringMetricValue] | None = None


class MonitoringMetricValue(Model):
    """One aggregated value of a metric."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="MonitoringMetricValue",
            namespace=NS_WA,
            root=None,
            element="MetricValues",
            fields=(
                FieldSchema("timestamp", "element", "Timestamp", NS_WA, scalar="datetime"),
                FieldSchema("average", "element", "Average", NS_WA, scalar="float"),
                FieldSchema("minimum", "element", "Minimum", NS_WA, scalar="float"),
                FieldSchema("maximum", "element", "Maximum", NS_WA, scalar="float"),
                FieldSchema("total", "element", "Total", NS_WA, scalar="float"),
                FieldSchema("annotation", "element", "Annotation", NS_WA),
                FieldSchema("count", "element", "Count", NS_WA, scalar="int"),
            ),
            json=True,
        )
    )
    _: KW_ONLY
    timestamp: datetime | None = None
    average: float | None = None
    minimum: float | None = None
    maximum: float | None = None
    total: float | None = None
    annotation: str | None = None
    count: int | None = None
