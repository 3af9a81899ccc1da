"""Hand-written exchanges for the replay server, for operations no recording covers.

``exchange(...)`` is one expected request (method, path, query, x-ms-version, content
type, body) and the response the server gives it; ``serve([...])`` (conftest) fails the
test unless the client sends exactly that request.
"""

from __future__ import annotations

from urllib.parse import urlencode

from cassettes import Interaction
from wirecheck import WA

ATOM_ENTRY = "application/atom+xml;type=entry;charset=utf-8"


def exchange(
    method: str,
    path: str,
    query: dict[str, str] | None = None,
    *,
    version: str = "2014-10-01",
    body: str = "",
    content_type: str = ATOM_ENTRY,
    status: int = 200,
    response: str = "",
    request_id: str = "0123456789abcdef0123456789abcdef",
) -> Interaction:
    uri = f"https://management.core.windows.net{path}"
    headers = {"x-ms-version": version}
    if body:
        headers["Content-Type"] = content_type
    return Interaction(
        method=method,
        uri=f"{uri}?{urlencode(query)}" if query else uri,
        request_headers=headers,
        request_body=body.encode(),
        status=status,
        reason={200: "OK", 201: "Created", 202: "Accepted", 204: "No Content"}[status],
        response_headers=[("x-ms-request-id", request_id)],
        response_body=response.encode(),
    )


def document(root: str, inner: str, namespace: str = WA) -> str:
    """``<root xmlns=namespace xmlns:i=...>inner</root>``."""
    return (
        f'<{root} xmlns="{namespace}"'
        f' xmlns:i="http://www.w3.org/2001/XMLSchema-instance">{inner}</{root}>'
    )
