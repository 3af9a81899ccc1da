"""The recorded legacy test runs of every client, replayed against the emulator: same
requests, same status codes, and response documents of the same root and shape.

Each cassette's management requests are sent to the emulator in their recorded order,
exactly as the legacy SDK sent them (method, path, query, x-ms-version, body). Names
the service chose (a new SQL server's) are mapped to the emulator's, as request ids
are. Time
follows the recording: the emulator's clock is moved on where the recorded poll of
``operations/{id}`` found the operation finished (the poll is sent with the
emulator's own request id for that call), and where the test polled a resource
(a run of identical reads, sent once). Every answer must have the recorded
status and document root, and every XML answer of hand-written behaviour the shape of
the recorded one (the generic engine answers what it was sent, not what only the
service computes): the same element paths,
as far as the spec knows them (the recorded document is first read and rewritten
through the generated model, which drops elements the spec does not describe; the
order of elements is the spec's in both). Where the recorded
subscription held things the emulator's new one cannot (user images made before the
test, a platform update window...), the difference is listed below with its reason.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from xml.etree.ElementTree import Element

import pytest
from cassettes import SUBSCRIPTION_ID, Interaction, all_names, load, root_name
from emulator_support import FakeClock, raw_request
from servicemanagement import OPERATIONS
from servicemanagement._xml import parse_document
from servicemanagement.emulator import Emulator, engine
from servicemanagement.emulator.dispatch import handler_of
from servicemanagement.emulator.routing import Router, query_pairs
from servicemanagement.models import from_xml

Shape = set[tuple[str, ...]]
Path = tuple[str, ...]

#: Cassettes not replayed, with the reason.
NOT_REPLAYED = {
    "mgmt_misc.test_create_virtual_machine_deployment_linux_vm_image": "it starts from a VM"
    " image the recorded subscription had captured before the test",
}
CASSETTES = [
    name
    for name in (full.removeprefix("test_legacy_") for full in all_names())
    if name not in NOT_REPLAYED
]
#: Resources the recorded subscription held before the tests ran: calls on them are not
#: replayed (a new emulator subscription has none).
PRE_EXISTING = {
    "fakesbnamespace": "a Service Bus namespace made for the tests before they were recorded",
}

#: Element paths recorded answers have and the emulator's lack, with the reason.
RECORDED_ONLY: dict[Path, str] = {
    ("Images", "OSImage", "MediaLink"): "the recorded subscription held user images",
    ("Images", "OSImage", "OSState"): "the recorded subscription held user images",
    **{
        ("VMImages", "VMImage", *path): "the recorded subscription held VM images captured"
        " from its own virtual machines"
        for path in (
            ("ServiceName",),
            ("DeploymentName",),
            ("RoleName",),
            ("RoleStateOnCapture",),
            ("RoleSizeOnCapture",),
            ("OSDiskConfiguration", "MediaLink"),
        )
    },
}

#: The platform update window most recorded deployments carried, and the emulator's do.
_DOWNTIME: dict[Path, str] = {
    (*document, "PersistentVMDowntime", *path): "no platform update window was scheduled"
    " for this deployment when the recording was made"
    for document in (("Deployment",), ("HostedService", "Deployments", "Deployment"))
    for path in ((), ("StartTime",), ("EndTime",), ("Status",))
}

#: Differences in one cassette only (the emulator invents nothing elsewhere).
CASSETTE_ONLY: dict[str, dict[Path, str]] = {
    "mgmt_misc.test_add_role_linux": _DOWNTIME,
    "mgmt_misc.test_add_update_delete_role_windows": _DOWNTIME,
    "mgmt_misc.test_change_deployment_configuration": _DOWNTIME,
    "mgmt_misc.test_create_virtual_machine_deployment_linux_remote_source_image": _DOWNTIME,
    "mgmt_misc.test_delete_deployment_with_vhd": {
        ("Deployment", "RoleInstanceList", "RoleInstance", "RemoteAccessCertificateThumbprint"): (
            "the test deleted the VM before Azure had issued its remote-access certificate"
        )
    },
    "mgmt_misc.test_list_hosted_services": {
        ("HostedServices", "HostedService", "HostedServiceProperties", *path): "the recorded"
        " subscription held services in affinity groups and services without a description"
        for path in (("AffinityGroup",), ("Description", "@nil"))
    },
    "mgmt_storage.test_list_storage_accounts": {
        ("StorageServices", "StorageService", "StorageServiceProperties", *path): "the"
        " recorded subscription held accounts in affinity groups and without a description"
        for path in (("AffinityGroup",), ("Description", "@nil"))
    },
}


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def shape(root: Element) -> Shape:
    """Every element path (and ``@attribute`` path) of a document."""
    result: Shape = set()

    def walk(element: Element, path: Path) -> None:
        result.add(path)
        result.update((*path, f"@{_local(a)}") for a in element.attrib)
        for child in element:
            walk(child, (*path, _local(child.tag)))

    walk(root, (_local(root.tag),))
    return result


_ROUTER = Router(OPERATIONS.values())
_POLL = re.compile(r"/operations/([0-9a-f]{32})$")
#: The emulator's operation delay; polls that found an operation finished move time on.
DELAY = 1.0


def _response_type(interaction: Interaction) -> str | None:
    """The spec type of a recorded answer, from the operation that asked for it."""
    match = _ROUTER.resolve(
        interaction.method, interaction.path, query_pairs(interaction.uri.partition("?")[2]), None
    )
    return match.operation.response_type


def known_shape(interaction: Interaction) -> Shape:
    """The recorded answer's shape, as far as the spec knows it (read and rewritten)."""
    body = interaction.response_body
    type_name = _response_type(interaction) if root_name(body) != "Error" else None
    if type_name is None:
        return shape(parse_document(body))
    return shape(parse_document(from_xml(body, type=type_name).to_xml()))


def _replayed(name: str) -> Iterator[tuple[Interaction, int]]:
    """The cassette's management calls, each with how many identical reads preceded it
    (a polling loop is sent once, its last read); calls on pre-existing resources left out.
    """
    interactions = [
        i for i in load(f"test_legacy_{name}") if not PRE_EXISTING.keys() & set(i.path.split("/"))
    ]
    repeated = 0
    for index, interaction in enumerate(interactions):
        following = interactions[index + 1] if index + 1 < len(interactions) else None
        if (
            following is not None
            and interaction.method == "GET"
            and (following.method, following.uri) == (interaction.method, interaction.uri)
        ):
            repeated += 1
            continue
        yield interaction, repeated
        repeated = 0


def _name_only(body: bytes) -> str | None:
    """The text of a document that is only a name (``<ServerName>x</ServerName>``)."""
    if not body.strip().startswith(b"<"):
        return None
    root = parse_document(body)
    return root.text if len(root) == 0 and root.text else None


def _hand_written(interaction: Interaction) -> bool:
    """Whether hand-written behaviour answered (the engine answers what it was sent, so
    elements only the service computes are compared where code computes them)."""
    match = _ROUTER.resolve(
        interaction.method, interaction.path, query_pairs(interaction.uri.partition("?")[2]), None
    )
    return handler_of(match.operation) is not engine.serve


def _rename(target: str, names: dict[str, str]) -> str:
    path, _, query = target.partition("?")
    segments = [names.get(segment, segment) for segment in path.split("/")]
    return "/".join(segments) + (f"?{query}" if query else "")


@pytest.mark.parametrize("name", CASSETTES)
def test_recorded_calls_get_answers_of_the_recorded_status_root_and_shape(name: str) -> None:
    problems: list[str] = []
    clock = FakeClock()
    request_ids: dict[str, str] = {}
    #: names the service chose (a SQL server's) -> the emulator's for the same call
    names: dict[str, str] = {}
    with Emulator(operation_delay=DELAY, clock=clock) as emulator:
        connection = emulator.connection
        for interaction, repeated in _replayed(name):
            # A test that polled a resource waited; the emulator's time moves on too.
            clock.advance(min(repeated, 3) * DELAY)
            target = interaction.uri.split("management.core.windows.net", 1)[1]
            target = _rename(target.replace(SUBSCRIPTION_ID, connection.subscription_id), names)
            poll = _POLL.search(interaction.path)
            if poll:
                if poll.group(1) not in request_ids:
                    continue  # the poll of a call that was not replayed
                target = target.replace(poll.group(1), request_ids[poll.group(1)])
                if b"<Status>InProgress</Status>" not in interaction.response_body:
                    clock.advance(DELAY)
            answer = raw_request(
                connection,
                interaction.method,
                target,
                body=interaction.request_body or None,
                version=interaction.request_headers.get("x-ms-version"),
            )
            recorded_id = dict(interaction.response_headers).get("x-ms-request-id")
            if recorded_id and "x-ms-request-id" in answer.headers:
                request_ids[recorded_id] = answer.headers["x-ms-request-id"]
            recorded_name, emulated_name = (
                _name_only(interaction.response_body),
                _name_only(answer.body),
            )
            if recorded_name and emulated_name:
                names[recorded_name] = emulated_name
            where = f"{interaction.method} {interaction.path}"
            if answer.status != interaction.status:
                problems.append(
                    f"{where}: status {answer.status} where {interaction.status} was recorded"
                    f" ({answer.body[:300]!r})"
                )
                continue
            recorded_root = root_name(interaction.response_body)
            if root_name(answer.body) != recorded_root:
                problems.append(
                    f"{where}: root {root_name(answer.body)} where {recorded_root} was recorded"
                )
                continue
            if recorded_root is None or not _hand_written(interaction):
                continue
            recorded = known_shape(interaction)
            emulated = shape(parse_document(answer.body))
            allowed = CASSETTE_ONLY.get(name, {}).keys()
            missing = recorded - emulated - RECORDED_ONLY.keys() - allowed
            extra = emulated - recorded - allowed
            problems += [f"{where}: lacks {'/'.join(p)}" for p in sorted(missing)]
            problems += [f"{where}: invents {'/'.join(p)}" for p in sorted(extra)]
    assert not problems, "\n".join(problems)


def test_the_subscription_id_is_scrubbed_in_every_cassette() -> None:
    # The replay swaps the recorded (scrubbed) subscription for the emulator's own.
    for name in CASSETTES:
        for interaction in load(f"test_legacy_{name}"):
            assert (
                re.search(SUBSCRIPTION_ID, interaction.uri) or interaction.path == "/subscriptions"
            )
