"""The public models: every generated model class, plus ``from_xml``."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

from servicemanagement import _generated
from servicemanagement._generated import MODEL_TYPES, OPERATIONS, ROOTS
from servicemanagement._lazy import lazy_attributes
from servicemanagement._model import Model as Model
from servicemanagement.errors import XmlError

if TYPE_CHECKING:
    from servicemanagement._generated import *  # noqa: F403 - the generated models are the public ones
    from servicemanagement.errors import (
        AzureAsyncOperationHttpError as AzureAsyncOperationHttpError,
    )
    from servicemanagement.results import (
        AsynchronousOperationResult as AsynchronousOperationResult,
        HTTPRequest as HTTPRequest,
        HTTPResponse as HTTPResponse,
        OperationProgress as OperationProgress,
    )

    #: The legacy name of the Atom feed model (the feeds Service Bus lists things in).
    Feed = AtomFeed  # noqa: F405

_ModelClass = type[Model]

#: The legacy name of the base class of every model.
WindowsAzureData = Model


def from_xml(data: bytes | str, type: str | _ModelClass | None = None) -> Any:  # noqa: A002
    """The model for a whole document, chosen by its root element (namespace + name).

    Where several types share a root element, the one whose fields explain most of the
    document's children is read (a response model before a request model on a tie);
    ``type`` (a class or its name) chooses precisely.
    """
    from servicemanagement._xml import collector_paused

    return collector_paused(_from_xml, data, type)


def _from_xml(data: bytes | str, type: str | _ModelClass | None) -> Any:  # noqa: A002
    from servicemanagement._xml import parse_document, read_document, read_element

    root = parse_document(data)
    if type is not None:
        if isinstance(type, str) and type not in MODEL_TYPES:
            raise XmlError(f"no model type is called {type!r}")
        cls: _ModelClass = MODEL_TYPES[type] if isinstance(type, str) else type
        return read_document(cls, root)
    candidates = ROOTS.get(root.tag)
    if not candidates:
        raise XmlError(f"no model has the document root {root.tag}")
    chosen = candidates[0] if len(candidates) == 1 else max(candidates, key=lambda n: _fit(n, root))
    return read_element(MODEL_TYPES[chosen], root)


@functools.cache
def _responses() -> frozenset[str | None]:
    """Types some operation answers with: on a tie, a document is rather a response.
    Computed at the first shared root read, as it loads every operation module."""
    return frozenset(operation.response_type for operation in OPERATIONS.values())


def _fit(name: str, root: Any) -> tuple[int, bool]:
    from servicemanagement._xml import explained_children

    return explained_children(MODEL_TYPES[name], root), name in _responses()


# Type checkers read only a literal ``__all__`` and would then hide every generated model;
# without one they take the names re-exported above (``import *`` and ``import X as X``).
if not TYPE_CHECKING:
    _RESULTS = (
        "AsynchronousOperationResult",
        "HTTPRequest",
        "HTTPResponse",
        "OperationProgress",
    )
    _get, __dir__ = lazy_attributes(
        __name__,
        {
            **MODEL_TYPES.modules(),
            **dict.fromkeys(_RESULTS, "servicemanagement.results"),
            # Where the legacy package defined it (azure.servicemanagement.models is this).
            "AzureAsyncOperationHttpError": "servicemanagement.errors",
        },
        globals(),
    )

    def __getattr__(name: str) -> object:
        if name == "Feed":  # the legacy name of the Atom feed model (Service Bus feeds)
            return _get("AtomFeed")
        return _get(name)

    __all__ = [
        # Model classes only: a model may be called ``...Operations`` (SubscriptionOperations),
        # so the operation mixins are left out by what they are, not by their name.
        *[n for n in _generated.__all__ if n in MODEL_TYPES],
        *_RESULTS,
        "AzureAsyncOperationHttpError",
        "Feed",
        "Model",
        "WindowsAzureData",
        "from_xml",
    ]
