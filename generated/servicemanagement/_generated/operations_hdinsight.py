# Generated from spec/operations/hdinsight.yaml by `make generate`; do not edit.
"""Operations of the hdinsight area: one ``OperationSpec`` constant and one method each."""

from __future__ import annotations

from typing import TYPE_CHECKING

from servicemanagement._operations_base import OperationsBase
from servicemanagement._schema import OperationSpec, ParamSpec

# Models are imported by the methods that make them (a client class loads no model module).
if TYPE_CHECKING:
    from servicemanagement._generated.models_hdinsight import (
        HDInsightClusterResponse,
        HDInsightIaasClusterResponse,
    )
    from servicemanagement.results import AsynchronousOperationResult

CREATE_HDINSIGHT_CLUSTER = OperationSpec(
    name="create_hdinsight_cluster",
    client="ServiceManagementService",
    method="PUT",
    path="/{subscription_id}/cloudservices/{cloud_service_name}/resources/HDInsight/clusters/{cluster_name}",
    x_ms_version="2012-08-01",
    params=(
        ParamSpec("cloud_service_name", "path", required=True),
        ParamSpec("cluster_name", "path", required=True),
        ParamSpec("payload", "body", required=True),
    ),
    fixed_query=(),
    request_type="text",
    response_type=None,
    statuses=(200, 202),
    is_async=True,
    content_type="application/xml",
    doc="Creates a classic HDInsight cluster.",
)

CREATE_HDINSIGHT_IAAS_CLUSTER = OperationSpec(
    name="create_hdinsight_iaas_cluster",
    client="ServiceManagementService",
    method="PUT",
    path="/{subscription_id}/cloudservices/{cloud_service_name}/resources/HDInsight/iaasclusters/{cluster_name}",
    x_ms_version="2012-08-01",
    params=(
        ParamSpec("cloud_service_name", "path", required=True),
        ParamSpec("cluster_name", "path", required=True),
        ParamSpec("payload", "body", required=True),
    ),
    fixed_query=(),
    request_type="text",
    response_type=None,
    statuses=(200, 202),
    is_async=True,
    content_type="application/xml",
    doc="Creates an HDInsight cluster on virtual machines (IaaS).",
)

DELETE_HDINSIGHT_CLUSTER = OperationSpec(
    name="delete_hdinsight_cluster",
    client="ServiceManagementService",
    method="DELETE",
    path="/{subscription_id}/cloudservices/{cloud_service_name}/resources/hdinsight/clusters/{cluster_name}",
    x_ms_version="2012-08-01",
    params=(
        ParamSpec("cloud_service_name", "path", required=True),
        ParamSpec("cluster_name", "path", required=True),
    ),
    fixed_query=(),
    request_type=None,
    response_type=None,
    statuses=(200, 202),
    is_async=True,
    content_type=None,
    doc="Deletes a classic HDInsight cluster.",
)

DELETE_HDINSIGHT_IAAS_CLUSTER = OperationSpec(
    name="delete_hdinsight_iaas_cluster",
    client="ServiceManagementService",
    method="DELETE",
    path="/{subscription_id}/cloudservices/{cloud_service_name}/resources/hdinsight/iaasclusters/{cluster_name}",
    x_ms_version="2012-08-01",
    params=(
        ParamSpec("cloud_service_name", "path", required=True),
        ParamSpec("cluster_name", "path", required=True),
    ),
    fixed_query=(),
    request_type=None,
    response_type=None,
    statuses=(200, 202),
    is_async=True,
    content_type=None,
    doc="Deletes an HDInsight cluster on virtual machines (IaaS).",
)

GET_HDINSIGHT_CLUSTER = OperationSpec(
    name="get_hdinsight_cluster",
    client="ServiceManagementService",
    method="GET",
    path="/{subscription_id}/cloudservices/{cloud_service_name}/resources/hdinsight/~/clusters/{cluster_name}",
    x_ms_version="2012-08-01",
    params=(
        ParamSpec("cloud_service_name", "path", required=True),
        ParamSpec("cluster_name", "path", required=True),
    ),
    fixed_query=(),
    request_type=None,
    response_type="HDInsightClusterResponse",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Returns a classic HDInsight cluster.",
)

GET_HDINSIGHT_IAAS_CLUSTER = OperationSpec(
    name="get_hdinsight_iaas_cluster",
    client="ServiceManagementService",
    method="GET",
    path="/{subscription_id}/cloudservices/{cloud_service_name}/resources/hdinsight/~/iaasclusters/{cluster_name}",
    x_ms_version="2012-08-01",
    params=(
        ParamSpec("cloud_service_name", "path", required=True),
        ParamSpec("cluster_name", "path", required=True),
    ),
    fixed_query=(),
    request_type=None,
    response_type="HDInsightIaasClusterResponse",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Returns an HDInsight cluster on virtual machines (IaaS).",
)


class ServiceManagementServiceHdinsightOperations(OperationsBase):
    """The hdinsight operations of ``ServiceManagementService``."""

    def create_hdinsight_cluster(
        self,
        cloud_service_name: str,
        cluster_name: str,
        payload: str,
    ) -> AsynchronousOperationResult:
        """Creates a classic HDInsight cluster.

        ``/{subscription_id}/cloudservices/{cloud_service_name}/resources/HDInsight/clusters/{cluster_name}``
        (PUT, x-ms-version 2012-08-01, asynchronous).

        Args:
            cloud_service_name: The HDInsight cloud service (container) of the region.
            payload: The cluster's creation document (XML) as the HDInsight service expects
                it.
        """
        return self._call(
            CREATE_HDINSIGHT_CLUSTER,
            {
                "cloud_service_name": cloud_service_name,
                "cluster_name": cluster_name,
                "payload": payload,
            },
            payload.encode("utf-8"),
        )

    def create_hdinsight_iaas_cluster(
        self,
        cloud_service_name: str,
        cluster_name: str,
        payload: str,
    ) -> AsynchronousOperationResult:
        """Creates an HDInsight cluster on virtual machines (IaaS).

        ``/{subscription_id}/cloudservices/{cloud_service_name}/resources/HDInsight/iaasclusters/{cluster_name}``
        (PUT, x-ms-version 2012-08-01, asynchronous).

        Args:
            cloud_service_name: The HDInsight cloud service (container) of the region.
            payload: The cluster's creation document (XML) as the HDInsight service expects
                it.
        """
        return self._call(
            CREATE_HDINSIGHT_IAAS_CLUSTER,
            {
                "cloud_service_name": cloud_service_name,
                "cluster_name": cluster_name,
                "payload": payload,
            },
            payload.encode("utf-8"),
        )

    def delete_hdinsight_cluster(
        self,
        cloud_service_name: str,
        cluster_name: str,
    ) -> AsynchronousOperationResult:
        """Deletes a classic HDInsight cluster.

        ``/{subscription_id}/cloudservices/{cloud_service_name}/resources/hdinsight/clusters/{cluster_name}``
        (DELETE, x-ms-version 2012-08-01, asynchronous).

        Args:
            cloud_service_name: The HDInsight cloud service (container) of the region.
        """
        return self._call(
            DELETE_HDINSIGHT_CLUSTER,
            {
                "cloud_service_name": cloud_service_name,
                "cluster_name": cluster_name,
            },
            None,
        )

    def delete_hdinsight_iaas_cluster(
        self,
        cloud_service_name: str,
        cluster_name: str,
    ) -> AsynchronousOperationResult:
        """Deletes an HDInsight cluster on virtual machines (IaaS).

        ``/{subscription_id}/cloudservices/{cloud_service_name}/resources/hdinsight/iaasclusters/{cluster_name}``
        (DELETE, x-ms-version 2012-08-01, asynchronous).

        Args:
            cloud_service_name: The HDInsight cloud service (container) of the region.
        """
        return self._call(
            DELETE_HDINSIGHT_IAAS_CLUSTER,
            {
                "cloud_service_name": cloud_service_name,
                "cluster_name": cluster_name,
            },
            None,
        )

    def get_hdinsight_cluster(
        self,
        cloud_service_name: str,
        cluster_name: str,
    ) -> HDInsightClusterResponse:
        """Returns a classic HDInsight cluster.

        ``/{subscription_id}/cloudservices/{cloud_service_name}/resources/hdinsight/~/clusters/{cluster_name}``
        (GET, x-ms-version 2012-08-01).

        Args:
            cloud_service_name: The HDInsight cloud service (container) of the region.
        """
        return self._call(
            GET_HDINSIGHT_CLUSTER,
            {
                "cloud_service_name": cloud_service_name,
                "cluster_name": cluster_name,
            },
            None,
        )

    def get_hdinsight_iaas_cluster(
        self,
        cloud_service_name: str,
        cluster_name: str,
    ) -> HDInsightIaasClusterResponse:
        """Returns an HDInsight cluster on virtual machines (IaaS).

        ``/{subscription_id}/cloudservices/{cloud_service_name}/resources/hdinsight/~/iaasclusters/{cluster_name}``
        (GET, x-ms-version 2012-08-01).

        Args:
            cloud_service_name: The HDInsight cloud service (container) of the region.
        """
        return self._call(
            GET_HDINSIGHT_IAAS_CLUSTER,
            {
                "cloud_service_name": cloud_service_name,
                "cluster_name": cluster_name,
            },
            None,
        )
