"""The time-skipping test server (``temporal-test-server``) as a workflow environment.

The test server keeps a virtual clock and a lock count: while the count is
above zero the clock runs at wall speed; at zero the server jumps to the next
timer or timeout as soon as no workflow or activity task is outstanding. It
starts locked (count 1). This environment unlocks it while the client waits
for a workflow result and locks it again afterwards; ``sleep`` asks the server
to move the clock by a duration (``UnlockTimeSkippingWithSleep``).
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import AsyncIterator, Iterator, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

import anyio
import anyio.abc
from google.protobuf.empty_pb2 import Empty

import temporalio.converter
from temporalio.api.testservice.v1 import (
    LockTimeSkippingRequest,
    SleepRequest,
    UnlockTimeSkippingRequest,
)
from temporalio.client import Client, Interceptor
from temporalio.testing._dev_server import find_test_server, free_port
from temporalio.testing._workflow_environment import _LocalEnvironment, launch

__all__ = ["TimeSkippingEnvironment", "start_time_skipping"]

logger = logging.getLogger("temporalio.testing")


class TimeSkippingEnvironment(_LocalEnvironment):
    """A client of the time-skipping test server, which this environment started.

    Create it with ``WorkflowEnvironment.start_time_skipping()``.
    """

    def __init__(self, client: Client, process: anyio.abc.Process, log: Any) -> None:
        """Take over a started test server and a client connected to it."""
        super().__init__(client, process, log)
        self._auto = True
        # Result waits in progress, and a lock so that the unlock of the first
        # and the lock of the last reach the server in order.
        self._waits = 0
        self._transition = anyio.Lock()
        client._around_result_wait = self._result_wait

    @property
    def supports_time_skipping(self) -> bool:
        """True: this server's clock can be skipped."""
        return True

    async def sleep(self, duration: timedelta | float) -> None:
        """Move the server's clock forward by ``duration`` (a timedelta or seconds).

        Timers and timeouts that fall due on the way fire; returns when the
        server's clock has reached the new time.
        """
        if not isinstance(duration, timedelta):
            duration = timedelta(seconds=duration)
        if duration < timedelta(0):
            raise ValueError(f"cannot sleep a negative duration ({duration})")
        req = SleepRequest()
        req.duration.FromTimedelta(duration)
        await self._client.service_client.test_service.unlock_time_skipping_with_sleep(req)

    async def get_current_time(self) -> datetime:
        """The server's (virtual) current time, in UTC."""
        resp = await self._client.service_client.test_service.get_current_time(Empty())
        return resp.time.ToDatetime(tzinfo=UTC)

    @contextlib.contextmanager
    def auto_time_skipping_disabled(self) -> Iterator[None]:
        """Within the block, waiting for a workflow result does not skip time.

        The clock then runs at wall speed while the client waits (``sleep``
        still skips).
        """
        was = self._auto
        self._auto = False
        try:
            yield
        finally:
            self._auto = was

    @contextlib.asynccontextmanager
    async def _result_wait(self) -> AsyncIterator[None]:
        if not self._auto:
            yield
            return
        service = self._client.service_client.test_service
        async with self._transition:
            if self._waits == 0:
                await service.unlock_time_skipping(UnlockTimeSkippingRequest(), retry=True)
            self._waits += 1
        try:
            yield
        finally:
            with anyio.CancelScope(shield=True):
                async with self._transition:
                    self._waits -= 1
                    if self._waits == 0:
                        await self._lock_again()

    async def _lock_again(self) -> None:
        try:
            await self._client.service_client.test_service.lock_time_skipping(
                LockTimeSkippingRequest(), retry=True
            )
        except Exception:
            # The result (or the error of the wait) matters more; the clock
            # just keeps skipping until the next wait locks it again.
            logger.exception("could not lock time skipping again after a result wait")


async def start_time_skipping(
    *,
    ip: str,
    port: int | None,
    data_converter: temporalio.converter.DataConverter | None,
    interceptors: Sequence[Interceptor],
    test_server_binary: str | None,
    extra_args: Sequence[str],
    startup_timeout: timedelta,
) -> TimeSkippingEnvironment:
    """Start ``temporal-test-server`` and connect to it (see ``WorkflowEnvironment``)."""
    binary = find_test_server(test_server_binary)
    port = port or free_port(ip)
    client, process, log = await launch(
        [binary, str(port), *extra_args],
        what="test server",
        target=f"{ip}:{port}",
        namespace="default",
        startup_timeout=startup_timeout,
        data_converter=data_converter,
        interceptors=interceptors,
    )
    return TimeSkippingEnvironment(client, process, log)
