# Generated from spec/operations/affinity_groups.yaml by `make generate`; do not edit.
"""Operations of the affinity_groups area: one ``OperationSpec`` constant and one method each."""

from __future__ import annotations

from typing import TYPE_CHECKING

from servicemanagement._operations_base import OperationsBase
from servicemanagement._schema import OperationSpec, ParamSpec

# Models are imported by the methods that make them (a client class loads no model module).
if TYPE_CHECKING:
    from servicemanagement._generated.models_affinity_groups import (
        AffinityGroup,
        AffinityGroups,
    )

LIST_AFFINITY_GROUPS = OperationSpec(
    name="list_affinity_groups",
    client="ServiceManagementService",
    method="GET",
    path="/{subscription_id}/affinitygroups",
    x_ms_version="2014-10-01",
    params=(),
    fixed_query=(),
    request_type=None,
    response_type="AffinityGroups",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Lists the affinity groups of the subscription.",
)

GET_AFFINITY_GROUP_PROPERTIES = OperationSpec(
    name="get_affinity_group_properties",
    client="ServiceManagementService",
    method="GET",
    path="/{subscription_id}/affinitygroups/{affinity_group_name}",
    x_ms_version="2014-10-01",
    params=(ParamSpec("affinity_group_name", "path", required=True),),
    fixed_query=(),
    request_type=None,
    response_type="AffinityGroup",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Returns an affinity group with its hosted services and storage accounts.",
)

CREATE_AFFINITY_GROUP = OperationSpec(
    name="create_affinity_group",
    client="ServiceManagementService",
    method="POST",
    path="/{subscription_id}/affinitygroups",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("name", "body", required=True),
        ParamSpec("label", "body", max_length=100, required=True),
        ParamSpec("location", "body", required=True),
        ParamSpec("description", "body", max_length=1024),
    ),
    fixed_query=(),
    request_type="CreateAffinityGroup",
    response_type=None,
    statuses=(),
    is_async=False,
    content_type=None,
    doc="Creates an affinity group in a location.",
)

UPDATE_AFFINITY_GROUP = OperationSpec(
    name="update_affinity_group",
    client="ServiceManagementService",
    method="PUT",
    path="/{subscription_id}/affinitygroups/{affinity_group_name}",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("affinity_group_name", "path", required=True),
        ParamSpec("label", "body", max_length=100, required=True),
        ParamSpec("description", "body", max_length=1024),
    ),
    fixed_query=(),
    request_type="UpdateAffinityGroup",
    response_type=None,
    statuses=(),
    is_async=False,
    content_type=None,
    doc="Updates an affinity group's label and description.",
)

DELETE_AFFINITY_GROUP = OperationSpec(
    name="delete_affinity_group",
    client="ServiceManagementService",
    method="DELETE",
    path="/{subscription_id}/affinitygroups/{affinity_group_name}",
    x_ms_version="2014-10-01",
    params=(ParamSpec("affinity_group_name", "path", required=True),),
    fixed_query=(),
    request_type=None,
    response_type=None,
    statuses=(),
    is_async=False,
    content_type=None,
    doc="Deletes an affinity group (it must be empty).",
)


class ServiceManagementServiceAffinityGroupsOperations(OperationsBase):
    """The affinity_groups operations of ``ServiceManagementService``."""

    def list_affinity_groups(
        self,
    ) -> AffinityGroups:
        """Lists the affinity groups of the subscription.

        ``/{subscription_id}/affinitygroups``
        (GET, x-ms-version 2014-10-01).
        """
        return self._call(
            LIST_AFFINITY_GROUPS,
            {},
            None,
        )

    def get_affinity_group_properties(
        self,
        affinity_group_name: str,
    ) -> AffinityGroup:
        """Returns an affinity group with its hosted services and storage accounts.

        ``/{subscription_id}/affinitygroups/{affinity_group_name}``
        (GET, x-ms-version 2014-10-01).
        """
        return self._call(
            GET_AFFINITY_GROUP_PROPERTIES,
            {
                "affinity_group_name": affinity_group_name,
            },
            None,
        )

    def create_affinity_group(
        self,
        name: str,
        label: str,
        location: str,
        description: str | None = None,
    ) -> None:
        """Creates an affinity group in a location.

        ``/{subscription_id}/affinitygroups``
        (POST, x-ms-version 2014-10-01).

        Args:
            name: Unique within the subscription.
            label: Sent base64-encoded.
        """
        from servicemanagement._generated.models_affinity_groups import CreateAffinityGroup

        return self._call(
            CREATE_AFFINITY_GROUP,
            {
                "name": name,
                "label": label,
                "location": location,
                "description": description,
            },
            CreateAffinityGroup(name=name, label=label, description=description, location=location),
        )

    def update_affinity_group(
        self,
        affinity_group_name: str,
        label: str,
        description: str | None = None,
    ) -> None:
        """Updates an affinity group's label and description.

        ``/{subscription_id}/affinitygroups/{affinity_group_name}``
        (PUT, x-ms-version 2014-10-01).
        """
        from servicemanagement._generated.models_affinity_groups import UpdateAffinityGroup

        return self._call(
            UPDATE_AFFINITY_GROUP,
            {
                "affinity_group_name": affinity_group_name,
                "label": label,
                "description": description,
            },
            UpdateAffinityGroup(label=label, description=description),
        )

    def delete_affinity_group(
        self,
        affinity_group_name: str,
    ) -> None:
        """Deletes an affinity group (it must be empty).

        ``/{subscription_id}/affinitygroups/{affinity_group_name}``
        (DELETE, x-ms-version 2014-10-01).
        """
        return self._call(
            DELETE_AFFINITY_GROUP,
            {
                "affinity_group_name": affinity_group_name,
            },
            None,
        )
