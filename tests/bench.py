"""``make bench``: the XML engine against bare ElementTree, both measured in this run.

1. Reading: ``servicemanagement.models.from_xml`` of the recorded ``list_os_images``
   response (an ``Images`` document of 524 OS images, 650 kB) against
   ``xml.etree.ElementTree.fromstring`` of the same bytes. Target: at most 2x.
2. Writing: ``to_xml`` of a ``Deployment`` request with 20 input endpoints (the recorded
   create_virtual_machine_deployment body, its endpoint repeated, read with that
   operation's request type) against
   ``ElementTree.tostring`` of the same element tree, built beforehand.

Not a pytest module (no ``test_`` prefix); tests/test_bench_workloads.py checks, without
timing anything, that both workloads run and do the same work as their baselines.
Exits non-zero when the types do not reproduce the recorded documents, since the
numbers would then compare different work.
"""

from __future__ import annotations

import copy
import sys
import timeit
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar
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


def report(title: str, ours: float, baseline: float, unit: str = "ms") -> float:
    scale = 1e3 if unit == "ms" else 1e6
    ratio = ours / baseline
    print(f"{title}")
    print(f"  servicemanagement : {ours * scale:9.1f} {unit}/op")
    print(f"  ElementTree       : {baseline * scale:9.1f} {unit}/op")
    print(f"  ratio             : {ratio:9.2f}x")
    return ratio


Ours = TypeVar("Ours")
Baseline = TypeVar("Baseline")
#: A title, our call and the baseline call doing the same work.
Workload = tuple[str, Callable[[], Ours], Callable[[], Baseline]]


def read_workload() -> Workload[object, Element]:
    """Reading the recorded Images document: ours and bare ElementTree."""
    require("Images")
    images = recorded_body("test_legacy_mgmt_misc.test_list_os_images", "Images", request=False)
    parsed = from_xml(images)
    if type(parsed) is not MODEL_TYPES["Images"]:
        fail(f"the Images document parsed as {type(parsed).__name__}")
    difference = xml_difference(images, parsed.to_xml())
    if difference is not None:
        fail(f"Images does not reproduce the recorded document: {difference}")
    return (
        f"read Images ({len(images) // 1000} kB, {len(parsed)} OS images)",
        lambda: from_xml(images),
        lambda: fromstring(images),
    )


def write_workload() -> Workload[bytes, bytes]:
    """Writing a VM deployment body with ENDPOINTS endpoints: ours and a prebuilt tree."""
    document = deployment_with_endpoints(ENDPOINTS)
    request_type = OPERATIONS["create_virtual_machine_deployment"].request_type or ""
    require(request_type)
    deployment = from_xml(document, type=request_type)
    difference = xml_difference(document, deployment.to_xml())
    if difference is not None:
        fail(f"{request_type} does not reproduce the recorded request: {difference}")
    schema = type(deployment).__schema__
    prebuilt: Element = write_element(deployment, schema.root or "", schema.namespace, None)
    prebuilt.set("xmlns:i", XSI_NS)
    if tostring(prebuilt, encoding="utf-8") != deployment.to_xml():
        fail("the prebuilt tree does not serialize like to_xml")
    return (
        f"write Deployment ({ENDPOINTS} input endpoints, {len(document)} bytes)",
        deployment.to_xml,
        lambda: tostring(prebuilt, encoding="utf-8"),
    )


def main() -> None:
    title, ours, baseline = read_workload()
    read_ratio = report(title, seconds_per_call(ours), seconds_per_call(baseline))
    target = "within" if read_ratio <= 2 else "ABOVE"
    print(f"reading is {target} the 2x target")
    title, write, write_baseline = write_workload()
    report(title, seconds_per_call(write), seconds_per_call(write_baseline), unit="us")
    bench_emulator_throughput()


# ---- emulator throughput ---------------------------------------------------


def bench_emulator_throughput() -> None:
    """Small keep-alive GETs per second against the emulator in its own process: one
    client thread, 4 client processes, 16 threads sharing one client, and the legacy
    client (``BENCH_LEGACY_SITE``: a directory the legacy package was installed into
    with ``pip install --target``). Goals: >= 1,000/s from one thread, scaling with 4
    clients, ours >= 1.5x legacy. Each worker process prints the requests per second
    it saw; the emulator is started the way users start it (``-m``)."""
    import json
    import os
    import subprocess
    import tempfile

    worker_code = """
import json, sys, time
from concurrent.futures import ThreadPoolExecutor
connection, client, count, threads, legacy_site = json.loads(sys.argv[1])
if client == "legacy":
    sys.path.insert(0, legacy_site)
    import azure.servicemanagement as legacy
    if not legacy_site or not (legacy.__file__ or "").startswith(legacy_site):
        sys.exit("the legacy package is not installed (set BENCH_LEGACY_SITE)")
    import requests
    session = requests.Session()
    session.cert = connection["certificate_path"]
    session.verify = connection["ca_certs"]
    session.trust_env = False  # REQUESTS_CA_BUNDLE would win over verify
    sms = legacy.ServiceManagementService(
        connection["subscription_id"], connection["certificate_path"],
        host=connection["host"], request_session=session,
    )
else:
    from servicemanagement import ServiceManagementService
    sms = ServiceManagementService(
        connection["subscription_id"], connection["certificate_path"],
        host=connection["host"], ca_certs=connection["ca_certs"],
    )
sms.list_affinity_groups()  # connect (TLS handshake) before the clock starts
def work(n):
    for _ in range(n):
        sms.list_affinity_groups()
started = time.perf_counter()
with ThreadPoolExecutor(threads) as pool:
    list(pool.map(work, [count // threads] * threads))
print(count / (time.perf_counter() - started))
"""

    def rate(client: str, count: int, processes: int, threads: int = 1) -> float | None:
        """Requests per second of ``processes`` workers together (None: unavailable)."""
        legacy_site = os.environ.get("BENCH_LEGACY_SITE", "")
        argument = json.dumps([connection, client, count, threads, legacy_site])
        workers = [
            subprocess.Popen(
                [sys.executable, "-c", worker_code, argument],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for _ in range(processes)
        ]
        results = [worker.communicate(timeout=600) for worker in workers]
        failed = [
            err for worker, (_, err) in zip(workers, results, strict=True) if worker.returncode
        ]
        if failed:
            print(f"  ({client} client unavailable: {failed[0].strip().splitlines()[-1:]})")
            return None
        return sum(float(out) for out, _ in results)

    with tempfile.TemporaryDirectory(prefix="bench-emulator-") as state:
        emulator = subprocess.Popen(
            [sys.executable, "-m", "servicemanagement.emulator", "--state-dir", state],
            stdout=subprocess.PIPE,
            text=True,
        )
        try:
            assert emulator.stdout is not None
            printed = ""
            while not printed.endswith("}\n"):  # the connection, as JSON over lines
                printed += emulator.stdout.readline()
            connection = json.loads(printed)
            one = rate("ours", 2000, 1)
            four = rate("ours", 1000, 4)
            shared = rate("ours", 2000, 1, threads=16)
            legacy = rate("legacy", 1000, 1)
        finally:
            emulator.terminate()
            emulator.wait(10)
    print("emulator throughput (small keep-alive GETs, emulator in its own process)")
    if one is not None:
        print(f"  1 client thread      : {one:7.0f} req/s   (goal >= 1000)")
    if one is not None and four is not None:
        print(f"  4 client processes   : {four:7.0f} req/s   ({four / one:.2f}x one; goal: scales)")
    if shared is not None:
        print(f"  16 threads, 1 client : {shared:7.0f} req/s")
    if one is not None and legacy is not None:
        ratio = one / legacy
        print(f"  legacy, 1 thread     : {legacy:7.0f} req/s   (ours {ratio:.2f}x; goal >= 1.5x)")


if __name__ == "__main__":
    main()
