# Generated from spec/operations/websites.yaml by `make generate`; do not edit.
"""Operations of the websites area: one ``OperationSpec`` constant and one method each."""

from __future__ import annotations

from servicemanagement._generated.models_websites import (
    MetricDefinitions,
    MetricResponses,
    PublishData,
    Site,
    SiteInput,
    Sites,
    WebSpace,
    WebSpaces,
    WebSpaceToCreate,
)
from servicemanagement._operations_base import OperationsBase
from servicemanagement._schema import EmulatorSpec, OperationSpec, ParamSpec
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
        ParamSpec("host_names", "body", required=True),
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
        ParamSpec("metrics", "query", wire="names"),
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
