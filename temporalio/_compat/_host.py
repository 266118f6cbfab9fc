"""Call a function on the host event loop's thread, from any thread, without blocking.

Activities that run in an executor thread (``def`` activities) report
heartbeats and read cancellation through state that the worker owns on the
event loop thread.  :class:`HostLoop` is captured once on that thread and
later schedules plain callbacks onto it through the backend's one
thread-safe entry point: ``loop.call_soon_threadsafe`` on asyncio and
``TrioToken.run_sync_soon`` on trio.  Neither ever blocks the calling thread.

trio is imported only when trio is the running backend.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from typing import Any

import sniffio

__all__ = ["HostLoop"]


def _run_as_asyncio(fn: Callable[..., object], args: tuple[Any, ...]) -> None:
    # asyncio runs plain callbacks outside any task, where sniffio (and so
    # anyio) cannot tell which library runs; say so for the callback's run.
    token = sniffio.current_async_library_cvar.set("asyncio")
    try:
        fn(*args)
    finally:
        sniffio.current_async_library_cvar.reset(token)


class HostLoop:
    """The running event loop of the current thread, callable from other threads.

    Create it with :meth:`current` on the event loop thread.
    """

    __slots__ = ("_schedule", "_thread_id")

    def __init__(self, schedule: Callable[..., object], thread_id: int) -> None:
        """Wrap a backend's thread-safe scheduling function (see :meth:`current`).

        Args:
            schedule: ``schedule(fn, *args)`` runs ``fn(*args)`` soon on the
                loop thread and may be called from any thread.
            thread_id: ``threading.get_ident()`` of the loop thread.
        """
        self._schedule = schedule
        self._thread_id = thread_id

    @staticmethod
    def current() -> HostLoop:
        """Capture the event loop running in this thread.

        Returns:
            A handle that other threads can schedule callbacks through.

        Raises:
            RuntimeError: No asyncio or trio event loop is running here.
        """
        try:
            library = sniffio.current_async_library()
        except sniffio.AsyncLibraryNotFoundError as err:
            raise RuntimeError("HostLoop.current() needs a running asyncio or trio loop") from err
        thread_id = threading.get_ident()
        if library == "trio":
            import trio

            token = trio.lowlevel.current_trio_token()
            return HostLoop(token.run_sync_soon, thread_id)
        loop = asyncio.get_running_loop()
        call_soon_threadsafe = loop.call_soon_threadsafe

        def schedule(fn: Callable[..., object], *args: Any) -> None:
            call_soon_threadsafe(_run_as_asyncio, fn, args)

        return HostLoop(schedule, thread_id)

    def in_loop_thread(self) -> bool:
        """Whether the caller runs on the loop's own thread."""
        return threading.get_ident() == self._thread_id

    def call_soon(self, fn: Callable[..., Any], *args: Any) -> bool:
        """Run ``fn(*args)`` soon on the loop thread; never blocks.

        Safe to call from any thread, including the loop thread itself (``fn``
        then runs on a later turn of the loop, not now).  ``fn`` runs outside
        any task, but anyio functions that only need to know the running
        library (``anyio.current_time()``, ``Event.set()``) work in it.
        Exceptions raised by ``fn`` are reported by the backend like any other
        callback's.

        Args:
            fn: The function to run on the loop thread.
            *args: Its arguments.

        Returns:
            True if scheduled, False if the loop has already stopped (nobody
            is there to run ``fn`` any more).
        """
        try:
            self._schedule(fn, *args)
        except RuntimeError:
            # asyncio: "Event loop is closed"; trio: RunFinishedError.
            return False
        return True

    def run_now_or_soon(self, fn: Callable[..., Any], *args: Any) -> bool:
        """Run ``fn(*args)`` at once if on the loop thread, else schedule it there.

        Args:
            fn: The function to run on the loop thread.
            *args: Its arguments.

        Returns:
            True if run or scheduled, False if the loop has already stopped.
        """
        if self.in_loop_thread():
            fn(*args)
            return True
        return self.call_soon(fn, *args)
