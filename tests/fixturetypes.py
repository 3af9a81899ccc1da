"""Types of conftest's fixtures, for the signatures of the tests that take them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol, TypeVar, overload

from cassettes import Interaction
from servicemanagement import ServiceManagementClient, ServiceManagementService
from servicemanagement.emulator import pki

Client = TypeVar("Client", bound=ServiceManagementClient)


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


class Serve(Protocol):
    """``serve(interactions)``: a ServiceManagementService of the replay server;
    ``serve(interactions, client_class)`` a client of that class."""

    @overload
    def __call__(
        self, interactions: Sequence[Interaction], *, cassette: str | None = None
    ) -> ServiceManagementService: ...

    @overload
    def __call__(
        self,
        interactions: Sequence[Interaction],
        client_class: type[Client],
        *,
        cassette: str | None = None,
    ) -> Client: ...


class Replay(Protocol):
    """``replay(cassette)``: a ServiceManagementService replaying it;
    ``replay(cassette, client_class)`` a client of that class."""

    @overload
    def __call__(self, name: str) -> ServiceManagementService: ...

    @overload
    def __call__(self, name: str, client_class: type[Client]) -> Client: ...
