"""Type checkers see every public name: the package ships py.typed, so user code that
imports a model runs mypy --strict cleanly, through either package name."""

from __future__ import annotations

from pathlib import Path

import servicemanagement
from mypy import api


def test_every_public_name_is_exported_to_type_checkers(tmp_path: Path) -> None:
    names = sorted(servicemanagement.__all__)
    uses = "".join(f"{name}\n" for name in names)
    for package in ("servicemanagement", "azure.servicemanagement"):
        imports = "".join(f"from {package} import {name} as {name}\n" for name in names)
        (tmp_path / f"explicit_{package.replace('.', '_')}.py").write_text(imports + uses)
        (tmp_path / f"star_{package.replace('.', '_')}.py").write_text(
            f"from {package} import *  # noqa: F403\n{uses}"
        )
    stdout, stderr, status = api.run(
        [
            "--strict",
            "--config-file=",
            "--no-incremental",
            "--python-version=3.11",
            f"--cache-dir={tmp_path / 'cache'}",
            str(tmp_path),
        ]
    )
    assert status == 0, stdout + stderr
