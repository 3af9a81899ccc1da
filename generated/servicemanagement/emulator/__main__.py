"""``python -m servicemanagement.emulator``: run the emulator until interrupted."""

from __future__ import annotations

import argparse
import logging
import signal
import sys
import threading
from types import FrameType

from servicemanagement.emulator.faults import Fault
from servicemanagement.emulator.server import Emulator


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m servicemanagement.emulator",
        description="A local Azure Service Management endpoint over mutual TLS.",
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (loopback)")
    parser.add_argument("--port", type=int, default=0, help="port (0: any free port)")
    parser.add_argument(
        "--state-dir",
        help="keep certificates, connection.json and state here (state survives restarts);"
        " default: a temporary directory removed at exit",
    )
    parser.add_argument(
        "--operation-delay",
        type=float,
        default=2.0,
        help="seconds asynchronous operations stay InProgress (default 2)",
    )
    parser.add_argument(
        "--fault",
        action="append",
        default=[],
        type=Fault.parse,
        metavar="SPEC",
        help="inject a fault: KIND[:TIMES|*][,seconds=S][,retry_after=N][,operation=NAME],"
        " KIND one of latency, unavailable, reset, truncate (repeatable)",
    )
    parser.add_argument("--allow-remote", action="store_true", help="allow a non-loopback --host")
    parser.add_argument("--verbose", "-v", action="store_true", help="log every request")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.INFO,
        format="%(asctime)s %(name)s %(levelname)s %(message)s",
        stream=sys.stderr,
    )
    try:
        emulator = Emulator(
            args.state_dir,
            host=args.host,
            port=args.port,
            operation_delay=args.operation_delay,
            faults=args.fault,
            allow_remote=args.allow_remote,
        )
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    stop = threading.Event()

    def request_stop(signum: int, frame: FrameType | None) -> None:
        stop.set()

    signal.signal(signal.SIGTERM, request_stop)
    signal.signal(signal.SIGINT, request_stop)
    connection = emulator.start()
    try:
        print(connection.to_json(), flush=True)
        stop.wait()
    finally:
        emulator.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
