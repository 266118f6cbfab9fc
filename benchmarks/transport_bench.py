"""CPU cost per RPC of the transport, on asyncio and on trio, against raw grpcio.

Runs sequential ``DescribeNamespace`` calls against a dev server and prints
the process CPU time (all threads, so grpcio's channel thread counts) and the
wall time per call::

    python benchmarks/transport_bench.py                  # starts a dev server
    python benchmarks/transport_bench.py --target 127.0.0.1:7233 --calls 500

A started dev server gets its rate limits raised; against your own server keep
``--calls`` below its namespace RPS limit (2400/s by default).
"""

from __future__ import annotations

import argparse
import contextlib
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import anyio
import grpc

from temporalio.api.workflowservice.v1 import DescribeNamespaceRequest, service_pb2_grpc
from temporalio.service import ConnectConfig, ServiceClient


@contextlib.contextmanager
def dev_server() -> Iterator[str]:
    """Start ``temporal server start-dev`` on a free port with high rate limits."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    temporal = Path(sys.executable).parent / "temporal"
    args = [str(temporal), "server", "start-dev", "--headless", "--ip", "127.0.0.1"]
    args += ["--port", str(port), "--log-level", "error"]
    for key in ("frontend.rps", "frontend.namespaceRPS", "frontend.globalNamespaceRPS"):
        args += ["--dynamic-config-value", f"{key}=1000000"]
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 30
        while True:
            with socket.socket() as sock:
                if sock.connect_ex(("127.0.0.1", port)) == 0:
                    break
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("dev server did not start")
            time.sleep(0.1)
        yield f"127.0.0.1:{port}"
    finally:
        proc.terminate()
        proc.wait(10)


def report(name: str, calls: int, cpu: float, wall: float) -> None:
    """Print one result line."""
    print(
        f"{name:<28} {cpu / calls * 1000:6.3f} ms CPU/call  {wall / calls * 1000:6.3f} ms wall/call"
    )


def measure(name: str, calls: int, run: Callable[[], None]) -> None:
    """Time ``run`` (which makes ``calls`` calls) and report it."""
    cpu, wall = time.process_time(), time.perf_counter()
    run()
    report(name, calls, time.process_time() - cpu, time.perf_counter() - wall)


def bench_raw(target: str, calls: int) -> None:
    """Raw grpcio: blocking call and ``.future().result()``."""
    request = DescribeNamespaceRequest(namespace="default")
    with grpc.insecure_channel(target) as channel:
        stub = service_pb2_grpc.WorkflowServiceStub(channel)
        stub.DescribeNamespace(request)

        def blocking() -> None:
            for _ in range(calls):
                stub.DescribeNamespace(request, timeout=10)

        def future() -> None:
            for _ in range(calls):
                stub.DescribeNamespace.future(request, timeout=10).result()

        measure("grpcio blocking", calls, blocking)
        measure("grpcio .future().result()", calls, future)


def bench_client(target: str, calls: int, backend: str) -> None:
    """Our client on ``backend``, with and without an enclosing deadline."""

    async def main() -> None:
        client = await ServiceClient.connect(ConnectConfig(target))
        service = client.workflow_service
        request = DescribeNamespaceRequest(namespace="default")
        for _ in range(50):  # warm up
            await service.describe_namespace(request)

        cpu, wall = time.process_time(), time.perf_counter()
        for _ in range(calls):
            await service.describe_namespace(request)
        report(
            f"temporalio {backend}", calls, time.process_time() - cpu, time.perf_counter() - wall
        )

        cpu, wall = time.process_time(), time.perf_counter()
        with anyio.fail_after(600):
            for _ in range(calls):
                await service.describe_namespace(request)
        report(
            f"temporalio {backend} +deadline",
            calls,
            time.process_time() - cpu,
            time.perf_counter() - wall,
        )
        await client.close()

    anyio.run(main, backend=backend)


def main() -> None:
    """Run every measurement."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--target", help="host:port of a running server")
    parser.add_argument("--calls", type=int, default=3000)
    args = parser.parse_args()
    with contextlib.ExitStack() as stack:
        target = args.target or stack.enter_context(dev_server())
        bench_raw(target, args.calls)
        for backend in ("asyncio", "trio"):
            bench_client(target, args.calls, backend)


if __name__ == "__main__":
    main()
