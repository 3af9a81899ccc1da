"""Scheduler and store add-on operations the legacy package did not have, without recordings.

Requests must be exactly as given (the replay server compares method, path, query,
x-ms-version, content type and body, JSON bodies as JSON values); responses are
hand-written from the documents of the Azure .NET SDK's Scheduler and Store clients.
"""

from __future__ import annotations

import json

from cassettes import SUBSCRIPTION_ID as SUB, Interaction
from exchanges import document, exchange
from fixturetypes import Serve
from requestcapture import capturing, sent
from servicemanagement import SchedulerManagementService

CLOUD = f"/{SUB}/cloudservices/cs"
JOBS = f"{CLOUD}/resources/scheduler/~/jobCollections/jc/jobs"
API = {"api-version": "2014-04-01"}
JSON = "application/json"


def scheduler(serve: Serve, *interactions: Interaction) -> SchedulerManagementService:
    return serve(list(interactions), SchedulerManagementService)


def test_name_availability_and_provider_properties(serve: Serve) -> None:
    properties = document(
        "ResourceProviderProperties",
        "<ResourceProviderProperty><Key>plans</Key><Value>Free,Standard</Value>"
        "</ResourceProviderProperty>",
    )
    client = scheduler(
        serve,
        exchange(
            "GET",
            f"{CLOUD}/resources/scheduler/JobCollections/",
            {"op": "checknameavailability", "resourceName": "jc"},
            response=document(
                "ResourceNameAvailabilityResponse", "<IsAvailable>false</IsAvailable>"
            ),
        ),
        exchange(
            "GET",
            f"/{SUB}/resourceproviders/scheduler/Properties",
            {"resourceType": "JobCollections"},
            response=properties,
        ),
    )

    assert client.check_job_collection_name_availability("cs", "jc").is_available is False
    found = client.get_resource_provider_properties()
    assert [(p.key, p.value) for p in found] == [("plans", "Free,Standard")]


def test_job_calls(serve: Serve) -> None:
    job = {"action": {"type": "http", "request": {"uri": "http://example.com", "method": "GET"}}}
    created = {"id": "5f1e", **job, "state": "enabled"}
    history = [{"jobId": "5f1e", "status": "completed"}]
    client = scheduler(
        serve,
        exchange(
            "POST",
            JOBS,
            API,
            body=json.dumps(job),
            content_type=JSON,
            status=201,
            response=json.dumps(created),
        ),
        exchange(
            "GET", f"{JOBS}/5f1e/history", {**API, "$top": "10"}, response=json.dumps(history)
        ),
        exchange(
            "GET",
            f"{JOBS}/5f1e/history",
            {**API, "$filter": "status eq 'Failed'", "$skip": "5"},
            response="[]",
        ),
        exchange(
            "PATCH",
            f"{JOBS}/5f1e",
            API,
            body=json.dumps({"state": "disabled"}),
            content_type=JSON,
            response=json.dumps({**created, "state": "disabled"}),
        ),
        exchange(
            "PATCH", JOBS, body=json.dumps({"state": "enabled"}), content_type=JSON, response="[]"
        ),
    )

    assert client.create_job_with_generated_id("cs", "jc", job)["id"] == "5f1e"
    assert client.get_job_history("cs", "jc", "5f1e", top=10) == history
    assert (
        client.get_job_history("cs", "jc", "5f1e", odata_filter="status eq 'Failed'", skip=5) == []
    )
    assert client.update_job_state("cs", "jc", "5f1e", {"state": "disabled"})["state"] == "disabled"
    assert client.update_job_collection_state("cs", "jc", {"state": "enabled"}) == []


def test_store_add_ons(serve: Serve) -> None:
    add_on = f"{CLOUD}/resources/Sendgrid/SendGridService/mail"
    client = scheduler(
        serve,
        exchange(
            "PUT",
            add_on,
            body=document("Resource", "<Type>Sendgrid</Type><Plan>free</Plan>"),
            status=202,
            request_id="r1",
        ),
        exchange(
            "PUT",
            add_on,
            body=document(
                "Resource",
                "<Type>Sendgrid</Type><Plan>bronze</Plan><PromotionCode>P1</PromotionCode>",
            ),
            status=202,
        ),
        exchange("DELETE", add_on, status=202),
    )

    assert (
        client.create_store_add_on("cs", "Sendgrid", "SendGridService", "mail", "free").request_id
        == "r1"
    )
    client.update_store_add_on(
        "cs", "Sendgrid", "SendGridService", "mail", "bronze", promotion_code="P1"
    )
    client.delete_store_add_on("cs", "Sendgrid", "SendGridService", "mail")


def test_only_the_add_on_update_sends_if_match() -> None:
    with capturing(SchedulerManagementService)(SUB, credential="not-used") as client:
        update = sent(client.update_store_add_on("cs", "ns", "type", "mail", "bronze"))
        create = sent(client.create_store_add_on("cs", "ns", "type", "mail", "free"))
    assert ("If-Match", "*") in update.headers
    assert "If-Match" not in dict(create.headers)
