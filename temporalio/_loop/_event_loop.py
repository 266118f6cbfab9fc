"""WorkflowEventLoop: the asyncio event loop workflow code runs on, made deterministic.

Workflow code sees an ordinary asyncio loop (``asyncio.get_running_loop()`` returns it,
asyncio's Task, Future, sleep, wait_for, timeout, gather, TaskGroup, locks and queues work
on it), but:

- the loop runs only when the runtime steps it (:meth:`WorkflowEventLoop.run_until_idle`),
  one activation at a time, running ready callbacks in FIFO order until none is ready;
- ``time()`` is workflow time, set by the runtime before each activation;
- ``call_later``/``call_at`` start durable timers through the host's :class:`TimerSink`;
- every task belongs to a cancel scope (``_cancel_scope``);
- real I/O, threads, subprocesses, signals and executors raise
  :class:`NotAllowedInWorkflowError`.
"""

from __future__ import annotations

import asyncio
import contextvars
import sys
import types
import weakref
from collections.abc import AsyncGenerator, Callable
from datetime import datetime, timedelta
from typing import Any, TypeVar, TypeVarTuple

import sniffio

from ._cancel_scope import CancellationScope, ScopeTree, current_scope_var
from ._errors import HOST_LIBRARY_INSTEAD, NotAllowedInWorkflowError, WorkflowLivelockError
from ._forbidden import ForbiddenLoopFeatures
from ._task import TaskCoroutine, WorkflowTask
from ._timers import DurableTimerHandle, TimerSink, timer_millis

_T = TypeVar("_T")
_Ts = TypeVarTuple("_Ts")

# What sniffio reports inside workflow code. No async library has this name, so anyio
# and trio calls made by workflow code fail loudly instead of running on the host.
WORKFLOW_ASYNC_LIBRARY = "temporalio-workflow"


def _install_anyio_guard() -> None:
    """Make anyio calls in workflow code fail with a message that says why.

    anyio looks its backend up as the module ``anyio._backends._<library>``
    (``sys.modules`` first). Registering a module under our library's name whose
    attributes raise :class:`NotAllowedInWorkflowError` turns anyio's otherwise
    puzzling ``ModuleNotFoundError`` into a clear error. Nothing else uses that name.
    """
    name = f"anyio._backends._{WORKFLOW_ASYNC_LIBRARY}"
    if name in sys.modules:
        return
    guard = types.ModuleType(name, _install_anyio_guard.__doc__)

    def refuse(attr: str) -> Any:
        raise NotAllowedInWorkflowError("anyio in workflow code", HOST_LIBRARY_INSTEAD)

    guard.__getattr__ = refuse  # type: ignore[method-assign]
    sys.modules[name] = guard


_install_anyio_guard()

_CLOSED = "the workflow's event loop is closed"
_ExceptionHandler = Callable[[asyncio.AbstractEventLoop, dict[str, Any]], object]


class _ClosedTimerSink:
    # Replaces the host's sink on destroy(), so that a destroyed loop keeps no reference
    # to the runtime and can never issue a timer command again.
    def start_timer(self, delay: timedelta, fire: Callable[[], None]) -> int:
        raise RuntimeError(_CLOSED)

    def cancel_timer(self, seq: int) -> None:
        pass


class WorkflowEventLoop(ForbiddenLoopFeatures):
    """The deterministic asyncio event loop of one workflow run.

    The runtime drives it: :meth:`set_time`, then apply the activation's jobs (resolve
    futures, ``fire()`` timers, create tasks, cancel :attr:`root_scope`), then
    :meth:`run_until_idle`, then :meth:`take_unhandled_errors`. :meth:`destroy` tears the
    run down for cache eviction.
    """

    def __init__(self, timer_sink: TimerSink, *, max_callbacks_per_run: int = 1_000_000) -> None:
        """Create the loop of one workflow run.

        Args:
            timer_sink: Starts and cancels the durable timers behind ``call_later``.
            max_callbacks_per_run: How many callbacks one :meth:`run_until_idle` may run
                before it gives up with :class:`WorkflowLivelockError`.
        """
        self._sink: TimerSink = timer_sink
        self._max_callbacks = max_callbacks_per_run
        # Handles ready to run, in FIFO order. call_soon and fired timers append; only
        # _run_ready takes them. A list, not a deque: it is empty between activations,
        # and an idle deque costs every cached run about 700 bytes.
        self._ready: list[asyncio.Handle] = []
        # aclose() handles queued by the async generator finalizer (any thread); moved
        # to _ready by _run_ready. Never replaced, so an append from another thread
        # cannot land in a batch list that was already run.
        self._finalized: list[asyncio.Handle] = []
        self._now = 0.0
        self._running = False
        self._closed = False
        # Durable timers started and neither fired nor cancelled, by sequence number.
        self._timers: dict[int, DurableTimerHandle] = {}
        # Every unfinished task, so that none is garbage-collected while it waits (asyncio
        # keeps only weak references), in creation order.
        self._tasks: dict[WorkflowTask[Any], None] = {}
        self._task_counter = 0
        self._exception_handler: _ExceptionHandler | None = None
        self._unhandled: list[dict[str, Any]] = []
        self._asyncgens: weakref.WeakKeyDictionary[AsyncGenerator[Any, Any], None] = (
            weakref.WeakKeyDictionary()
        )
        self._scopes = ScopeTree(self)
        # The context workflow code starts from: empty of the host's context variables,
        # with sniffio's marker and the root scope. Tasks and callbacks created from the
        # host side get a copy of it.
        self._context = contextvars.Context()
        self._context.run(self._init_context)

    # -- for the runtime ---------------------------------------------------------------

    @property
    def root_scope(self) -> CancellationScope:
        """The workflow's root cancel scope; a workflow cancel request cancels it."""
        return self._scopes.root

    def set_time(self, now: datetime | float) -> None:
        """Set workflow time (what :meth:`time` returns) before an activation.

        Args:
            now: A timezone-aware datetime, or seconds since the epoch.
        """
        if isinstance(now, datetime):
            if now.tzinfo is None:
                raise ValueError("workflow time must be a timezone-aware datetime")
            now = now.timestamp()
        self._now = float(now)

    def run_until_idle(self) -> None:
        """Run ready callbacks, in FIFO order, until none is ready.

        Works on any thread, also inline on one where a host asyncio or trio loop runs:
        the thread's running loop, sniffio's thread-local library name and async
        generator hooks are swapped for the loop's own and restored afterwards.

        Raises:
            WorkflowLivelockError: More than ``max_callbacks_per_run`` callbacks ran.
            RuntimeError: The loop is closed, or already running (re-entered).
        """
        if self._closed:
            raise RuntimeError(_CLOSED)
        if self._running:
            raise RuntimeError("run_until_idle() called while the workflow's loop runs")
        host_loop = asyncio._get_running_loop()
        host_library = sniffio.thread_local.name
        host_hooks = sys.get_asyncgen_hooks()
        asyncio._set_running_loop(self)
        sniffio.thread_local.name = None
        sys.set_asyncgen_hooks(
            firstiter=self._asyncgen_firstiter_hook, finalizer=self._asyncgen_finalizer_hook
        )
        self._running = True
        try:
            self._run_ready()
        finally:
            self._running = False
            sys.set_asyncgen_hooks(firstiter=host_hooks.firstiter, finalizer=host_hooks.finalizer)
            sniffio.thread_local.name = host_library
            asyncio._set_running_loop(host_loop)

    def tasks(self) -> list[WorkflowTask[Any]]:
        """The loop's unfinished tasks, in creation order (for stack traces)."""
        return list(self._tasks)

    def take_unhandled_errors(self) -> list[dict[str, Any]]:
        """Return and forget the contexts given to the default exception handler.

        Each is an asyncio exception-handler context (``message``, often ``exception``);
        the runtime turns them into a workflow task failure.
        """
        errors, self._unhandled = self._unhandled, []
        return errors

    def has_live_tasks(self) -> bool:
        """Whether any task is unfinished (so :meth:`destroy` would run workflow code)."""
        return bool(self._tasks)

    def destroy(self) -> None:
        """Tear the run down for cache eviction; the loop is closed afterwards.

        Closes every unfinished task's coroutine without stepping the loop again. Closing
        runs the coroutines' ``finally`` blocks, but nothing they try can reach the
        runtime: scheduling, timers and futures raise on a closed loop, timer cancels are
        not sent, and errors are dropped. Afterwards the loop holds no task, handle, scope
        or timer, and no reference to the timer sink.
        """
        if self._running:
            raise RuntimeError("destroy() called while the workflow's loop runs")
        if self._closed:
            return
        self._closed = True
        tasks = list(self._tasks)
        self._tasks.clear()
        for task in tasks:
            # The task stays pending forever once its coroutine is closed; asyncio must
            # not report it as "destroyed but pending" when it is collected.
            task._log_destroy_pending = False
            coro = task.get_coro()
            if coro is not None:
                try:
                    coro.close()
                except (KeyboardInterrupt, SystemExit):
                    raise
                except BaseException:  # the run is thrown away, and its errors with it
                    pass
        for timer in list(self._timers.values()):
            timer.cancel()
        self._timers.clear()
        self._ready.clear()
        self._finalized.clear()
        self._scopes.clear()
        self._asyncgens.clear()
        self._unhandled.clear()
        self._exception_handler = None
        self._sink = _ClosedTimerSink()

    # -- scheduling ----------------------------------------------------------------------

    def time(self) -> float:
        """Workflow time in seconds since the epoch (never the real clock)."""
        return self._now

    def call_soon(
        self,
        callback: Callable[[*_Ts], object],
        *args: *_Ts,
        context: contextvars.Context | None = None,
    ) -> asyncio.Handle:
        """Queue ``callback(*args)`` at the end of the ready queue."""
        if self._closed:
            raise RuntimeError(_CLOSED)
        if context is None and not self._running:
            context = self._context.copy()
        handle = asyncio.Handle(callback, args, self, context)
        self._ready.append(handle)
        return handle

    def call_later(
        self,
        delay: float,
        callback: Callable[[*_Ts], object],
        *args: *_Ts,
        context: contextvars.Context | None = None,
    ) -> asyncio.TimerHandle:
        """Start a durable timer of ``delay`` seconds (whole ms, at least 0) for ``callback``."""
        if self._closed:
            raise RuntimeError(_CLOSED)
        millis = timer_millis(delay)
        if context is None and not self._running:
            context = self._context.copy()
        handle = DurableTimerHandle(self._now + millis / 1000, callback, args, self, context)
        seq = self._sink.start_timer(timedelta(milliseconds=millis), handle.fire)
        handle._seq = seq
        self._timers[seq] = handle
        return handle

    def call_at(
        self,
        when: float,
        callback: Callable[[*_Ts], object],
        *args: *_Ts,
        context: contextvars.Context | None = None,
    ) -> asyncio.TimerHandle:
        """Start a durable timer that fires at workflow time ``when`` (rounded to ms)."""
        return self.call_later(when - self._now, callback, *args, context=context)

    def create_future(self) -> asyncio.Future[Any]:
        """Create an asyncio future bound to this loop."""
        if self._closed:
            raise RuntimeError(_CLOSED)
        return asyncio.Future(loop=self)

    def create_task(
        self,
        coro: TaskCoroutine[_T],
        *,
        name: str | None = None,
        context: contextvars.Context | None = None,
        **kwargs: Any,
    ) -> asyncio.Task[_T]:
        """Create a workflow task in the current cancel scope.

        Tasks are named ``Task-<n>`` by a counter of this loop (asyncio's counter is global
        to the process, so its names would differ between a run and its replay). Eager
        start (Python 3.14's ``eager_start=True``) is not allowed.
        """
        if self._closed:
            raise RuntimeError(_CLOSED)
        if kwargs.pop("eager_start", None):
            raise NotAllowedInWorkflowError(
                "eager task start", "a workflow task first runs when the loop gets to it"
            )
        if kwargs:
            raise TypeError(f"create_task() got unexpected arguments: {', '.join(kwargs)}")
        if context is None:
            context = contextvars.copy_context() if self._running else self._context.copy()
        scope = context.get(current_scope_var)
        if scope is None:
            # A context that never saw this workflow (a fresh one passed in): make it one.
            context.run(self._init_context)
            scope = self._scopes.root
        self._task_counter += 1
        if name is None:
            name = f"Task-{self._task_counter}"
        task = WorkflowTask(coro, loop=self, name=name, context=context)
        self._tasks[task] = None
        task.add_done_callback(self._task_done, context=self._context)
        self._scopes.task_created(task, scope)
        return task

    def _run_ready(self) -> None:
        # The hot loop. Runs the ready handles batch by batch: what they schedule goes
        # to a fresh list and runs after the current batch, which is FIFO order.
        doomed = self._scopes.doomed
        after_step = self._scopes.after_step
        budget = self._max_callbacks
        finalized = self._finalized
        while finalized:
            self._ready.append(finalized.pop(0))
        batch = self._ready
        while batch:
            self._ready = []
            if budget < len(batch):
                # Run up to the budget, keep the rest queued, and report the livelock.
                self._ready = batch[budget:] + self._ready
                batch = batch[:budget]
                budget = 0
            else:
                budget -= len(batch)
            for handle in batch:
                if handle._cancelled:
                    continue
                handle._run()
                if doomed:
                    after_step(handle)
            if budget == 0 and self._ready:
                raise WorkflowLivelockError(
                    f"the workflow ran {self._max_callbacks} callbacks in one activation "
                    "without waiting on anything (e.g. a loop around asyncio.sleep(0))"
                )
            while finalized:
                self._ready.append(finalized.pop(0))
            batch = self._ready

    def _task_done(self, task: asyncio.Future[Any]) -> None:
        if isinstance(task, WorkflowTask):
            self._tasks.pop(task, None)
            self._scopes.task_done(task)

    def _timer_fired(self, handle: DurableTimerHandle) -> None:
        if self._closed:
            return
        self._timers.pop(handle._seq, None)
        self._ready.append(handle)

    def _timer_cancelled(self, handle: DurableTimerHandle) -> None:
        # A destroyed run sends nothing: its timers die with it on the runtime's side.
        if self._timers.pop(handle._seq, None) is not None and not self._closed:
            self._sink.cancel_timer(handle._seq)

    def _timer_handle_cancelled(self, handle: asyncio.TimerHandle) -> None:
        # asyncio.TimerHandle.cancel() calls this; DurableTimerHandle.cancel() already
        # told us through _timer_cancelled.
        pass

    def _init_context(self) -> None:
        sniffio.current_async_library_cvar.set(WORKFLOW_ASYNC_LIBRARY)
        current_scope_var.set(self._scopes.root)

    # -- state -----------------------------------------------------------------------------

    def is_running(self) -> bool:
        """True while :meth:`run_until_idle` runs callbacks."""
        return self._running

    def is_closed(self) -> bool:
        """True once :meth:`destroy` (or :meth:`close`) was called."""
        return self._closed

    def close(self) -> None:
        """Same as :meth:`destroy`; not allowed from workflow code."""
        if self._running:
            raise NotAllowedInWorkflowError(
                "loop.close()", "a workflow ends by returning from its run method"
            )
        self.destroy()

    def get_debug(self) -> bool:
        """Always False: asyncio's debug mode has no meaning on this loop."""
        return False

    def set_debug(self, enabled: bool) -> None:
        """Accept ``False``; debug mode cannot be turned on."""
        if enabled:
            raise NotAllowedInWorkflowError(
                "asyncio debug mode", "debug the workflow with the worker's debug_mode"
            )

    def get_task_factory(self) -> None:
        """Always None: the loop creates every task itself."""
        return None

    def set_task_factory(self, factory: object) -> None:
        """Accept ``None``; custom task factories are not allowed."""
        if factory is not None:
            raise NotAllowedInWorkflowError(
                "loop.set_task_factory()", "workflow tasks must be created by the workflow's loop"
            )

    async def shutdown_asyncgens(self) -> None:
        """Close the async generators that started on this loop, in the order they started."""
        agens = list(self._asyncgens)
        self._asyncgens.clear()
        for agen in agens:
            try:
                await agen.aclose()
            except Exception as exc:
                self.call_exception_handler(
                    {"message": "an async generator failed to close", "exception": exc}
                )

    async def shutdown_default_executor(self, timeout: float | None = None) -> None:
        """Nothing to do: the loop has no executor."""

    # -- errors ----------------------------------------------------------------------------

    def get_exception_handler(self) -> _ExceptionHandler | None:
        """The handler set by :meth:`set_exception_handler`, if any."""
        return self._exception_handler

    def set_exception_handler(self, handler: _ExceptionHandler | None) -> None:
        """Route unhandled errors to ``handler(loop, context)`` instead of the default."""
        self._exception_handler = handler

    def default_exception_handler(self, context: dict[str, Any]) -> None:
        """Collect ``context`` for the runtime (see :meth:`take_unhandled_errors`)."""
        self._unhandled.append(context)

    def call_exception_handler(self, context: dict[str, Any]) -> None:
        """Report an error no code handled (a failed callback, a lost task exception).

        Dropped once the loop is closed: the run is being thrown away.
        """
        if self._closed:
            return
        handler = self._exception_handler
        if handler is None:
            self.default_exception_handler(context)
            return
        try:
            handler(self, context)
        except (KeyboardInterrupt, SystemExit):
            raise
        except BaseException as exc:
            self.default_exception_handler(
                {
                    "message": "the workflow's exception handler failed",
                    "exception": exc,
                    "context": context,
                }
            )

    # -- async generators ------------------------------------------------------------------

    def _asyncgen_firstiter_hook(self, agen: AsyncGenerator[Any, Any]) -> None:
        self._asyncgens[agen] = None

    def _asyncgen_finalizer_hook(self, agen: AsyncGenerator[Any, Any]) -> None:
        # Called by the garbage collector, maybe on another thread and between
        # activations, for an unfinished async generator that started on this loop. Its
        # aclose() must run as workflow code on this loop, so queue it; a list append
        # is atomic.
        self._asyncgens.pop(agen, None)
        if not self._closed:
            self._finalized.append(
                asyncio.Handle(self._aclose, (agen,), self, self._context.copy())
            )

    def _aclose(self, agen: AsyncGenerator[Any, Any]) -> None:
        self.create_task(agen.aclose())

    def __repr__(self) -> str:
        state = "closed" if self._closed else "running" if self._running else "idle"
        return f"<WorkflowEventLoop {state} time={self._now} tasks={len(self._tasks)}>"
