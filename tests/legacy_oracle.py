"""The legacy package itself (azure-servicemanagement-legacy 0.20.8), the oracle of the
differential suite, imported under the name ``legacy_oracle_sms``.

It cannot be installed beside this package: both are ``azure.servicemanagement``. So
``make setup`` installs it with ``pip --target`` into ``.venv/legacy-oracle`` (off the
import path) and this module loads its files under another name; its own imports are
relative, except ``azure.common`` (installed: this package depends on it) and
``requests`` (a test dependency).
"""

from __future__ import annotations

import importlib.util
import sys
import warnings
from pathlib import Path
from types import ModuleType

NAME = "legacy_oracle_sms"
#: Where ``make setup`` installs the pinned legacy package (see the Makefile).
LOCATION = Path(__file__).resolve().parent.parent / ".venv" / "legacy-oracle"


def load() -> ModuleType:
    """The legacy ``azure.servicemanagement`` package, imported once."""
    loaded = sys.modules.get(NAME)
    if loaded is not None:
        return loaded
    package = LOCATION / "azure" / "servicemanagement"
    if not (package / "__init__.py").is_file():
        raise RuntimeError(f"the legacy package is not installed in {LOCATION}: run `make setup`")
    spec = importlib.util.spec_from_file_location(
        NAME, package / "__init__.py", submodule_search_locations=[str(package)]
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[NAME] = module
    try:
        with warnings.catch_warnings():
            # Its docstrings hold invalid escape sequences ('\m'), which compiling reports.
            warnings.simplefilter("ignore", (DeprecationWarning, SyntaxWarning))
            spec.loader.exec_module(module)
    except BaseException:
        del sys.modules[NAME]
        raise
    return module
