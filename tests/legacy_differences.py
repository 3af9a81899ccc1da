"""Where this package differs from the legacy one on purpose, as the differential suite
(differential.py) sees it. Each entry is in README's "Compatibility with the legacy
package" with its reason, and a test pins it (named in the entry).

A key is ``Class.method`` (``*`` for every method); the pattern is matched against the
difference the suite reports.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Difference:
    key: str
    pattern: str
    reason: str
    test: str

    def matches(self, key: str, problem: str) -> bool:
        return self.key in ("*", key) and re.search(self.pattern, problem) is not None


_NAME_CHECKS = (
    "ServiceManagementService.check_hosted_service_name_availability",
    "ServiceManagementService.check_storage_account_name_availability",
    "ServiceBusManagementService.check_namespace_availability",
)

DIFFERENCES: tuple[Difference, ...] = (
    Difference(
        "*",
        r"^returns.*\.last_modified_time(_utc)?: '",
        "LastModifiedTime is read: legacy looked for an element its name rules spelt"
        " `Last-Modified-Time`, so its value stayed `''`",
        "test_legacy_differences.py::test_last_modified_time_is_read",
    ),
    Difference(
        "ServiceManagementService.get_operation_status",
        r"^returns\.id: '",
        "Operation ID is read: legacy looked for `<Id>`, the service sends `<ID>`",
        "test_legacy_differences.py::test_operation_id_is_read",
    ),
    Difference(
        "*",
        r"^returns.*\.persistent_vm_downtime_info: PersistentVMDowntimeInfo\(",
        "PersistentVMDowntime is read: legacy looked for `<PersistentVMDowntimeInfo>`",
        "test_legacy_differences.py::test_persistent_vm_downtime_is_read",
    ),
    Difference(
        "*",
        r"^refused before sending: ",
        "an argument that breaks the API's documented rules is refused before anything is"
        " sent, with `InvalidArgumentError` (a `ValueError`) or, for a type they do not"
        " allow, `ArgumentTypeError` (a `TypeError`); both are a 400 `AzureHttpError`, as"
        " Azure answered the legacy package",
        "test_validation.py::test_a_refused_argument_is_also_the_400_legacy_code_caught",
    ),
    Difference(
        "ServiceManagementService.list_subscription_operations",
        r"\.operation_parameters: \{.+\} where legacy has \{\}",
        "a subscription operation's OperationParameters are read into its dict: legacy"
        " missed their namespaced Name and Value elements and always read `{}`",
        "test_misc_requests.py::test_list_subscription_operations_one_page",
    ),
    *(
        Difference(
            key,
            r"^returns\.reason: str",
            "an availability check's Reason is its text: the legacy class default `False`"
            " made it a bool and lost the text",
            "test_legacy_differences.py::test_availability_reason_is_text",
        )
        for key in _NAME_CHECKS
    ),
    Difference(
        "*",
        r"^request: body differs: .*/StoredCertificateSettings: element .*DomainJoin",
        "a Windows configuration set sends StoredCertificateSettings before DomainJoin, as the"
        " recorded requests Azure accepted do; legacy 0.20.8 wrote DomainJoin first",
        "test_replay_virtual_machines.py::test_add_update_delete_role_windows",
    ),
)


def documented(key: str, problem: str) -> bool:
    """Whether ``problem`` of the legacy method ``key`` is a documented difference."""
    return any(difference.matches(key, problem) for difference in DIFFERENCES)
