"""The gRPC transport: connecting, typed calls, deadlines, cancellation, retries, errors.

Every async test runs on asyncio and on trio.  Tests marked ``server`` use a
real dev server; the others use a scriptable fake gRPC server.
"""

from __future__ import annotations

import concurrent.futures
import os
import pickle
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import anyio
import grpc
import pytest

import temporalio
import temporalio._transport._connection as connection_module
from temporalio._compat._wake import wait_done
from temporalio.api.common.v1 import WorkflowExecution, WorkflowType
from temporalio.api.errordetails.v1 import (
    NamespaceNotFoundFailure,
    WorkflowExecutionAlreadyStartedFailure,
)
from temporalio.api.query.v1 import WorkflowQuery
from temporalio.api.taskqueue.v1 import TaskQueue
from temporalio.api.workflowservice.v1 import (
    DescribeNamespaceRequest,
    DescribeNamespaceResponse,
    GetSystemInfoRequest,
    PollWorkflowTaskQueueRequest,
    QueryWorkflowRequest,
    StartWorkflowExecutionRequest,
)
from temporalio.service import (
    ConnectConfig,
    KeepAliveConfig,
    OperatorService,
    RetryConfig,
    RPCError,
    RPCStatusCode,
    ServiceClient,
    TLSConfig,
    WorkflowService,
)

from .transport_servers import (
    FakeFrontend,
    fail_first,
    free_port,
    hold_until_ended,
    make_tls_material,
    response_of,
    silent_listener,
)

FAST_RETRIES = RetryConfig(initial_interval_millis=10, max_interval_millis=50)

# --- fixtures ----------------------------------------------------------------


@pytest.fixture(scope="session")
def server_target(dev_server: str) -> str:
    return dev_server


@pytest.fixture
async def client(server_target: str) -> AsyncIterator[ServiceClient]:
    client = await ServiceClient.connect(ConnectConfig(server_target))
    yield client
    await client.close()


@pytest.fixture
def started_futures(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """The grpcio futures of the calls made during the test."""
    futures: list[Any] = []
    real_wait_done = wait_done

    async def recording_wait_done(future: Any, guard: float | None) -> bool:
        futures.append(future)
        return await real_wait_done(future, guard)

    monkeypatch.setattr(connection_module, "wait_done", recording_wait_done)
    return futures


def start_request(workflow_id: str) -> StartWorkflowExecutionRequest:
    return StartWorkflowExecutionRequest(
        namespace="default",
        workflow_id=workflow_id,
        workflow_type=WorkflowType(name="TransportTestWorkflow"),
        task_queue=TaskQueue(name=f"transport-test-{uuid.uuid4()}"),
        request_id=str(uuid.uuid4()),
        identity="transport-test",
    )


# --- against the dev server ----------------------------------------------------


@pytest.mark.server
async def test_connect_fetches_system_info_once(server_target: str) -> None:
    async with await ServiceClient.connect(ConnectConfig(server_target)) as client:
        assert client.server_version
        assert client.capabilities is not None
        assert client.capabilities.sdk_metadata
        info = await client.get_system_info()
        assert info is await client.get_system_info()
        assert info.server_version == client.server_version


@pytest.mark.server
async def test_typed_call_returns_typed_response(client: ServiceClient) -> None:
    resp = await client.workflow_service.describe_namespace(
        DescribeNamespaceRequest(namespace="default"), retry=True
    )
    assert isinstance(resp, DescribeNamespaceResponse)
    assert resp.namespace_info.name == "default"


@pytest.mark.server
async def test_call_by_name_accepts_proto_and_python_names(client: ServiceClient) -> None:
    for name in ("DescribeNamespace", "describe_namespace"):
        resp = await client.workflow_service.call(
            name, DescribeNamespaceRequest(namespace="default")
        )
        assert isinstance(resp, DescribeNamespaceResponse)
    with pytest.raises(ValueError, match="NoSuchRpc"):
        await client.workflow_service.call("NoSuchRpc", GetSystemInfoRequest())


@pytest.mark.server
async def test_operator_service_lists_search_attributes(client: ServiceClient) -> None:
    from temporalio.api.operatorservice.v1 import ListSearchAttributesRequest

    resp = await client.operator_service.list_search_attributes(
        ListSearchAttributesRequest(namespace="default")
    )
    assert "WorkflowType" in resp.system_attributes


@pytest.mark.server
async def test_fail_after_around_waiting_call_raises_timeout_and_cancels_rpc(
    client: ServiceClient, started_futures: list[Any]
) -> None:
    # A query of a workflow that no worker serves waits until its deadline.
    workflow_id = f"transport-{uuid.uuid4()}"
    await client.workflow_service.start_workflow_execution(start_request(workflow_id))
    query = QueryWorkflowRequest(
        namespace="default",
        execution=WorkflowExecution(workflow_id=workflow_id),
        query=WorkflowQuery(query_type="anything"),
    )
    started = time.monotonic()
    with pytest.raises(TimeoutError), anyio.fail_after(0.3):
        await client.workflow_service.query_workflow(query, timeout=timedelta(seconds=30))
    assert time.monotonic() - started < 0.8
    future = started_futures[-1]
    assert future.done()
    # Either we cancelled it or grpc ended it at the (same) deadline.
    assert future.cancelled() or future.code() is grpc.StatusCode.DEADLINE_EXCEEDED


@pytest.mark.server
async def test_enclosing_deadline_reaches_server_on_long_poll(client: ServiceClient) -> None:
    # The server refuses long polls with less than ~2 s to go: proof that the
    # cancel scope's deadline, not the explicit 70 s, went over the wire.
    poll = PollWorkflowTaskQueueRequest(
        namespace="default", task_queue=TaskQueue(name=f"empty-{uuid.uuid4()}")
    )
    started = time.monotonic()
    with pytest.raises(RPCError) as caught, anyio.fail_after(1):
        await client.workflow_service.poll_workflow_task_queue(poll, timeout=timedelta(seconds=70))
    assert caught.value.status is RPCStatusCode.FAILED_PRECONDITION
    assert time.monotonic() - started < 0.5


@pytest.mark.server
async def test_cancelling_in_flight_long_poll_returns_promptly(
    client: ServiceClient, started_futures: list[Any]
) -> None:
    poll = PollWorkflowTaskQueueRequest(
        namespace="default", task_queue=TaskQueue(name=f"empty-{uuid.uuid4()}")
    )
    elapsed = 0.0
    async with anyio.create_task_group() as tg:

        async def long_poll() -> None:
            await client.workflow_service.poll_workflow_task_queue(
                poll, timeout=timedelta(seconds=70)
            )
            pytest.fail("the poll should have been cancelled")

        tg.start_soon(long_poll)
        await anyio.sleep(0.3)
        started = time.monotonic()
        tg.cancel_scope.cancel()
    elapsed = time.monotonic() - started
    assert elapsed < 0.2
    assert started_futures[-1].cancelled()


@pytest.mark.server
async def test_starting_running_workflow_again_fails_with_already_started_detail(
    client: ServiceClient,
) -> None:
    workflow_id = f"transport-{uuid.uuid4()}"
    first = await client.workflow_service.start_workflow_execution(start_request(workflow_id))
    with pytest.raises(RPCError) as caught:
        await client.workflow_service.start_workflow_execution(start_request(workflow_id))
    err = caught.value
    assert err.status is RPCStatusCode.ALREADY_EXISTS
    assert str(err).startswith("ALREADY_EXISTS: ")
    assert err.raw_grpc_status
    detail = err.detail()
    assert isinstance(detail, WorkflowExecutionAlreadyStartedFailure)
    assert detail.run_id == first.run_id


@pytest.mark.server
async def test_unknown_namespace_fails_with_namespace_not_found_detail(
    client: ServiceClient,
) -> None:
    with pytest.raises(RPCError) as caught:
        await client.workflow_service.describe_namespace(
            DescribeNamespaceRequest(namespace="no-such-namespace"), retry=True
        )
    assert caught.value.status is RPCStatusCode.NOT_FOUND
    detail = caught.value.detail()
    assert isinstance(detail, NamespaceNotFoundFailure)
    assert detail.namespace == "no-such-namespace"


@pytest.mark.server
def test_asyncio_client_never_imports_trio(server_target: str) -> None:
    code = (
        "import asyncio, sys\n"
        "from temporalio.service import ConnectConfig, ServiceClient\n"
        "async def main():\n"
        f"    c = await ServiceClient.connect(ConnectConfig({server_target!r}))\n"
        "    await c.close()\n"
        "asyncio.run(main())\n"
        "assert 'trio' not in sys.modules, 'trio was imported'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=30)


_TUNING_PROBE = (
    "import os, sys\n"
    "{first}"
    "from temporalio.service import ConnectConfig, ServiceClient\n"
    "from temporalio._transport import _grpc_tuning\n"
    "print(_grpc_tuning.applied, repr(os.environ.get('GRPC_EXPERIMENTS')))\n"
)


def _tuning_probe(first: str = "", **env: str) -> tuple[str, str]:
    environ = {k: v for k, v in os.environ.items() if k != "GRPC_EXPERIMENTS"} | env
    done = subprocess.run(
        [sys.executable, "-c", _TUNING_PROBE.format(first=first)],
        capture_output=True,
        text=True,
        timeout=60,
        env=environ,
        check=True,
    )
    return done.stdout.strip(), done.stderr


def test_grpc_imported_by_the_transport_runs_without_the_event_engine_client() -> None:
    out, err = _tuning_probe()
    # Applied, and the variable is gone again so child processes do not inherit it.
    assert out == "True None"
    assert "experiment" not in err.lower(), err
    # The suite itself runs on the tuned transport too (conftest imports us first).
    from temporalio._transport import _grpc_tuning

    assert _grpc_tuning.applied


def test_grpc_experiments_set_by_the_user_are_left_alone() -> None:
    assert _tuning_probe(GRPC_EXPERIMENTS="") == ("False ''", "")
    out, _ = _tuning_probe(GRPC_EXPERIMENTS="-event_engine_dns")
    assert out == "False '-event_engine_dns'"


def test_grpc_imported_before_the_sdk_is_left_alone() -> None:
    out, _ = _tuning_probe(first="import grpc\n")
    assert out == "False None"


# --- connecting ----------------------------------------------------------------


async def test_connect_to_dead_port_raises_unavailable_naming_target() -> None:
    target = f"127.0.0.1:{free_port()}"
    started = time.monotonic()
    with pytest.raises(RPCError) as caught:
        await ServiceClient.connect(ConnectConfig(target, connect_timeout=timedelta(seconds=1)))
    assert time.monotonic() - started < 1.5
    assert caught.value.status is RPCStatusCode.UNAVAILABLE
    assert target in str(caught.value)


async def test_connect_to_silent_server_gives_up_at_connect_timeout() -> None:
    with silent_listener() as target:
        started = time.monotonic()
        with pytest.raises(RPCError) as caught:
            await ServiceClient.connect(
                ConnectConfig(target, connect_timeout=timedelta(seconds=0.5))
            )
        assert time.monotonic() - started < 1.2
    assert caught.value.status is RPCStatusCode.UNAVAILABLE
    assert target in caught.value.message


async def test_lazy_connect_makes_no_call() -> None:
    client = await ServiceClient.connect(ConnectConfig(f"127.0.0.1:{free_port()}", lazy=True))
    assert client.capabilities is None
    assert client.server_version is None
    assert isinstance(client.workflow_service, WorkflowService)
    assert isinstance(client.operator_service, OperatorService)
    await client.close()


async def test_calls_on_closed_client_fail() -> None:
    with FakeFrontend({}) as fake:
        client = await ServiceClient.connect(ConnectConfig(fake.target))
        await client.close()
        with pytest.raises(RPCError) as caught:
            await client.workflow_service.get_system_info(GetSystemInfoRequest())
        assert fake.target in caught.value.message


async def test_closing_client_fails_calls_in_flight() -> None:
    with FakeFrontend({"QueryWorkflow": hold_until_ended("QueryWorkflow")}) as fake:
        client = await ServiceClient.connect(ConnectConfig(fake.target))
        errors: list[RPCError] = []

        async def query() -> None:
            try:
                await client.workflow_service.query_workflow(QueryWorkflowRequest())
            except RPCError as err:
                errors.append(err)

        with anyio.fail_after(2):
            async with anyio.create_task_group() as tg:
                tg.start_soon(query)
                while fake.attempts("QueryWorkflow") == 0:
                    await anyio.sleep(0.01)
                await client.close()
    assert [err.status for err in errors] == [RPCStatusCode.CANCELLED]


@pytest.fixture(scope="session")
def tls_material(tmp_path_factory: pytest.TempPathFactory) -> tuple[bytes, bytes, bytes]:
    return make_tls_material(tmp_path_factory.mktemp("tls"), "frontend.transport.test")


async def test_tls_connect_verifies_server_against_domain(
    tls_material: tuple[bytes, bytes, bytes],
) -> None:
    ca, key, cert = tls_material
    credentials = grpc.ssl_server_credentials([(key, cert)])
    with FakeFrontend({}, credentials) as fake:
        good = TLSConfig(server_root_ca_cert=ca, domain="frontend.transport.test")
        client = await ServiceClient.connect(ConnectConfig(fake.target, tls=good))
        await client.close()
        wrong = TLSConfig(server_root_ca_cert=ca, domain="other.transport.test")
        with pytest.raises(RPCError) as caught:
            await ServiceClient.connect(
                ConnectConfig(fake.target, tls=wrong, connect_timeout=timedelta(seconds=0.5))
            )
        assert caught.value.status is RPCStatusCode.UNAVAILABLE
        assert fake.attempts("GetSystemInfo") == 1


# --- headers and deadlines -------------------------------------------------------


def answer(method: str) -> Any:
    """A fake handler that answers ``method`` with an empty response."""
    return lambda req, context: response_of(method)()


async def test_every_call_carries_client_headers_api_key_and_metadata() -> None:
    with FakeFrontend({"DescribeNamespace": answer("DescribeNamespace")}) as fake:
        config = ConnectConfig(fake.target, api_key="first-key", rpc_metadata={"X-Team": "blue"})
        async with await ServiceClient.connect(config) as client:
            client.api_key = "second-key"
            client.rpc_metadata = {"x-team": "green"}
            await client.workflow_service.describe_namespace(
                DescribeNamespaceRequest(namespace="ns1"), metadata={"x-call": "yes"}
            )
            assert client.api_key == "second-key"
            assert client.config.api_key == "second-key"
            assert client.rpc_metadata == {"x-team": "green"}
            client.api_key = None
            await client.workflow_service.describe_namespace(DescribeNamespaceRequest())
    connect_call, call, last = fake.calls
    assert connect_call.metadata["authorization"] == "Bearer first-key"
    assert connect_call.metadata["x-team"] == "blue"
    assert call.metadata["authorization"] == "Bearer second-key"
    assert call.metadata["x-team"] == "green"
    assert call.metadata["x-call"] == "yes"
    assert call.metadata["temporal-namespace"] == "ns1"
    assert "authorization" not in last.metadata
    assert "temporal-namespace" not in last.metadata
    for seen in fake.calls:
        assert seen.metadata["client-name"] == "temporalio-anyio"
        assert seen.metadata["client-version"] == temporalio.__version__


async def test_deadline_sent_is_the_smaller_of_timeout_and_enclosing_scope() -> None:
    with FakeFrontend({"DescribeNamespace": answer("DescribeNamespace")}) as fake:
        async with await ServiceClient.connect(ConnectConfig(fake.target)) as client:
            service = client.workflow_service
            await service.describe_namespace(DescribeNamespaceRequest())
            await service.describe_namespace(
                DescribeNamespaceRequest(), timeout=timedelta(seconds=20)
            )
            with anyio.fail_after(5):
                await service.describe_namespace(
                    DescribeNamespaceRequest(), timeout=timedelta(seconds=20)
                )
                await service.describe_namespace(
                    DescribeNamespaceRequest(), timeout=timedelta(seconds=2)
                )
    remaining = [call.time_remaining for call in fake.calls[1:]]
    assert remaining[0] is not None and remaining[0] > 1e6  # no deadline
    # (gRPC rounds the timeout it sends up a little.)
    assert remaining[1] is not None and 19 < remaining[1] < 20.5
    assert remaining[2] is not None and 4 < remaining[2] < 5.2
    assert remaining[3] is not None and 1 < remaining[3] < 2.2


async def test_cancelled_call_is_cancelled_on_the_wire() -> None:
    with FakeFrontend({"QueryWorkflow": hold_until_ended("QueryWorkflow")}) as fake:
        async with await ServiceClient.connect(ConnectConfig(fake.target)) as client:
            async with anyio.create_task_group() as tg:
                # No deadline: only the cancellation can end the call.
                tg.start_soon(client.workflow_service.query_workflow, QueryWorkflowRequest())
                while fake.attempts("QueryWorkflow") == 0:
                    await anyio.sleep(0.01)
                tg.cancel_scope.cancel()
            held = fake.calls[-1]
            assert held.time_remaining is not None and held.time_remaining > 1e6
            # The server learns of the cancellation at once, long before the
            # handler's own 10 s limit.
            assert await anyio.to_thread.run_sync(held.ended.wait, 2.0)


async def test_explicit_timeout_raises_deadline_exceeded_without_retry() -> None:
    with FakeFrontend({"QueryWorkflow": hold_until_ended("QueryWorkflow")}) as fake:
        config = ConnectConfig(fake.target, retry_config=FAST_RETRIES)
        async with await ServiceClient.connect(config) as client:
            started = time.monotonic()
            with pytest.raises(RPCError) as caught:
                await client.workflow_service.query_workflow(
                    QueryWorkflowRequest(), retry=True, timeout=timedelta(seconds=0.2)
                )
            assert time.monotonic() - started < 1.0
    assert caught.value.status is RPCStatusCode.DEADLINE_EXCEEDED
    assert fake.attempts("QueryWorkflow") == 1


async def test_call_in_cancelled_scope_makes_no_rpc() -> None:
    with FakeFrontend({"DescribeNamespace": answer("DescribeNamespace")}) as fake:
        async with await ServiceClient.connect(ConnectConfig(fake.target)) as client:
            with anyio.CancelScope() as scope:
                scope.cancel()
                await client.workflow_service.describe_namespace(DescribeNamespaceRequest())
            assert scope.cancelled_caught
            with anyio.move_on_after(0) as scope:
                await client.workflow_service.describe_namespace(DescribeNamespaceRequest())
            assert scope.cancelled_caught
    assert fake.attempts("DescribeNamespace") == 0


async def test_server_side_deadline_exceeded_is_raised_at_once() -> None:
    handler = fail_first("QueryWorkflow", 1, grpc.StatusCode.DEADLINE_EXCEEDED)
    with FakeFrontend({"QueryWorkflow": handler}) as fake:
        async with await ServiceClient.connect(ConnectConfig(fake.target)) as client:
            started = time.monotonic()
            with pytest.raises(RPCError) as caught, anyio.fail_after(5):
                await client.workflow_service.query_workflow(QueryWorkflowRequest())
            assert time.monotonic() - started < 0.5
    assert caught.value.status is RPCStatusCode.DEADLINE_EXCEEDED


async def test_lost_completion_callback_cannot_hang_the_caller(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    guards: list[float | None] = []

    async def callback_never_comes(future: Any, guard: float | None) -> bool:
        guards.append(guard)
        return False  # what wait_done reports when its guard runs out

    with FakeFrontend({"QueryWorkflow": hold_until_ended("QueryWorkflow")}) as fake:
        async with await ServiceClient.connect(ConnectConfig(fake.target)) as client:
            monkeypatch.setattr(connection_module, "wait_done", callback_never_comes)
            with pytest.raises(RPCError) as caught:
                await client.workflow_service.query_workflow(
                    QueryWorkflowRequest(), timeout=timedelta(seconds=3)
                )
            assert caught.value.status is RPCStatusCode.DEADLINE_EXCEEDED
            assert guards == [pytest.approx(3 + connection_module._GRACE)]
            # ...and the abandoned RPC was cancelled on the wire.
            assert await anyio.to_thread.run_sync(fake.calls[-1].ended.wait, 2.0)


# --- waking a task from another thread -------------------------------------------


async def test_wait_done_wakes_when_another_thread_completes_the_future() -> None:
    future: concurrent.futures.Future[None] = concurrent.futures.Future()
    threading.Timer(0.05, future.set_result, (None,)).start()
    with anyio.fail_after(2):
        assert await wait_done(future, guard=5)
    assert future.done()


async def test_wait_done_returns_at_once_for_a_done_future() -> None:
    future: concurrent.futures.Future[None] = concurrent.futures.Future()
    future.set_result(None)
    with anyio.fail_after(1):
        assert await wait_done(future, guard=None)


async def test_wait_done_gives_up_after_guard() -> None:
    future: concurrent.futures.Future[None] = concurrent.futures.Future()
    started = time.monotonic()
    assert not await wait_done(future, guard=0.1)
    assert 0.09 < time.monotonic() - started < 1.0


async def test_cancelling_wait_done_cancels_the_future() -> None:
    future: concurrent.futures.Future[None] = concurrent.futures.Future()
    with anyio.move_on_after(0.05) as scope:
        await wait_done(future, guard=None)
    assert scope.cancelled_caught
    assert future.cancelled()


async def test_many_concurrent_waits_all_wake() -> None:
    futures = [concurrent.futures.Future[None]() for _ in range(200)]
    woken = 0

    async def wait_one(future: concurrent.futures.Future[None]) -> None:
        nonlocal woken
        if await wait_done(future, guard=5):
            woken += 1

    def complete_all() -> None:
        for future in futures:
            future.set_result(None)

    with anyio.fail_after(5):
        async with anyio.create_task_group() as tg:
            for future in futures:
                tg.start_soon(wait_one, future)
            await anyio.sleep(0.01)
            threading.Thread(target=complete_all).start()
    assert woken == len(futures)


# --- retries -----------------------------------------------------------------------


async def test_retry_rides_out_unavailable() -> None:
    handler = fail_first("DescribeNamespace", 2, grpc.StatusCode.UNAVAILABLE)
    with FakeFrontend({"DescribeNamespace": handler}) as fake:
        config = ConnectConfig(fake.target, retry_config=FAST_RETRIES)
        async with await ServiceClient.connect(config) as client:
            resp = await client.workflow_service.describe_namespace(
                DescribeNamespaceRequest(), retry=True
            )
    assert isinstance(resp, DescribeNamespaceResponse)
    assert fake.attempts("DescribeNamespace") == 3


async def test_no_retry_unless_asked() -> None:
    handler = fail_first("DescribeNamespace", 2, grpc.StatusCode.UNAVAILABLE)
    with FakeFrontend({"DescribeNamespace": handler}) as fake:
        config = ConnectConfig(fake.target, retry_config=FAST_RETRIES)
        async with await ServiceClient.connect(config) as client:
            with pytest.raises(RPCError) as caught:
                await client.workflow_service.describe_namespace(DescribeNamespaceRequest())
    assert caught.value.status is RPCStatusCode.UNAVAILABLE
    assert caught.value.message == "failure 1 of 2"
    assert fake.attempts("DescribeNamespace") == 1


async def test_retries_stop_at_max_retries() -> None:
    handler = fail_first("DescribeNamespace", 100, grpc.StatusCode.UNAVAILABLE)
    with FakeFrontend({"DescribeNamespace": handler}) as fake:
        retries = RetryConfig(initial_interval_millis=1, max_retries=3)
        async with await ServiceClient.connect(
            ConnectConfig(fake.target, retry_config=retries)
        ) as client:
            with pytest.raises(RPCError) as caught:
                await client.workflow_service.describe_namespace(
                    DescribeNamespaceRequest(), retry=True
                )
    assert caught.value.status is RPCStatusCode.UNAVAILABLE
    assert fake.attempts("DescribeNamespace") == 4


async def test_retries_stop_at_max_elapsed_time() -> None:
    handler = fail_first("DescribeNamespace", 100, grpc.StatusCode.INTERNAL)
    with FakeFrontend({"DescribeNamespace": handler}) as fake:
        retries = RetryConfig(
            initial_interval_millis=50, multiplier=1, max_elapsed_time_millis=300, max_retries=100
        )
        async with await ServiceClient.connect(
            ConnectConfig(fake.target, retry_config=retries)
        ) as client:
            started = time.monotonic()
            with pytest.raises(RPCError):
                await client.workflow_service.describe_namespace(
                    DescribeNamespaceRequest(), retry=True
                )
            assert time.monotonic() - started < 0.6
    assert 3 <= fake.attempts("DescribeNamespace") <= 8


async def test_non_transient_failure_is_not_retried() -> None:
    handler = fail_first("DescribeNamespace", 1, grpc.StatusCode.INVALID_ARGUMENT)
    with FakeFrontend({"DescribeNamespace": handler}) as fake:
        config = ConnectConfig(fake.target, retry_config=FAST_RETRIES)
        async with await ServiceClient.connect(config) as client:
            with pytest.raises(RPCError) as caught:
                await client.workflow_service.describe_namespace(
                    DescribeNamespaceRequest(), retry=True
                )
    assert caught.value.status is RPCStatusCode.INVALID_ARGUMENT
    assert fake.attempts("DescribeNamespace") == 1


async def test_retry_does_not_sleep_past_enclosing_deadline() -> None:
    handler = fail_first("DescribeNamespace", 100, grpc.StatusCode.UNAVAILABLE)
    with FakeFrontend({"DescribeNamespace": handler}) as fake:
        retries = RetryConfig(initial_interval_millis=2000, randomization_factor=0)
        async with await ServiceClient.connect(
            ConnectConfig(fake.target, retry_config=retries)
        ) as client:
            started = time.monotonic()
            with pytest.raises(RPCError) as caught, anyio.fail_after(1):
                await client.workflow_service.describe_namespace(
                    DescribeNamespaceRequest(), retry=True
                )
            assert time.monotonic() - started < 0.5
    assert caught.value.status is RPCStatusCode.UNAVAILABLE
    assert fake.attempts("DescribeNamespace") == 1


def test_resource_exhausted_backs_off_longer() -> None:
    config = RetryConfig(randomization_factor=0)
    backoff = connection_module.backoff_seconds
    assert backoff(config, 1, RPCStatusCode.UNAVAILABLE) == pytest.approx(0.1)
    assert backoff(config, 2, RPCStatusCode.UNAVAILABLE) == pytest.approx(0.17)
    assert backoff(config, 20, RPCStatusCode.UNAVAILABLE) == pytest.approx(5.0)
    assert backoff(config, 1, RPCStatusCode.RESOURCE_EXHAUSTED) == pytest.approx(1.0)
    assert backoff(config, 3, RPCStatusCode.RESOURCE_EXHAUSTED) == pytest.approx(4.0)
    jittered = [backoff(RetryConfig(), 1, RPCStatusCode.UNAVAILABLE) for _ in range(50)]
    assert all(0.08 <= delay <= 0.12 for delay in jittered)
    assert len(set(jittered)) > 1


# --- values ------------------------------------------------------------------------


def test_reprs_hide_secrets() -> None:
    tls = TLSConfig(client_cert=b"CERT", client_private_key=b"SECRET-KEY", domain="d")
    config = ConnectConfig("localhost:7233", tls=tls, api_key="SECRET-API-KEY")
    assert "SECRET" not in repr(tls)
    assert "SECRET" not in repr(config)
    assert "localhost:7233" in repr(config)


def test_connect_config_defaults_and_scheme_stripping() -> None:
    assert ConnectConfig("http://localhost:7233").target_host == "localhost:7233"
    assert ConnectConfig("https://example.com:443/").target_host == "example.com:443"
    config = ConnectConfig("localhost:7233")
    assert config.tls is False
    assert config.retry_config == RetryConfig()
    assert config.keep_alive_config == KeepAliveConfig(30000, 15000)
    assert config.connect_timeout == timedelta(seconds=10)
    assert config.max_message_size == 128 * 1024 * 1024
    assert config.identity.endswith("@" + __import__("socket").gethostname())
    assert config.rpc_metadata == {}
    assert ConnectConfig("x").rpc_metadata is not config.rpc_metadata


def test_tls_config_needs_key_and_cert_together() -> None:
    with pytest.raises(ValueError, match="together"):
        TLSConfig(client_cert=b"CERT")


def test_rpc_error_reads_well_and_survives_pickling() -> None:
    err = RPCError("namespace x not found", RPCStatusCode.NOT_FOUND)
    assert str(err) == "NOT_FOUND: namespace x not found"
    assert err.detail() is None
    assert err.grpc_status.code == 0
    copy = pickle.loads(pickle.dumps(err))
    assert (copy.message, copy.status, copy.raw_grpc_status) == (err.message, err.status, None)


def test_public_service_module_exports_resolve() -> None:
    import temporalio.service

    for name in temporalio.service.__all__:
        assert getattr(temporalio.service, name).__module__.startswith("temporalio._transport")


def test_status_codes_match_grpc() -> None:
    for code in grpc.StatusCode:
        assert RPCStatusCode[code.name] == code.value[0]


def test_generated_service_modules_are_up_to_date() -> None:
    script = Path(__file__).resolve().parent.parent / "scripts" / "gen_service_methods.py"
    subprocess.run([sys.executable, str(script), "--check"], check=True, timeout=60)


async def test_sequential_calls_do_not_start_a_thread_each(
    client: ServiceClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    # grpcio starts a polling thread whenever an idle channel gets a call; the
    # connection keeps a call open so sequential calls reuse one thread.
    await client.workflow_service.describe_namespace(DescribeNamespaceRequest(namespace="default"))
    await anyio.sleep(0.2)
    started: list[str] = []
    original = threading.Thread.start

    def counting_start(self: threading.Thread) -> None:
        started.append(self.name)
        original(self)

    monkeypatch.setattr(threading.Thread, "start", counting_start)
    for _ in range(20):
        await client.workflow_service.describe_namespace(
            DescribeNamespaceRequest(namespace="default")
        )
    assert len(started) <= 1, started
