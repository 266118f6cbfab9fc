"""CancellationScope: trio's cancel scope, made durable.

Every workflow run has a tree of scopes rooted at its *root scope*, which the runtime
cancels when the workflow is asked to cancel. The rules are trio's, side by side:

==============================  =========================================================
trio ``CancelScope``            workflow ``CancellationScope``
==============================  =========================================================
``with trio.CancelScope():``    ``with CancellationScope():`` (also around awaits), or
                                ``await scope.run(fn, *args)``
``scope.cancel()``              ``scope.cancel()``; the runtime also cancels activities,
                                timers and child workflows started inside (through
                                :meth:`CancellationScope.add_cancel_callback`)
``shield=True``                 ``detached=True``: cancelling an ancestor does not reach in
``move_on_after(s)``            ``CancellationScope(timeout=s)``: one *durable* timer,
                                started on entry, cancelled if the scope ends first
``Cancelled``                   ``asyncio.CancelledError`` (see ``_errors.CancelledError``)
checkpoint                      every ``await`` that suspends the task
``cancel_called``               ``cancel_called``
``cancelled_caught``            ``cancelled_caught``
==============================  =========================================================

Semantics:

- A scope is *effectively cancelled* when it was cancelled itself or its parent is
  effectively cancelled and it is not detached (``scope.cancelled``).
- The current scope belongs to the task (a context variable): a task created inside a
  scope is in that scope and sees its cancellation, even after the creator left it.
- While a task is in an effectively cancelled scope, *every* await that suspends it is
  cancelled, not only the first one as with ``Task.cancel()``: code that catches the
  error and awaits again is cancelled again, until it leaves the scope. A task created
  in an effectively cancelled scope is cancelled before its first step (asyncio's rule
  for a task cancelled before it started).
- The cancellation is an ordinary asyncio cancel request (``task.cancel()``), so it is
  counted by ``task.cancelling()`` and composes with ``asyncio.timeout()``, ``wait_for``
  and ``TaskGroup``. When the task leaves the scope, the scope withdraws its requests
  (``task.uncancel()``).
- The *outermost* effectively cancelled scope, the one whose own ``cancel()`` caused the
  cancellation, catches the ``CancelledError`` at its exit, and the ``with`` block ends
  normally, as in trio. It does not catch it if other cancel requests are still
  outstanding on the task (a plain ``task.cancel()`` from elsewhere): cancellation is
  never swallowed.
- ``await scope.run(fn)`` has no value to return when the scope caught its own
  cancellation, so there it raises that ``CancelledError`` to its caller (like trio's
  ``fail_after`` raising instead of returning).
- Cancellation is only ever raised where the task waits; a scope cancelled while the task
  runs synchronously takes effect at the task's next await.
- ``asyncio.shield()`` protects an awaitable from ``Task.cancel()`` of the awaiting task,
  not from a scope: its inner task is in the same scope. Use ``detached=True`` for that.
"""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Awaitable, Callable
from contextvars import ContextVar, Token
from datetime import timedelta
from types import TracebackType
from typing import TYPE_CHECKING, Any, TypeVar, overload

from ._task import WorkflowTask

if TYPE_CHECKING:
    from typing import Self

    from ._event_loop import WorkflowEventLoop

_T = TypeVar("_T")

# Life cycle of a scope. The root scope is born _ENTERED and never exits.
_NEW, _ENTERED, _EXITED = 0, 1, 2

# The innermost scope of the running code. Every context the loop runs workflow code in
# has one (the loop sets the root scope in its base context); None means "not in a
# workflow".
current_scope_var: ContextVar[CancellationScope | None] = ContextVar(
    "temporalio_workflow_cancellation_scope", default=None
)


def _noop() -> None:
    pass


class CancellationScope:
    """A region of workflow code that can be cancelled as a whole.

    Example::

        with workflow.CancellationScope(timeout=timedelta(minutes=5)) as scope:
            await workflow.execute_activity(slow, start_to_close_timeout=...)
        if scope.cancelled_caught:
            ...  # timed out; the activity was cancelled on the server

    See the module documentation for the rules (they are trio's).
    """

    __slots__ = (
        "__weakref__",
        "_callbacks",
        "_cancel_called",
        "_cancelled_caught",
        "_cancelling_at_enter",
        "_caught",
        "_children",
        "_deliveries_at_enter",
        "_detached",
        "_effective",
        "_linked",
        "_next_callback_key",
        "_outer",
        "_parent",
        "_state",
        "_task",
        "_tasks",
        "_timeout",
        "_timer",
        "_token",
        "_tree",
    )

    def __init__(self, *, detached: bool = False, timeout: timedelta | float | None = None) -> None:
        """Create a scope; it takes effect when entered.

        Args:
            detached: Cancelling an ancestor scope does not cancel this one (trio's
                ``shield``). The scope itself can still be cancelled.
            timeout: Cancel the scope this long after it is entered, with one durable
                timer. Zero or less cancels it on entry, without a timer.
        """
        self._detached = detached
        self._timeout = timeout.total_seconds() if isinstance(timeout, timedelta) else timeout
        self._cancel_called = False
        self._cancelled_caught = False
        self._state = _NEW
        # Bound on entry: the tree this scope lives in and its parent (the scope current
        # where it was entered).
        self._tree: ScopeTree | None = None
        self._parent: CancellationScope | None = None
        # Invariant while _linked: _effective == _cancel_called or (not _detached and
        # _parent._effective). A scope is linked (a key of its parent's _children) while
        # entered or while anything in it could still be cancelled: tasks, callbacks or
        # linked children. Unlinked scopes may hold a stale _effective.
        self._linked = False
        self._effective = False
        self._children: dict[CancellationScope, None] = {}
        # Tasks whose innermost scope this is, and cancel callbacks, in insertion order.
        self._tasks: dict[WorkflowTask[Any], None] = {}
        self._callbacks: dict[int, Callable[[], None]] = {}
        self._next_callback_key = 0
        self._timer: asyncio.TimerHandle | None = None
        # Set between __enter__ and __exit__ when entered by a workflow task.
        self._token: Token[CancellationScope | None] | None = None
        self._task: WorkflowTask[Any] | None = None
        self._outer: CancellationScope | None = None
        self._deliveries_at_enter = 0
        self._cancelling_at_enter = 0
        self._caught: BaseException | None = None

    @staticmethod
    def current() -> CancellationScope:
        """The innermost scope of the calling workflow code.

        Raises:
            RuntimeError: Not called from workflow code.
        """
        scope = current_scope_var.get()
        if scope is None:
            raise RuntimeError("CancellationScope.current() is only available in workflow code")
        return scope

    @property
    def cancelled(self) -> bool:
        """Whether the scope is effectively cancelled (itself or via a non-detached ancestor)."""
        scope: CancellationScope | None = self
        while scope is not None:
            if scope._cancel_called:
                return True
            if scope._detached:
                return False
            scope = scope._parent
        return False

    @property
    def cancel_called(self) -> bool:
        """Whether :meth:`cancel` was called on this scope (or its timeout expired)."""
        return self._cancel_called

    @property
    def cancelled_caught(self) -> bool:
        """Whether the scope caught its own cancellation on exit."""
        return self._cancelled_caught

    @property
    def detached(self) -> bool:
        """Whether cancelling an ancestor leaves this scope alone."""
        return self._detached

    @property
    def timeout(self) -> float | None:
        """The timeout in seconds given at construction, if any."""
        return self._timeout

    def cancel(self) -> None:
        """Cancel the scope, its non-detached descendants and everything in them.

        Idempotent. Cancel callbacks run at once, in registration order; tasks in the scope
        get a ``CancelledError`` at their current (or, for the calling task, next) await.
        Cancelling a scope that was not entered yet takes effect on entry.
        """
        if self._cancel_called:
            return
        self._cancel_called = True
        if self._tree is not None:
            self._tree.cancel_scope(self)

    def add_cancel_callback(self, callback: Callable[[], None]) -> Callable[[], None]:
        """Call ``callback`` once when this scope becomes effectively cancelled.

        The runtime uses it to cancel activities, timers and child workflows started in
        the scope on the server. Callbacks run in registration order, also when an
        ancestor's cancellation reaches the scope. If the scope is already effectively
        cancelled, ``callback`` runs now (check :attr:`cancelled` first to send no command).

        Returns:
            A function that unregisters the callback (a no-op once it ran).
        """
        if self.cancelled:
            callback()
            return _noop
        key = self._next_callback_key
        self._next_callback_key = key + 1
        self._callbacks[key] = callback
        tree = self._tree
        if tree is not None and not self._linked:
            tree.relink(self)

        def remove() -> None:
            if self._callbacks.pop(key, None) is not None and tree is not None:
                tree.release(self)

        return remove

    def __enter__(self) -> Self:
        if self._state != _NEW:
            raise RuntimeError("a CancellationScope can be entered only once")
        parent = current_scope_var.get()
        if parent is None or parent._tree is None:
            raise RuntimeError("a CancellationScope can only be entered in workflow code")
        tree = parent._tree
        tree.relink(parent)
        self._tree = tree
        self._parent = parent
        self._state = _ENTERED
        parent._children[self] = None
        self._linked = True
        self._effective = self._cancel_called or (not self._detached and parent._effective)
        self._token = current_scope_var.set(self)
        task = asyncio.current_task(tree.loop)
        if isinstance(task, WorkflowTask) and task._wf_scope is not None:
            self._task = task
            self._outer = task._wf_scope
            self._deliveries_at_enter = task._wf_deliveries
            self._cancelling_at_enter = task.cancelling()
            tree.move_task(task, self)
        if self._effective:
            # Entered already cancelled: callbacks registered before entry run now.
            tree.run_callbacks(self)
        elif self._timeout is not None:
            if self._timeout > 0:
                self._timer = tree.loop.call_later(self._timeout, self._on_deadline)
            else:
                self.cancel()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> bool:
        tree = self._tree
        if self._state != _ENTERED or tree is None or current_scope_var.get() is not self:
            raise RuntimeError(
                "CancellationScope exited out of order (not the innermost scope of this task)"
            )
        self._state = _EXITED
        if self._timer is not None:
            # A no-op for a timer that already fired.
            self._timer.cancel()
            self._timer = None
        assert self._token is not None
        current_scope_var.reset(self._token)
        self._token = None
        swallow = False
        task = self._task
        if task is not None:
            outer = self._outer
            assert outer is not None
            tree.move_task(task, outer)
            if self._cancel_called and not self._cancelled_via_parent():
                # This scope caused the cancellation: withdraw every request scopes made
                # on the task since it entered (inner scopes that were only cancelled
                # through this one left theirs for us), then catch the error unless
                # someone else's request is still outstanding.
                for _ in range(task._wf_deliveries - self._deliveries_at_enter):
                    task.uncancel()
                task._wf_deliveries = self._deliveries_at_enter
                swallow = (
                    isinstance(exc, asyncio.CancelledError)
                    and task.cancelling() <= self._cancelling_at_enter
                )
            self._task = None
            self._outer = None
        tree.release(self)
        if swallow:
            self._cancelled_caught = True
            self._caught = exc
        return swallow

    @overload
    async def run(self, fn: Callable[..., Awaitable[_T]], *args: Any) -> _T: ...

    @overload
    async def run(self, fn: Callable[..., _T], *args: Any) -> _T: ...

    async def run(self, fn: Callable[..., Any], *args: Any) -> Any:
        """Run ``fn(*args)`` (sync or async) inside this scope and return its result.

        Raises:
            asyncio.CancelledError: The scope was cancelled and caught its own
                cancellation, so there is no result to return.
        """
        with self:
            result = fn(*args)
            if inspect.isawaitable(result):
                result = await result
            return result
        # Only reached when __exit__ caught this scope's own cancellation.
        assert self._caught is not None
        raise self._caught

    def _cancelled_via_parent(self) -> bool:
        parent = self._parent
        return not self._detached and parent is not None and parent._effective

    def _on_deadline(self) -> None:
        self._timer = None
        self.cancel()

    def __repr__(self) -> str:
        state = ("new", "entered", "exited")[self._state]
        flags = "".join(
            f" {name}"
            for name, on in (
                ("root", self._parent is None and self._tree is not None),
                ("detached", self._detached),
                ("cancel_called", self._cancel_called),
                ("cancelled", self.cancelled),
            )
            if on
        )
        return f"<CancellationScope {state}{flags}>"


class ScopeTree:
    """The scopes of one workflow run and the delivery of their cancellations to tasks.

    Owned by the run's :class:`WorkflowEventLoop`. ``doomed`` holds, in insertion order,
    the tasks that may be in an effectively cancelled scope; the loop checks a doomed task
    after each of its steps (:meth:`after_step`) and cancels the await it stopped at.
    Invariant: a task in an effectively cancelled scope is in ``doomed`` and, while it is
    not running, has a pending cancellation.
    """

    __slots__ = ("doomed", "loop", "root")

    def __init__(self, loop: WorkflowEventLoop) -> None:
        self.loop = loop
        self.doomed: dict[WorkflowTask[Any], None] = {}
        root = CancellationScope()
        root._tree = self
        root._state = _ENTERED
        root._linked = True
        self.root = root

    def task_created(self, task: WorkflowTask[Any], scope: CancellationScope) -> None:
        """Put a new task in the scope current where it was created."""
        if scope._tree is not self:
            scope = self.root
        self.relink(scope)
        task._wf_scope = scope
        scope._tasks[task] = None
        if scope._effective:
            self.doomed[task] = None
            self._deliver(task)

    def task_done(self, task: WorkflowTask[Any]) -> None:
        """Forget a finished task."""
        self.doomed.pop(task, None)
        task._wf_cancelled_waiter = None
        scope = task._wf_scope
        if scope is not None:
            task._wf_scope = None
            scope._tasks.pop(task, None)
            self.release(scope)

    def move_task(self, task: WorkflowTask[Any], scope: CancellationScope) -> None:
        """Make ``scope`` the innermost scope of the running ``task`` (scope entry or exit).

        The task is running, so nothing is delivered now: :meth:`after_step` cancels its
        next await if the scope is effectively cancelled.
        """
        old = task._wf_scope
        if old is not None:
            old._tasks.pop(task, None)
        task._wf_scope = scope
        scope._tasks[task] = None
        if scope._effective:
            self.doomed[task] = None
        else:
            self.doomed.pop(task, None)
            task._wf_cancelled_waiter = None

    def after_step(self, handle: asyncio.Handle) -> None:
        """Re-deliver the cancellation to a doomed task that just ran (called by the loop).

        Task steps run as handles whose callback is a method of the task (its step or its
        wake-up), so the handle tells which task ran.
        """
        task = getattr(getattr(handle, "_callback", None), "__self__", None)
        if isinstance(task, WorkflowTask) and task in self.doomed:
            scope = task._wf_scope
            if task.done() or scope is None or not scope._effective:
                del self.doomed[task]
                task._wf_cancelled_waiter = None
            else:
                self._deliver(task)

    def cancel_scope(self, scope: CancellationScope) -> None:
        """Apply ``scope.cancel()``: mark its subtree and cancel what is in it."""
        if scope._effective:
            return  # already cancelled through an ancestor: nothing changes below it
        newly: list[CancellationScope] = []
        self._mark_effective(scope, newly)
        running = asyncio.current_task(self.loop)
        for s in newly:
            if s._timer is not None:
                s._timer.cancel()
                s._timer = None
            self.run_callbacks(s)
            for task in list(s._tasks):
                if task.done():
                    continue
                self.doomed[task] = None
                # The running task (it cancelled its own scope) is cancelled at its next
                # await, by after_step, once it suspends.
                if task is not running:
                    self._deliver(task)
        for s in newly:
            self.release(s)

    def relink(self, scope: CancellationScope) -> None:
        """Link an exited, emptied scope back into the tree before something enters it.

        A context captured inside a scope (e.g. a callback's) can still create a task
        there after the scope was released; the task must be reachable from the root.
        """
        chain: list[CancellationScope] = []
        s = scope
        while not s._linked:
            chain.append(s)
            assert s._parent is not None  # the root is always linked
            s = s._parent
        for s in reversed(chain):
            parent = s._parent
            assert parent is not None
            parent._children[s] = None
            s._linked = True
            s._effective = s._cancel_called or (not s._detached and parent._effective)

    def release(self, scope: CancellationScope) -> None:
        """Unlink exited scopes that hold nothing cancellable any more, bottom-up."""
        s = scope
        while s._linked and s._state == _EXITED and not (s._tasks or s._children or s._callbacks):
            parent = s._parent
            assert parent is not None
            parent._children.pop(s, None)
            s._linked = False
            s = parent

    def clear(self) -> None:
        """Drop every task, callback and child scope (the loop is being destroyed)."""
        stack = [self.root]
        while stack:
            s = stack.pop()
            stack.extend(s._children)
            s._children.clear()
            s._tasks.clear()
            s._callbacks.clear()
            s._timer = None
            s._task = None
            s._outer = None
        self.doomed.clear()

    def _mark_effective(self, scope: CancellationScope, out: list[CancellationScope]) -> None:
        # Pre-order, children in entry order: the order callbacks run and commands go out.
        scope._effective = True
        out.append(scope)
        for child in list(scope._children):
            if not child._detached and not child._effective:
                self._mark_effective(child, out)

    def _deliver(self, task: WorkflowTask[Any]) -> None:
        # One cancellation per suspension: skip if the task already has a pending
        # cancellation from us (its waiter is the one we cancelled) or from anyone
        # (_must_cancel). A waiter that completed normally gets no skip: the task then
        # sees CancelledError instead of the result, so the cancellation is never lost.
        waiter = task._fut_waiter
        if task._must_cancel or (waiter is not None and waiter is task._wf_cancelled_waiter):
            return
        task._wf_cancelled_waiter = waiter
        task._wf_deliveries += 1
        task.cancel()

    def run_callbacks(self, scope: CancellationScope) -> None:
        """Run and forget the cancel callbacks of an effectively cancelled scope."""
        if not scope._callbacks:
            return
        callbacks = list(scope._callbacks.values())
        scope._callbacks.clear()
        for callback in callbacks:
            try:
                callback()
            except Exception as exc:
                self.loop.call_exception_handler(
                    {"message": f"a cancel callback of {scope!r} failed", "exception": exc}
                )
