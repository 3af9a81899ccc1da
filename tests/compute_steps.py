"""Steps the compute replay tests share, each doing what the legacy test helper did.

The legacy suite (test_legacy_mgmt_misc.py) polled in fixed ways: asynchronous
operations until they succeed, deployments until their status is reached, role
instances until their instance status is reached. A replay consumes exactly the
recorded polling requests only if the same conditions end the loops, so they are
reproduced here.
"""

from __future__ import annotations

from cassettes import Interaction, load
from servicemanagement import AsynchronousOperationResult, Deployment, ServiceManagementService
from servicemanagement._request import Request

#: The location the legacy tests created their cloud services in.
LOCATION = "West US"


def wait(sms: ServiceManagementService, result: AsynchronousOperationResult) -> None:
    """Poll an asynchronous operation until it succeeds (legacy ``_wait_for_async``)."""
    assert result.request_id
    operation = sms.wait_for_operation_status(result.request_id, sleep_interval=0)
    assert operation.status == "Succeeded"


def create_hosted_service(
    sms: ServiceManagementService, name: str, extended_properties: dict[str, str]
) -> None:
    """Legacy ``_create_hosted_service``.

    The recordings list the extended properties in the order of the dict of the Python
    that made them, which varies between cassettes; each test passes the recorded order.
    """
    result = sms.create_hosted_service(
        name, name + "label", name + "description", LOCATION, None, extended_properties
    )
    wait(sms, result)


def instance_status(deployment: Deployment, instance_name: str) -> str | None:
    for instance in deployment.role_instance_list or ():
        if instance.instance_name == instance_name:
            return instance.instance_status
    return None


def wait_for_deployment(
    sms: ServiceManagementService, service_name: str, deployment_name: str, status: str = "Running"
) -> Deployment:
    """Get the deployment until it has ``status`` (legacy ``_wait_for_deployment``)."""
    while True:
        deployment = sms.get_deployment_by_name(service_name, deployment_name)
        if deployment.status == status:
            return deployment


def wait_for_role(
    sms: ServiceManagementService,
    service_name: str,
    deployment_name: str,
    instance_name: str,
    status: str = "ReadyRole",
) -> Deployment:
    """Get the deployment until a role instance has ``status`` (legacy ``_wait_for_role``)."""
    while True:
        deployment = sms.get_deployment_by_name(service_name, deployment_name)
        if instance_status(deployment, instance_name) == status:
            return deployment


def replay_foreign_step(
    sms: ServiceManagementService, cassette: str, method: str, path_end: str
) -> Interaction:
    """Send, as recorded, a request of an operation this area does not own.

    The legacy tests also uploaded a service certificate and listed or read OS images;
    those operations belong to other areas of the spec, so here the recorded request
    goes through the client's pipeline unchanged, to reach the steps under test. An
    asynchronous step is then awaited like any other.
    """
    recorded = next(
        i
        for i in load(f"test_legacy_{cassette}")
        if i.method == method and i.path.endswith(path_end)
    )
    headers = tuple(
        (k, v) for k, v in recorded.request_headers.items() if k.lower() in ("x-ms-version",)
    )
    if recorded.request_body:
        headers += (("Content-Type", recorded.request_headers["Content-Type"]),)
    response = sms._send(
        Request(
            method, recorded.path, tuple(recorded.query), headers, recorded.request_body or None
        )
    )
    assert response.status == recorded.status
    request_id = next((v for k, v in response.headers if k.lower() == "x-ms-request-id"), None)
    if response.status == 202 and request_id:
        wait(sms, AsynchronousOperationResult(request_id))
    return recorded
