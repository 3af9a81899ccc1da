"""Traffic Manager profiles and definitions: requests and documents.

No recording covers them; expected requests and documents are written from the .NET
TrafficManager client's wire format (x-ms-version 2011-10-01, application/xml).
"""

from __future__ import annotations

import pytest
from servicemanagement.models import (
    AvailabilityResponse,
    TrafficManagerDefinition,
    TrafficManagerDefinitions,
    TrafficManagerDnsOptions,
    TrafficManagerEndpoint,
    TrafficManagerHttpOptions,
    TrafficManagerMonitor,
    TrafficManagerPolicy,
    TrafficManagerProfiles,
)
from wirecheck import Cases, Expected, build, document, request_tests
from xmlcompare import xml_difference

VERSION = "2011-10-01"
PROFILES = "services/WATM/profiles"
MONITOR = (
    "<Monitor><IntervalInSeconds>30</IntervalInSeconds><TimeoutInSeconds>10</TimeoutInSeconds>"
    "<ToleratedNumberOfFailures>3</ToleratedNumberOfFailures><Protocol>Http</Protocol>"
    "<Port>80</Port><HttpOptions><Verb>GET</Verb><RelativePath>/health</RelativePath>"
    "<ExpectedStatusCode>200</ExpectedStatusCode></HttpOptions></Monitor>"
)
#: A definition as the service returns it, with what only the service sets.
DEFINITION_ELEMENTS = (
    "<DnsOptions><TimeToLiveInSeconds>300</TimeToLiveInSeconds></DnsOptions>"
    f"<Status>Enabled</Status><Version>1</Version><Monitors>{MONITOR}</Monitors>"
    "<Policy><LoadBalancingMethod>Failover</LoadBalancingMethod><Endpoints>"
    "<Endpoint><DomainName>a.cloudapp.net</DomainName><Status>Enabled</Status>"
    "<Type>CloudService</Type><MonitorStatus>Online</MonitorStatus><Weight>1</Weight></Endpoint>"
    "<Endpoint><DomainName>b.example.com</DomainName><Status>Disabled</Status><Type>Any</Type>"
    "<Location>West US</Location><MonitorStatus>Disabled</MonitorStatus>"
    "<MinChildEndpoints>1</MinChildEndpoints></Endpoint>"
    "</Endpoints><MonitorStatus>Online</MonitorStatus></Policy>"
)
DEFINITION_XML = document("Definition", DEFINITION_ELEMENTS)
#: What creating it sends: the same without Status, Version and MonitorStatus.
CREATE_XML = document(
    "Definition",
    "<DnsOptions><TimeToLiveInSeconds>300</TimeToLiveInSeconds></DnsOptions>"
    f"<Monitors>{MONITOR}</Monitors>"
    "<Policy><LoadBalancingMethod>Failover</LoadBalancingMethod><Endpoints>"
    "<Endpoint><DomainName>a.cloudapp.net</DomainName><Status>Enabled</Status>"
    "<Type>CloudService</Type><Weight>1</Weight></Endpoint>"
    "<Endpoint><DomainName>b.example.com</DomainName><Status>Disabled</Status><Type>Any</Type>"
    "<Location>West US</Location><MinChildEndpoints>1</MinChildEndpoints></Endpoint>"
    "</Endpoints></Policy>",
)

CASES: Cases = {
    "check_traffic_manager_profile_dns_prefix_availability": (
        lambda sms: sms.check_traffic_manager_profile_dns_prefix_availability(
            "x.trafficmanager.net"
        ),
        Expected("GET", "services/WATM/operations/isavailable/x.trafficmanager.net", VERSION),
    ),
    "create_traffic_manager_profile": (
        lambda sms: sms.create_traffic_manager_profile("p1", "p1.trafficmanager.net"),
        Expected(
            "POST",
            PROFILES,
            VERSION,
            body=document(
                "Profile", "<DomainName>p1.trafficmanager.net</DomainName><Name>p1</Name>"
            ),
        ),
    ),
    "delete_traffic_manager_profile": (
        lambda sms: sms.delete_traffic_manager_profile("p1"),
        Expected("DELETE", f"{PROFILES}/p1", VERSION),
    ),
    "get_traffic_manager_profile": (
        lambda sms: sms.get_traffic_manager_profile("p1"),
        Expected("GET", f"{PROFILES}/p1", VERSION),
    ),
    "list_traffic_manager_profile": (
        lambda sms: sms.list_traffic_manager_profile(),
        Expected("GET", PROFILES, VERSION),
    ),
    "update_traffic_manager_profile": (
        lambda sms: sms.update_traffic_manager_profile("p1", "Disabled", 2),
        Expected(
            "PUT",
            f"{PROFILES}/p1",
            VERSION,
            body=document(
                "Profile",
                "<Status>Disabled</Status><StatusDetails><EnabledVersion>2</EnabledVersion>"
                "</StatusDetails>",
            ),
        ),
    ),
    "create_traffic_manager_definition": (
        lambda sms: sms.create_traffic_manager_definition(
            "p1", TrafficManagerDefinition.from_xml(DEFINITION_XML)
        ),
        Expected("POST", f"{PROFILES}/p1/definitions", VERSION, body=CREATE_XML),
    ),
    "get_traffic_manager_definition": (
        lambda sms: sms.get_traffic_manager_definition("p1"),
        Expected("GET", f"{PROFILES}/p1/definitions/1", VERSION),
    ),
    "list_traffic_manager_definition": (
        lambda sms: sms.list_traffic_manager_definition("p1"),
        Expected("GET", f"{PROFILES}/p1/definitions", VERSION),
    ),
}


test_request = request_tests(CASES, "traffic_manager")


def test_a_definition_built_from_scratch_sends_only_what_is_given() -> None:
    definition = TrafficManagerDefinition(
        dns_options=TrafficManagerDnsOptions(time_to_live_in_seconds=30),
        policy=TrafficManagerPolicy(
            load_balancing_method="RoundRobin",
            endpoints=[
                TrafficManagerEndpoint(
                    domain_name="a.azurewebsites.net", status="Enabled", type="AzureWebsite"
                )
            ],
        ),
    )
    body = build(lambda sms: sms.create_traffic_manager_definition("p1", definition)).body
    assert body is not None
    expected = document(
        "Definition",
        "<DnsOptions><TimeToLiveInSeconds>30</TimeToLiveInSeconds></DnsOptions>"
        "<Policy><LoadBalancingMethod>RoundRobin</LoadBalancingMethod><Endpoints><Endpoint>"
        "<DomainName>a.azurewebsites.net</DomainName><Status>Enabled</Status>"
        "<Type>AzureWebsite</Type></Endpoint></Endpoints></Policy>",
    )
    assert xml_difference(expected, body) is None


def test_update_refuses_an_unknown_status() -> None:
    with pytest.raises(ValueError, match="must be one of Enabled, Disabled"):
        build(lambda sms: sms.update_traffic_manager_profile("p1", "On", 1))


def test_definitions_read_monitors_policy_and_service_state() -> None:
    body = document("Definitions", f"<Definition>{DEFINITION_ELEMENTS}</Definition>")
    definitions = TrafficManagerDefinitions.from_xml(body)
    (definition,) = definitions
    assert (definition.status, definition.version) == ("Enabled", 1)
    assert definition.monitors == [
        TrafficManagerMonitor(
            interval_in_seconds=30,
            timeout_in_seconds=10,
            tolerated_number_of_failures=3,
            protocol="Http",
            port=80,
            http_options=TrafficManagerHttpOptions(
                verb="GET", relative_path="/health", expected_status_code=200
            ),
        )
    ]
    assert definition.policy is not None and definition.policy.endpoints is not None
    assert [e.monitor_status for e in definition.policy.endpoints] == ["Online", "Disabled"]
    assert xml_difference(body, definitions.to_xml()) is None


def test_profiles_and_availability_read_back() -> None:
    body = document(
        "Profiles",
        "<Profile><DomainName>p1.trafficmanager.net</DomainName><Name>p1</Name>"
        "<Status>Enabled</Status><StatusDetails><EnabledVersion>1</EnabledVersion></StatusDetails>"
        "<Definitions><Definition><Status>Enabled</Status><Version>1</Version></Definition>"
        "</Definitions></Profile>",
    )
    profiles = TrafficManagerProfiles.from_xml(body)
    assert [p.name for p in profiles] == ["p1"]
    assert profiles[0].definitions is not None
    assert [d.version for d in profiles[0].definitions] == [1]
    assert xml_difference(body, profiles.to_xml()) is None
    taken = AvailabilityResponse.from_xml(
        document("AvailabilityResponse", "<Result>false</Result><Reason>Taken</Reason>")
    )
    assert (taken.result, taken.reason) == (False, "Taken")
