"""The true outcome of a DELETE that was sent again after its connection broke.

The transport re-sends a DELETE when the connection broke after it was sent (its
``HTTPResponse.resent`` is then True); the first copy may have been carried out, so
an error answer to the second copy may be false. This module reads it:

- **409 naming a running request id** ("...performing an operation with
  x-ms-requestid ID on this deployment that requires exclusive access"): the first
  copy is running. The call returns that operation (``AsynchronousOperationResult``
  with its request id), as the first answer would have.
- **404**: the first copy deleted the resource. The call succeeds: a synchronous
  DELETE returns None; an asynchronous one returns a result whose request id is
  unknown (None) and that reports ``Succeeded`` (``completed=True``).
- Anything else is the answer as it is.

PUT, POST and MERGE are never re-sent once they may have reached the server
(``OutcomeUnknownError``); see ``servicemanagement.transport``.
"""

from __future__ import annotations

import re
from typing import Any

from servicemanagement._schema import OperationSpec
from servicemanagement.errors import AzureHttpError
from servicemanagement.results import AsynchronousOperationResult

#: How Azure names the operation holding a resource in a 409 ``ConflictError``.
_RUNNING = re.compile(r"x-ms-requestid\s+([0-9A-Fa-f]{8}-?(?:[0-9A-Fa-f]{4}-?){3}[0-9A-Fa-f]{12})")


def running_request_id(error: AzureHttpError) -> str | None:
    """The request id a 409 says holds the resource, if it names one."""
    if error.status_code != 409:
        return None
    match = _RUNNING.search(error.message or "")
    return match.group(1) if match else None


def reconcile(operation: OperationSpec, error: AzureHttpError, client: Any) -> tuple[bool, Any]:
    """``(True, result)`` when ``error``, the answer to a re-sent ``operation``, means
    that the first copy succeeded or is running; ``(False, None)`` otherwise."""
    if operation.method != "DELETE":
        return False, None
    running = running_request_id(error)
    if running is not None and operation.is_async:
        return True, AsynchronousOperationResult(running, _client=client)
    if error.status_code == 404:
        done = AsynchronousOperationResult(None, _client=client, completed=True)
        return True, done if operation.is_async else None
    return False, None
