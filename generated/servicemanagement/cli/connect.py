"""The client a command runs on: global options, then the profile file, then the
library's own environment variables (``AZURE_SUBSCRIPTION_ID``,
``AZURE_MANAGEMENT_CERTFILE``) and defaults."""

from __future__ import annotations

import importlib
import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from servicemanagement.redaction import redact_body, redact_headers
from servicemanagement.results import HTTPRequest, HTTPResponse

log = logging.getLogger("servicemanagement.cli")

#: Profile keys -> client settings. The emulator's ``connection.json`` is a profile.
PROFILE_KEYS = {
    "subscription_id": "subscription_id",
    "cert": "cert",
    "certificate_path": "cert",
    "cert_password": "cert_password",
    "host": "host",
    "ca_certs": "ca_certs",
    "timeout": "timeout",
}
#: How much of a body a debug log line shows.
_LOGGED_BODY = 4000


class ProfileError(ValueError):
    """A profile file that cannot be read or is not a JSON object of settings."""


@dataclass(frozen=True, slots=True)
class Settings:
    subscription_id: str | None = None
    cert: str | None = None
    cert_password: str | None = None
    host: str | None = None
    ca_certs: str | None = None
    timeout: float | None = None


def read_profile(path: str) -> dict[str, Any]:
    """A JSON object of settings; keys other than ``PROFILE_KEYS`` are ignored (the
    emulator's connection.json also lists its other certificate files)."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise ProfileError(f"cannot read profile {path}: {exc.strerror or exc}") from None
    except ValueError as exc:
        raise ProfileError(f"profile {path} is not valid JSON: {exc}") from None
    if not isinstance(data, dict):
        raise ProfileError(f"profile {path} must be a JSON object")
    settings = {PROFILE_KEYS[k]: v for k, v in data.items() if k in PROFILE_KEYS}
    for key, value in settings.items():
        wanted = (int, float) if key == "timeout" else str
        if not isinstance(value, wanted) or isinstance(value, bool):
            raise ProfileError(f"profile {path}: {key} has the wrong type")
    if "cert" in settings and not Path(settings["cert"]).is_absolute():
        # Relative certificate paths are relative to the profile, not the shell.
        settings["cert"] = str(Path(path).resolve().parent / settings["cert"])
    if "ca_certs" in settings and not Path(settings["ca_certs"]).is_absolute():
        settings["ca_certs"] = str(Path(path).resolve().parent / settings["ca_certs"])
    return settings


def settings(options: dict[str, Any]) -> Settings:
    """Global options over the profile's settings."""
    merged = read_profile(options["profile"]) if options.get("profile") else {}
    merged.update({k: v for k, v in options.items() if v is not None and k in Settings.__slots__})
    return Settings(**merged)


def connect(client: str, config: Settings) -> Any:
    """An instance of the service class ``client`` (only its module is imported)."""
    where = "client" if client == "ServiceManagementService" else "services"
    cls = getattr(importlib.import_module(f"servicemanagement.{where}"), client)
    keywords: dict[str, Any] = {"ca_certs": config.ca_certs, "cert_password": config.cert_password}
    if config.host:
        keywords["host"] = config.host
    if config.timeout is not None:
        keywords["timeout"] = config.timeout
    return cls(config.subscription_id, config.cert, **keywords)


def debug_filter(request: HTTPRequest, send: Callable[[HTTPRequest], HTTPResponse]) -> HTTPResponse:
    """Logs each request and response at DEBUG, secrets redacted."""
    query = "&".join(f"{k}={v}" for k, v in request.query)
    log.debug(
        "> %s https://%s%s%s",
        request.method,
        request.host,
        request.path,
        f"?{query}" if query else "",
    )
    for name, value in redact_headers(request.headers):
        log.debug("> %s: %s", name, value)
    if request.body:
        log.debug("> %s", redact_body(request.body)[:_LOGGED_BODY])
    response = send(request)
    log.debug("< %s %s", response.status, response.message)
    for name, value in redact_headers(response.headers):
        log.debug("< %s: %s", name, value)
    if response.body:
        log.debug("< %s", redact_body(response.body)[:_LOGGED_BODY])
    return response
