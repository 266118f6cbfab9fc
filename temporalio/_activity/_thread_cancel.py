"""Raising the cancellation inside a ``def`` activity's executor thread.

Python cannot interrupt a thread from outside, except through
``PyThreadState_SetAsyncExc``, which makes the thread raise an exception at
its next bytecode boundary (a blocking C call such as ``time.sleep`` finishes
first).  :class:`ThreadCanceller` does that once per attempt, and only while
the activity function runs in its thread: never before it starts (it raises
at once when started instead), and never after it returns, so that an
executor thread is never hit while running someone else's work.
"""

from __future__ import annotations

import ctypes
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from temporalio.exceptions import CancelledError

__all__ = ["ThreadCanceller"]


def _set_async_exc(thread_id: int, exc_type: type[BaseException] | None) -> None:
    # None clears a pending exception that has not been raised yet.
    arg = None if exc_type is None else ctypes.py_object(exc_type)
    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread_id), arg)


class ThreadCanceller:
    """Delivers one :class:`~temporalio.exceptions.CancelledError` to an activity's thread.

    All state is guarded by ``_lock``: ``_thread_id`` is the activity's
    thread while its function runs (None before and after); ``_cancelled`` is
    set once by :meth:`cancel`; ``_shield_depth`` counts open
    ``shield_thread_cancel_exception`` blocks, and ``_pending`` records a
    cancellation that arrived inside one.
    """

    def __init__(self, *, enabled: bool) -> None:
        """Create the canceller.

        Args:
            enabled: False for ``no_thread_cancel_exception`` activities:
                :meth:`cancel` then does nothing.
        """
        self._enabled = enabled
        self._lock = threading.Lock()
        self._thread_id: int | None = None
        self._cancelled = False
        self._finished = False
        self._shield_depth = 0
        self._pending = False

    @contextmanager
    def running(self) -> Iterator[None]:
        """Wrap the activity function's call in its thread.

        Raises:
            temporalio.exceptions.CancelledError: The attempt was cancelled
                before the function started.
        """
        with self._lock:
            self._thread_id = threading.get_ident()
            cancelled_already = self._enabled and self._cancelled
        if cancelled_already:
            raise CancelledError()
        try:
            yield
        finally:
            with self._lock:
                thread_id, self._thread_id = self._thread_id, None
                self._finished = True
                if thread_id is not None and self._cancelled and self._enabled:
                    # An exception set but not raised yet must not escape into
                    # the executor's own code after the function returned.
                    _set_async_exc(thread_id, None)

    def cancel(self) -> None:
        """Raise the cancellation in the activity's thread (any thread; once)."""
        with self._lock:
            if self._cancelled:
                return
            self._cancelled = True
            if not self._enabled or self._finished or self._thread_id is None:
                return
            if self._shield_depth:
                self._pending = True
                return
            _set_async_exc(self._thread_id, CancelledError)

    @contextmanager
    def shield(self) -> Iterator[None]:
        """Hold back the cancellation until the outermost shield exits (activity thread).

        Raises:
            temporalio.exceptions.CancelledError: Cancelled during the block.
        """
        with self._lock:
            self._shield_depth += 1
        try:
            yield
        finally:
            with self._lock:
                self._shield_depth -= 1
                raise_now = self._shield_depth == 0 and self._pending
                if raise_now:
                    self._pending = False
            if raise_now:
                # Replaces whatever the block returned or raised.
                raise CancelledError()
