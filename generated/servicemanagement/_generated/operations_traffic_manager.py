# Generated from spec/operations/traffic_manager.yaml by `make generate`; do not edit.
"""Operations of the traffic_manager area: one ``OperationSpec`` constant and one method each."""

from __future__ import annotations

from typing import TYPE_CHECKING

from servicemanagement._operations_base import OperationsBase, given
from servicemanagement._schema import OperationSpec, ParamSpec

# Models are imported by the methods that make them (a client class loads no model module).
if TYPE_CHECKING:
    from servicemanagement._generated.models_storage import AvailabilityResponse
    from servicemanagement._generated.models_traffic_manager import (
        TrafficManagerDefinition,
        TrafficManagerDefinitions,
        TrafficManagerProfile,
        TrafficManagerProfiles,
    )

CHECK_TRAFFIC_MANAGER_PROFILE_DNS_PREFIX_AVAILABILITY = OperationSpec(
    name="check_traffic_manager_profile_dns_prefix_availability",
    client="ServiceManagementService",
    method="GET",
    path="/{subscription_id}/services/WATM/operations/isavailable/{dns_name}",
    x_ms_version="2011-10-01",
    params=(ParamSpec("dns_name", "path", required=True),),
    fixed_query=(),
    request_type=None,
    response_type="AvailabilityResponse",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Tells whether a Traffic Manager DNS name is free.",
)

CREATE_TRAFFIC_MANAGER_PROFILE = OperationSpec(
    name="create_traffic_manager_profile",
    client="ServiceManagementService",
    method="POST",
    path="/{subscription_id}/services/WATM/profiles",
    x_ms_version="2011-10-01",
    params=(
        ParamSpec("profile_name", "body", required=True),
        ParamSpec("domain_name", "body", required=True),
    ),
    fixed_query=(),
    request_type="TrafficManagerProfile",
    response_type=None,
    statuses=(200,),
    is_async=False,
    content_type="application/xml",
    doc="Creates a Traffic Manager profile (with no definition yet).",
)

DELETE_TRAFFIC_MANAGER_PROFILE = OperationSpec(
    name="delete_traffic_manager_profile",
    client="ServiceManagementService",
    method="DELETE",
    path="/{subscription_id}/services/WATM/profiles/{profile_name}",
    x_ms_version="2011-10-01",
    params=(ParamSpec("profile_name", "path", required=True),),
    fixed_query=(),
    request_type=None,
    response_type=None,
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Deletes a Traffic Manager profile and its definitions.",
)

GET_TRAFFIC_MANAGER_PROFILE = OperationSpec(
    name="get_traffic_manager_profile",
    client="ServiceManagementService",
    method="GET",
    path="/{subscription_id}/services/WATM/profiles/{profile_name}",
    x_ms_version="2011-10-01",
    params=(ParamSpec("profile_name", "path", required=True),),
    fixed_query=(),
    request_type=None,
    response_type="TrafficManagerProfile",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Returns a Traffic Manager profile.",
)

LIST_TRAFFIC_MANAGER_PROFILE = OperationSpec(
    name="list_traffic_manager_profile",
    client="ServiceManagementService",
    method="GET",
    path="/{subscription_id}/services/WATM/profiles",
    x_ms_version="2011-10-01",
    params=(),
    fixed_query=(),
    request_type=None,
    response_type="TrafficManagerProfiles",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Lists the subscription's Traffic Manager profiles.",
)

UPDATE_TRAFFIC_MANAGER_PROFILE = OperationSpec(
    name="update_traffic_manager_profile",
    client="ServiceManagementService",
    method="PUT",
    path="/{subscription_id}/services/WATM/profiles/{profile_name}",
    x_ms_version="2011-10-01",
    params=(
        ParamSpec("profile_name", "path", required=True),
        ParamSpec("status", "body", choices=("Enabled", "Disabled"), required=True),
        ParamSpec("definition_version_number", "body", scalar="int", required=True),
    ),
    fixed_query=(),
    request_type="TrafficManagerProfile",
    response_type=None,
    statuses=(200,),
    is_async=False,
    content_type="application/xml",
    doc="Enables or disables a profile and chooses its definition version.",
)

CREATE_TRAFFIC_MANAGER_DEFINITION = OperationSpec(
    name="create_traffic_manager_definition",
    client="ServiceManagementService",
    method="POST",
    path="/{subscription_id}/services/WATM/profiles/{profile_name}/definitions",
    x_ms_version="2011-10-01",
    params=(
        ParamSpec("profile_name", "path", required=True),
        ParamSpec("definition", "body", type="TrafficManagerDefinition", required=True),
    ),
    fixed_query=(),
    request_type="TrafficManagerDefinition",
    response_type=None,
    statuses=(200,),
    is_async=False,
    content_type="application/xml",
    doc="Adds a definition (a new version) to a profile.",
)

GET_TRAFFIC_MANAGER_DEFINITION = OperationSpec(
    name="get_traffic_manager_definition",
    client="ServiceManagementService",
    method="GET",
    path="/{subscription_id}/services/WATM/profiles/{profile_name}/definitions/1",
    x_ms_version="2011-10-01",
    params=(ParamSpec("profile_name", "path", required=True),),
    fixed_query=(),
    request_type=None,
    response_type="TrafficManagerDefinition",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Returns the definition of a profile.",
)

LIST_TRAFFIC_MANAGER_DEFINITION = OperationSpec(
    name="list_traffic_manager_definition",
    client="ServiceManagementService",
    method="GET",
    path="/{subscription_id}/services/WATM/profiles/{profile_name}/definitions",
    x_ms_version="2011-10-01",
    params=(ParamSpec("profile_name", "path", required=True),),
    fixed_query=(),
    request_type=None,
    response_type="TrafficManagerDefinitions",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Lists the definitions of a profile.",
)


class ServiceManagementServiceTrafficManagerOperations(OperationsBase):
    """The traffic_manager operations of ``ServiceManagementService``."""

    def check_traffic_manager_profile_dns_prefix_availability(
        self,
        dns_name: str,
    ) -> AvailabilityResponse:
        """Tells whether a Traffic Manager DNS name is free.

        ``/{subscription_id}/services/WATM/operations/isavailable/{dns_name}``
        (GET, x-ms-version 2011-10-01).

        Args:
            dns_name: The profile's DNS name (<prefix>.trafficmanager.net).
        """
        return self._call(
            CHECK_TRAFFIC_MANAGER_PROFILE_DNS_PREFIX_AVAILABILITY,
            {
                "dns_name": dns_name,
            },
            None,
        )

    def create_traffic_manager_profile(
        self,
        profile_name: str,
        domain_name: str,
    ) -> None:
        """Creates a Traffic Manager profile (with no definition yet).

        ``/{subscription_id}/services/WATM/profiles``
        (POST, x-ms-version 2011-10-01).

        Args:
            profile_name: The profile's name in the subscription.
            domain_name: Its DNS name (<prefix>.trafficmanager.net).
        """
        from servicemanagement._generated.models_traffic_manager import TrafficManagerProfile

        return self._call(
            CREATE_TRAFFIC_MANAGER_PROFILE,
            {
                "profile_name": profile_name,
                "domain_name": domain_name,
            },
            TrafficManagerProfile(domain_name=domain_name, name=profile_name),
        )

    def delete_traffic_manager_profile(
        self,
        profile_name: str,
    ) -> None:
        """Deletes a Traffic Manager profile and its definitions.

        ``/{subscription_id}/services/WATM/profiles/{profile_name}``
        (DELETE, x-ms-version 2011-10-01).
        """
        return self._call(
            DELETE_TRAFFIC_MANAGER_PROFILE,
            {
                "profile_name": profile_name,
            },
            None,
        )

    def get_traffic_manager_profile(
        self,
        profile_name: str,
    ) -> TrafficManagerProfile:
        """Returns a Traffic Manager profile.

        ``/{subscription_id}/services/WATM/profiles/{profile_name}``
        (GET, x-ms-version 2011-10-01).
        """
        return self._call(
            GET_TRAFFIC_MANAGER_PROFILE,
            {
                "profile_name": profile_name,
            },
            None,
        )

    def list_traffic_manager_profile(
        self,
    ) -> TrafficManagerProfiles:
        """Lists the subscription's Traffic Manager profiles.

        ``/{subscription_id}/services/WATM/profiles``
        (GET, x-ms-version 2011-10-01).
        """
        return self._call(
            LIST_TRAFFIC_MANAGER_PROFILE,
            {},
            None,
        )

    def update_traffic_manager_profile(
        self,
        profile_name: str,
        status: str,
        definition_version_number: int,
    ) -> None:
        """Enables or disables a profile and chooses its definition version.

        ``/{subscription_id}/services/WATM/profiles/{profile_name}``
        (PUT, x-ms-version 2011-10-01).

        Args:
            definition_version_number: The definition version to put in force.
        """
        from servicemanagement._generated.models_traffic_manager import (
            TrafficManagerProfile,
            TrafficManagerProfileStatusDetails,
        )

        return self._call(
            UPDATE_TRAFFIC_MANAGER_PROFILE,
            {
                "profile_name": profile_name,
                "status": status,
                "definition_version_number": definition_version_number,
            },
            TrafficManagerProfile(
                status=status,
                status_details=TrafficManagerProfileStatusDetails(
                    enabled_version=definition_version_number
                ),
            ),
        )

    def create_traffic_manager_definition(
        self,
        profile_name: str,
        definition: TrafficManagerDefinition,
    ) -> None:
        """Adds a definition (a new version) to a profile.

        ``/{subscription_id}/services/WATM/profiles/{profile_name}/definitions``
        (POST, x-ms-version 2011-10-01).

        Args:
            definition: DnsOptions and Policy are required.
        """
        from servicemanagement._generated.models_traffic_manager import (
            TrafficManagerDefinition,
            TrafficManagerEndpoint,
            TrafficManagerPolicy,
        )

        return self._call(
            CREATE_TRAFFIC_MANAGER_DEFINITION,
            {
                "profile_name": profile_name,
                "definition": definition,
            },
            TrafficManagerDefinition(
                dns_options=given(definition, "dns_options"),
                monitors=given(definition, "monitors"),
                policy=TrafficManagerPolicy(
                    load_balancing_method=given(
                        given(definition, "policy"), "load_balancing_method"
                    ),
                    endpoints=(
                        [
                            TrafficManagerEndpoint(
                                domain_name=given(endpoint, "domain_name"),
                                status=given(endpoint, "status"),
                                type=given(endpoint, "type"),
                                location=given(endpoint, "location"),
                                weight=given(endpoint, "weight"),
                                min_child_endpoints=given(endpoint, "min_child_endpoints"),
                            )
                            for endpoint in (given(given(definition, "policy"), "endpoints") or ())
                        ]
                        if given(given(definition, "policy"), "endpoints")
                        else None
                    ),
                ),
            ),
        )

    def get_traffic_manager_definition(
        self,
        profile_name: str,
    ) -> TrafficManagerDefinition:
        """Returns the definition of a profile.

        ``/{subscription_id}/services/WATM/profiles/{profile_name}/definitions/1``
        (GET, x-ms-version 2011-10-01).
        """
        return self._call(
            GET_TRAFFIC_MANAGER_DEFINITION,
            {
                "profile_name": profile_name,
            },
            None,
        )

    def list_traffic_manager_definition(
        self,
        profile_name: str,
    ) -> TrafficManagerDefinitions:
        """Lists the definitions of a profile.

        ``/{subscription_id}/services/WATM/profiles/{profile_name}/definitions``
        (GET, x-ms-version 2011-10-01).
        """
        return self._call(
            LIST_TRAFFIC_MANAGER_DEFINITION,
            {
                "profile_name": profile_name,
            },
            None,
        )
