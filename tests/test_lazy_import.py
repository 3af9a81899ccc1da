"""What importing the package loads: modules load on first use (servicemanagement._lazy).

Each check runs in a fresh interpreter, since this one has imported everything already.
No timing here: ``make bench`` measures the import against the legacy package's.
"""

from __future__ import annotations

import subprocess
import sys

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
