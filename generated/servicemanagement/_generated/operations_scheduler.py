# Generated from spec/operations/scheduler.yaml by `make generate`; do not edit.
"""Operations of the scheduler area: one ``OperationSpec`` constant and one method each."""

from __future__ import annotations

from typing import TYPE_CHECKING

from servicemanagement._operations_base import OperationsBase, encode_json
from servicemanagement._schema import EmulatorSpec, OperationSpec, ParamSpec

# Models are imported by the methods that make them (a client class loads no model module).
if TYPE_CHECKING:
    from typing import Any

    from servicemanagement._generated.models_scheduler import (
        CloudService,
        CloudServices,
        Resource,
        ResourceNameAvailabilityResponse,
        ResourceProviderProperties,
    )
    from servicemanagement._generated.models_storage import AvailabilityResponse
    from servicemanagement.results import AsynchronousOperationResult

LIST_CLOUD_SERVICES = OperationSpec(
    name="list_cloud_services",
    client="SchedulerManagementService",
    method="GET",
    path="/{subscription_id}/cloudservices",
    x_ms_version="2014-10-01",
    params=(),
    fixed_query=(),
    request_type=None,
    response_type="CloudServices",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Lists the subscription's cloud services (scheduler and other resource containers).",
)

CREATE_CLOUD_SERVICE = OperationSpec(
    name="create_cloud_service",
    client="SchedulerManagementService",
    method="PUT",
    path="/{subscription_id}/cloudservices/{cloud_service_id}",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("cloud_service_id", "path", required=True),
        ParamSpec("label", "body", required=True),
        ParamSpec("description", "body", required=True),
        ParamSpec("geo_region", "body", required=True),
    ),
    fixed_query=(),
    request_type="CloudService",
    response_type=None,
    statuses=(),
    is_async=True,
    content_type=None,
    doc="Creates a cloud service to hold job collections.",
)

GET_CLOUD_SERVICE = OperationSpec(
    name="get_cloud_service",
    client="SchedulerManagementService",
    method="GET",
    path="/{subscription_id}/cloudservices/{cloud_service_id}",
    x_ms_version="2014-10-01",
    params=(ParamSpec("cloud_service_id", "path", required=True),),
    fixed_query=(),
    request_type=None,
    response_type="CloudService",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Returns a cloud service and its resources.",
)

DELETE_CLOUD_SERVICE = OperationSpec(
    name="delete_cloud_service",
    client="SchedulerManagementService",
    method="DELETE",
    path="/{subscription_id}/cloudservices/{cloud_service_id}",
    x_ms_version="2014-10-01",
    params=(ParamSpec("cloud_service_id", "path", required=True),),
    fixed_query=(),
    request_type=None,
    response_type=None,
    statuses=(),
    is_async=True,
    content_type=None,
    doc="Deletes a cloud service and its resources.",
)

CREATE_STORE_ADD_ON = OperationSpec(
    name="create_store_add_on",
    client="SchedulerManagementService",
    method="PUT",
    path="/{subscription_id}/cloudservices/{cloud_service_id}/resources/{resource_namespace}/{resource_type}/{add_on_name}",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("cloud_service_id", "path", required=True),
        ParamSpec("resource_namespace", "path", required=True),
        ParamSpec("resource_type", "path", required=True),
        ParamSpec("add_on_name", "path", required=True),
        ParamSpec("plan", "body", required=True),
        ParamSpec("promotion_code", "body"),
    ),
    fixed_query=(),
    request_type="StoreAddOnInput",
    response_type=None,
    statuses=(202,),
    is_async=True,
    content_type=None,
    doc="Buys an add-on from the Azure Store into a cloud service.",
    emulator=EmulatorSpec(kind="create"),
)

UPDATE_STORE_ADD_ON = OperationSpec(
    name="update_store_add_on",
    client="SchedulerManagementService",
    method="PUT",
    path="/{subscription_id}/cloudservices/{cloud_service_id}/resources/{resource_namespace}/{resource_type}/{add_on_name}",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("cloud_service_id", "path", required=True),
        ParamSpec("resource_namespace", "path", required=True),
        ParamSpec("resource_type", "path", required=True),
        ParamSpec("add_on_name", "path", required=True),
        ParamSpec("plan", "body", required=True),
        ParamSpec("promotion_code", "body"),
    ),
    fixed_query=(),
    request_type="StoreAddOnInput",
    response_type=None,
    statuses=(202,),
    is_async=True,
    content_type=None,
    doc="Changes the plan of a cloud service's add-on.",
    fixed_headers=(("If-Match", "*"),),
    emulator=EmulatorSpec(kind="update"),
)

DELETE_STORE_ADD_ON = OperationSpec(
    name="delete_store_add_on",
    client="SchedulerManagementService",
    method="DELETE",
    path="/{subscription_id}/cloudservices/{cloud_service_id}/resources/{resource_namespace}/{resource_type}/{add_on_name}",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("cloud_service_id", "path", required=True),
        ParamSpec("resource_namespace", "path", required=True),
        ParamSpec("resource_type", "path", required=True),
        ParamSpec("add_on_name", "path", required=True),
    ),
    fixed_query=(),
    request_type=None,
    response_type=None,
    statuses=(202,),
    is_async=True,
    content_type=None,
    doc="Deletes an add-on of a cloud service.",
)

CHECK_JOB_COLLECTION_NAME = OperationSpec(
    name="check_job_collection_name",
    client="SchedulerManagementService",
    method="POST",
    path="/{subscription_id}/cloudservices/{cloud_service_id}/resources/scheduler/jobCollections",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("cloud_service_id", "path", required=True),
        ParamSpec("job_collection_id", "query", wire="resourceName", required=True),
    ),
    fixed_query=(("op", "checknameavailability"),),
    request_type=None,
    response_type="AvailabilityResponse",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Tells whether a job collection name is available.",
)

CHECK_JOB_COLLECTION_NAME_AVAILABILITY = OperationSpec(
    name="check_job_collection_name_availability",
    client="SchedulerManagementService",
    method="GET",
    path="/{subscription_id}/cloudservices/{cloud_service_id}/resources/scheduler/JobCollections/",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("cloud_service_id", "path", required=True),
        ParamSpec("job_collection_id", "query", wire="resourceName", required=True),
    ),
    fixed_query=(("op", "checknameavailability"),),
    request_type=None,
    response_type="ResourceNameAvailabilityResponse",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Tells whether a job collection name is available (the GET form of check_job_collection_name).",
)

CREATE_JOB_COLLECTION = OperationSpec(
    name="create_job_collection",
    client="SchedulerManagementService",
    method="PUT",
    path="/{subscription_id}/cloudservices/{cloud_service_id}/resources/scheduler/jobCollections/{job_collection_id}",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("cloud_service_id", "path", required=True),
        ParamSpec("job_collection_id", "path", required=True),
        ParamSpec("plan", "body", choices=("Standard", "Free")),
    ),
    fixed_query=(),
    request_type="JobCollectionInput",
    response_type=None,
    statuses=(),
    is_async=True,
    content_type=None,
    doc="Creates a job collection in a cloud service.",
)

DELETE_JOB_COLLECTION = OperationSpec(
    name="delete_job_collection",
    client="SchedulerManagementService",
    method="DELETE",
    path="/{subscription_id}/cloudservices/{cloud_service_id}/resources/scheduler/jobCollections/{job_collection_id}",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("cloud_service_id", "path", required=True),
        ParamSpec("job_collection_id", "path", required=True),
    ),
    fixed_query=(),
    request_type=None,
    response_type=None,
    statuses=(),
    is_async=True,
    content_type=None,
    doc="Deletes a job collection and its jobs.",
)

GET_JOB_COLLECTION = OperationSpec(
    name="get_job_collection",
    client="SchedulerManagementService",
    method="GET",
    path="/{subscription_id}/cloudservices/{cloud_service_id}/resources/scheduler/~/jobCollections/{job_collection_id}",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("cloud_service_id", "path", required=True),
        ParamSpec("job_collection_id", "path", required=True),
    ),
    fixed_query=(("api-version", "2014-04-01"),),
    request_type=None,
    response_type="Resource",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Returns a job collection.",
)

CREATE_JOB = OperationSpec(
    name="create_job",
    client="SchedulerManagementService",
    method="PUT",
    path="/{subscription_id}/cloudservices/{cloud_service_id}/resources/scheduler/~/jobCollections/{job_collection_id}/jobs/{job_id}",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("cloud_service_id", "path", required=True),
        ParamSpec("job_collection_id", "path", required=True),
        ParamSpec("job_id", "path", required=True),
        ParamSpec("job", "body", type="json", required=True),
    ),
    fixed_query=(("api-version", "2014-04-01"),),
    request_type="json",
    response_type="json",
    statuses=(),
    is_async=True,
    content_type="application/json",
    doc="Creates or replaces a job.",
    emulator=EmulatorSpec(kind="upsert", status=201),
)

DELETE_JOB = OperationSpec(
    name="delete_job",
    client="SchedulerManagementService",
    method="DELETE",
    path="/{subscription_id}/cloudservices/{cloud_service_id}/resources/scheduler/~/jobCollections/{job_collection_id}/jobs/{job_id}",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("cloud_service_id", "path", required=True),
        ParamSpec("job_collection_id", "path", required=True),
        ParamSpec("job_id", "path", required=True),
    ),
    fixed_query=(("api-version", "2014-04-01"),),
    request_type=None,
    response_type=None,
    statuses=(),
    is_async=True,
    content_type=None,
    doc="Deletes a job.",
    emulator=EmulatorSpec(status=200),
)

GET_JOB = OperationSpec(
    name="get_job",
    client="SchedulerManagementService",
    method="GET",
    path="/{subscription_id}/cloudservices/{cloud_service_id}/resources/scheduler/~/jobCollections/{job_collection_id}/jobs/{job_id}",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("cloud_service_id", "path", required=True),
        ParamSpec("job_collection_id", "path", required=True),
        ParamSpec("job_id", "path", required=True),
    ),
    fixed_query=(("api-version", "2014-04-01"),),
    request_type=None,
    response_type="json",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Returns a job (the decoded JSON).",
)

GET_ALL_JOBS = OperationSpec(
    name="get_all_jobs",
    client="SchedulerManagementService",
    method="GET",
    path="/{subscription_id}/cloudservices/{cloud_service_id}/resources/scheduler/~/jobCollections/{job_collection_id}/jobs/",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("cloud_service_id", "path", required=True),
        ParamSpec("job_collection_id", "path", required=True),
    ),
    fixed_query=(("api-version", "2014-04-01"),),
    request_type=None,
    response_type="json",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Returns every job of a job collection (the decoded JSON list).",
)

CREATE_JOB_WITH_GENERATED_ID = OperationSpec(
    name="create_job_with_generated_id",
    client="SchedulerManagementService",
    method="POST",
    path="/{subscription_id}/cloudservices/{cloud_service_id}/resources/scheduler/~/jobCollections/{job_collection_id}/jobs",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("cloud_service_id", "path", required=True),
        ParamSpec("job_collection_id", "path", required=True),
        ParamSpec("job", "body", type="json", required=True),
    ),
    fixed_query=(("api-version", "2014-04-01"),),
    request_type="json",
    response_type="json",
    statuses=(201,),
    is_async=False,
    content_type="application/json",
    doc="Creates a job whose id the service chooses; returns it (the decoded JSON).",
)

GET_JOB_HISTORY = OperationSpec(
    name="get_job_history",
    client="SchedulerManagementService",
    method="GET",
    path="/{subscription_id}/cloudservices/{cloud_service_id}/resources/scheduler/~/jobCollections/{job_collection_id}/jobs/{job_id}/history",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("cloud_service_id", "path", required=True),
        ParamSpec("job_collection_id", "path", required=True),
        ParamSpec("job_id", "path", required=True),
        ParamSpec("odata_filter", "query", wire="$filter"),
        ParamSpec("skip", "query", wire="$skip", scalar="int"),
        ParamSpec("top", "query", wire="$top", scalar="int"),
    ),
    fixed_query=(("api-version", "2014-04-01"),),
    request_type=None,
    response_type="json",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Returns a job's past runs (the decoded JSON list), newest first.",
)

UPDATE_JOB_STATE = OperationSpec(
    name="update_job_state",
    client="SchedulerManagementService",
    method="PATCH",
    path="/{subscription_id}/cloudservices/{cloud_service_id}/resources/scheduler/~/jobCollections/{job_collection_id}/jobs/{job_id}",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("cloud_service_id", "path", required=True),
        ParamSpec("job_collection_id", "path", required=True),
        ParamSpec("job_id", "path", required=True),
        ParamSpec("job_state", "body", type="json", required=True),
    ),
    fixed_query=(("api-version", "2014-04-01"),),
    request_type="json",
    response_type="json",
    statuses=(200,),
    is_async=False,
    content_type="application/json",
    doc="Enables or disables a job; returns the job (the decoded JSON).",
)

UPDATE_JOB_COLLECTION_STATE = OperationSpec(
    name="update_job_collection_state",
    client="SchedulerManagementService",
    method="PATCH",
    path="/{subscription_id}/cloudservices/{cloud_service_id}/resources/scheduler/~/jobCollections/{job_collection_id}/jobs",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("cloud_service_id", "path", required=True),
        ParamSpec("job_collection_id", "path", required=True),
        ParamSpec("job_state", "body", type="json", required=True),
    ),
    fixed_query=(),
    request_type="json",
    response_type="json",
    statuses=(200,),
    is_async=False,
    content_type="application/json",
    doc="Enables or disables every job of a job collection; returns the jobs (the decoded JSON).",
    emulator=EmulatorSpec(kind="action"),
)

GET_RESOURCE_PROVIDER_PROPERTIES = OperationSpec(
    name="get_resource_provider_properties",
    client="SchedulerManagementService",
    method="GET",
    path="/{subscription_id}/resourceproviders/scheduler/Properties",
    x_ms_version="2014-10-01",
    params=(),
    fixed_query=(("resourceType", "JobCollections"),),
    request_type=None,
    response_type="ResourceProviderProperties",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Returns the Scheduler resource provider's properties (e.g. the plans and regions it offers).",
)


class SchedulerManagementServiceSchedulerOperations(OperationsBase):
    """The scheduler operations of ``SchedulerManagementService``."""

    def list_cloud_services(
        self,
    ) -> CloudServices:
        """Lists the subscription's cloud services (scheduler and other resource containers).

        ``/{subscription_id}/cloudservices``
        (GET, x-ms-version 2014-10-01).
        """
        return self._call(
            LIST_CLOUD_SERVICES,
            {},
            None,
        )

    def create_cloud_service(
        self,
        cloud_service_id: str,
        label: str,
        description: str,
        geo_region: str,
    ) -> AsynchronousOperationResult:
        """Creates a cloud service to hold job collections.

        ``/{subscription_id}/cloudservices/{cloud_service_id}``
        (PUT, x-ms-version 2014-10-01, asynchronous).
        """
        from servicemanagement._generated.models_scheduler import CloudService

        return self._call(
            CREATE_CLOUD_SERVICE,
            {
                "cloud_service_id": cloud_service_id,
                "label": label,
                "description": description,
                "geo_region": geo_region,
            },
            CloudService(label=label, description=description, geo_region=geo_region),
        )

    def get_cloud_service(
        self,
        cloud_service_id: str,
    ) -> CloudService:
        """Returns a cloud service and its resources.

        ``/{subscription_id}/cloudservices/{cloud_service_id}``
        (GET, x-ms-version 2014-10-01).
        """
        return self._call(
            GET_CLOUD_SERVICE,
            {
                "cloud_service_id": cloud_service_id,
            },
            None,
        )

    def delete_cloud_service(
        self,
        cloud_service_id: str,
    ) -> AsynchronousOperationResult:
        """Deletes a cloud service and its resources.

        ``/{subscription_id}/cloudservices/{cloud_service_id}``
        (DELETE, x-ms-version 2014-10-01, asynchronous).
        """
        return self._call(
            DELETE_CLOUD_SERVICE,
            {
                "cloud_service_id": cloud_service_id,
            },
            None,
        )

    def create_store_add_on(
        self,
        cloud_service_id: str,
        resource_namespace: str,
        resource_type: str,
        add_on_name: str,
        plan: str,
        promotion_code: str | None = None,
    ) -> AsynchronousOperationResult:
        """Buys an add-on from the Azure Store into a cloud service.

        ``/{subscription_id}/cloudservices/{cloud_service_id}/resources/{resource_namespace}/{resource_type}/{add_on_name}``
        (PUT, x-ms-version 2014-10-01, asynchronous).

        Args:
            resource_namespace: The add-on's resource provider namespace (e.g. Sendgrid).
            resource_type: The provider's resource type (e.g. SendGridService).
            plan: The plan to buy, e.g. free.
        """
        from servicemanagement._generated.models_scheduler import StoreAddOnInput

        return self._call(
            CREATE_STORE_ADD_ON,
            {
                "cloud_service_id": cloud_service_id,
                "resource_namespace": resource_namespace,
                "resource_type": resource_type,
                "add_on_name": add_on_name,
                "plan": plan,
                "promotion_code": promotion_code,
            },
            StoreAddOnInput(type=resource_namespace, plan=plan, promotion_code=promotion_code),
        )

    def update_store_add_on(
        self,
        cloud_service_id: str,
        resource_namespace: str,
        resource_type: str,
        add_on_name: str,
        plan: str,
        promotion_code: str | None = None,
    ) -> AsynchronousOperationResult:
        """Changes the plan of a cloud service's add-on.

        ``/{subscription_id}/cloudservices/{cloud_service_id}/resources/{resource_namespace}/{resource_type}/{add_on_name}``
        (PUT, x-ms-version 2014-10-01, asynchronous).

        Args:
            resource_namespace: The add-on's resource provider namespace.
            resource_type: The provider's resource type.
            plan: The new plan.
        """
        from servicemanagement._generated.models_scheduler import StoreAddOnInput

        return self._call(
            UPDATE_STORE_ADD_ON,
            {
                "cloud_service_id": cloud_service_id,
                "resource_namespace": resource_namespace,
                "resource_type": resource_type,
                "add_on_name": add_on_name,
                "plan": plan,
                "promotion_code": promotion_code,
            },
            StoreAddOnInput(type=resource_namespace, plan=plan, promotion_code=promotion_code),
        )

    def delete_store_add_on(
        self,
        cloud_service_id: str,
        resource_namespace: str,
        resource_type: str,
        add_on_name: str,
    ) -> AsynchronousOperationResult:
        """Deletes an add-on of a cloud service.

        ``/{subscription_id}/cloudservices/{cloud_service_id}/resources/{resource_namespace}/{resource_type}/{add_on_name}``
        (DELETE, x-ms-version 2014-10-01, asynchronous).
        """
        return self._call(
            DELETE_STORE_ADD_ON,
            {
                "cloud_service_id": cloud_service_id,
                "resource_namespace": resource_namespace,
                "resource_type": resource_type,
                "add_on_name": add_on_name,
            },
            None,
        )

    def check_job_collection_name(
        self,
        cloud_service_id: str,
        job_collection_id: str,
    ) -> AvailabilityResponse:
        """Tells whether a job collection name is available.

        ``/{subscription_id}/cloudservices/{cloud_service_id}/resources/scheduler/jobCollections``
        (POST, x-ms-version 2014-10-01).
        """
        return self._call(
            CHECK_JOB_COLLECTION_NAME,
            {
                "cloud_service_id": cloud_service_id,
                "job_collection_id": job_collection_id,
            },
            None,
        )

    def check_job_collection_name_availability(
        self,
        cloud_service_id: str,
        job_collection_id: str,
    ) -> ResourceNameAvailabilityResponse:
        """Tells whether a job collection name is available (the GET form of
        check_job_collection_name).

        ``/{subscription_id}/cloudservices/{cloud_service_id}/resources/scheduler/JobCollections/``
        (GET, x-ms-version 2014-10-01).
        """
        return self._call(
            CHECK_JOB_COLLECTION_NAME_AVAILABILITY,
            {
                "cloud_service_id": cloud_service_id,
                "job_collection_id": job_collection_id,
            },
            None,
        )

    def create_job_collection(
        self,
        cloud_service_id: str,
        job_collection_id: str,
        plan: str = "Standard",
    ) -> AsynchronousOperationResult:
        """Creates a job collection in a cloud service.

        ``/{subscription_id}/cloudservices/{cloud_service_id}/resources/scheduler/jobCollections/{job_collection_id}``
        (PUT, x-ms-version 2014-10-01, asynchronous).
        """
        from servicemanagement._generated.models_scheduler import (
            JobCollectionInput,
            JobCollectionInputSettings,
        )

        return self._call(
            CREATE_JOB_COLLECTION,
            {
                "cloud_service_id": cloud_service_id,
                "job_collection_id": job_collection_id,
                "plan": plan,
            },
            JobCollectionInput(intrinsic_settings=JobCollectionInputSettings(plan=plan)),
        )

    def delete_job_collection(
        self,
        cloud_service_id: str,
        job_collection_id: str,
    ) -> AsynchronousOperationResult:
        """Deletes a job collection and its jobs.

        ``/{subscription_id}/cloudservices/{cloud_service_id}/resources/scheduler/jobCollections/{job_collection_id}``
        (DELETE, x-ms-version 2014-10-01, asynchronous).
        """
        return self._call(
            DELETE_JOB_COLLECTION,
            {
                "cloud_service_id": cloud_service_id,
                "job_collection_id": job_collection_id,
            },
            None,
        )

    def get_job_collection(
        self,
        cloud_service_id: str,
        job_collection_id: str,
    ) -> Resource:
        """Returns a job collection.

        ``/{subscription_id}/cloudservices/{cloud_service_id}/resources/scheduler/~/jobCollections/{job_collection_id}``
        (GET, x-ms-version 2014-10-01).
        """
        return self._call(
            GET_JOB_COLLECTION,
            {
                "cloud_service_id": cloud_service_id,
                "job_collection_id": job_collection_id,
            },
            None,
        )

    def create_job(
        self,
        cloud_service_id: str,
        job_collection_id: str,
        job_id: str,
        job: Any,
    ) -> AsynchronousOperationResult:
        """Creates or replaces a job.

        ``/{subscription_id}/cloudservices/{cloud_service_id}/resources/scheduler/~/jobCollections/{job_collection_id}/jobs/{job_id}``
        (PUT, x-ms-version 2014-10-01, asynchronous).

        Args:
            job: The job as the Scheduler REST API's JSON (dates may be datetime).
        """
        return self._call(
            CREATE_JOB,
            {
                "cloud_service_id": cloud_service_id,
                "job_collection_id": job_collection_id,
                "job_id": job_id,
                "job": job,
            },
            encode_json(job),
        )

    def delete_job(
        self,
        cloud_service_id: str,
        job_collection_id: str,
        job_id: str,
    ) -> AsynchronousOperationResult:
        """Deletes a job.

        ``/{subscription_id}/cloudservices/{cloud_service_id}/resources/scheduler/~/jobCollections/{job_collection_id}/jobs/{job_id}``
        (DELETE, x-ms-version 2014-10-01, asynchronous).
        """
        return self._call(
            DELETE_JOB,
            {
                "cloud_service_id": cloud_service_id,
                "job_collection_id": job_collection_id,
                "job_id": job_id,
            },
            None,
        )

    def get_job(
        self,
        cloud_service_id: str,
        job_collection_id: str,
        job_id: str,
    ) -> Any:
        """Returns a job (the decoded JSON).

        ``/{subscription_id}/cloudservices/{cloud_service_id}/resources/scheduler/~/jobCollections/{job_collection_id}/jobs/{job_id}``
        (GET, x-ms-version 2014-10-01).
        """
        return self._call(
            GET_JOB,
            {
                "cloud_service_id": cloud_service_id,
                "job_collection_id": job_collection_id,
                "job_id": job_id,
            },
            None,
        )

    def get_all_jobs(
        self,
        cloud_service_id: str,
        job_collection_id: str,
    ) -> Any:
        """Returns every job of a job collection (the decoded JSON list).

        ``/{subscription_id}/cloudservices/{cloud_service_id}/resources/scheduler/~/jobCollections/{job_collection_id}/jobs/``
        (GET, x-ms-version 2014-10-01).
        """
        return self._call(
            GET_ALL_JOBS,
            {
                "cloud_service_id": cloud_service_id,
                "job_collection_id": job_collection_id,
            },
            None,
        )

    def create_job_with_generated_id(
        self,
        cloud_service_id: str,
        job_collection_id: str,
        job: Any,
    ) -> Any:
        """Creates a job whose id the service chooses; returns it (the decoded JSON).

        ``/{subscription_id}/cloudservices/{cloud_service_id}/resources/scheduler/~/jobCollections/{job_collection_id}/jobs``
        (POST, x-ms-version 2014-10-01).

        Args:
            job: The job as the Scheduler REST API's JSON, without an id.
        """
        return self._call(
            CREATE_JOB_WITH_GENERATED_ID,
            {
                "cloud_service_id": cloud_service_id,
                "job_collection_id": job_collection_id,
                "job": job,
            },
            encode_json(job),
        )

    def get_job_history(
        self,
        cloud_service_id: str,
        job_collection_id: str,
        job_id: str,
        odata_filter: str | None = None,
        skip: int | None = None,
        top: int | None = None,
    ) -> Any:
        """Returns a job's past runs (the decoded JSON list), newest first.

        ``/{subscription_id}/cloudservices/{cloud_service_id}/resources/scheduler/~/jobCollections/{job_collection_id}/jobs/{job_id}/history``
        (GET, x-ms-version 2014-10-01).

        Args:
            odata_filter: An OData filter, e.g. status eq 'Failed'.
        """
        return self._call(
            GET_JOB_HISTORY,
            {
                "cloud_service_id": cloud_service_id,
                "job_collection_id": job_collection_id,
                "job_id": job_id,
                "odata_filter": odata_filter,
                "skip": skip,
                "top": top,
            },
            None,
        )

    def update_job_state(
        self,
        cloud_service_id: str,
        job_collection_id: str,
        job_id: str,
        job_state: Any,
    ) -> Any:
        """Enables or disables a job; returns the job (the decoded JSON).

        ``/{subscription_id}/cloudservices/{cloud_service_id}/resources/scheduler/~/jobCollections/{job_collection_id}/jobs/{job_id}``
        (PATCH, x-ms-version 2014-10-01).

        Args:
            job_state: {"state": "Enabled" | "Disabled" | "Faulted" | "Completed",
                "stateDetails": optional text}.
        """
        return self._call(
            UPDATE_JOB_STATE,
            {
                "cloud_service_id": cloud_service_id,
                "job_collection_id": job_collection_id,
                "job_id": job_id,
                "job_state": job_state,
            },
            encode_json(job_state),
        )

    def update_job_collection_state(
        self,
        cloud_service_id: str,
        job_collection_id: str,
        job_state: Any,
    ) -> Any:
        """Enables or disables every job of a job collection; returns the jobs (the decoded
        JSON).

        ``/{subscription_id}/cloudservices/{cloud_service_id}/resources/scheduler/~/jobCollections/{job_collection_id}/jobs``
        (PATCH, x-ms-version 2014-10-01).

        Args:
            job_state: {"state": "Enabled" or "Disabled"}, applied to every job.
        """
        return self._call(
            UPDATE_JOB_COLLECTION_STATE,
            {
                "cloud_service_id": cloud_service_id,
                "job_collection_id": job_collection_id,
                "job_state": job_state,
            },
            encode_json(job_state),
        )

    def get_resource_provider_properties(
        self,
    ) -> ResourceProviderProperties:
        """Returns the Scheduler resource provider's properties (e.g. the plans and regions it
        offers).

        ``/{subscription_id}/resourceproviders/scheduler/Properties``
        (GET, x-ms-version 2014-10-01).
        """
        return self._call(
            GET_RESOURCE_PROVIDER_PROPERTIES,
            {},
            None,
        )
