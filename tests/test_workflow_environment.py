"""The embedded dev server: starts, serves a client, and never outlives its block."""

from __future__ import annotations

import os

import anyio
import pytest

from temporalio.common import SearchAttributeKey
from temporalio.testing import WorkflowEnvironment
from temporalio.testing._dev_server import dev_server_args, search_attribute_arg


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A zombie still answers kill(0); look at its state.
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().split(")")[-1].split()[0] != "Z"
    except OSError:
        return False


async def test_start_local_serves_a_client_and_stops_the_server() -> None:
    key = SearchAttributeKey.for_keyword("EnvKeyword")
    async with await WorkflowEnvironment.start_local(search_attributes=[key]) as env:
        pid = env._process.pid  # type: ignore[attr-defined]
        assert _alive(pid)
        info = await env.client.service_client.get_system_info()
        assert info.server_version
        from temporalio.api.operatorservice.v1 import ListSearchAttributesRequest

        attrs = await env.client.operator_service.list_search_attributes(
            ListSearchAttributesRequest(namespace="default")
        )
        assert "EnvKeyword" in attrs.custom_attributes
        handle = await env.client.start_workflow("EnvCheck", id="env-check", task_queue="env")
        assert (await handle.describe()).workflow_type == "EnvCheck"
    assert not _alive(pid)


async def test_server_stops_when_the_block_raises_or_is_cancelled() -> None:
    pids: list[int] = []
    with pytest.raises(RuntimeError, match="boom"):
        async with await WorkflowEnvironment.start_local() as env:
            pids.append(env._process.pid)  # type: ignore[attr-defined]
            raise RuntimeError("boom")
    with anyio.move_on_after(30) as scope:
        async with await WorkflowEnvironment.start_local() as env:
            pids.append(env._process.pid)  # type: ignore[attr-defined]
            scope.cancel()
            await anyio.sleep_forever()
    assert len(pids) == 2
    assert not any(_alive(p) for p in pids)


async def test_missing_binary_says_how_to_install() -> None:
    with pytest.raises(FileNotFoundError, match="does not exist"):
        await WorkflowEnvironment.start_local(dev_server_binary="/nonexistent/temporal")


async def test_a_server_that_exits_reports_its_log() -> None:
    with pytest.raises(RuntimeError, match="exited"):
        await WorkflowEnvironment.start_local(extra_args=["--no-such-flag"])


def test_dev_server_arguments() -> None:
    args = dev_server_args(
        "temporal",
        namespace="ns1",
        ip="127.0.0.1",
        port=1234,
        ui=False,
        ui_port=None,
        db_filename="/tmp/x.db",
        search_attributes=["A=Keyword", SearchAttributeKey.for_int("B")],
        log_level="error",
        extra_args=["--dynamic-config-value", "k=1"],
    )
    assert args[:3] == ["temporal", "server", "start-dev"]
    assert "--headless" in args
    assert args[args.index("--namespace") + 1] == "ns1"
    assert args[args.index("--db-filename") + 1] == "/tmp/x.db"
    sas = [args[i + 1] for i, a in enumerate(args) if a == "--search-attribute"]
    assert sas == ["A=Keyword", "B=Int"]
    assert args[-2:] == ["--dynamic-config-value", "k=1"]
    assert search_attribute_arg(SearchAttributeKey.for_keyword_list("L")) == "L=KeywordList"
    with pytest.raises(ValueError):
        search_attribute_arg("no-type")
