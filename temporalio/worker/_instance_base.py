"""State and helpers shared by the workflow instance and its feature mixins.

:class:`InstanceBase` holds everything one run's instance knows; the feature
mixins (activities, local activities, children, updates, ...) add the jobs they
resolve as ``_apply_<JobType>`` methods and the ``workflow_*`` runtime calls they
serve, and :class:`~temporalio.worker._workflow_instance.WorkflowInstance` puts
them together.

Invariants:

* ``_commands`` holds the commands of the current activation only, in the order
  workflow code issued them; it is handed to the machines and reset.
* Sequence numbers are per command kind and never reused within a run, so timer
  ids and default activity ids (``str(seq)``) match other SDKs' histories.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import temporalio.converter
import temporalio.exceptions
from temporalio._loop import WorkflowEventLoop
from temporalio._loop._errors import explain_host_library_error
from temporalio.api.common.v1 import Payload
from temporalio.api.failure.v1 import Failure
from temporalio.api.sdk.v1 import UserMetadata
from temporalio.worker._machines import _commands as cmd
from temporalio.workflow._definition import WorkflowDefinition
from temporalio.workflow._errors import ReadOnlyContextError
from temporalio.workflow._info import Info
from temporalio.workflow._runtime import WorkflowRuntime

if TYPE_CHECKING:
    from temporalio.worker._interceptor import (
        WorkflowInboundInterceptor,
        WorkflowOutboundInterceptor,
    )


@dataclass(frozen=True)
class InstanceConfig:
    """What the worker gives every workflow instance it creates."""

    defn: WorkflowDefinition
    namespace: str
    task_queue: str
    payload_converter: temporalio.converter.PayloadConverter
    failure_converter: temporalio.converter.FailureConverter
    failure_exception_types: tuple[type[BaseException], ...] = ()
    """Exceptions that fail the workflow (not the task): the worker's plus the class's."""
    interceptor_classes: tuple[type[WorkflowInboundInterceptor], ...] = ()
    """Workflow inbound interceptor classes of the worker's interceptors, outermost first."""

    def fails_workflow(self, err: BaseException) -> bool:
        """Whether ``err`` escaping workflow code fails the workflow (else: the task)."""
        return isinstance(err, (temporalio.exceptions.FailureError, *self.failure_exception_types))


class InstanceBase(WorkflowRuntime):
    """The state of one run's instance, and helpers every feature uses.

    ``_inbound`` (the outermost inbound interceptor) and ``_outbound`` (the
    outbound chain) are set by the instance once it is complete.
    """

    # Slots, not an instance dict: every cached run carries an instance. The fields of
    # the feature mixins are here too (a class may have only one slotted base).
    __slots__ = (
        "_activities",
        "_can_suggested",
        "_cancel_requested",
        "_cancel_sent",
        "_children",
        "_commands",
        "_conditions",
        "_config",
        "_current_details",
        "_external_cancels",
        "_external_signals",
        "_finished",
        "_history_length",
        "_history_size",
        "_inbound",
        "_info",
        "_local_activities",
        "_loop",
        "_main",
        "_memo_decoded",
        "_next_timer_summary",
        "_object",
        "_outbound",
        "_patch_answers",
        "_patches_seen",
        "_query_handlers",
        "_random_gen",
        "_random_seed",
        "_read_only",
        "_replaying",
        "_run_id",
        "_running_handlers",
        "_seq",
        "_signal_buffer",
        "_signal_handlers",
        "_task_failure",
        "_timers",
        "_update_handlers",
    )

    _inbound: WorkflowInboundInterceptor
    _outbound: WorkflowOutboundInterceptor

    def __init__(self, config: InstanceConfig, run_id: str) -> None:
        """Create an idle instance; the first activation's InitializeWorkflow starts it."""
        self._config = config
        self._run_id = run_id
        self._loop = WorkflowEventLoop(self)  # type: ignore[arg-type]
        self._commands: list[cmd.LangCommand] = []
        self._seq: dict[str, int] = {}
        self._timers: dict[int, Callable[[], None]] = {}
        self._activities: dict[int, Any] = {}  # seq -> Future of the resolution
        self._cancel_sent: set[int] = set()  # activity seqs already cancelled/abandoned
        self._conditions: list[tuple[Callable[[], bool], Any]] = []
        self._info: Info | None = None
        self._object: Any = None
        self._main: Any = None  # the run() task
        # The generator (2.5 KB of state) is made on first use, from the latest seed.
        self._random_gen: random.Random | None = None
        self._random_seed = 0
        self._replaying = False
        self._history_length = 0  # these three: as of the latest activation
        self._history_size = 0
        self._can_suggested = False
        self._read_only = False
        self._cancel_requested = False
        self._finished = False
        self._task_failure: BaseException | None = None
        self._patches_seen: set[str] = set()
        self._next_timer_summary: str | None = None  # for the next StartTimer only
        self._current_details = ""  # workflow.set_current_details

    # -- helpers ---------------------------------------------------------------

    @property
    def _random(self) -> random.Random:
        gen = self._random_gen
        if gen is None:
            gen = self._random_gen = random.Random(self._random_seed)
        return gen

    def _reseed(self, seed: int) -> None:
        """New randomness seed from the server; a generator in use is reseeded in place."""
        self._random_seed = seed
        if self._random_gen is not None:
            self._random_gen.seed(seed)

    def _user_metadata(
        self, summary: str | None, details: str | None = None
    ) -> UserMetadata | None:
        """The user metadata (UI summary and details) of a command, or None."""
        if not summary and not details:
            return None
        convert = self._config.payload_converter
        out = UserMetadata()
        if summary:
            out.summary.CopyFrom(convert.to_payloads([summary])[0])
        if details:
            out.details.CopyFrom(convert.to_payloads([details])[0])
        return out

    def _next_seq(self, kind: str) -> int:
        seq = self._seq.get(kind, 0) + 1
        self._seq[kind] = seq
        return seq

    def _unsend(self, kind: type, seq: int) -> bool:
        """Drop a command of this activation that was not sent yet; True if found."""
        for i, c in enumerate(self._commands):
            if type(c) is kind and getattr(c, "seq", None) == seq:
                del self._commands[i]
                return True
        return False

    def _check_writable(self, what: str) -> None:
        if self._read_only:
            raise ReadOnlyContextError(
                f"{what} is not allowed in a query handler (queries are read-only)"
            )
        if self._finished:
            raise RuntimeError(f"{what} after the workflow finished")

    def _fail_task(self, err: BaseException) -> None:
        if self._task_failure is None:
            self._task_failure = explain_host_library_error(err)

    def _failure_of(self, err: BaseException) -> Failure:
        failure = Failure()
        self._config.failure_converter.to_failure(err, self._config.payload_converter, failure)
        return failure

    def _decode_args(
        self, payloads: Sequence[Payload], types: Sequence[Any] | None, what: str
    ) -> list[Any]:
        try:
            return self._config.payload_converter.from_payloads(
                list(payloads), list(types) if types else None
            )
        except Exception as err:
            raise TypeError(f"cannot decode the arguments of {what}: {err}") from err

    def _require_info(self) -> Info:
        """The run's info (not through the interceptors)."""
        if self._info is None:
            raise RuntimeError("workflow info is not available before the workflow starts")
        return self._info


def _takes_varargs(fn: Callable[..., Any]) -> bool:
    code = getattr(fn, "__code__", None)
    return bool(code is not None and code.co_flags & 0x04)  # CO_VARARGS


async def _wait_unlinked(loop: WorkflowEventLoop, fut: Any) -> Any:
    """Wait for ``fut`` without cancelling it when the waiting task is cancelled."""
    if not fut.done():
        waiter = loop.create_future()

        def wake(_: Any) -> None:
            if not waiter.done():
                waiter.set_result(None)

        fut.add_done_callback(wake)
        try:
            await waiter
        finally:
            fut.remove_done_callback(wake)
    return fut.result()


def _set_none(fut: Any) -> None:
    if not fut.done():
        fut.set_result(None)


async def _wait_for(
    call_later: Callable[[float, Callable[[], None]], Any], fut: Any, timeout: float
) -> None:
    timed_out = False

    def expire() -> None:
        nonlocal timed_out
        if not fut.done():
            timed_out = True
            fut.cancel()

    handle = call_later(timeout, expire)
    try:
        await fut
    except BaseException:
        if timed_out:
            raise TimeoutError(f"wait_condition timed out after {timeout:g} s") from None
        raise
    finally:
        handle.cancel()
