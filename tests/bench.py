"""``make bench``: the XML engine against bare ElementTree, both measured in this run.

1. Reading: ``servicemanagement.models.from_xml`` of the recorded ``list_os_images``
   response (an ``Images`` document of 524 OS images, 650 kB) against
   ``xml.etree.ElementTree.fromstring`` of the same bytes. Target: at most 2x.
2. Writing: ``to_xml`` of a ``Deployment`` request with 20 input endpoints (the recorded
   create_virtual_machine_deployment body, its endpoint repeated, read with that
   operation's request type, else ``Deployment``) against
   ``ElementTree.tostring`` of the same element tree, built beforehand.

Not a pytest module (no ``test_`` prefix). Exits non-zero when the spec lacks the types
(``Images``, ``Deployment``) or when they do not reproduce the recorded documents,
since the numbers would then compare different work.
"""

from __future__ import annotations

import copy
import sys
import timeit
from collections.abc import Callable
from pathlib import Path
from xml.etree.ElementTree import Element, fromstring, tostring

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cassettes import load
from servicemanagement._generated import MODEL_TYPES, OPERATIONS
from servicemanagement._xml import XSI_NS, write_element
from servicemanagement.models import from_xml
from xmlcompare import xml_difference

WA = "{http://schemas.microsoft.com/windowsazure}"
ENDPOINTS = 20


def fail(message: str) -> None:
    sys.exit(f"bench: {message}")


def require(name: str) -> None:
    if name not in MODEL_TYPES:
        fail(
            f"the spec has no {name!r} type yet, so the benchmark cannot run"
            f" (types now: {', '.join(sorted(MODEL_TYPES))})"
        )


def seconds_per_call(function: Callable[[], object], minimum: float = 0.5) -> float:
    """Best of five runs, each long enough to be measured."""
    timer = timeit.Timer(function)
    number, _ = timer.autorange()
    number = max(number, int(number * minimum / 0.2))
    return min(timer.repeat(repeat=5, number=number)) / number


def recorded_body(cassette: str, root: str, *, request: bool) -> bytes:
    for interaction in load(cassette):
        body = interaction.request_body if request else interaction.response_body
        if body.lstrip().startswith(f"<{root}".encode()):
            return body
    fail(f"no {root} body in {cassette}")
    raise AssertionError


def deployment_with_endpoints(count: int) -> bytes:
    """The recorded VM deployment request, with ``count`` input endpoints."""
    data = recorded_body(
        "test_legacy_mgmt_misc.test_create_virtual_machine_deployment_linux_remote_source_image",
        "Deployment",
        request=True,
    )
    root = fromstring(data)
    endpoints = root.find(f".//{WA}InputEndpoints")
    if endpoints is None or len(endpoints) == 0:
        fail("the recorded deployment has no input endpoint to repeat")
        raise AssertionError
    template = endpoints[0]
    endpoints.clear()
    for index in range(count):
        endpoint = copy.deepcopy(template)
        for tag, value in (("Name", f"endpoint{index}"), ("Port", str(20000 + index))):
            child = endpoint.find(f"{WA}{tag}")
            if child is not None:
                child.text = value
        endpoints.append(endpoint)
    return tostring(root, encoding="utf-8")


def deployment_request_type() -> str:
    """The body type of create_virtual_machine_deployment if the spec has it, else Deployment."""
    operation = OPERATIONS.get("ServiceManagementService.create_virtual_machine_deployment")
    if operation is not None and operation.request_type is not None:
        return operation.request_type
    return "Deployment"


def report(title: str, ours: float, baseline: float, unit: str = "ms") -> float:
    scale = 1e3 if unit == "ms" else 1e6
    ratio = ours / baseline
    print(f"{title}")
    print(f"  servicemanagement : {ours * scale:9.1f} {unit}/op")
    print(f"  ElementTree       : {baseline * scale:9.1f} {unit}/op")
    print(f"  ratio             : {ratio:9.2f}x")
    return ratio


def main() -> None:
    require("Images")
    images = recorded_body("test_legacy_mgmt_misc.test_list_os_images", "Images", request=False)
    parsed = from_xml(images)
    if type(parsed) is not MODEL_TYPES["Images"]:
        fail(f"the Images document parsed as {type(parsed).__name__}")
    difference = xml_difference(images, parsed.to_xml())
    if difference is not None:
        fail(f"Images does not reproduce the recorded document: {difference}")
    read_ratio = report(
        f"read Images ({len(images) // 1000} kB, {len(parsed)} OS images)",
        seconds_per_call(lambda: from_xml(images)),
        seconds_per_call(lambda: fromstring(images)),
    )

    target = "within" if read_ratio <= 2 else "ABOVE"
    print(f"reading is {target} the 2x target")

    require("Deployment")
    document = deployment_with_endpoints(ENDPOINTS)
    deployment = from_xml(document, type=deployment_request_type())
    difference = xml_difference(document, deployment.to_xml())
    if difference is not None:
        fail(f"Deployment does not reproduce the recorded request: {difference}")
    schema = type(deployment).__schema__
    prebuilt: Element = write_element(deployment, schema.root or "", schema.namespace, None)
    prebuilt.set("xmlns:i", XSI_NS)
    if tostring(prebuilt, encoding="utf-8") != deployment.to_xml():
        fail("the prebuilt tree does not serialize like to_xml")
    report(
        f"write Deployment ({ENDPOINTS} input endpoints, {len(document)} bytes)",
        seconds_per_call(deployment.to_xml),
        seconds_per_call(lambda: tostring(prebuilt, encoding="utf-8")),
        unit="us",
    )


if __name__ == "__main__":
    main()
