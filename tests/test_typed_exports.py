"""What type checkers see of the package (it ships py.typed): user code that imports
and uses it runs mypy --strict cleanly, through either package name."""

from __future__ import annotations

import textwrap
from pathlib import Path

import servicemanagement
from mypy import api


def _strict_mypy(directory: Path) -> tuple[int, str]:
    stdout, stderr, status = api.run(
        [
            "--strict",
            "--config-file=",
            "--no-incremental",
            "--python-version=3.11",
            f"--cache-dir={directory / 'cache'}",
            str(directory),
        ]
    )
    return status, stdout + stderr


def test_every_public_name_is_exported_to_type_checkers(tmp_path: Path) -> None:
    # Read at runtime: type checkers are shown no __all__ (see servicemanagement/__init__.py).
    names = sorted(vars(servicemanagement)["__all__"])
    uses = "".join(f"{name}\n" for name in names)
    for package in ("servicemanagement", "azure.servicemanagement"):
        imports = "".join(f"from {package} import {name} as {name}\n" for name in names)
        (tmp_path / f"explicit_{package.replace('.', '_')}.py").write_text(imports + uses)
        (tmp_path / f"star_{package.replace('.', '_')}.py").write_text(
            f"from {package} import *  # noqa: F403\n{uses}"
        )
    status, output = _strict_mypy(tmp_path)
    assert status == 0, output


def test_a_client_used_as_a_context_manager_keeps_its_class(tmp_path: Path) -> None:
    (tmp_path / "usage.py").write_text(
        textwrap.dedent(
            """
            from servicemanagement import Locations, ServiceManagementService

            def locations() -> Locations:
                with ServiceManagementService("sub", credential="token") as sms:
                    return sms.list_locations()
            """
        )
    )
    status, output = _strict_mypy(tmp_path)
    assert status == 0, output
