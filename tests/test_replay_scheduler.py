"""Replay: SchedulerManagementService, driven as the legacy tests drove it.

The legacy tests waited with ``wait_for_operation_status`` after every asynchronous
call; the recordings hold those polls, so the replays wait the same way.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest
from cassettes import SUBSCRIPTION_ID
from emulator_support import NO_RETRIES
from fixturetypes import Pki, Replay
from narrow import present
from servicemanagement import CloudService, CloudServices, SchedulerManagementService

JOB_ID = "job_id"


def _scheduler(replay: Replay, name: str) -> SchedulerManagementService:
    return replay(f"mgmt_scheduler.{name}", SchedulerManagementService)


def _wait(ss: SchedulerManagementService, request_id: str | None) -> None:
    assert request_id
    assert ss.wait_for_operation_status(request_id, sleep_interval=0).status == "Succeeded"


def _create_cloud_service(ss: SchedulerManagementService, service_id: str) -> None:
    result = ss.create_cloud_service(service_id, "label", "description", "West Europe")
    _wait(ss, result.request_id)


def _create_job_collection(ss: SchedulerManagementService, service_id: str, coll: str) -> None:
    _wait(ss, ss.create_job_collection(service_id, coll).request_id)


def _job(start: datetime) -> dict[str, Any]:
    """The job the legacy test created; its start time was utcnow() when recorded."""
    return {
        "startTime": start,
        "action": {
            "type": "http",
            "request": {
                "uri": "http://bing.com/",
                "method": "GET",
                "headers": {"Content-Type": "text/plain"},
            },
        },
        "recurrence": {"frequency": "minute", "interval": 30, "count": 10},
        "state": "enabled",
    }


def test_list_cloud_services(replay: Replay) -> None:
    ss = _scheduler(replay, "test_list_cloud_services")
    _create_cloud_service(ss, "cloud_service_22111509")
    services = ss.list_cloud_services()
    assert isinstance(services, CloudServices)
    assert all(isinstance(cs, CloudService) for cs in services)
    created = next(cs for cs in services if cs.name == "cloud_service_22111509")
    assert (created.label, created.description, created.geo_region) == (
        "label",
        "description",
        "West Europe",
    )
    assert len(present(created.resources)) == 0
    with_jobs = next(cs for cs in services if cs.name == "cloud_service_13143466204879")
    collection = present(with_jobs.resources)[0]
    assert collection.intrinsic_settings is not None
    assert collection.operation_status is not None
    assert collection.resource_provider_namespace == "Scheduler"
    assert collection.type == "jobcollections"
    assert collection.name == "job_collection_73143466204879"
    assert collection.e_tag == "edffcd96-929b-4fec-a7b6-9880da3b5029"
    assert collection.intrinsic_settings.plan == "Standard"
    assert (collection.operation_status.type, collection.operation_status.result) == (
        "Create",
        "Succeeded",
    )


def test_get_cloud_service(replay: Replay) -> None:
    ss = _scheduler(replay, "test_get_cloud_service")
    _create_cloud_service(ss, "cloud_service_f74b141a")
    service = ss.get_cloud_service("cloud_service_f74b141a")
    assert service.name == "cloud_service_f74b141a"
    assert service.label == "label"
    assert service.geo_region == "West Europe"
    assert list(present(service.resources)) == []


def test_create_cloud_service(replay: Replay) -> None:
    ss = _scheduler(replay, "test_create_cloud_service")
    _create_cloud_service(ss, "cloud_service_358b154e")


def test_create_job_collection(replay: Replay) -> None:
    ss = _scheduler(replay, "test_create_job_collection")
    _create_cloud_service(ss, "cloud_service_4a6615ad")
    _create_job_collection(ss, "cloud_service_4a6615ad", "job_collection_4a6615ad")


def test_create_job_collection_checks_the_plan(test_pki: Pki) -> None:
    # Nothing listens on the discard port: the check must fail before any request.
    ss = SchedulerManagementService(
        SUBSCRIPTION_ID, str(test_pki.client_pem), host="127.0.0.1:9", retry=NO_RETRIES
    )
    with pytest.raises(ValueError, match="'plan' must be one of Standard, Free"):
        ss.create_job_collection("cs", "coll", plan="Premium")


def test_delete_job_collection(replay: Replay) -> None:
    ss = _scheduler(replay, "test_delete_job_collection")
    _create_cloud_service(ss, "cloud_service_4a4415ac")
    _create_job_collection(ss, "cloud_service_4a4415ac", "job_collection_4a4415ac")
    result = ss.delete_job_collection("cloud_service_4a4415ac", "job_collection_4a4415ac")
    _wait(ss, result.request_id)


def test_get_job_collection(replay: Replay) -> None:
    ss = _scheduler(replay, "test_get_job_collection")
    _create_cloud_service(ss, "cloud_service_b011479")
    _create_job_collection(ss, "cloud_service_b011479", "job_collection_b011479")
    collection = ss.get_job_collection("cloud_service_b011479", "job_collection_b011479")
    assert collection.name == "job_collection_b011479"
    assert collection.state == "Started"
    assert collection.type == "jobcollections"
    assert collection.intrinsic_settings is not None
    assert collection.cloud_service_settings is not None
    assert collection.operation_status is not None
    assert collection.intrinsic_settings.plan == "Standard"
    assert collection.cloud_service_settings.geo_region == "West Europe"
    assert present(collection.operation_status.error).http_code == 200
    assert collection.operation_status.result == "Succeeded"
    assert collection.sub_state is None
    assert collection.promotion_code == ""


def test_create_job(replay: Replay) -> None:
    ss = _scheduler(replay, "test_create_job")
    _create_cloud_service(ss, "cloud_service_730f1122")
    _create_job_collection(ss, "cloud_service_730f1122", "job_collection_730f1122")
    job = _job(datetime(2015, 7, 1, 0, 0, 32, 104381))
    result = ss.create_job("cloud_service_730f1122", "job_collection_730f1122", JOB_ID, job)
    assert result.request_id == "bc99b612149cbd0083ddf50a9012b2bc"
    _wait(ss, result.request_id)


def test_delete_job(replay: Replay) -> None:
    ss = _scheduler(replay, "test_delete_job")
    service, coll = "cloud_service_72f81121", "job_collection_72f81121"
    _create_cloud_service(ss, service)
    _create_job_collection(ss, service, coll)
    job = _job(datetime(2015, 7, 1, 0, 2, 10, 501722))
    _wait(ss, ss.create_job(service, coll, JOB_ID, job).request_id)
    _wait(ss, ss.delete_job(service, coll, JOB_ID).request_id)


def test_get_all_jobs(replay: Replay) -> None:
    ss = _scheduler(replay, "test_get_all_jobs")
    service, coll = "cloud_service_967211f9", "job_collection_967211f9"
    _create_cloud_service(ss, service)
    _create_job_collection(ss, service, coll)
    job = _job(datetime(2015, 7, 1, 0, 1, 54, 344507))
    _wait(ss, ss.create_job(service, coll, JOB_ID, job).request_id)
    jobs = ss.get_all_jobs(service, coll)
    assert len(jobs) == 1
    assert jobs[0]["id"] == JOB_ID
    assert jobs[0]["state"] == "enabled"
    assert jobs[0]["startTime"] == "2015-07-01T00:01:54.344507Z"
    assert jobs[0]["recurrence"] == {"frequency": "minute", "count": 10, "interval": 30}
    assert jobs[0]["status"]["executionCount"] == 0
