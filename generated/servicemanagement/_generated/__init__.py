# Generated from spec/ by `make generate`; do not edit.
"""Registries of the generated package: model classes, document roots, operations."""

from __future__ import annotations

from servicemanagement._generated.models_locations import ComputeCapabilities, Location, Locations
from servicemanagement._generated.models_operations import Operation, OperationError
from servicemanagement._generated.models_scheduler import (
    AvailabilityResponse,
    CloudService,
    CloudServiceResource,
    CloudServices,
    CloudServiceSettings,
    IntrinsicSettings,
    JobCollectionInput,
    JobCollectionInputSettings,
    MaxRecurrence,
    OperationStatus,
    Quota,
    Resource,
    ResourceOperationError,
    Resources,
)
from servicemanagement._generated.models_sql import (
    AdministratorLoginPassword,
    CreateServerResponse,
    Database,
    DatabaseInput,
    Databases,
    DimensionSetting,
    EventLog,
    EventLogs,
    FirewallRule,
    FirewallRules,
    Server,
    ServerQuota,
    ServerQuotas,
    Servers,
    ServiceObjective,
    ServiceObjectives,
)
from servicemanagement._generated.models_websites import (
    Data,
    HostNameSslState,
    HostNameSslStates,
    MetricAvailabilities,
    MetricAvailability,
    MetricDefinition,
    MetricDefinitions,
    MetricResponse,
    MetricResponses,
    MetricSample,
    PublishData,
    PublishDatabase,
    PublishProfile,
    SerializationBoolean,
    SerializationString,
    Site,
    SiteInput,
    SiteProperties,
    Sites,
    Values,
    WebsiteError,
    WebSpace,
    WebSpaces,
    WebSpaceToCreate,
)
from servicemanagement._generated.operations_locations import (
    LIST_LOCATIONS,
    ServiceManagementServiceLocationsOperations,
)
from servicemanagement._generated.operations_operations import (
    GET_OPERATION_STATUS,
    ServiceManagementServiceOperationsOperations,
)
from servicemanagement._generated.operations_scheduler import (
    CHECK_JOB_COLLECTION_NAME,
    CREATE_CLOUD_SERVICE,
    CREATE_JOB,
    CREATE_JOB_COLLECTION,
    DELETE_CLOUD_SERVICE,
    DELETE_JOB,
    DELETE_JOB_COLLECTION,
    GET_ALL_JOBS,
    GET_CLOUD_SERVICE,
    GET_JOB,
    GET_JOB_COLLECTION,
    LIST_CLOUD_SERVICES,
    SchedulerManagementServiceSchedulerOperations,
)
from servicemanagement._generated.operations_sql import (
    CREATE_DATABASE,
    CREATE_FIREWALL_RULE,
    CREATE_SERVER,
    DELETE_DATABASE,
    DELETE_FIREWALL_RULE,
    DELETE_SERVER,
    GET_SERVER_EVENT_LOGS,
    LIST_DATABASES,
    LIST_FIREWALL_RULES,
    LIST_QUOTAS,
    LIST_SERVERS,
    LIST_SERVICE_LEVEL_OBJECTIVES,
    SET_SERVER_ADMIN_PASSWORD,
    UPDATE_DATABASE,
    UPDATE_FIREWALL_RULE,
    SqlDatabaseManagementServiceSqlOperations,
)
from servicemanagement._generated.operations_websites import (
    CREATE_SITE,
    DELETE_SITE,
    GET_HISTORICAL_USAGE_METRICS,
    GET_METRIC_DEFINITIONS,
    GET_PUBLISH_PROFILE,
    GET_PUBLISH_PROFILE_XML,
    GET_SITE,
    GET_WEBSPACE,
    LIST_SITES,
    LIST_WEBSPACES,
    RESTART_SITE,
    UPDATE_SITE,
    WebsiteManagementServiceWebsitesOperations,
)
from servicemanagement._model import Model
from servicemanagement._schema import OperationSpec

#: Every model class by its spec name.
MODEL_TYPES: dict[str, type[Model]] = {
    "AdministratorLoginPassword": AdministratorLoginPassword,
    "AvailabilityResponse": AvailabilityResponse,
    "CloudService": CloudService,
    "CloudServiceResource": CloudServiceResource,
    "CloudServiceSettings": CloudServiceSettings,
    "CloudServices": CloudServices,
    "ComputeCapabilities": ComputeCapabilities,
    "CreateServerResponse": CreateServerResponse,
    "Data": Data,
    "Database": Database,
    "DatabaseInput": DatabaseInput,
    "Databases": Databases,
    "DimensionSetting": DimensionSetting,
    "EventLog": EventLog,
    "EventLogs": EventLogs,
    "FirewallRule": FirewallRule,
    "FirewallRules": FirewallRules,
    "HostNameSslState": HostNameSslState,
    "HostNameSslStates": HostNameSslStates,
    "IntrinsicSettings": IntrinsicSettings,
    "JobCollectionInput": JobCollectionInput,
    "JobCollectionInputSettings": JobCollectionInputSettings,
    "Location": Location,
    "Locations": Locations,
    "MaxRecurrence": MaxRecurrence,
    "MetricAvailabilities": MetricAvailabilities,
    "MetricAvailability": MetricAvailability,
    "MetricDefinition": MetricDefinition,
    "MetricDefinitions": MetricDefinitions,
    "MetricResponse": MetricResponse,
    "MetricResponses": MetricResponses,
    "MetricSample": MetricSample,
    "Operation": Operation,
    "OperationError": OperationError,
    "OperationStatus": OperationStatus,
    "PublishData": PublishData,
    "PublishDatabase": PublishDatabase,
    "PublishProfile": PublishProfile,
    "Quota": Quota,
    "Resource": Resource,
    "ResourceOperationError": ResourceOperationError,
    "Resources": Resources,
    "SerializationBoolean": SerializationBoolean,
    "SerializationString": SerializationString,
    "Server": Server,
    "ServerQuota": ServerQuota,
    "ServerQuotas": ServerQuotas,
    "Servers": Servers,
    "ServiceObjective": ServiceObjective,
    "ServiceObjectives": ServiceObjectives,
    "Site": Site,
    "SiteInput": SiteInput,
    "SiteProperties": SiteProperties,
    "Sites": Sites,
    "Values": Values,
    "WebSpace": WebSpace,
    "WebSpaceToCreate": WebSpaceToCreate,
    "WebSpaces": WebSpaces,
    "WebsiteError": WebsiteError,
}

#: Qualified document root tag -> names of the types that use it.
ROOTS: dict[str, tuple[str, ...]] = {
    "publishData": ("PublishData",),
    "{http://schemas.microsoft.com/2003/10/Serialization/}boolean": ("SerializationBoolean",),
    "{http://schemas.microsoft.com/2003/10/Serialization/}string": ("SerializationString",),
    "{http://schemas.microsoft.com/sqlazure/2010/12/}AdministratorLoginPassword": (
        "AdministratorLoginPassword",
    ),
    "{http://schemas.microsoft.com/sqlazure/2010/12/}Server": ("Server",),
    "{http://schemas.microsoft.com/sqlazure/2010/12/}ServerName": ("CreateServerResponse",),
    "{http://schemas.microsoft.com/sqlazure/2010/12/}Servers": ("Servers",),
    "{http://schemas.microsoft.com/windowsazure}AvailabilityResponse": ("AvailabilityResponse",),
    "{http://schemas.microsoft.com/windowsazure}CloudService": ("CloudService",),
    "{http://schemas.microsoft.com/windowsazure}CloudServices": ("CloudServices",),
    "{http://schemas.microsoft.com/windowsazure}Error": ("WebsiteError",),
    "{http://schemas.microsoft.com/windowsazure}Locations": ("Locations",),
    "{http://schemas.microsoft.com/windowsazure}MetricDefinitions": ("MetricDefinitions",),
    "{http://schemas.microsoft.com/windowsazure}MetricResponses": ("MetricResponses",),
    "{http://schemas.microsoft.com/windowsazure}Operation": ("Operation",),
    "{http://schemas.microsoft.com/windowsazure}Resource": ("JobCollectionInput", "Resource"),
    "{http://schemas.microsoft.com/windowsazure}ServiceResource": (
        "Database",
        "DatabaseInput",
        "EventLog",
        "FirewallRule",
        "ServerQuota",
        "ServiceObjective",
    ),
    "{http://schemas.microsoft.com/windowsazure}ServiceResources": (
        "Databases",
        "EventLogs",
        "FirewallRules",
        "ServerQuotas",
        "ServiceObjectives",
    ),
    "{http://schemas.microsoft.com/windowsazure}Site": ("Site", "SiteInput"),
    "{http://schemas.microsoft.com/windowsazure}Sites": ("Sites",),
    "{http://schemas.microsoft.com/windowsazure}WebSpace": ("WebSpace",),
    "{http://schemas.microsoft.com/windowsazure}WebSpaces": ("WebSpaces",),
}

#: Every operation by ``client.name`` -> its description.
OPERATIONS: dict[str, OperationSpec] = {
    "SchedulerManagementService.check_job_collection_name": CHECK_JOB_COLLECTION_NAME,
    "SchedulerManagementService.create_cloud_service": CREATE_CLOUD_SERVICE,
    "SchedulerManagementService.create_job": CREATE_JOB,
    "SchedulerManagementService.create_job_collection": CREATE_JOB_COLLECTION,
    "SchedulerManagementService.delete_cloud_service": DELETE_CLOUD_SERVICE,
    "SchedulerManagementService.delete_job": DELETE_JOB,
    "SchedulerManagementService.delete_job_collection": DELETE_JOB_COLLECTION,
    "SchedulerManagementService.get_all_jobs": GET_ALL_JOBS,
    "SchedulerManagementService.get_cloud_service": GET_CLOUD_SERVICE,
    "SchedulerManagementService.get_job": GET_JOB,
    "SchedulerManagementService.get_job_collection": GET_JOB_COLLECTION,
    "SchedulerManagementService.list_cloud_services": LIST_CLOUD_SERVICES,
    "ServiceManagementService.get_operation_status": GET_OPERATION_STATUS,
    "ServiceManagementService.list_locations": LIST_LOCATIONS,
    "SqlDatabaseManagementService.create_database": CREATE_DATABASE,
    "SqlDatabaseManagementService.create_firewall_rule": CREATE_FIREWALL_RULE,
    "SqlDatabaseManagementService.create_server": CREATE_SERVER,
    "SqlDatabaseManagementService.delete_database": DELETE_DATABASE,
    "SqlDatabaseManagementService.delete_firewall_rule": DELETE_FIREWALL_RULE,
    "SqlDatabaseManagementService.delete_server": DELETE_SERVER,
    "SqlDatabaseManagementService.get_server_event_logs": GET_SERVER_EVENT_LOGS,
    "SqlDatabaseManagementService.list_databases": LIST_DATABASES,
    "SqlDatabaseManagementService.list_firewall_rules": LIST_FIREWALL_RULES,
    "SqlDatabaseManagementService.list_quotas": LIST_QUOTAS,
    "SqlDatabaseManagementService.list_servers": LIST_SERVERS,
    "SqlDatabaseManagementService.list_service_level_objectives": LIST_SERVICE_LEVEL_OBJECTIVES,
    "SqlDatabaseManagementService.set_server_admin_password": SET_SERVER_ADMIN_PASSWORD,
    "SqlDatabaseManagementService.update_database": UPDATE_DATABASE,
    "SqlDatabaseManagementService.update_firewall_rule": UPDATE_FIREWALL_RULE,
    "WebsiteManagementService.create_site": CREATE_SITE,
    "WebsiteManagementService.delete_site": DELETE_SITE,
    "WebsiteManagementService.get_historical_usage_metrics": GET_HISTORICAL_USAGE_METRICS,
    "WebsiteManagementService.get_metric_definitions": GET_METRIC_DEFINITIONS,
    "WebsiteManagementService.get_publish_profile": GET_PUBLISH_PROFILE,
    "WebsiteManagementService.get_publish_profile_xml": GET_PUBLISH_PROFILE_XML,
    "WebsiteManagementService.get_site": GET_SITE,
    "WebsiteManagementService.get_webspace": GET_WEBSPACE,
    "WebsiteManagementService.list_sites": LIST_SITES,
    "WebsiteManagementService.list_webspaces": LIST_WEBSPACES,
    "WebsiteManagementService.restart_site": RESTART_SITE,
    "WebsiteManagementService.update_site": UPDATE_SITE,
}


class SchedulerManagementServiceOperations(
    SchedulerManagementServiceSchedulerOperations,
):
    """Every spec operation of ``SchedulerManagementService``."""

    #: Defaults of this service class: its x-ms-version and request body type.
    x_ms_version = "2014-10-01"
    content_type = "application/atom+xml;type=entry;charset=utf-8"


class ServiceBusManagementServiceOperations:
    """Every spec operation of ``ServiceBusManagementService``."""

    #: Defaults of this service class: its x-ms-version and request body type.
    x_ms_version = "2012-03-01"
    content_type = "application/atom+xml;type=entry;charset=utf-8"


class ServiceManagementServiceOperations(
    ServiceManagementServiceLocationsOperations,
    ServiceManagementServiceOperationsOperations,
):
    """Every spec operation of ``ServiceManagementService``."""

    #: Defaults of this service class: its x-ms-version and request body type.
    x_ms_version = "2014-10-01"
    content_type = "application/atom+xml;type=entry;charset=utf-8"


class SqlDatabaseManagementServiceOperations(
    SqlDatabaseManagementServiceSqlOperations,
):
    """Every spec operation of ``SqlDatabaseManagementService``."""

    #: Defaults of this service class: its x-ms-version and request body type.
    x_ms_version = "2014-10-01"
    content_type = "application/xml"


class WebsiteManagementServiceOperations(
    WebsiteManagementServiceWebsitesOperations,
):
    """Every spec operation of ``WebsiteManagementService``."""

    #: Defaults of this service class: its x-ms-version and request body type.
    x_ms_version = "2014-10-01"
    content_type = "application/atom+xml;type=entry;charset=utf-8"


__all__ = [
    "AdministratorLoginPassword",
    "AvailabilityResponse",
    "CloudService",
    "CloudServiceResource",
    "CloudServiceSettings",
    "CloudServices",
    "ComputeCapabilities",
    "CreateServerResponse",
    "Data",
    "Database",
    "DatabaseInput",
    "Databases",
    "DimensionSetting",
    "EventLog",
    "EventLogs",
    "FirewallRule",
    "FirewallRules",
    "HostNameSslState",
    "HostNameSslStates",
    "IntrinsicSettings",
    "JobCollectionInput",
    "JobCollectionInputSettings",
    "Location",
    "Locations",
    "MaxRecurrence",
    "MetricAvailabilities",
    "MetricAvailability",
    "MetricDefinition",
    "MetricDefinitions",
    "MetricResponse",
    "MetricResponses",
    "MetricSample",
    "Operation",
    "OperationError",
    "OperationStatus",
    "PublishData",
    "PublishDatabase",
    "PublishProfile",
    "Quota",
    "Resource",
    "ResourceOperationError",
    "Resources",
    "SerializationBoolean",
    "SerializationString",
    "Server",
    "ServerQuota",
    "ServerQuotas",
    "Servers",
    "ServiceObjective",
    "ServiceObjectives",
    "Site",
    "SiteInput",
    "SiteProperties",
    "Sites",
    "Values",
    "WebSpace",
    "WebSpaceToCreate",
    "WebSpaces",
    "WebsiteError",
    "SchedulerManagementServiceOperations",
    "ServiceBusManagementServiceOperations",
    "ServiceManagementServiceOperations",
    "SqlDatabaseManagementServiceOperations",
    "WebsiteManagementServiceOperations",
    "MODEL_TYPES",
    "OPERATIONS",
    "ROOTS",
]
