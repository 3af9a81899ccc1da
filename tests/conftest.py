"""Shared fixtures: a test PKI, a replay server over mutual TLS, clients bound to it; an
emulator on a fake clock and a client of it."""

from __future__ import annotations

import sys
from collections.abc import Generator, Iterator, Sequence
from pathlib import Path
from typing import overload

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from cassettes import REPLAYED, SUBSCRIPTION_ID, Interaction, load
from differential import Differential, install
from emulator_support import NO_RETRIES, FakeClock
from fixturetypes import Client, Pki, Replay, Serve
from replayserver import ReplayHandler, ReplayServer, ReplayState
from servicemanagement import ServiceManagementClient, ServiceManagementService
from servicemanagement.emulator import Emulator, pki
from servicemanagement.emulator.tlsserver import running, server_context

install()  # the differential suite: see differential.py


@pytest.fixture(scope="session")
def test_pki(tmp_path_factory: pytest.TempPathFactory) -> Pki:
    directory = tmp_path_factory.mktemp("pki")
    ca = pki.new_ca()
    server = pki.new_server(ca)
    client = pki.new_client(ca)
    (directory / "ca.pem").write_bytes(ca.cert_pem)
    (directory / "server.crt").write_bytes(server.cert_pem)
    (directory / "server.key").write_bytes(server.key_pem)
    return Pki(
        directory,
        ca,
        server,
        client,
        directory / "ca.pem",
        directory / "server.crt",
        directory / "server.key",
        pki.write_pem(directory / "client.pem", client),
    )


@pytest.fixture(scope="session")
def replay_server(test_pki: Pki) -> Iterator[ReplayServer]:
    context = server_context(test_pki.server_cert, test_pki.server_key, test_pki.ca_pem)
    server = ReplayServer(("127.0.0.1", 0), ReplayHandler, context)
    server.state = ReplayState()
    with running(server):
        yield server


_CALL_PASSED = pytest.StashKey[bool]()
_COVERAGE_MODULE = "test_cassette_coverage.py"


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    report = yield
    if report.when == "call":
        item.stash[_CALL_PASSED] = report.passed
    return report


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The cassette coverage check reads what the replays registered: it runs last."""
    items.sort(key=lambda item: item.path.name == _COVERAGE_MODULE)


def _unmet(state: ReplayState) -> list[str]:
    """What the SDK did wrong against the loaded interactions (empty when all were met)."""
    missing = state.expected[state.position :]
    return state.problems + [f"recorded request never made: {i.method} {i.uri}" for i in missing]


@pytest.fixture
def serve(
    replay_server: ReplayServer, test_pki: Pki, request: pytest.FixtureRequest
) -> Iterator[Serve]:
    """``serve(interactions)`` makes the replay server expect exactly these requests.

    It returns a client for the server (``serve(interactions, SqlDatabaseManagementService)``
    for another service class). At teardown (or at the next ``serve`` call) the test fails
    unless every expected request was made, in order, exactly as given.
    """
    clients: list[ServiceManagementClient] = []
    cassettes: list[str] = []
    state = replay_server.state
    differential = Differential(lambda: state.expected[: state.position])

    @overload
    def start(
        interactions: Sequence[Interaction], *, cassette: str | None = None
    ) -> ServiceManagementService: ...

    @overload
    def start(
        interactions: Sequence[Interaction],
        client_class: type[Client],
        *,
        cassette: str | None = None,
    ) -> Client: ...

    def start(
        interactions: Sequence[Interaction],
        client_class: type[ServiceManagementClient] = ServiceManagementService,
        *,
        cassette: str | None = None,
    ) -> ServiceManagementClient:
        if clients:
            problems = _unmet(replay_server.state)
            assert not problems, "\n".join(problems)
        replay_server.state.load(tuple(interactions))
        if cassette:
            cassettes.append(cassette)
        client = client_class(
            SUBSCRIPTION_ID,
            str(test_pki.client_pem),
            host=replay_server.host,
            ca_certs=str(test_pki.ca_pem),
            retry=NO_RETRIES,
        )
        clients.append(client)
        differential.wrap(client)  # every call runs through the legacy package too
        return client

    yield start
    for client in clients:
        client.close()
    problems = _unmet(replay_server.state)
    assert not problems, "\n".join(problems)
    assert not differential.problems, "differs from the legacy package:\n" + "\n".join(
        differential.problems
    )
    if request.node.stash.get(_CALL_PASSED, False):
        REPLAYED.update(cassettes)  # the test passed and every recorded request was met


@pytest.fixture
def replay(serve: Serve) -> Replay:
    """``replay("mgmt_storage.test_x")`` serves that whole cassette (see ``serve``);
    ``replay(name, SqlDatabaseManagementService)`` for another service class."""

    @overload
    def start(name: str) -> ServiceManagementService: ...

    @overload
    def start(name: str, client_class: type[Client]) -> Client: ...

    def start(
        name: str, client_class: type[ServiceManagementClient] = ServiceManagementService
    ) -> ServiceManagementClient:
        return serve(load(f"test_legacy_{name}"), client_class, cassette=name)

    return start


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def emulator(request: pytest.FixtureRequest, clock: FakeClock) -> Iterator[Emulator]:
    """An emulator whose asynchronous operations take the test module's ``DELAY``
    seconds on ``clock``."""
    with Emulator(operation_delay=getattr(request.module, "DELAY", 0.0), clock=clock) as running:
        yield running


@pytest.fixture
def sms(emulator: Emulator) -> ServiceManagementService:
    return emulator.client(retry=NO_RETRIES)
