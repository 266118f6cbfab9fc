"""Tools of the fault tests: a worker process, a TCP proxy that can cut connections,
a counter of poll RPCs and a log capture.

Everything here cleans up after itself: the worker process is killed and reaped
when its block exits, the proxy's sockets close with its task group.
"""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import tempfile
import threading
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import anyio
import anyio.abc
from anyio.streams.buffered import BufferedByteReceiveStream

from temporalio.client import Client

REPO = Path(__file__).resolve().parents[2]


# --- a worker in its own process --------------------------------------------------------


class WorkerProcess:
    """``tests/faults/worker_process.py`` running in a child process.

    ``lines`` holds its standard output so far, one entry per line; ``_changed``
    is replaced (after being set) whenever a line arrives or the output ends.
    """

    def __init__(self, process: anyio.abc.Process, stderr_path: str) -> None:
        self.process = process
        self.lines: list[str] = []
        self._stderr_path = stderr_path
        self._changed = anyio.Event()
        self._eof = False

    async def _read(self) -> None:
        assert self.process.stdout is not None
        stream = BufferedByteReceiveStream(self.process.stdout)
        try:
            while True:
                line = await stream.receive_until(b"\n", 1 << 20)
                self.lines.append(line.decode(errors="replace"))
                self._changed.set()
                self._changed = anyio.Event()
        except (anyio.EndOfStream, anyio.IncompleteRead, anyio.ClosedResourceError):
            pass
        finally:
            self._eof = True
            self._changed.set()

    def stderr(self) -> str:
        """What the process wrote to standard error so far."""
        return Path(self._stderr_path).read_text(errors="replace")

    def matching(self, prefix: str) -> list[str]:
        """Output lines starting with ``prefix``."""
        return [line for line in self.lines if line.startswith(prefix)]

    async def wait_for(self, check: Callable[[list[str]], bool], timeout: float, what: str) -> None:
        """Wait until ``check(lines)`` holds, failing with the output after ``timeout``."""
        with anyio.move_on_after(timeout):
            while not check(self.lines):
                if self._eof:
                    break
                await self._changed.wait()
        if not check(self.lines):
            raise AssertionError(
                f"worker process: no {what} within {timeout}s (exit code "
                f"{self.process.returncode}); stdout: {self.lines[-20:]}; "
                f"stderr ends with: {self.stderr()[-3000:]}"
            )

    async def wait_ready(self) -> None:
        """Wait until the worker polls."""
        await self.wait_for(lambda lines: "READY" in lines, 30, "READY")

    def send(self, signum: signal.Signals) -> None:
        """Send a signal to the process."""
        self.process.send_signal(signum)

    async def wait_exit(self, timeout: float) -> int:
        """Wait for the process to exit; its exit code (negative: killed by a signal)."""
        with anyio.fail_after(timeout):
            return await self.process.wait()


@asynccontextmanager
async def worker_process(
    target: str, task_queue: str, backend: str, **options: float | str
) -> AsyncIterator[WorkerProcess]:
    """Run ``tests.faults.worker_process`` for the block; killed and reaped on exit.

    ``options`` become command line flags (``graceful_seconds=3`` ->
    ``--graceful-seconds 3``).
    """
    args = [
        sys.executable,
        "-m",
        "tests.faults.worker_process",
        "--target",
        target,
        "--task-queue",
        task_queue,
        "--backend",
        backend,
    ]
    for key, value in options.items():
        args += [f"--{key.replace('_', '-')}", str(value)]
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    with tempfile.NamedTemporaryFile(prefix="worker-process-", suffix=".err") as err:
        process = await anyio.open_process(
            args, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=err, cwd=REPO, env=env
        )
        worker = WorkerProcess(process, err.name)
        try:
            async with anyio.create_task_group() as tg:
                tg.start_soon(worker._read)
                try:
                    yield worker
                finally:
                    with anyio.CancelScope(shield=True):
                        if process.returncode is None:
                            process.kill()
                        await process.wait()
        finally:
            with anyio.CancelScope(shield=True):
                await process.aclose()


# --- a TCP proxy that can cut every connection -------------------------------------------


class TcpProxy:
    """Forwards ``127.0.0.1:<port>`` to ``upstream``; :meth:`cut` drops everything.

    While cut, nothing listens on the port (connections are refused) and every
    connection that was open has been closed; :meth:`reopen` listens again on
    the same port.  ``_scopes`` holds the cancel scopes of the listener and of
    every open connection; cancelling one closes its sockets.
    """

    def __init__(self, upstream: str) -> None:
        host, _, port = upstream.rpartition(":")
        self._upstream = (host, int(port))
        self.port = 0
        self.accepted = 0
        self._tg: anyio.abc.TaskGroup | None = None
        self._scopes: set[anyio.CancelScope] = set()

    @property
    def target(self) -> str:
        """``host:port`` clients connect to."""
        return f"127.0.0.1:{self.port}"

    async def run(self, *, task_status: anyio.abc.TaskStatus[None]) -> None:
        """Serve until cancelled (``await task_group.start(proxy.run)``)."""
        async with anyio.create_task_group() as tg:
            self._tg = tg
            await tg.start(self._listen)
            task_status.started()
            await anyio.sleep_forever()  # the task group outlives cuts

    def cut(self) -> None:
        """Stop listening and close every open connection."""
        for scope in list(self._scopes):
            scope.cancel()

    async def reopen(self) -> None:
        """Listen again on the same port."""
        assert self._tg is not None
        await self._tg.start(self._listen)

    async def _listen(self, *, task_status: anyio.abc.TaskStatus[None]) -> None:
        with anyio.CancelScope() as scope:
            self._scopes.add(scope)
            try:
                listener = await anyio.create_tcp_listener(
                    local_host="127.0.0.1", local_port=self.port
                )
                async with listener:
                    self.port = listener.extra(anyio.abc.SocketAttribute.local_port)
                    task_status.started()
                    await listener.serve(self._forward)
            finally:
                self._scopes.discard(scope)

    async def _forward(self, client: anyio.abc.SocketStream) -> None:
        self.accepted += 1
        with anyio.CancelScope() as scope:
            self._scopes.add(scope)
            try:
                async with (
                    client,
                    await anyio.connect_tcp(*self._upstream) as server,
                    anyio.create_task_group() as tg,
                ):
                    tg.start_soon(_pump, client, server, tg.cancel_scope)
                    tg.start_soon(_pump, server, client, tg.cancel_scope)
            except OSError:
                pass  # upstream down or connection reset: the client sees it closed
            finally:
                self._scopes.discard(scope)


async def _pump(
    source: anyio.abc.SocketStream, sink: anyio.abc.SocketStream, both: anyio.CancelScope
) -> None:
    try:
        async for chunk in source:
            await sink.send(chunk)
    except (anyio.BrokenResourceError, anyio.ClosedResourceError, OSError):
        pass
    finally:
        both.cancel()  # one direction ended: close the connection


# --- what the worker did meanwhile -------------------------------------------------------


@dataclass
class PollCounter:
    """Counts the poll RPCs a client makes (wraps its ``WorkflowService`` methods).

    ``times`` holds ``(anyio time, method, ok)`` of every finished poll.
    """

    times: list[tuple[float, str, bool]] = field(default_factory=list)

    def install(self, client: Client) -> None:
        """Wrap the client's two poll methods."""
        service = client.workflow_service
        for name in ("poll_workflow_task_queue", "poll_activity_task_queue"):
            setattr(service, name, self._counting(name, getattr(service, name)))

    def _counting(
        self, name: str, method: Callable[..., Awaitable[Any]]
    ) -> Callable[..., Awaitable[Any]]:
        async def call(*args: Any, **kwargs: Any) -> Any:
            ok = False
            try:
                result = await method(*args, **kwargs)
                ok = True
                return result
            finally:
                self.times.append((anyio.current_time(), name, ok))

        return call

    def failed_between(self, start: float, end: float) -> int:
        """Polls that failed and finished in ``[start, end]``."""
        return sum(1 for t, _, ok in self.times if not ok and start <= t <= end)


class LogCapture(logging.Handler):
    """Collects every record of the ``temporalio`` loggers, DEBUG and up, for the block."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []
        self._lock_records = threading.Lock()
        self._logger = logging.getLogger("temporalio")
        self._level = self._logger.level

    def emit(self, record: logging.LogRecord) -> None:
        with self._lock_records:
            self.records.append(record)

    def __enter__(self) -> LogCapture:
        self._logger.addHandler(self)
        self._logger.setLevel(logging.DEBUG)
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._logger.removeHandler(self)
        self._logger.setLevel(self._level)

    def at_least(self, level: int) -> list[logging.LogRecord]:
        """Records at ``level`` or above."""
        return [r for r in self.records if r.levelno >= level]

    def text(self, records: Sequence[logging.LogRecord] | None = None) -> str:
        """Formatted records (all by default), one per line, for assertion messages."""
        chosen = self.records if records is None else records
        return "\n".join(f"{r.levelname} {r.name}: {r.getMessage()}" for r in chosen)


def workflow_threads() -> list[str]:
    """Names of the worker's workflow threads that are alive."""
    return [t.name for t in threading.enumerate() if t.name.startswith("temporal-workflow")]


async def wait_no_workflow_threads(timeout: float = 5) -> None:
    """Wait until every workflow thread ended (they end shortly after shutdown)."""
    with anyio.move_on_after(timeout):
        while workflow_threads():
            await anyio.sleep(0.05)
    assert workflow_threads() == [], workflow_threads()


# --- riding out an outage ------------------------------------------------------------------

POLL_LOOPS = 10
"""Poll loops of the workers these tests build: 5 workflow task polls + 5 activity task polls."""

MAX_FAILED_POLLS_PER_LOOP_AND_SECOND = 3.0
"""With backoff (200 ms, doubling), a loop fails about 6 polls in a 4 s outage; a
loop retrying every 200 ms without growth would fail 20, a busy loop thousands."""


def assert_rode_out(
    counter: PollCounter, logs: LogCapture, down_at: float, reachable_at: float
) -> dict[str, float]:
    """Check that polling backed off with jitter and logged nothing above WARNING.

    Returns figures for the test to print: failed polls, warnings, longest wait.
    """
    failed = counter.failed_between(down_at, reachable_at + 1)
    outage = reachable_at - down_at
    # Every loop noticed the outage...
    assert failed >= POLL_LOOPS, (failed, counter.times[-30:])
    # ...and backed off instead of spinning.
    assert failed <= POLL_LOOPS * max(8.0, MAX_FAILED_POLLS_PER_LOOP_AND_SECOND * outage), failed
    assert logs.at_least(logging.ERROR) == [], logs.text(logs.at_least(logging.ERROR))
    delays = [
        float(r.args[1])
        for r in logs.records
        if r.name == "temporalio.worker._poller" and isinstance(r.args, tuple)
    ]
    assert delays, logs.text()
    # Exponential: waits grew past the first interval; jittered: no two alike.
    assert max(delays) >= 1.0, sorted(delays)
    assert len(set(delays)) == len(delays), sorted(delays)
    warnings = logs.at_least(logging.WARNING)
    assert len(warnings) <= failed + 20, logs.text(warnings)
    return {"failed_polls": failed, "warnings": len(warnings), "longest_wait": max(delays)}
