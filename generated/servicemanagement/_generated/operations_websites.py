# Generated from spec/operations/websites.yaml by `make generate`; do not edit.
"""Operations of the websites area: one ``OperationSpec`` constant and one method each."""

from __future__ import annotations

from typing import TYPE_CHECKING

from servicemanagement._operations_base import OperationsBase, encode_json
from servicemanagement._schema import EmulatorSpec, OperationSpec, ParamSpec

# Models are imported by the methods that make them (a client class loads no model module).
if TYPE_CHECKING:
    from typing import Any

    from servicemanagement._generated.models_websites import (
        BackupItem,
        BackupItems,
        BackupRequest,
        MetricDefinitions,
        MetricResponses,
        PublishData,
        RelayServiceConnectionEntities,
        RelayServiceConnectionEntity,
        RestoreRequest,
        RestoreResponse,
        ServerFarm,
        ServerFarms,
        Site,
        Sites,
        SiteUsages,
        WebsiteOperation,
        WebSpace,
        WebspaceGeoRegions,
        WebspacePublishingUser,
        WebSpaces,
    )
    from servicemanagement.results import AsynchronousOperationResult

LIST_WEBSPACES = OperationSpec(
    name="list_webspaces",
    client="WebsiteManagementService",
    method="GET",
    path="/{subscription_id}/services/webspaces",
    x_ms_version="2014-10-01",
    params=(),
    fixed_query=(),
    request_type=None,
    response_type="WebSpaces",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Lists the subscription's web spaces.",
    emulator=EmulatorSpec(seed="webspaces"),
)

GET_WEBSPACE = OperationSpec(
    name="get_webspace",
    client="WebsiteManagementService",
    method="GET",
    path="/{subscription_id}/services/webspaces//{webspace_name}",
    x_ms_version="2014-10-01",
    params=(ParamSpec("webspace_name", "path", required=True),),
    fixed_query=(),
    request_type=None,
    response_type="WebSpace",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Returns a web space.",
)

LIST_SITES = OperationSpec(
    name="list_sites",
    client="WebsiteManagementService",
    method="GET",
    path="/{subscription_id}/services/webspaces//{webspace_name}/sites",
    x_ms_version="2014-10-01",
    params=(ParamSpec("webspace_name", "path", required=True),),
    fixed_query=(),
    request_type=None,
    response_type="Sites",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Lists the web sites of a web space.",
)

GET_SITE = OperationSpec(
    name="get_site",
    client="WebsiteManagementService",
    method="GET",
    path="/{subscription_id}/services/webspaces//{webspace_name}/sites/{website_name}",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("webspace_name", "path", required=True),
        ParamSpec("website_name", "path", required=True),
    ),
    fixed_query=(),
    request_type=None,
    response_type="Site",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Returns a web site.",
)

CREATE_SITE = OperationSpec(
    name="create_site",
    client="WebsiteManagementService",
    method="POST",
    path="/{subscription_id}/services/webspaces//{webspace_name}/sites",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("webspace_name", "path", required=True),
        ParamSpec("website_name", "body", required=True),
        ParamSpec("geo_region", "body", required=True),
        ParamSpec("host_names", "body", type="list[string]", required=True),
        ParamSpec("plan", "body"),
        ParamSpec("compute_mode", "body"),
        ParamSpec("server_farm", "body"),
        ParamSpec("site_mode", "body"),
    ),
    fixed_query=(),
    request_type="SiteInput",
    response_type="Site",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Creates a web site; returns it.",
)

DELETE_SITE = OperationSpec(
    name="delete_site",
    client="WebsiteManagementService",
    method="DELETE",
    path="/{subscription_id}/services/webspaces//{webspace_name}/sites/{website_name}",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("webspace_name", "path", required=True),
        ParamSpec("website_name", "path", required=True),
        ParamSpec(
            "delete_empty_server_farm",
            "query",
            wire="deleteEmptyServerFarm",
            flag="true",
            scalar="bool",
        ),
        ParamSpec("delete_metrics", "query", wire="deleteMetrics", flag="true", scalar="bool"),
    ),
    fixed_query=(),
    request_type=None,
    response_type=None,
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Deletes a web site, and optionally its emptied server farm and its metrics.",
)

UPDATE_SITE = OperationSpec(
    name="update_site",
    client="WebsiteManagementService",
    method="PUT",
    path="/{subscription_id}/services/webspaces//{webspace_name}/sites/{website_name}",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("webspace_name", "path", required=True),
        ParamSpec("website_name", "path", required=True),
        ParamSpec("state", "body"),
    ),
    fixed_query=(),
    request_type="SiteInput",
    response_type="Site",
    statuses=(),
    is_async=True,
    content_type=None,
    doc="Starts or stops a web site.",
    emulator=EmulatorSpec(status=200),
)

RESTART_SITE = OperationSpec(
    name="restart_site",
    client="WebsiteManagementService",
    method="POST",
    path="/{subscription_id}/services/webspaces//{webspace_name}/sites/{website_name}/restart/",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("webspace_name", "path", required=True),
        ParamSpec("website_name", "path", required=True),
    ),
    fixed_query=(),
    request_type=None,
    response_type=None,
    statuses=(),
    is_async=True,
    content_type=None,
    doc="Restarts a web site.",
    emulator=EmulatorSpec(status=200),
)

GET_HISTORICAL_USAGE_METRICS = OperationSpec(
    name="get_historical_usage_metrics",
    client="WebsiteManagementService",
    method="GET",
    path="/{subscription_id}/services/webspaces//{webspace_name}/sites/{website_name}/metrics/",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("webspace_name", "path", required=True),
        ParamSpec("website_name", "path", required=True),
        ParamSpec("metrics", "query", wire="names", type="list[string]"),
        ParamSpec("start_time", "query", wire="StartTime"),
        ParamSpec("end_time", "query", wire="EndTime"),
        ParamSpec("time_grain", "query", wire="TimeGrain"),
    ),
    fixed_query=(),
    request_type=None,
    response_type="MetricResponses",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Returns a site's metric samples over a time window.",
)

GET_METRIC_DEFINITIONS = OperationSpec(
    name="get_metric_definitions",
    client="WebsiteManagementService",
    method="GET",
    path="/{subscription_id}/services/webspaces//{webspace_name}/sites/{website_name}/metricdefinitions/",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("webspace_name", "path", required=True),
        ParamSpec("website_name", "path", required=True),
    ),
    fixed_query=(),
    request_type=None,
    response_type="MetricDefinitions",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Lists the metrics a site reports.",
)

GET_PUBLISH_PROFILE_XML = OperationSpec(
    name="get_publish_profile_xml",
    client="WebsiteManagementService",
    method="GET",
    path="/{subscription_id}/services/webspaces//{webspace_name}/sites/{website_name}/publishxml/",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("webspace_name", "path", required=True),
        ParamSpec("website_name", "path", required=True),
    ),
    fixed_query=(),
    request_type=None,
    response_type="text",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Returns a site's publish profile document as text.",
)

GET_PUBLISH_PROFILE = OperationSpec(
    name="get_publish_profile",
    client="WebsiteManagementService",
    method="GET",
    path="/{subscription_id}/services/webspaces//{webspace_name}/sites/{website_name}/publishxml/",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("webspace_name", "path", required=True),
        ParamSpec("website_name", "path", required=True),
    ),
    fixed_query=(),
    request_type=None,
    response_type="PublishData",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Returns a site's publish profiles.",
)

IS_SITE_HOSTNAME_AVAILABLE = OperationSpec(
    name="is_site_hostname_available",
    client="WebsiteManagementService",
    method="GET",
    path="/{subscription_id}/services/WebSpaces",
    x_ms_version="2014-10-01",
    params=(ParamSpec("website_name", "query", wire="ishostnameavailable", required=True),),
    fixed_query=(),
    request_type=None,
    response_type="SerializationBoolean",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Tells whether a site name (its azurewebsites.net host name) is free.",
    result=("value",),
)

GET_WEBSPACE_DNS_SUFFIX = OperationSpec(
    name="get_webspace_dns_suffix",
    client="WebsiteManagementService",
    method="GET",
    path="/{subscription_id}/services/WebSpaces",
    x_ms_version="2014-10-01",
    params=(),
    fixed_query=(("properties", "dnssuffix"),),
    request_type=None,
    response_type="SerializationString",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Returns the DNS suffix of site host names (azurewebsites.net).",
    result=("value",),
)

LIST_WEBSPACE_GEO_REGIONS = OperationSpec(
    name="list_webspace_geo_regions",
    client="WebsiteManagementService",
    method="GET",
    path="/{subscription_id}/services/WebSpaces",
    x_ms_version="2014-10-01",
    params=(),
    fixed_query=(("properties", "georegions"),),
    request_type=None,
    response_type="WebspaceGeoRegions",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Lists the regions web spaces can be created in.",
)

LIST_WEBSPACE_PUBLISHING_USERS = OperationSpec(
    name="list_webspace_publishing_users",
    client="WebsiteManagementService",
    method="GET",
    path="/{subscription_id}/services/WebSpaces",
    x_ms_version="2014-10-01",
    params=(),
    fixed_query=(("properties", "publishingUsers"),),
    request_type=None,
    response_type="SerializationStrings",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Lists the names of the subscription's publishing users.",
    result=("values",),
)

CREATE_WEBSPACE_PUBLISHING_USER = OperationSpec(
    name="create_webspace_publishing_user",
    client="WebsiteManagementService",
    method="PUT",
    path="/{subscription_id}/services/WebSpaces",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("publishing_user_name", "body", required=True),
        ParamSpec("publishing_password", "body", required=True),
        ParamSpec("name", "body"),
    ),
    fixed_query=(("properties", "publishingCredentials"),),
    request_type="WebspacePublishingUser",
    response_type="WebspacePublishingUser",
    statuses=(200, 201),
    is_async=False,
    content_type=None,
    doc="Sets the subscription's deployment (FTP/Git) credentials; returns them.",
)

GET_SITE_CONFIGURATION = OperationSpec(
    name="get_site_configuration",
    client="WebsiteManagementService",
    method="GET",
    path="/{subscription_id}/services/WebSpaces/{webspace_name}/sites/{website_name}/config",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("webspace_name", "path", required=True),
        ParamSpec("website_name", "path", required=True),
    ),
    fixed_query=(),
    request_type=None,
    response_type="json",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Returns a site's configuration (app settings, connection strings, handler mappings...) as decoded JSON.",
    fixed_headers=(("Accept", "application/json"),),
)

UPDATE_SITE_CONFIGURATION = OperationSpec(
    name="update_site_configuration",
    client="WebsiteManagementService",
    method="PUT",
    path="/{subscription_id}/services/WebSpaces/{webspace_name}/sites/{website_name}/config",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("webspace_name", "path", required=True),
        ParamSpec("website_name", "path", required=True),
        ParamSpec("configuration", "body", type="json", required=True),
    ),
    fixed_query=(),
    request_type="json",
    response_type=None,
    statuses=(200,),
    is_async=False,
    content_type="application/json; charset=utf-8",
    doc="Changes a site's configuration.",
    fixed_headers=(("Accept", "application/json"),),
    emulator=EmulatorSpec(kind="upsert"),
)

GET_SITE_SLOT_CONFIG_NAMES = OperationSpec(
    name="get_site_slot_config_names",
    client="WebsiteManagementService",
    method="GET",
    path="/{subscription_id}/services/WebSpaces/{webspace_name}/sites/{website_name}/slotConfigNames",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("webspace_name", "path", required=True),
        ParamSpec("website_name", "path", required=True),
    ),
    fixed_query=(),
    request_type=None,
    response_type="json",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Returns the app setting and connection string names that stay with a slot on swap (AppSettingNames, ConnectionStringNames).",
    fixed_headers=(("Accept", "application/json"),),
)

UPDATE_SITE_SLOT_CONFIG_NAMES = OperationSpec(
    name="update_site_slot_config_names",
    client="WebsiteManagementService",
    method="POST",
    path="/{subscription_id}/services/WebSpaces/{webspace_name}/sites/{website_name}/slotConfigNames",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("webspace_name", "path", required=True),
        ParamSpec("website_name", "path", required=True),
        ParamSpec("slot_config_names", "body", type="json", required=True),
    ),
    fixed_query=(),
    request_type="json",
    response_type=None,
    statuses=(200,),
    is_async=False,
    content_type="application/json; charset=utf-8",
    doc="Sets the app setting and connection string names that stay with a slot on swap.",
    fixed_headers=(("Accept", "application/json"),),
    emulator=EmulatorSpec(kind="upsert"),
)

APPLY_SITE_SLOT_CONFIGURATION = OperationSpec(
    name="apply_site_slot_configuration",
    client="WebsiteManagementService",
    method="POST",
    path="/{subscription_id}/services/WebSpaces/{webspace_name}/sites/{website_name}/applySlotConfig",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("webspace_name", "path", required=True),
        ParamSpec("website_name", "path", required=True),
        ParamSpec("target_swap_slot", "query", wire="targetSwapSlot", required=True),
    ),
    fixed_query=(),
    request_type=None,
    response_type=None,
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Applies the target slot's slot settings to this slot, the first phase of a swap with preview.",
    fixed_headers=(("Accept", "application/json"),),
)

RESET_SITE_SLOT_CONFIGURATION = OperationSpec(
    name="reset_site_slot_configuration",
    client="WebsiteManagementService",
    method="POST",
    path="/{subscription_id}/services/WebSpaces/{webspace_name}/sites/{website_name}/resetSlotConfig",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("webspace_name", "path", required=True),
        ParamSpec("website_name", "path", required=True),
    ),
    fixed_query=(),
    request_type=None,
    response_type=None,
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Restores a slot's own slot settings, cancelling a swap with preview.",
    fixed_headers=(("Accept", "application/json"),),
)

SWAP_SITE_SLOTS = OperationSpec(
    name="swap_site_slots",
    client="WebsiteManagementService",
    method="POST",
    path="/{subscription_id}/services/WebSpaces/{webspace_name}/sites/{website_name}({source_slot_name})/slots",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("webspace_name", "path", required=True),
        ParamSpec("website_name", "path", required=True),
        ParamSpec("source_slot_name", "path", required=True),
        ParamSpec("target_slot_name", "query", wire="targetSlot", required=True),
    ),
    fixed_query=(("Command", "swap"),),
    request_type=None,
    response_type="WebsiteOperation",
    statuses=(200, 202),
    is_async=False,
    content_type=None,
    doc="Swaps two deployment slots of a site.",
)

GET_SITE_OPERATION_STATUS = OperationSpec(
    name="get_site_operation_status",
    client="WebsiteManagementService",
    method="GET",
    path="/{subscription_id}/services/WebSpaces/{webspace_name}/sites/{website_name}/operations/{operation_id}",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("webspace_name", "path", required=True),
        ParamSpec("website_name", "path", required=True),
        ParamSpec("operation_id", "path", required=True),
    ),
    fixed_query=(),
    request_type=None,
    response_type="WebsiteOperation",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Returns the state of a long-running site operation (a slot swap, a restore).",
)

GENERATE_SITE_PASSWORD = OperationSpec(
    name="generate_site_password",
    client="WebsiteManagementService",
    method="POST",
    path="/{subscription_id}/services/WebSpaces/{webspace_name}/sites/{website_name}/newpassword",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("webspace_name", "path", required=True),
        ParamSpec("website_name", "path", required=True),
    ),
    fixed_query=(),
    request_type=None,
    response_type=None,
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Generates a new publishing password for a site.",
)

GET_SITE_INSTANCE_IDS = OperationSpec(
    name="get_site_instance_ids",
    client="WebsiteManagementService",
    method="GET",
    path="/{subscription_id}/services/WebSpaces/{webspace_name}/sites/{website_name}/instanceids",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("webspace_name", "path", required=True),
        ParamSpec("website_name", "path", required=True),
    ),
    fixed_query=(),
    request_type=None,
    response_type="SerializationStrings",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Lists the ids of the instances a site runs on.",
    result=("values",),
)

GET_SITE_USAGE_METRICS = OperationSpec(
    name="get_site_usage_metrics",
    client="WebsiteManagementService",
    method="GET",
    path="/{subscription_id}/services/WebSpaces/{webspace_name}/sites/{website_name}/usages",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("webspace_name", "path", required=True),
        ParamSpec("website_name", "path", required=True),
    ),
    fixed_query=(),
    request_type=None,
    response_type="SiteUsages",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Returns a site's use of its quotas.",
)

CREATE_SITE_REPOSITORY = OperationSpec(
    name="create_site_repository",
    client="WebsiteManagementService",
    method="POST",
    path="/{subscription_id}/services/WebSpaces/{webspace_name}/sites/{website_name}/repository",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("webspace_name", "path", required=True),
        ParamSpec("website_name", "path", required=True),
    ),
    fixed_query=(),
    request_type=None,
    response_type=None,
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Creates a site's source control (Git) repository.",
)

GET_SITE_REPOSITORY = OperationSpec(
    name="get_site_repository",
    client="WebsiteManagementService",
    method="GET",
    path="/{subscription_id}/services/WebSpaces/{webspace_name}/sites/{website_name}/repository",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("webspace_name", "path", required=True),
        ParamSpec("website_name", "path", required=True),
    ),
    fixed_query=(),
    request_type=None,
    response_type="SerializationAnyUri",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Returns the URL of a site's repository.",
    result=("value",),
)

SYNC_SITE_REPOSITORY = OperationSpec(
    name="sync_site_repository",
    client="WebsiteManagementService",
    method="POST",
    path="/{subscription_id}/services/WebSpaces/{webspace_name}/sites/{website_name}/repository",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("webspace_name", "path", required=True),
        ParamSpec("website_name", "path", required=True),
    ),
    fixed_query=(("action", "sync"),),
    request_type=None,
    response_type=None,
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Pulls and deploys the latest commit of a site's external repository.",
)

DELETE_SITE_REPOSITORY = OperationSpec(
    name="delete_site_repository",
    client="WebsiteManagementService",
    method="DELETE",
    path="/{subscription_id}/services/WebSpaces/{webspace_name}/sites/{website_name}/repository",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("webspace_name", "path", required=True),
        ParamSpec("website_name", "path", required=True),
    ),
    fixed_query=(),
    request_type=None,
    response_type="SerializationAnyUri",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Deletes a site's repository; returns its former URL.",
    result=("value",),
)

BACKUP_SITE = OperationSpec(
    name="backup_site",
    client="WebsiteManagementService",
    method="PUT",
    path="/{subscription_id}/services/WebSpaces/{webspace_name}/sites/{website_name}/backup",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("webspace_name", "path", required=True),
        ParamSpec("website_name", "path", required=True),
        ParamSpec("backup_request", "body", type="BackupRequest", required=True),
    ),
    fixed_query=(),
    request_type="BackupRequest",
    response_type="BackupItem",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Starts a backup of a site; returns it.",
    emulator=EmulatorSpec(kind="action"),
)

GET_SITE_BACKUP_CONFIGURATION = OperationSpec(
    name="get_site_backup_configuration",
    client="WebsiteManagementService",
    method="GET",
    path="/{subscription_id}/services/WebSpaces/{webspace_name}/sites/{website_name}/backup/config",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("webspace_name", "path", required=True),
        ParamSpec("website_name", "path", required=True),
    ),
    fixed_query=(),
    request_type=None,
    response_type="BackupRequest",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Returns a site's automatic backup configuration.",
)

UPDATE_SITE_BACKUP_CONFIGURATION = OperationSpec(
    name="update_site_backup_configuration",
    client="WebsiteManagementService",
    method="PUT",
    path="/{subscription_id}/services/WebSpaces/{webspace_name}/sites/{website_name}/backup/config",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("webspace_name", "path", required=True),
        ParamSpec("website_name", "path", required=True),
        ParamSpec("backup_request", "body", type="BackupRequest", required=True),
    ),
    fixed_query=(),
    request_type="BackupRequest",
    response_type=None,
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Sets a site's automatic backup configuration.",
)

LIST_SITE_BACKUPS = OperationSpec(
    name="list_site_backups",
    client="WebsiteManagementService",
    method="GET",
    path="/{subscription_id}/services/WebSpaces/{webspace_name}/sites/{website_name}/restore",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("webspace_name", "path", required=True),
        ParamSpec("website_name", "path", required=True),
    ),
    fixed_query=(),
    request_type=None,
    response_type="BackupItems",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Lists a site's backups.",
)

DISCOVER_SITE = OperationSpec(
    name="discover_site",
    client="WebsiteManagementService",
    method="PUT",
    path="/{subscription_id}/services/WebSpaces/{webspace_name}/sites/{website_name}/restore/discover",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("webspace_name", "path", required=True),
        ParamSpec("website_name", "path", required=True),
        ParamSpec("restore_request", "body", type="RestoreRequest", required=True),
    ),
    fixed_query=(),
    request_type="RestoreRequest",
    response_type="RestoreRequest",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Reads a backup blob; returns the restore request it allows (with its databases).",
    emulator=EmulatorSpec(kind="action"),
)

RESTORE_SITE = OperationSpec(
    name="restore_site",
    client="WebsiteManagementService",
    method="PUT",
    path="/{subscription_id}/services/WebSpaces/{webspace_name}/sites/{website_name}/restore",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("webspace_name", "path", required=True),
        ParamSpec("website_name", "path", required=True),
        ParamSpec("restore_request", "body", type="RestoreRequest", required=True),
    ),
    fixed_query=(),
    request_type="RestoreRequest",
    response_type="RestoreResponse",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Starts restoring a site from a backup; returns the operation id (see get_site_operation_status).",
    emulator=EmulatorSpec(kind="action"),
)

CREATE_SITE_HYBRID_CONNECTION = OperationSpec(
    name="create_site_hybrid_connection",
    client="WebsiteManagementService",
    method="POST",
    path="/{subscription_id}/services/WebSpaces/{webspace_name}/sites/{website_name}/hybridconnection",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("webspace_name", "path", required=True),
        ParamSpec("website_name", "path", required=True),
        ParamSpec("hybrid_connection", "body", type="RelayServiceConnectionEntity", required=True),
    ),
    fixed_query=(),
    request_type="RelayServiceConnectionEntity",
    response_type="RelayServiceConnectionEntity",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Adds a hybrid connection to a site; returns it.",
    emulator=EmulatorSpec(key="EntityName"),
)

UPDATE_SITE_HYBRID_CONNECTION = OperationSpec(
    name="update_site_hybrid_connection",
    client="WebsiteManagementService",
    method="PUT",
    path="/{subscription_id}/services/WebSpaces/{webspace_name}/sites/{website_name}/hybridconnection",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("webspace_name", "path", required=True),
        ParamSpec("website_name", "path", required=True),
        ParamSpec("hybrid_connection", "body", type="RelayServiceConnectionEntity", required=True),
    ),
    fixed_query=(),
    request_type="RelayServiceConnectionEntity",
    response_type=None,
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Changes a hybrid connection of a site.",
    emulator=EmulatorSpec(kind="update", key="EntityName"),
)

GET_SITE_HYBRID_CONNECTION = OperationSpec(
    name="get_site_hybrid_connection",
    client="WebsiteManagementService",
    method="GET",
    path="/{subscription_id}/services/WebSpaces/{webspace_name}/sites/{website_name}/hybridconnection/{hybrid_connection_name}",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("webspace_name", "path", required=True),
        ParamSpec("website_name", "path", required=True),
        ParamSpec("hybrid_connection_name", "path", required=True),
    ),
    fixed_query=(),
    request_type=None,
    response_type="RelayServiceConnectionEntity",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Returns a hybrid connection of a site.",
)

LIST_SITE_HYBRID_CONNECTIONS = OperationSpec(
    name="list_site_hybrid_connections",
    client="WebsiteManagementService",
    method="GET",
    path="/{subscription_id}/services/WebSpaces/{webspace_name}/sites/{website_name}/hybridconnection",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("webspace_name", "path", required=True),
        ParamSpec("website_name", "path", required=True),
    ),
    fixed_query=(),
    request_type=None,
    response_type="RelayServiceConnectionEntities",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Lists the hybrid connections of a site.",
)

DELETE_SITE_HYBRID_CONNECTION = OperationSpec(
    name="delete_site_hybrid_connection",
    client="WebsiteManagementService",
    method="DELETE",
    path="/{subscription_id}/services/WebSpaces/{webspace_name}/sites/{website_name}/hybridconnection/{hybrid_connection_name}",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("webspace_name", "path", required=True),
        ParamSpec("website_name", "path", required=True),
        ParamSpec("hybrid_connection_name", "path", required=True),
    ),
    fixed_query=(),
    request_type=None,
    response_type=None,
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Removes a hybrid connection from a site.",
)

CREATE_WEB_HOSTING_PLAN = OperationSpec(
    name="create_web_hosting_plan",
    client="WebsiteManagementService",
    method="POST",
    path="/{subscription_id}/services/WebSpaces/{webspace_name}/ServerFarms",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("webspace_name", "path", required=True),
        ParamSpec("web_hosting_plan_name", "body", required=True),
        ParamSpec("sku", "body", required=True),
        ParamSpec("number_of_workers", "body", scalar="int"),
        ParamSpec("worker_size", "body"),
        ParamSpec("admin_site_name", "body"),
    ),
    fixed_query=(),
    request_type="ServerFarmInput",
    response_type="ServerFarm",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Creates a web hosting plan (server farm) in a web space; returns it.",
)

GET_WEB_HOSTING_PLAN = OperationSpec(
    name="get_web_hosting_plan",
    client="WebsiteManagementService",
    method="GET",
    path="/{subscription_id}/services/WebSpaces/{webspace_name}/serverFarms/{web_hosting_plan_name}",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("webspace_name", "path", required=True),
        ParamSpec("web_hosting_plan_name", "path", required=True),
    ),
    fixed_query=(),
    request_type=None,
    response_type="ServerFarm",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Returns a web hosting plan.",
)

LIST_WEB_HOSTING_PLAN = OperationSpec(
    name="list_web_hosting_plan",
    client="WebsiteManagementService",
    method="GET",
    path="/{subscription_id}/services/WebSpaces/{webspace_name}/serverFarms",
    x_ms_version="2014-10-01",
    params=(ParamSpec("webspace_name", "path", required=True),),
    fixed_query=(),
    request_type=None,
    response_type="ServerFarms",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Lists the web hosting plans of a web space.",
)

UPDATE_WEB_HOSTING_PLAN = OperationSpec(
    name="update_web_hosting_plan",
    client="WebsiteManagementService",
    method="PUT",
    path="/{subscription_id}/services/WebSpaces/{webspace_name}/ServerFarms/{web_hosting_plan_name}",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("webspace_name", "path", required=True),
        ParamSpec("web_hosting_plan_name", "path", required=True),
        ParamSpec("sku", "body", required=True),
        ParamSpec("number_of_workers", "body", scalar="int"),
        ParamSpec("worker_size", "body"),
        ParamSpec("admin_site_name", "body"),
    ),
    fixed_query=(),
    request_type="ServerFarmInput",
    response_type="ServerFarm",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Changes a web hosting plan's tier, size or number of workers; returns it.",
)

DELETE_WEB_HOSTING_PLAN = OperationSpec(
    name="delete_web_hosting_plan",
    client="WebsiteManagementService",
    method="DELETE",
    path="/{subscription_id}/services/WebSpaces/{webspace_name}/ServerFarms/{web_hosting_plan_name}",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("webspace_name", "path", required=True),
        ParamSpec("web_hosting_plan_name", "path", required=True),
    ),
    fixed_query=(),
    request_type=None,
    response_type=None,
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Deletes an empty web hosting plan.",
)

GET_WEB_HOSTING_PLAN_HISTORICAL_USAGE_METRICS = OperationSpec(
    name="get_web_hosting_plan_historical_usage_metrics",
    client="WebsiteManagementService",
    method="GET",
    path="/{subscription_id}/services/WebSpaces/{webspace_name}/serverFarms/{web_hosting_plan_name}/metrics",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("webspace_name", "path", required=True),
        ParamSpec("web_hosting_plan_name", "path", required=True),
        ParamSpec("metrics", "query", wire="names", type="list[string]"),
        ParamSpec("start_time", "query", wire="StartTime"),
        ParamSpec("end_time", "query", wire="EndTime"),
        ParamSpec("time_grain", "query", wire="timeGrain"),
        ParamSpec("details", "query", scalar="bool"),
    ),
    fixed_query=(),
    request_type=None,
    response_type="MetricResponses",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Returns a web hosting plan's metric samples over a time window.",
)


class WebsiteManagementServiceWebsitesOperations(OperationsBase):
    """The websites operations of ``WebsiteManagementService``."""

    def list_webspaces(
        self,
    ) -> WebSpaces:
        """Lists the subscription's web spaces.

        ``/{subscription_id}/services/webspaces``
        (GET, x-ms-version 2014-10-01).
        """
        return self._call(
            LIST_WEBSPACES,
            {},
            None,
        )

    def get_webspace(
        self,
        webspace_name: str,
    ) -> WebSpace:
        """Returns a web space.

        ``/{subscription_id}/services/webspaces//{webspace_name}``
        (GET, x-ms-version 2014-10-01).
        """
        return self._call(
            GET_WEBSPACE,
            {
                "webspace_name": webspace_name,
            },
            None,
        )

    def list_sites(
        self,
        webspace_name: str,
    ) -> Sites:
        """Lists the web sites of a web space.

        ``/{subscription_id}/services/webspaces//{webspace_name}/sites``
        (GET, x-ms-version 2014-10-01).
        """
        return self._call(
            LIST_SITES,
            {
                "webspace_name": webspace_name,
            },
            None,
        )

    def get_site(
        self,
        webspace_name: str,
        website_name: str,
    ) -> Site:
        """Returns a web site.

        ``/{subscription_id}/services/webspaces//{webspace_name}/sites/{website_name}``
        (GET, x-ms-version 2014-10-01).
        """
        return self._call(
            GET_SITE,
            {
                "webspace_name": webspace_name,
                "website_name": website_name,
            },
            None,
        )

    def create_site(
        self,
        webspace_name: str,
        website_name: str,
        geo_region: str,
        host_names: list[str],
        plan: str = "VirtualDedicatedPlan",
        compute_mode: str = "Shared",
        server_farm: str | None = None,
        site_mode: str | None = None,
    ) -> Site:
        """Creates a web site; returns it.

        ``/{subscription_id}/services/webspaces//{webspace_name}/sites``
        (POST, x-ms-version 2014-10-01).

        Args:
            website_name: The site name (its host is <name>.azurewebsites.net).
            geo_region: Region of the web space (created if missing).
        """
        from servicemanagement._generated.models_websites import SiteInput, WebSpaceToCreate

        return self._call(
            CREATE_SITE,
            {
                "webspace_name": webspace_name,
                "website_name": website_name,
                "geo_region": geo_region,
                "host_names": host_names,
                "plan": plan,
                "compute_mode": compute_mode,
                "server_farm": server_farm,
                "site_mode": site_mode,
            },
            SiteInput(
                host_names=host_names,
                name=website_name,
                compute_mode=compute_mode,
                server_farm=server_farm,
                site_mode=site_mode,
                web_space_to_create=WebSpaceToCreate(
                    geo_region=geo_region, name=webspace_name, plan=plan
                ),
            ),
        )

    def delete_site(
        self,
        webspace_name: str,
        website_name: str,
        delete_empty_server_farm: bool = False,
        delete_metrics: bool = False,
    ) -> None:
        """Deletes a web site, and optionally its emptied server farm and its metrics.

        ``/{subscription_id}/services/webspaces//{webspace_name}/sites/{website_name}``
        (DELETE, x-ms-version 2014-10-01).
        """
        return self._call(
            DELETE_SITE,
            {
                "webspace_name": webspace_name,
                "website_name": website_name,
                "delete_empty_server_farm": delete_empty_server_farm,
                "delete_metrics": delete_metrics,
            },
            None,
        )

    def update_site(
        self,
        webspace_name: str,
        website_name: str,
        state: str | None = None,
    ) -> AsynchronousOperationResult:
        """Starts or stops a web site.

        ``/{subscription_id}/services/webspaces//{webspace_name}/sites/{website_name}``
        (PUT, x-ms-version 2014-10-01, asynchronous).

        Args:
            state: Running or Stopped.
        """
        from servicemanagement._generated.models_websites import SiteInput

        return self._call(
            UPDATE_SITE,
            {
                "webspace_name": webspace_name,
                "website_name": website_name,
                "state": state,
            },
            SiteInput(state=state),
        )

    def restart_site(
        self,
        webspace_name: str,
        website_name: str,
    ) -> AsynchronousOperationResult:
        """Restarts a web site.

        ``/{subscription_id}/services/webspaces//{webspace_name}/sites/{website_name}/restart/``
        (POST, x-ms-version 2014-10-01, asynchronous).
        """
        return self._call(
            RESTART_SITE,
            {
                "webspace_name": webspace_name,
                "website_name": website_name,
            },
            None,
        )

    def get_historical_usage_metrics(
        self,
        webspace_name: str,
        website_name: str,
        metrics: list[str] | None = None,
        start_time: str | None = None,
        end_time: str | None = None,
        time_grain: str | None = None,
    ) -> MetricResponses:
        """Returns a site's metric samples over a time window.

        ``/{subscription_id}/services/webspaces//{webspace_name}/sites/{website_name}/metrics/``
        (GET, x-ms-version 2014-10-01).

        Args:
            metrics: Metric names (sent comma-separated).
        """
        return self._call(
            GET_HISTORICAL_USAGE_METRICS,
            {
                "webspace_name": webspace_name,
                "website_name": website_name,
                "metrics": metrics,
                "start_time": start_time,
                "end_time": end_time,
                "time_grain": time_grain,
            },
            None,
        )

    def get_metric_definitions(
        self,
        webspace_name: str,
        website_name: str,
    ) -> MetricDefinitions:
        """Lists the metrics a site reports.

        ``/{subscription_id}/services/webspaces//{webspace_name}/sites/{website_name}/metricdefinitions/``
        (GET, x-ms-version 2014-10-01).
        """
        return self._call(
            GET_METRIC_DEFINITIONS,
            {
                "webspace_name": webspace_name,
                "website_name": website_name,
            },
            None,
        )

    def get_publish_profile_xml(
        self,
        webspace_name: str,
        website_name: str,
    ) -> str:
        """Returns a site's publish profile document as text.

        ``/{subscription_id}/services/webspaces//{webspace_name}/sites/{website_name}/publishxml/``
        (GET, x-ms-version 2014-10-01).
        """
        return self._call(
            GET_PUBLISH_PROFILE_XML,
            {
                "webspace_name": webspace_name,
                "website_name": website_name,
            },
            None,
        )

    def get_publish_profile(
        self,
        webspace_name: str,
        website_name: str,
    ) -> PublishData:
        """Returns a site's publish profiles.

        ``/{subscription_id}/services/webspaces//{webspace_name}/sites/{website_name}/publishxml/``
        (GET, x-ms-version 2014-10-01).
        """
        return self._call(
            GET_PUBLISH_PROFILE,
            {
                "webspace_name": webspace_name,
                "website_name": website_name,
            },
            None,
        )

    def is_site_hostname_available(
        self,
        website_name: str,
    ) -> bool | None:
        """Tells whether a site name (its azurewebsites.net host name) is free.

        ``/{subscription_id}/services/WebSpaces``
        (GET, x-ms-version 2014-10-01).
        """
        return self._call(
            IS_SITE_HOSTNAME_AVAILABLE,
            {
                "website_name": website_name,
            },
            None,
        )

    def get_webspace_dns_suffix(
        self,
    ) -> str | None:
        """Returns the DNS suffix of site host names (azurewebsites.net).

        ``/{subscription_id}/services/WebSpaces``
        (GET, x-ms-version 2014-10-01).
        """
        return self._call(
            GET_WEBSPACE_DNS_SUFFIX,
            {},
            None,
        )

    def list_webspace_geo_regions(
        self,
    ) -> WebspaceGeoRegions:
        """Lists the regions web spaces can be created in.

        ``/{subscription_id}/services/WebSpaces``
        (GET, x-ms-version 2014-10-01).
        """
        return self._call(
            LIST_WEBSPACE_GEO_REGIONS,
            {},
            None,
        )

    def list_webspace_publishing_users(
        self,
    ) -> list[str]:
        """Lists the names of the subscription's publishing users.

        ``/{subscription_id}/services/WebSpaces``
        (GET, x-ms-version 2014-10-01).
        """
        return self._call(
            LIST_WEBSPACE_PUBLISHING_USERS,
            {},
            None,
        )

    def create_webspace_publishing_user(
        self,
        publishing_user_name: str,
        publishing_password: str,
        name: str | None = None,
    ) -> WebspacePublishingUser:
        """Sets the subscription's deployment (FTP/Git) credentials; returns them.

        ``/{subscription_id}/services/WebSpaces``
        (PUT, x-ms-version 2014-10-01).
        """
        from servicemanagement._generated.models_websites import WebspacePublishingUser

        return self._call(
            CREATE_WEBSPACE_PUBLISHING_USER,
            {
                "publishing_user_name": publishing_user_name,
                "publishing_password": publishing_password,
                "name": name,
            },
            WebspacePublishingUser(
                name=name,
                publishing_password=publishing_password,
                publishing_user_name=publishing_user_name,
            ),
        )

    def get_site_configuration(
        self,
        webspace_name: str,
        website_name: str,
    ) -> Any:
        """Returns a site's configuration (app settings, connection strings, handler
        mappings...) as decoded JSON.

        ``/{subscription_id}/services/WebSpaces/{webspace_name}/sites/{website_name}/config``
        (GET, x-ms-version 2014-10-01).
        """
        return self._call(
            GET_SITE_CONFIGURATION,
            {
                "webspace_name": webspace_name,
                "website_name": website_name,
            },
            None,
        )

    def update_site_configuration(
        self,
        webspace_name: str,
        website_name: str,
        configuration: Any,
    ) -> None:
        """Changes a site's configuration.

        ``/{subscription_id}/services/WebSpaces/{webspace_name}/sites/{website_name}/config``
        (PUT, x-ms-version 2014-10-01).

        Args:
            configuration: The members to change, as get_site_configuration returns them
                (e.g. {"AppSettings": [{"Name": "k", "Value": "v"}]}).
        """
        return self._call(
            UPDATE_SITE_CONFIGURATION,
            {
                "webspace_name": webspace_name,
                "website_name": website_name,
                "configuration": configuration,
            },
            encode_json(configuration),
        )

    def get_site_slot_config_names(
        self,
        webspace_name: str,
        website_name: str,
    ) -> Any:
        """Returns the app setting and connection string names that stay with a slot on swap
        (AppSettingNames, ConnectionStringNames).

        ``/{subscription_id}/services/WebSpaces/{webspace_name}/sites/{website_name}/slotConfigNames``
        (GET, x-ms-version 2014-10-01).
        """
        return self._call(
            GET_SITE_SLOT_CONFIG_NAMES,
            {
                "webspace_name": webspace_name,
                "website_name": website_name,
            },
            None,
        )

    def update_site_slot_config_names(
        self,
        webspace_name: str,
        website_name: str,
        slot_config_names: Any,
    ) -> None:
        """Sets the app setting and connection string names that stay with a slot on swap.

        ``/{subscription_id}/services/WebSpaces/{webspace_name}/sites/{website_name}/slotConfigNames``
        (POST, x-ms-version 2014-10-01).

        Args:
            slot_config_names: {"AppSettingNames": [...], "ConnectionStringNames": [...]}.
        """
        return self._call(
            UPDATE_SITE_SLOT_CONFIG_NAMES,
            {
                "webspace_name": webspace_name,
                "website_name": website_name,
                "slot_config_names": slot_config_names,
            },
            encode_json(slot_config_names),
        )

    def apply_site_slot_configuration(
        self,
        webspace_name: str,
        website_name: str,
        target_swap_slot: str,
    ) -> None:
        """Applies the target slot's slot settings to this slot, the first phase of a swap with
        preview.

        ``/{subscription_id}/services/WebSpaces/{webspace_name}/sites/{website_name}/applySlotConfig``
        (POST, x-ms-version 2014-10-01).
        """
        return self._call(
            APPLY_SITE_SLOT_CONFIGURATION,
            {
                "webspace_name": webspace_name,
                "website_name": website_name,
                "target_swap_slot": target_swap_slot,
            },
            None,
        )

    def reset_site_slot_configuration(
        self,
        webspace_name: str,
        website_name: str,
    ) -> None:
        """Restores a slot's own slot settings, cancelling a swap with preview.

        ``/{subscription_id}/services/WebSpaces/{webspace_name}/sites/{website_name}/resetSlotConfig``
        (POST, x-ms-version 2014-10-01).
        """
        return self._call(
            RESET_SITE_SLOT_CONFIGURATION,
            {
                "webspace_name": webspace_name,
                "website_name": website_name,
            },
            None,
        )

    def swap_site_slots(
        self,
        webspace_name: str,
        website_name: str,
        source_slot_name: str,
        target_slot_name: str,
    ) -> WebsiteOperation:
        """Swaps two deployment slots of a site.

        ``/{subscription_id}/services/WebSpaces/{webspace_name}/sites/{website_name}({source_slot_name})/slots``
        (POST, x-ms-version 2014-10-01).

        Args:
            target_slot_name: The slot to swap with (the production site: its name).
        """
        return self._call(
            SWAP_SITE_SLOTS,
            {
                "webspace_name": webspace_name,
                "website_name": website_name,
                "source_slot_name": source_slot_name,
                "target_slot_name": target_slot_name,
            },
            None,
        )

    def get_site_operation_status(
        self,
        webspace_name: str,
        website_name: str,
        operation_id: str,
    ) -> WebsiteOperation:
        """Returns the state of a long-running site operation (a slot swap, a restore).

        ``/{subscription_id}/services/WebSpaces/{webspace_name}/sites/{website_name}/operations/{operation_id}``
        (GET, x-ms-version 2014-10-01).
        """
        return self._call(
            GET_SITE_OPERATION_STATUS,
            {
                "webspace_name": webspace_name,
                "website_name": website_name,
                "operation_id": operation_id,
            },
            None,
        )

    def generate_site_password(
        self,
        webspace_name: str,
        website_name: str,
    ) -> None:
        """Generates a new publishing password for a site.

        ``/{subscription_id}/services/WebSpaces/{webspace_name}/sites/{website_name}/newpassword``
        (POST, x-ms-version 2014-10-01).
        """
        return self._call(
            GENERATE_SITE_PASSWORD,
            {
                "webspace_name": webspace_name,
                "website_name": website_name,
            },
            None,
        )

    def get_site_instance_ids(
        self,
        webspace_name: str,
        website_name: str,
    ) -> list[str]:
        """Lists the ids of the instances a site runs on.

        ``/{subscription_id}/services/WebSpaces/{webspace_name}/sites/{website_name}/instanceids``
        (GET, x-ms-version 2014-10-01).
        """
        return self._call(
            GET_SITE_INSTANCE_IDS,
            {
                "webspace_name": webspace_name,
                "website_name": website_name,
            },
            None,
        )

    def get_site_usage_metrics(
        self,
        webspace_name: str,
        website_name: str,
    ) -> SiteUsages:
        """Returns a site's use of its quotas.

        ``/{subscription_id}/services/WebSpaces/{webspace_name}/sites/{website_name}/usages``
        (GET, x-ms-version 2014-10-01).
        """
        return self._call(
            GET_SITE_USAGE_METRICS,
            {
                "webspace_name": webspace_name,
                "website_name": website_name,
            },
            None,
        )

    def create_site_repository(
        self,
        webspace_name: str,
        website_name: str,
    ) -> None:
        """Creates a site's source control (Git) repository.

        ``/{subscription_id}/services/WebSpaces/{webspace_name}/sites/{website_name}/repository``
        (POST, x-ms-version 2014-10-01).
        """
        return self._call(
            CREATE_SITE_REPOSITORY,
            {
                "webspace_name": webspace_name,
                "website_name": website_name,
            },
            None,
        )

    def get_site_repository(
        self,
        webspace_name: str,
        website_name: str,
    ) -> str | None:
        """Returns the URL of a site's repository.

        ``/{subscription_id}/services/WebSpaces/{webspace_name}/sites/{website_name}/repository``
        (GET, x-ms-version 2014-10-01).
        """
        return self._call(
            GET_SITE_REPOSITORY,
            {
                "webspace_name": webspace_name,
                "website_name": website_name,
            },
            None,
        )

    def sync_site_repository(
        self,
        webspace_name: str,
        website_name: str,
    ) -> None:
        """Pulls and deploys the latest commit of a site's external repository.

        ``/{subscription_id}/services/WebSpaces/{webspace_name}/sites/{website_name}/repository``
        (POST, x-ms-version 2014-10-01).
        """
        return self._call(
            SYNC_SITE_REPOSITORY,
            {
                "webspace_name": webspace_name,
                "website_name": website_name,
            },
            None,
        )

    def delete_site_repository(
        self,
        webspace_name: str,
        website_name: str,
    ) -> str | None:
        """Deletes a site's repository; returns its former URL.

        ``/{subscription_id}/services/WebSpaces/{webspace_name}/sites/{website_name}/repository``
        (DELETE, x-ms-version 2014-10-01).
        """
        return self._call(
            DELETE_SITE_REPOSITORY,
            {
                "webspace_name": webspace_name,
                "website_name": website_name,
            },
            None,
        )

    def backup_site(
        self,
        webspace_name: str,
        website_name: str,
        backup_request: BackupRequest,
    ) -> BackupItem:
        """Starts a backup of a site; returns it.

        ``/{subscription_id}/services/WebSpaces/{webspace_name}/sites/{website_name}/backup``
        (PUT, x-ms-version 2014-10-01).

        Args:
            backup_request: What to back up: name, storage_account_url and databases.
        """
        return self._call(
            BACKUP_SITE,
            {
                "webspace_name": webspace_name,
                "website_name": website_name,
                "backup_request": backup_request,
            },
            backup_request,
        )

    def get_site_backup_configuration(
        self,
        webspace_name: str,
        website_name: str,
    ) -> BackupRequest:
        """Returns a site's automatic backup configuration.

        ``/{subscription_id}/services/WebSpaces/{webspace_name}/sites/{website_name}/backup/config``
        (GET, x-ms-version 2014-10-01).
        """
        return self._call(
            GET_SITE_BACKUP_CONFIGURATION,
            {
                "webspace_name": webspace_name,
                "website_name": website_name,
            },
            None,
        )

    def update_site_backup_configuration(
        self,
        webspace_name: str,
        website_name: str,
        backup_request: BackupRequest,
    ) -> None:
        """Sets a site's automatic backup configuration.

        ``/{subscription_id}/services/WebSpaces/{webspace_name}/sites/{website_name}/backup/config``
        (PUT, x-ms-version 2014-10-01).

        Args:
            backup_request: The schedule (backup_schedule) and where backups go.
        """
        return self._call(
            UPDATE_SITE_BACKUP_CONFIGURATION,
            {
                "webspace_name": webspace_name,
                "website_name": website_name,
                "backup_request": backup_request,
            },
            backup_request,
        )

    def list_site_backups(
        self,
        webspace_name: str,
        website_name: str,
    ) -> BackupItems:
        """Lists a site's backups.

        ``/{subscription_id}/services/WebSpaces/{webspace_name}/sites/{website_name}/restore``
        (GET, x-ms-version 2014-10-01).
        """
        return self._call(
            LIST_SITE_BACKUPS,
            {
                "webspace_name": webspace_name,
                "website_name": website_name,
            },
            None,
        )

    def discover_site(
        self,
        webspace_name: str,
        website_name: str,
        restore_request: RestoreRequest,
    ) -> RestoreRequest:
        """Reads a backup blob; returns the restore request it allows (with its databases).

        ``/{subscription_id}/services/WebSpaces/{webspace_name}/sites/{website_name}/restore/discover``
        (PUT, x-ms-version 2014-10-01).

        Args:
            restore_request: The backup blob (storage_account_url, blob_name).
        """
        return self._call(
            DISCOVER_SITE,
            {
                "webspace_name": webspace_name,
                "website_name": website_name,
                "restore_request": restore_request,
            },
            restore_request,
        )

    def restore_site(
        self,
        webspace_name: str,
        website_name: str,
        restore_request: RestoreRequest,
    ) -> RestoreResponse:
        """Starts restoring a site from a backup; returns the operation id (see
        get_site_operation_status).

        ``/{subscription_id}/services/WebSpaces/{webspace_name}/sites/{website_name}/restore``
        (PUT, x-ms-version 2014-10-01).
        """
        return self._call(
            RESTORE_SITE,
            {
                "webspace_name": webspace_name,
                "website_name": website_name,
                "restore_request": restore_request,
            },
            restore_request,
        )

    def create_site_hybrid_connection(
        self,
        webspace_name: str,
        website_name: str,
        hybrid_connection: RelayServiceConnectionEntity,
    ) -> RelayServiceConnectionEntity:
        """Adds a hybrid connection to a site; returns it.

        ``/{subscription_id}/services/WebSpaces/{webspace_name}/sites/{website_name}/hybridconnection``
        (POST, x-ms-version 2014-10-01).
        """
        return self._call(
            CREATE_SITE_HYBRID_CONNECTION,
            {
                "webspace_name": webspace_name,
                "website_name": website_name,
                "hybrid_connection": hybrid_connection,
            },
            hybrid_connection,
        )

    def update_site_hybrid_connection(
        self,
        webspace_name: str,
        website_name: str,
        hybrid_connection: RelayServiceConnectionEntity,
    ) -> None:
        """Changes a hybrid connection of a site.

        ``/{subscription_id}/services/WebSpaces/{webspace_name}/sites/{website_name}/hybridconnection``
        (PUT, x-ms-version 2014-10-01).

        Args:
            hybrid_connection: Named by its entity_name.
        """
        return self._call(
            UPDATE_SITE_HYBRID_CONNECTION,
            {
                "webspace_name": webspace_name,
                "website_name": website_name,
                "hybrid_connection": hybrid_connection,
            },
            hybrid_connection,
        )

    def get_site_hybrid_connection(
        self,
        webspace_name: str,
        website_name: str,
        hybrid_connection_name: str,
    ) -> RelayServiceConnectionEntity:
        """Returns a hybrid connection of a site.

        ``/{subscription_id}/services/WebSpaces/{webspace_name}/sites/{website_name}/hybridconnection/{hybrid_connection_name}``
        (GET, x-ms-version 2014-10-01).
        """
        return self._call(
            GET_SITE_HYBRID_CONNECTION,
            {
                "webspace_name": webspace_name,
                "website_name": website_name,
                "hybrid_connection_name": hybrid_connection_name,
            },
            None,
        )

    def list_site_hybrid_connections(
        self,
        webspace_name: str,
        website_name: str,
    ) -> RelayServiceConnectionEntities:
        """Lists the hybrid connections of a site.

        ``/{subscription_id}/services/WebSpaces/{webspace_name}/sites/{website_name}/hybridconnection``
        (GET, x-ms-version 2014-10-01).
        """
        return self._call(
            LIST_SITE_HYBRID_CONNECTIONS,
            {
                "webspace_name": webspace_name,
                "website_name": website_name,
            },
            None,
        )

    def delete_site_hybrid_connection(
        self,
        webspace_name: str,
        website_name: str,
        hybrid_connection_name: str,
    ) -> None:
        """Removes a hybrid connection from a site.

        ``/{subscription_id}/services/WebSpaces/{webspace_name}/sites/{website_name}/hybridconnection/{hybrid_connection_name}``
        (DELETE, x-ms-version 2014-10-01).
        """
        return self._call(
            DELETE_SITE_HYBRID_CONNECTION,
            {
                "webspace_name": webspace_name,
                "website_name": website_name,
                "hybrid_connection_name": hybrid_connection_name,
            },
            None,
        )

    def create_web_hosting_plan(
        self,
        webspace_name: str,
        web_hosting_plan_name: str,
        sku: str,
        number_of_workers: int | None = None,
        worker_size: str | None = None,
        admin_site_name: str | None = None,
    ) -> ServerFarm:
        """Creates a web hosting plan (server farm) in a web space; returns it.

        ``/{subscription_id}/services/WebSpaces/{webspace_name}/ServerFarms``
        (POST, x-ms-version 2014-10-01).

        Args:
            sku: Free, Shared, Basic, Standard or Premium.
            worker_size: Small, Medium or Large.
        """
        from servicemanagement._generated.models_websites import ServerFarmInput

        return self._call(
            CREATE_WEB_HOSTING_PLAN,
            {
                "webspace_name": webspace_name,
                "web_hosting_plan_name": web_hosting_plan_name,
                "sku": sku,
                "number_of_workers": number_of_workers,
                "worker_size": worker_size,
                "admin_site_name": admin_site_name,
            },
            ServerFarmInput(
                name=web_hosting_plan_name,
                number_of_workers=number_of_workers,
                sku=sku,
                worker_size=worker_size,
                admin_site_name=admin_site_name,
            ),
        )

    def get_web_hosting_plan(
        self,
        webspace_name: str,
        web_hosting_plan_name: str,
    ) -> ServerFarm:
        """Returns a web hosting plan.

        ``/{subscription_id}/services/WebSpaces/{webspace_name}/serverFarms/{web_hosting_plan_name}``
        (GET, x-ms-version 2014-10-01).
        """
        return self._call(
            GET_WEB_HOSTING_PLAN,
            {
                "webspace_name": webspace_name,
                "web_hosting_plan_name": web_hosting_plan_name,
            },
            None,
        )

    def list_web_hosting_plan(
        self,
        webspace_name: str,
    ) -> ServerFarms:
        """Lists the web hosting plans of a web space.

        ``/{subscription_id}/services/WebSpaces/{webspace_name}/serverFarms``
        (GET, x-ms-version 2014-10-01).
        """
        return self._call(
            LIST_WEB_HOSTING_PLAN,
            {
                "webspace_name": webspace_name,
            },
            None,
        )

    def update_web_hosting_plan(
        self,
        webspace_name: str,
        web_hosting_plan_name: str,
        sku: str,
        number_of_workers: int | None = None,
        worker_size: str | None = None,
        admin_site_name: str | None = None,
    ) -> ServerFarm:
        """Changes a web hosting plan's tier, size or number of workers; returns it.

        ``/{subscription_id}/services/WebSpaces/{webspace_name}/ServerFarms/{web_hosting_plan_name}``
        (PUT, x-ms-version 2014-10-01).

        Args:
            sku: Free, Shared, Basic, Standard or Premium.
            worker_size: Small, Medium or Large.
        """
        from servicemanagement._generated.models_websites import ServerFarmInput

        return self._call(
            UPDATE_WEB_HOSTING_PLAN,
            {
                "webspace_name": webspace_name,
                "web_hosting_plan_name": web_hosting_plan_name,
                "sku": sku,
                "number_of_workers": number_of_workers,
                "worker_size": worker_size,
                "admin_site_name": admin_site_name,
            },
            ServerFarmInput(
                number_of_workers=number_of_workers,
                sku=sku,
                worker_size=worker_size,
                admin_site_name=admin_site_name,
            ),
        )

    def delete_web_hosting_plan(
        self,
        webspace_name: str,
        web_hosting_plan_name: str,
    ) -> None:
        """Deletes an empty web hosting plan.

        ``/{subscription_id}/services/WebSpaces/{webspace_name}/ServerFarms/{web_hosting_plan_name}``
        (DELETE, x-ms-version 2014-10-01).
        """
        return self._call(
            DELETE_WEB_HOSTING_PLAN,
            {
                "webspace_name": webspace_name,
                "web_hosting_plan_name": web_hosting_plan_name,
            },
            None,
        )

    def get_web_hosting_plan_historical_usage_metrics(
        self,
        webspace_name: str,
        web_hosting_plan_name: str,
        metrics: list[str] | None = None,
        start_time: str | None = None,
        end_time: str | None = None,
        time_grain: str | None = None,
        details: bool | None = None,
    ) -> MetricResponses:
        """Returns a web hosting plan's metric samples over a time window.

        ``/{subscription_id}/services/WebSpaces/{webspace_name}/serverFarms/{web_hosting_plan_name}/metrics``
        (GET, x-ms-version 2014-10-01).

        Args:
            metrics: Metric names (sent comma-separated).
            details: Include per-instance samples.
        """
        return self._call(
            GET_WEB_HOSTING_PLAN_HISTORICAL_USAGE_METRICS,
            {
                "webspace_name": webspace_name,
                "web_hosting_plan_name": web_hosting_plan_name,
                "metrics": metrics,
                "start_time": start_time,
                "end_time": end_time,
                "time_grain": time_grain,
                "details": details,
            },
            None,
        )
