"""Shared fixtures: a test PKI, a replay server over mutual TLS, clients bound to it."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from cassettes import SUBSCRIPTION_ID, Interaction, load
from replayserver import ReplayHandler, ReplayServer, ReplayState
from servicemanagement import ServiceManagementService
from servicemanagement.emulator import pki
from servicemanagement.emulator.tlsserver import running, server_context
from servicemanagement.transport import NO_RETRIES


@dataclass(frozen=True)
class Pki:
    """Files of a throw-away PKI: CA, server certificate, a registered client certificate."""

    directory: Path
    ca: pki.Issued
    server: pki.Issued
    client: pki.Issued
    ca_pem: Path
    server_cert: Path
    server_key: Path
    client_pem: Path


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


@pytest.fixture
def serve(
    replay_server: ReplayServer, test_pki: Pki
) -> Iterator[Callable[[Sequence[Interaction]], ServiceManagementService]]:
    """``serve(interactions)`` makes the replay server expect exactly these requests.

    It returns a client for the server. At teardown the test fails unless every
    expected request was made, in order, exactly as given.
    """
    clients: list[ServiceManagementService] = []

    def start(interactions: Sequence[Interaction]) -> ServiceManagementService:
        replay_server.state.load(tuple(interactions))
        client = ServiceManagementService(
            SUBSCRIPTION_ID,
            str(test_pki.client_pem),
            host=replay_server.host,
            ca_certs=str(test_pki.ca_pem),
            retry=NO_RETRIES,
        )
        clients.append(client)
        return client

    yield start
    for client in clients:
        client.close()
    state = replay_server.state
    missing = state.expected[state.position :]
    assert not state.problems, "\n".join(state.problems)
    assert not missing, f"recorded requests never made: {[(i.method, i.path) for i in missing]}"


@pytest.fixture
def replay(
    serve: Callable[[Sequence[Interaction]], ServiceManagementService],
) -> Callable[[str], ServiceManagementService]:
    """``replay("mgmt_storage.test_x")`` serves that whole cassette (see ``serve``)."""
    return lambda name: serve(load(f"test_legacy_{name}"))
