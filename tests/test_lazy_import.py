"""What importing the package loads: modules load on first use (servicemanagement._lazy).

Each check runs in a fresh interpreter, since this one has imported everything already.
No timing here: ``make bench`` measures the import against the legacy package's.
"""

from __future__ import annotations

import importlib
import subprocess
import sys
import threading
from pathlib import Path
from types import SimpleNamespace

import pytest

#: Loaded only once a certificate is loaded, a request is sent or XML is read.
DEFERRED = ("cryptography", "urllib3", "ssl", "importlib.metadata", "servicemanagement._xml")
#: Loaded on first use: of a class (servicemanagement._dataclass), a logger, a request's
#: URL, a JSON body or a retry's jitter (servicemanagement._lazy).
ON_FIRST_USE = ("dataclasses", "inspect", "logging", "urllib.parse", "ipaddress", "json", "random")


def loaded_after(statement: str) -> set[str]:
    code = f"import sys\n{statement}\nprint(*sys.modules, sep='\\n')"  # (not json: it is checked)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return set(done.stdout.splitlines())


def deferred_in(modules: set[str]) -> list[str]:
    return sorted(m for m in modules if m in DEFERRED or m.split(".")[0] in DEFERRED)


def test_import_loads_no_generated_module() -> None:
    modules = loaded_after("import servicemanagement")
    assert not [m for m in modules if m.startswith("servicemanagement._generated.")]
    assert deferred_in(modules) == []


def test_the_star_import_gives_every_name_without_the_heavy_dependencies() -> None:
    modules = loaded_after(
        "from azure.servicemanagement import *\n"
        "import servicemanagement\n"
        "assert all(name in globals() for name in servicemanagement.__all__)"
    )
    assert deferred_in(modules) == []
    assert not modules.intersection(ON_FIRST_USE)


def test_a_name_loads_only_its_own_module() -> None:
    modules = loaded_after("from servicemanagement import Location")
    generated = {m for m in modules if m.startswith("servicemanagement._generated.")}
    assert generated == {
        "servicemanagement._generated.models_locations",
        "servicemanagement._generated.namespaces",  # what its schemas are written with
    }


def test_reading_xml_and_loading_a_client_load_what_they_need() -> None:
    modules = loaded_after(
        "from servicemanagement import ServiceManagementService, from_xml\n"
        "from_xml(b'<Locations xmlns=\"http://schemas.microsoft.com/windowsazure\"/>')\n"
        "try:\n"
        "    ServiceManagementService('sub', '/nonexistent.pem')\n"
        "except Exception:\n"
        "    pass\n"
    )
    assert {"servicemanagement._xml", "ssl"} <= modules


def test_a_client_class_loads_its_operations_but_no_model() -> None:
    # The operations import the models they make when they run, and name the others only
    # for type checkers: a script that imports the client pays for no model module.
    modules = loaded_after("from azure.servicemanagement import ServiceManagementService")
    generated = {m for m in modules if m.startswith("servicemanagement._generated.")}
    assert "servicemanagement._generated.operations_hosted_services" in generated
    assert not [m for m in generated if m.startswith("servicemanagement._generated.models_")]


def test_a_name_from_a_module_another_thread_is_importing_waits_for_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # lazy_attributes takes a module straight from sys.modules when it is there; one that
    # is still running in another thread is not complete, so the lookup must wait for it.
    package = tmp_path / "lazy_race_pkg"
    package.mkdir()
    (package / "__init__.py").write_text(
        "from servicemanagement._lazy import lazy_attributes\n"
        "__getattr__, __dir__ = lazy_attributes(__name__, {'VALUE': '.slow'}, globals())\n"
    )
    (package / "slow.py").write_text(
        "import lazy_race_gate\n"
        "lazy_race_gate.started.set()\n"
        "lazy_race_gate.release.wait(10)\n"
        "VALUE = 42\n"
    )
    gate = SimpleNamespace(started=threading.Event(), release=threading.Event())
    monkeypatch.setitem(sys.modules, "lazy_race_gate", gate)
    for name in ("lazy_race_pkg", "lazy_race_pkg.slow"):  # gone again after the test
        monkeypatch.delitem(sys.modules, name, raising=False)
    monkeypatch.syspath_prepend(str(tmp_path))
    importer = threading.Thread(target=importlib.import_module, args=("lazy_race_pkg.slow",))
    importer.start()
    assert gate.started.wait(10)
    found: list[object] = []
    reader = threading.Thread(
        target=lambda: found.append(importlib.import_module("lazy_race_pkg").VALUE)
    )
    reader.start()
    reader.join(0.3)
    assert reader.is_alive()  # waiting for the import, not reading a half-run module
    gate.release.set()
    importer.join(10)
    reader.join(10)
    assert found == [42]
