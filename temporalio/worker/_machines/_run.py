"""The per-run driver: history in, activations out, completions in, commands out.

:class:`WorkflowRun` owns every state machine of one workflow run. The worker feeds it
workflow tasks; it answers with :mod:`run steps <._outcome>`. See the package docstring for
the protocol; this module implements PROTOCOL §2 (logical WFTs, replay flag, job order, when
to respond, command matching and nondeterminism), §4 (local activities), §5 (queries) and
§6 (updates) on top of the per-command machines.

Invariants kept by the driver:

* ``_last_processed_event_id`` is the id of the last applied event; events are applied in
  id order without gaps.
* ``_fifo`` holds, in issue order, every command not yet matched by its command event
  (local-activity markers are kept apart in ``_la_markers``: they are matched by ``seq``).
* ``jobs`` only grows while applying history or commands; it is drained into exactly one
  activation at a time, and nothing is applied while an activation is outstanding.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from typing import TypeVar

from temporalio.api.command.v1 import (
    Command,
    RequestCancelExternalWorkflowExecutionCommandAttributes,
)
from temporalio.api.common.v1 import Payload, SearchAttributes
from temporalio.api.enums.v1 import (
    CommandType,
    EventType,
    QueryResultType,
    WorkflowTaskFailedCause,
)
from temporalio.api.failure.v1 import ApplicationFailureInfo, Failure
from temporalio.api.history.v1 import HistoryEvent, WorkflowExecutionStartedEventAttributes
from temporalio.api.protocol.v1 import Message
from temporalio.api.query.v1 import WorkflowQueryResult

from . import _commands as lc
from ._activation import (
    LEGACY_QUERY_ID,
    Activation,
    CancelWorkflow,
    EvictionReason,
    InitializeWorkflow,
    Job,
    NotifyHasPatch,
    QueryWorkflow,
    RemoveFromCache,
    SignalWorkflow,
    UpdateRandomSeed,
    headers_of,
    job_sort_key,
)
from ._activity import ActivityMachine
from ._child import ChildWorkflowMachine
from ._errors import HistoryError, MachineError, NondeterminismError
from ._external import CancelExternalMachine, SignalExternalMachine
from ._flags import CoreFlag, InternalFlags
from ._history import (
    COMMAND_EVENT_TYPES,
    FINAL_EVENT_TYPES,
    IGNORABLE_EVENT_TYPES,
    HistoryBuffer,
    describe_event,
    event_type_name,
)
from ._local_activity import (
    LOCAL_ACTIVITY_MARKER_NAME,
    CancelLocalActivityRequest,
    LocalActivityMachine,
    LocalActivityMarker,
    LocalActivityRequest,
    LocalActivityResult,
    decode_local_activity_marker,
    request_for,
)
from ._machine import CommandEntry, Machine, timestamp_ns
from ._outcome import (
    AwaitLocalActivities,
    CompleteWorkflowTask,
    FailWorkflowTask,
    NoResponse,
    RespondLegacyQuery,
    RunStep,
)
from ._patch import (
    CHANGE_VERSION_SEARCH_ATTRIBUTE,
    PATCH_MARKER_NAME,
    PatchMachine,
    change_version_search_attributes,
    decode_patch_marker,
)
from ._seed import randomness_seed
from ._simple import TERMINAL_COMMANDS, SimpleCommandMachine, augment_continue_as_new
from ._task import ActivationCompletion, WorkflowTask
from ._timer import TimerMachine
from ._update import UpdateMachine, UpdateRequestMessage

__all__ = ["WorkflowRun"]

_M = TypeVar("_M")

ET = EventType
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_NDE_CAUSE = WorkflowTaskFailedCause.WORKFLOW_TASK_FAILED_CAUSE_NON_DETERMINISTIC_ERROR
_UNHANDLED_CAUSE = (
    WorkflowTaskFailedCause.WORKFLOW_TASK_FAILED_CAUSE_WORKFLOW_WORKER_UNHANDLED_FAILURE
)

_WFT_COMPLETED = ET.EVENT_TYPE_WORKFLOW_TASK_COMPLETED
_WFT_STARTED = ET.EVENT_TYPE_WORKFLOW_TASK_STARTED
_MARKER = ET.EVENT_TYPE_MARKER_RECORDED
_UPSERT = ET.EVENT_TYPE_UPSERT_WORKFLOW_SEARCH_ATTRIBUTES
_UPDATE_ACCEPTED = ET.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_ACCEPTED

#: Non-command events linked to the machine of their initial event:
#: event type → (attributes field, link field).
_LINKED_EVENTS: dict[int, tuple[str, str]] = {
    ET.EVENT_TYPE_ACTIVITY_TASK_STARTED: (
        "activity_task_started_event_attributes",
        "scheduled_event_id",
    ),
    ET.EVENT_TYPE_ACTIVITY_TASK_COMPLETED: (
        "activity_task_completed_event_attributes",
        "scheduled_event_id",
    ),
    ET.EVENT_TYPE_ACTIVITY_TASK_FAILED: (
        "activity_task_failed_event_attributes",
        "scheduled_event_id",
    ),
    ET.EVENT_TYPE_ACTIVITY_TASK_TIMED_OUT: (
        "activity_task_timed_out_event_attributes",
        "scheduled_event_id",
    ),
    ET.EVENT_TYPE_ACTIVITY_TASK_CANCELED: (
        "activity_task_canceled_event_attributes",
        "scheduled_event_id",
    ),
    ET.EVENT_TYPE_TIMER_FIRED: ("timer_fired_event_attributes", "started_event_id"),
    ET.EVENT_TYPE_START_CHILD_WORKFLOW_EXECUTION_FAILED: (
        "start_child_workflow_execution_failed_event_attributes",
        "initiated_event_id",
    ),
    ET.EVENT_TYPE_CHILD_WORKFLOW_EXECUTION_STARTED: (
        "child_workflow_execution_started_event_attributes",
        "initiated_event_id",
    ),
    ET.EVENT_TYPE_CHILD_WORKFLOW_EXECUTION_COMPLETED: (
        "child_workflow_execution_completed_event_attributes",
        "initiated_event_id",
    ),
    ET.EVENT_TYPE_CHILD_WORKFLOW_EXECUTION_FAILED: (
        "child_workflow_execution_failed_event_attributes",
        "initiated_event_id",
    ),
    ET.EVENT_TYPE_CHILD_WORKFLOW_EXECUTION_CANCELED: (
        "child_workflow_execution_canceled_event_attributes",
        "initiated_event_id",
    ),
    ET.EVENT_TYPE_CHILD_WORKFLOW_EXECUTION_TIMED_OUT: (
        "child_workflow_execution_timed_out_event_attributes",
        "initiated_event_id",
    ),
    ET.EVENT_TYPE_CHILD_WORKFLOW_EXECUTION_TERMINATED: (
        "child_workflow_execution_terminated_event_attributes",
        "initiated_event_id",
    ),
    ET.EVENT_TYPE_EXTERNAL_WORKFLOW_EXECUTION_SIGNALED: (
        "external_workflow_execution_signaled_event_attributes",
        "initiated_event_id",
    ),
    ET.EVENT_TYPE_SIGNAL_EXTERNAL_WORKFLOW_EXECUTION_FAILED: (
        "signal_external_workflow_execution_failed_event_attributes",
        "initiated_event_id",
    ),
    ET.EVENT_TYPE_EXTERNAL_WORKFLOW_EXECUTION_CANCEL_REQUESTED: (
        "external_workflow_execution_cancel_requested_event_attributes",
        "initiated_event_id",
    ),
    ET.EVENT_TYPE_REQUEST_CANCEL_EXTERNAL_WORKFLOW_EXECUTION_FAILED: (
        "request_cancel_external_workflow_execution_failed_event_attributes",
        "initiated_event_id",
    ),
}


def _ns_to_datetime(ns: int) -> datetime:
    return _EPOCH + timedelta(microseconds=ns // 1000)


def _app_failure(message: str, failure_type: str) -> Failure:
    return Failure(
        message=message, application_failure_info=ApplicationFailureInfo(type=failure_type)
    )


class WorkflowRun:
    """All history state machines of one workflow run (sdk-core's ``WorkflowMachines`` plus
    the parts of its ``ManagedRun`` that decide when to respond).

    Not thread-safe; one task and one activation at a time.

    Args:
        namespace: The namespace (used for child/external commands).
        workflow_id: Workflow id (also taken from the first task if empty).
        run_id: Run id (also taken from the first task if empty).
        workflow_type: Workflow type name.
        task_queue: The worker's task queue (filled from the start event when empty).
        sdk_name: Recorded in ``sdk_metadata`` (default ``temporal-python``).
        sdk_version: Recorded in ``sdk_metadata``.
        sdk_metadata_enabled: The server supports ``sdk_metadata`` (``GetSystemInfo``
            capability). When false no internal flag is used or recorded.
    """

    def __init__(
        self,
        *,
        namespace: str = "default",
        workflow_id: str = "",
        run_id: str = "",
        workflow_type: str = "",
        task_queue: str = "",
        sdk_name: str = "temporal-python",
        sdk_version: str = "",
        sdk_metadata_enabled: bool = True,
    ) -> None:
        self.namespace = namespace
        self.workflow_id = workflow_id
        self.run_id = run_id
        self.workflow_type = workflow_type
        self.task_queue = task_queue
        self.flags = InternalFlags(
            sdk_name=sdk_name, sdk_version=sdk_version, enabled=sdk_metadata_enabled
        )
        #: Jobs for the next activation, in history order (sorted when dispatched).
        self.jobs: list[Job] = []
        self.replaying = False
        self.applying_last_sequence = False

        self._buffer = HistoryBuffer()
        self._task: WorkflowTask | None = None
        self._previous_started_event_id = 0
        self._last_processed_event_id = 0
        self._current_started_event_id = 0
        self._next_started_event_id = 0
        self._last_wft_started_id = 0
        self._last_wft_started_ns = 0
        self._sequences_applied = 0
        self._order = 0
        self._skip_index = -1

        self._fifo: deque[CommandEntry] = deque()
        self._by_event_id: dict[int, Machine] = {}
        self._timers: dict[int, TimerMachine] = {}
        self._activities: dict[int, ActivityMachine] = {}
        self._children: dict[int, ChildWorkflowMachine] = {}
        self._signals: dict[int, SignalExternalMachine] = {}
        self._cancels: dict[int, CancelExternalMachine] = {}
        self._updates: dict[str, UpdateMachine] = {}

        self._las: dict[int, LocalActivityMachine] = {}
        self._la_markers: dict[int, CommandEntry] = {}
        self._la_new_requests: list[LocalActivityRequest] = []
        self._la_cancel_requests: list[CancelLocalActivityRequest] = []
        self._la_executing: set[int] = set()
        # Executing local activities that were already sent a cancel request.
        self._la_cancel_sent: set[int] = set()
        self._la_preresolutions: deque[LocalActivityMarker] = deque()
        self._activation_index = 0

        # Patch id → whether workflow code already issued its command.
        self._patches: dict[str, bool] = {}
        self._outbox: list[Message] = []
        self._pending_messages: list[UpdateRequestMessage] = []
        self._admitted: dict[str, UpdateRequestMessage] = {}

        self._time_ns: int | None = None
        self._time_dt: datetime | None = None
        self._history_size_bytes = 0
        self._continue_as_new_suggested = False
        self._seen_terminal_event = False
        self._terminal_issued = False
        self._start_attrs: WorkflowExecutionStartedEventAttributes | None = None
        self._search_attributes: dict[str, Payload] = {}

        self._pending_queries: list[QueryWorkflow] = []
        self._query_results: dict[str, WorkflowQueryResult] = {}
        # What the outstanding activation is: "main", "query", "eviction" or None.
        self._outstanding: str | None = None
        self._broken: str | None = None

        self._handlers: dict[int, Callable[[HistoryEvent, int], None]] = {
            ET.EVENT_TYPE_WORKFLOW_EXECUTION_STARTED: self._on_workflow_started,
            ET.EVENT_TYPE_WORKFLOW_TASK_SCHEDULED: self._on_nothing,
            _WFT_STARTED: self._on_wft_started,
            _WFT_COMPLETED: self._on_wft_completed,
            ET.EVENT_TYPE_WORKFLOW_TASK_FAILED: self._on_wft_failed,
            ET.EVENT_TYPE_WORKFLOW_TASK_TIMED_OUT: self._on_nothing,
            ET.EVENT_TYPE_WORKFLOW_EXECUTION_SIGNALED: self._on_signaled,
            ET.EVENT_TYPE_WORKFLOW_EXECUTION_CANCEL_REQUESTED: self._on_cancel_requested,
            ET.EVENT_TYPE_WORKFLOW_EXECUTION_TERMINATED: self._on_closed_by_server,
            ET.EVENT_TYPE_WORKFLOW_EXECUTION_TIMED_OUT: self._on_closed_by_server,
            ET.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_ADMITTED: self._on_update_admitted,
        }
        for et in _LINKED_EVENTS:
            self._handlers[et] = self._on_linked_event

    # =========================================================================================
    # Public API
    # =========================================================================================

    @property
    def last_processed_event_id(self) -> int:
        """Id of the last history event applied."""
        return self._last_processed_event_id

    @property
    def last_started_event_id(self) -> int:
        """Id of the last ``WorkflowTaskStarted`` the run handled (its "current" WFT)."""
        return self._current_started_event_id

    @property
    def workflow_finished(self) -> bool:
        """True once a terminal command was issued or a terminal event was applied."""
        return self._terminal_issued or self._seen_terminal_event

    @property
    def outstanding_local_activities(self) -> int:
        """Local activities requested or executing and not yet resolved."""
        if self._terminal_issued:
            return 0
        return len(self._la_new_requests) + len(self._la_executing)

    @property
    def workflow_task_timeout(self) -> timedelta | None:
        """The run's workflow task timeout, from its start event."""
        a = self._start_attrs
        if a is None or not a.HasField("workflow_task_timeout"):
            return None
        return a.workflow_task_timeout.ToTimedelta()

    def new_task(self, task: WorkflowTask) -> RunStep:
        """Starts processing a workflow task (full, incremental or query-only history).

        Returns the first step: usually an activation.
        """
        self._check_usable()
        if self._outstanding is not None:
            raise RuntimeError("new_task called while an activation is outstanding")
        self._task = task
        if not self.workflow_id:
            self.workflow_id = task.workflow_execution.workflow_id
        if not self.run_id:
            self.run_id = task.workflow_execution.run_id
        if not self.workflow_type:
            self.workflow_type = task.workflow_type
        self._query_results = {}
        self._pending_queries = [
            QueryWorkflow(qid, q.query_type, q.query_args.payloads, headers_of(q.header))
            for qid, q in task.queries.items()
        ]
        if task.legacy_query is not None:
            q = task.legacy_query
            self._pending_queries.append(
                QueryWorkflow(
                    LEGACY_QUERY_ID, q.query_type, q.query_args.payloads, headers_of(q.header)
                )
            )
        self.replaying = task.replay_only or task.previous_started_event_id > 0
        self._previous_started_event_id = (
            1 << 62 if task.replay_only else task.previous_started_event_id
        )
        for message in task.messages:
            req = UpdateRequestMessage.from_message(message)
            if req is not None:
                self._pending_messages.append(req)
        try:
            buffer = HistoryBuffer(task.events)
            if buffer.ids:
                first = buffer.ids[0]
                if first > self._last_processed_event_id + 1:
                    raise HistoryError(
                        f"history starts at event {first} but the run has only processed "
                        f"{self._last_processed_event_id} events (a full history is needed)"
                    )
            buffer.skip_through(self._current_started_event_id)
            self._buffer = buffer
            return self._next_step()
        except MachineError as err:
            return self._fail_from_error(err)

    def complete_activation(self, completion: ActivationCompletion) -> RunStep:
        """Feeds workflow code's answer to the outstanding activation; returns the next step."""
        self._check_usable()
        kind = self._outstanding
        if kind is None:
            raise RuntimeError("complete_activation called without an outstanding activation")
        self._outstanding = None
        if kind == "eviction":
            self._broken = "evicted"
            return NoResponse("evicted")
        if kind == "query":
            return self._complete_queries(completion)
        if completion.failure is not None:
            return self._fail(completion.cause, completion.failure, completion.failure.message)
        self.flags.add_lang_used(completion.used_internal_flags)
        try:
            self._handle_commands(completion.commands)
            self._apply_la_preresolutions(include_held=False)
            self._release_held_la_resolutions_if_idle()
            return self._next_step()
        except MachineError as err:
            return self._fail_from_error(err)

    def take_local_activity_requests(
        self,
    ) -> list[LocalActivityRequest | CancelLocalActivityRequest]:
        """Local activities to start (and cancellations to deliver) since the last call.

        Requests handed out here count as executing until resolved with
        :meth:`resolve_local_activity`. After a terminal command, every executing local
        activity gets a cancel request and none blocks the task any more.
        """
        out: list[LocalActivityRequest | CancelLocalActivityRequest] = []
        out.extend(self._la_cancel_requests)
        self._la_cancel_requests = []
        if self._terminal_issued:
            asked = {r.seq for r in out}
            out.extend(
                CancelLocalActivityRequest(seq)
                for seq in sorted(self._la_executing)
                if seq not in asked and seq not in self._la_cancel_sent
            )
            self._la_executing.clear()
            self._la_new_requests.clear()
            return out
        self._la_cancel_sent.update(r.seq for r in out)
        for req in self._la_new_requests:
            self._la_executing.add(req.seq)
            out.append(req)
        self._la_new_requests = []
        return out

    def resolve_local_activity(self, result: LocalActivityResult) -> RunStep | None:
        """Applies a local activity result from the worker.

        Returns the next step, or None while an activation is outstanding (the resolution is
        then delivered in the activation after it).
        """
        self._check_usable()
        self._la_executing.discard(result.seq)
        la = self._las.get(result.seq)
        if la is not None and not self._terminal_issued:
            new_time = la.resolve_from_execution(result, self._activation_index, self)
            if la.state == "marker_created" and result.seq not in self._la_markers:
                self._add_la_marker(la)
            if new_time is not None:
                self._set_time(new_time)
        if self._outstanding is not None:
            return None
        try:
            return self._next_step()
        except MachineError as err:
            return self._fail_from_error(err)

    def heartbeat(self) -> CompleteWorkflowTask:
        """WFT heartbeat while local activities run (PROTOCOL §4.4): respond now with the
        commands so far and ``force_create_new_workflow_task``. Feed the new task the
        response returns to :meth:`new_task` before anything else."""
        self._check_usable()
        if self._outstanding is not None:
            raise RuntimeError("heartbeat called while an activation is outstanding")
        return self._make_completion(force_new_task=True)

    def evict(self, message: str = "", reason: int = EvictionReason.UNSPECIFIED) -> Activation:
        """The activation that tears the workflow instance down (answer it, then drop the
        run). Cancel any executing local activities first."""
        self._outstanding = "eviction"
        return Activation(
            run_id=self.run_id,
            timestamp=self._timestamp(),
            is_replaying=True,
            history_length=self._last_processed_event_id,
            jobs=[RemoveFromCache(message, reason)],
        )

    def rollback_speculative_task(self, reset_history_event_id: int) -> None:
        """Undo a speculative WFT the server discarded (``reset_history_event_id`` in the
        completion response, PROTOCOL §6.4): its scheduled/started events will be reused."""
        self._current_started_event_id = reset_history_event_id
        self._last_processed_event_id -= 2

    # =========================================================================================
    # Stepping
    # =========================================================================================

    def _check_usable(self) -> None:
        if self._broken is not None:
            raise RuntimeError(f"workflow run {self.run_id} is unusable: {self._broken}")

    def _next_step(self) -> RunStep:
        """Applies history until jobs appear or history is exhausted, then decides."""
        task = self._task
        assert task is not None
        while True:
            if self.jobs:
                return self._make_activation()
            if self._seen_terminal_event:
                if self._buffer.has_more():
                    nxt = self._buffer.ids[self._buffer.pos]
                    raise HistoryError(f"event {nxt} follows the workflow's close event")
                break
            if not self._buffer.has_more():
                if not task.replay_only:
                    self.replaying = False
                break
            self._apply_next_sequence()
        if self._pending_messages:
            # Requests sequenced after all events we have (or not sequenced at all).
            self._process_messages(1 << 62)
            if self.jobs:
                return self._make_activation()
        if self._pending_queries:
            return self._make_query_activation()
        if task.replay_only:
            return NoResponse("replay finished")
        if task.legacy_query is not None:
            return NoResponse("legacy query answered")
        if self._seen_terminal_event:
            return NoResponse("history already contains the workflow's close event")
        if self.outstanding_local_activities:
            return AwaitLocalActivities(self.workflow_task_timeout)
        return self._make_completion(force_new_task=False)

    def _timestamp(self) -> datetime | None:
        if self._time_dt is None and self._time_ns is not None:
            self._time_dt = _ns_to_datetime(self._time_ns)
        return self._time_dt

    def _make_activation(self) -> Activation:
        jobs = self.jobs
        self.jobs = []
        if len(jobs) > 1:
            jobs.sort(key=job_sort_key)
        self._activation_index += 1
        self._outstanding = "main"
        return Activation(
            run_id=self.run_id,
            timestamp=self._timestamp(),
            is_replaying=self.replaying,
            history_length=self._last_processed_event_id,
            jobs=jobs,
            available_internal_flags=self.flags.lang_flags(),
            history_size_bytes=self._history_size_bytes,
            continue_as_new_suggested=self._continue_as_new_suggested,
            last_sdk_version=self.flags.last_sdk_version,
        )

    def _make_query_activation(self) -> Activation:
        task = self._task
        assert task is not None
        jobs: list[Job] = list(self._pending_queries)
        self._pending_queries = []
        self._outstanding = "query"
        return Activation(
            run_id=self.run_id,
            timestamp=self._timestamp(),
            is_replaying=True,  # query-only activations always report replaying
            history_length=self._last_processed_event_id,
            jobs=jobs,
            available_internal_flags=self.flags.lang_flags(),
            history_size_bytes=self._history_size_bytes,
            continue_as_new_suggested=self._continue_as_new_suggested,
            last_sdk_version=self.flags.last_sdk_version,
        )

    def _complete_queries(self, completion: ActivationCompletion) -> RunStep:
        task = self._task
        assert task is not None
        results = self._query_results
        for cmd in completion.commands:
            if isinstance(cmd, lc.RespondToQuery):
                r = WorkflowQueryResult()
                if cmd.failure is not None:
                    r.result_type = QueryResultType.QUERY_RESULT_TYPE_FAILED
                    r.error_message = cmd.failure.message
                    r.failure.CopyFrom(cmd.failure)
                else:
                    r.result_type = QueryResultType.QUERY_RESULT_TYPE_ANSWERED
                    if cmd.answer is not None:
                        r.answer.payloads.append(cmd.answer)
                results[cmd.query_id] = r
        if completion.failure is not None:
            # The whole query activation failed: fail every query left unanswered.
            qids = list(task.queries)
            if task.legacy_query is not None:
                qids.append(LEGACY_QUERY_ID)
            for qid in qids:
                if qid not in results:
                    results[qid] = WorkflowQueryResult(
                        result_type=QueryResultType.QUERY_RESULT_TYPE_FAILED,
                        error_message=completion.failure.message,
                        failure=completion.failure,
                    )
        if task.legacy_query is not None:
            answer = results.pop(LEGACY_QUERY_ID, None) or WorkflowQueryResult(
                result_type=QueryResultType.QUERY_RESULT_TYPE_FAILED,
                error_message="query was not answered",
            )
            return RespondLegacyQuery(task.task_token, answer)
        try:
            return self._next_step()
        except MachineError as err:
            return self._fail_from_error(err)

    def _make_completion(self, *, force_new_task: bool) -> CompleteWorkflowTask:
        task = self._task
        assert task is not None
        entries = [e for e in self._fifo if not e.dropped]
        if self._la_markers:
            entries.extend(self._la_markers.values())
            entries.sort(key=lambda e: e.order)
        commands: list[Command] = []
        terminal: Command | None = None
        for e in entries:
            cmd = e.machine.build_command(e)
            if isinstance(e.machine, SimpleCommandMachine) and isinstance(
                e.machine.cmd, TERMINAL_COMMANDS
            ):
                # A terminal command must be the last one (PROTOCOL §2.6).
                if terminal is None:
                    terminal = cmd
                continue
            commands.append(cmd)
        if terminal is not None:
            commands.append(terminal)
        messages = self._outbox
        self._outbox = []
        results = self._query_results
        self._query_results = {}
        return CompleteWorkflowTask(
            task_token=task.task_token,
            commands=commands,
            messages=messages,
            query_results=results,
            sdk_metadata=self.flags.gather_for_completion(),
            force_create_new_workflow_task=force_new_task,
            workflow_finished=terminal is not None,
        )

    def _fail(self, cause: WorkflowTaskFailedCause, failure: Failure, message: str) -> RunStep:
        task = self._task
        assert task is not None
        self._broken = message
        if task.legacy_query is not None:
            return RespondLegacyQuery(
                task.task_token,
                WorkflowQueryResult(
                    result_type=QueryResultType.QUERY_RESULT_TYPE_FAILED,
                    error_message=message,
                    failure=failure,
                ),
            )
        return FailWorkflowTask(
            task_token=task.task_token,
            cause=cause,
            failure=failure,
            report=task.attempt <= 1 and not task.replay_only,
            message=message,
        )

    def _fail_from_error(self, err: MachineError) -> RunStep:
        if isinstance(err, NondeterminismError):
            return self._fail(_NDE_CAUSE, _app_failure(str(err), "NondeterminismError"), str(err))
        return self._fail(_UNHANDLED_CAUSE, _app_failure(str(err), "HistoryError"), str(err))

    # =========================================================================================
    # Applying history
    # =========================================================================================

    def _apply_next_sequence(self) -> None:
        buf = self._buffer
        start, end = buf.take_sequence()
        types, ids, events = buf.types, buf.ids, buf.events
        n = len(ids)
        is_last = end >= n
        self.applying_last_sequence = is_last
        flags = self.flags
        saw_completed = False
        # Flags of every WFT completion in the sequence, and of the one closing it.
        for ix in range(start, end):
            if types[ix] == _WFT_COMPLETED:
                saw_completed = True
                flags.add_from_completed(events[ix].workflow_task_completed_event_attributes)
        if end < n and types[end] == _WFT_COMPLETED:
            flags.add_from_completed(events[end].workflow_task_completed_event_attributes)
        if end > start and types[end - 1] == _WFT_STARTED:
            self._next_started_event_id = ids[end - 1]

        already = self._last_processed_event_id
        last = already
        # Replay can only end in the task's last sequence (PROTOCOL §2.2).
        replay_may_end = self.replaying and is_last
        previous_started = self._previous_started_event_id
        commands = COMMAND_EVENT_TYPES
        handlers = self._handlers
        for ix in range(start, end):
            eid = ids[ix]
            if eid <= already:
                continue  # a cached run given a full history: skip what we have
            if eid != last + 1:
                raise HistoryError(f"history is not contiguous: event {eid} follows {last}")
            if last == already:
                self._activation_index = 0  # a new WFT is being applied
            t = types[ix]
            if (
                replay_may_end
                and eid > previous_started
                and t != _WFT_COMPLETED
                and t not in commands
            ):
                # The first event never seen before: replay is over.
                self.replaying = False
                replay_may_end = False
            if self._pending_messages:
                self._process_messages(eid - 1)
            self._last_processed_event_id = last = eid
            if ix == self._skip_index:
                self._skip_index = -1
            elif t in commands:
                self._apply_command_event(events[ix], t, ix)
            else:
                handler = handlers.get(t)
                if handler is not None:
                    handler(events[ix], t)
                elif t not in IGNORABLE_EVENT_TYPES and not events[ix].worker_may_ignore:
                    raise HistoryError(f"event {eid} has unsupported type {event_type_name(t)}")
        self._sequences_applied += 1
        if saw_completed:
            self._check_extra_commands(events[end - 1] if end > start else None)
        self._look_ahead()

    def _check_extra_commands(self, last_event: HistoryEvent | None) -> None:
        """Go-style "extra command" check (PROTOCOL §2.5).

        Every command issued before the sequence just applied belongs to a workflow task
        whose completion is in that sequence, so its command event must have been applied.
        Patch commands may legitimately stay unmatched and are dropped.
        """
        fifo = self._fifo
        applied = self._sequences_applied
        while fifo and fifo[0].sequence < applied:
            entry = fifo[0]
            if entry.dropped or entry.machine.droppable(entry):
                fifo.popleft()
                continue
            where = ""
            if last_event is not None:
                where = (
                    f" (the workflow task ends at event {last_event.event_id}, "
                    f"{describe_event(last_event)})"
                )
            raise NondeterminismError(
                f"nondeterminism: workflow code issued {entry.machine.describe(entry)} but "
                f"history has no command event for it{where}",
                event_id=0 if last_event is None else last_event.event_id,
            )

    def _look_ahead(self) -> None:
        """Peeks at the next sequence (PROTOCOL §2.1): patch markers, local-activity markers
        and accepted updates that belong to the activation about to run."""
        buf = self._buffer
        start, end = buf.peek_sequence()
        types, events = buf.types, buf.events
        for ix in range(start, end):
            t = types[ix]
            if t == _MARKER:
                event = events[ix]
                attrs = event.marker_recorded_event_attributes
                if attrs.marker_name == PATCH_MARKER_NAME:
                    patch = decode_patch_marker(attrs)
                    if patch is not None:
                        self._patches.setdefault(patch[0], False)
                        self.jobs.append(NotifyHasPatch(patch[0]))
                elif attrs.marker_name == LOCAL_ACTIVITY_MARKER_NAME:
                    marker = decode_local_activity_marker(event)
                    assert marker is not None
                    la = self._las.get(marker.seq)
                    if la is None or la.state == "waiting_lookahead":
                        self._la_preresolutions.append(marker)
                        self._apply_la_preresolutions(include_held=False)
            elif t == _UPDATE_ACCEPTED:
                event = events[ix]
                pid = event.workflow_execution_update_accepted_event_attributes.protocol_instance_id
                if pid not in self._updates:
                    req = self._admitted.pop(pid, None) or UpdateRequestMessage.from_accepted(event)
                    self._updates[pid] = UpdateMachine(req, True, self)
        self._release_held_la_resolutions_if_idle()

    def _apply_command_event(self, event: HistoryEvent, t: int, ix: int) -> None:
        if t in FINAL_EVENT_TYPES:
            self._seen_terminal_event = True
        patch: tuple[str, bool] | None = None
        if t == _MARKER:
            attrs = event.marker_recorded_event_attributes
            if attrs.marker_name == LOCAL_ACTIVITY_MARKER_NAME:
                self._apply_la_marker(event)
                return
            if attrs.marker_name == PATCH_MARKER_NAME:
                patch = decode_patch_marker(attrs)
        fifo = self._fifo
        while True:
            while fifo and fifo[0].dropped:
                fifo.popleft()
            head = fifo[0] if fifo else None
            head_patch = (
                head.machine if head is not None and type(head.machine) is PatchMachine else None
            )
            if patch is not None:
                if head_patch is None or (head_patch.patch_id != patch[0] and patch[1]):
                    if patch[1]:
                        # A deprecated patch marker needs no command: skip it (and the
                        # TemporalChangeVersion upsert that may follow it).
                        self._skip_change_version_upsert(ix + 1)
                        return
                    raise NondeterminismError(
                        f"nondeterminism at event {event.event_id} (MarkerRecorded): history "
                        f"has patch marker {patch[0]!r} but workflow code did not call "
                        f"patched({patch[0]!r})"
                        + ("" if head is None else f"; it issued {head.machine.describe(head)}"),
                        event_id=event.event_id,
                    )
                if head_patch.patch_id != patch[0]:
                    raise NondeterminismError(
                        f"nondeterminism at event {event.event_id} (MarkerRecorded): history "
                        f"has patch marker {patch[0]!r} but workflow code issued "
                        f"{head_patch.describe(head)}",  # type: ignore[arg-type]
                        event_id=event.event_id,
                    )
            elif head_patch is not None:
                fifo.popleft()  # a patch command with no marker here: dropped (core)
                continue
            break
        if head is None:
            raise NondeterminismError(
                f"nondeterminism at event {event.event_id} ({event_type_name(t)}): history has "
                f"{describe_event(event)} but workflow code issued no matching command",
                event_id=event.event_id,
            )
        if head.event_type != t:
            raise NondeterminismError(
                f"nondeterminism at event {event.event_id} ({event_type_name(t)}): workflow "
                f"code issued {head.machine.describe(head)} but history has "
                f"{describe_event(event)}",
                event_id=event.event_id,
            )
        fifo.popleft()
        head.machine.on_command_event(head, event, self)

    def _skip_change_version_upsert(self, ix: int) -> None:
        buf = self._buffer
        if ix < len(buf.types) and buf.types[ix] == _UPSERT:
            fields = buf.events[
                ix
            ].upsert_workflow_search_attributes_event_attributes.search_attributes.indexed_fields
            if CHANGE_VERSION_SEARCH_ATTRIBUTE in fields:
                self._skip_index = ix

    def _apply_la_marker(self, event: HistoryEvent) -> None:
        marker = decode_local_activity_marker(event)
        assert marker is not None
        la = self._las.get(marker.seq)
        if la is None:
            raise NondeterminismError(
                f"nondeterminism at event {event.event_id} (MarkerRecorded): history has a "
                f"local activity marker for seq {marker.seq} (type {marker.activity_type!r}) "
                "but workflow code did not schedule that local activity",
                event_id=event.event_id,
            )
        check_ids = self.flags.try_use(CoreFlag.ID_AND_TYPE_DETERMINISM_CHECKS, la.record_marker)
        la.on_marker(event, marker, check_ids)
        self._la_markers.pop(marker.seq, None)

    # --- non-command event handlers -------------------------------------------------------

    def _on_nothing(self, event: HistoryEvent, t: int) -> None:
        return

    def _on_workflow_started(self, event: HistoryEvent, t: int) -> None:
        a = event.workflow_execution_started_event_attributes
        self._start_attrs = a
        start_ns = timestamp_ns(event.event_time)
        self._set_time(start_ns)
        if not self.task_queue:
            self.task_queue = a.task_queue.name
        if not self.workflow_type:
            self.workflow_type = a.workflow_type.name
        if a.HasField("search_attributes"):
            self._search_attributes.update(a.search_attributes.indexed_fields)

        def dur(field: str) -> timedelta | None:
            return getattr(a, field).ToTimedelta() if a.HasField(field) else None

        self.jobs.append(
            InitializeWorkflow(
                workflow_type=a.workflow_type.name,
                workflow_id=self.workflow_id or a.workflow_id,
                arguments=a.input.payloads,
                headers=headers_of(a.header),
                randomness_seed=randomness_seed(a.original_execution_run_id),
                identity=a.identity,
                attempt=a.attempt,
                first_execution_run_id=a.first_execution_run_id,
                original_execution_run_id=a.original_execution_run_id,
                continued_from_execution_run_id=a.continued_execution_run_id,
                continued_initiator=a.initiator,
                continued_failure=a.continued_failure if a.HasField("continued_failure") else None,
                last_completion_result=(
                    a.last_completion_result if a.HasField("last_completion_result") else None
                ),
                parent_workflow_namespace=a.parent_workflow_namespace,
                parent_workflow_execution=(
                    a.parent_workflow_execution if a.HasField("parent_workflow_execution") else None
                ),
                root_workflow_execution=(
                    a.root_workflow_execution if a.HasField("root_workflow_execution") else None
                ),
                cron_schedule=a.cron_schedule,
                cron_schedule_to_schedule_interval=dur("first_workflow_task_backoff")
                if a.cron_schedule
                else None,
                memo=a.memo if a.HasField("memo") else None,
                search_attributes=a.search_attributes if a.HasField("search_attributes") else None,
                retry_policy=a.retry_policy if a.HasField("retry_policy") else None,
                workflow_execution_timeout=dur("workflow_execution_timeout"),
                workflow_run_timeout=dur("workflow_run_timeout"),
                workflow_task_timeout=dur("workflow_task_timeout"),
                workflow_execution_expiration_time=(
                    _ns_to_datetime(timestamp_ns(a.workflow_execution_expiration_time))
                    if a.HasField("workflow_execution_expiration_time")
                    else None
                ),
                task_queue=a.task_queue.name,
                start_time=_ns_to_datetime(start_ns),
                priority=a.priority if a.HasField("priority") else None,
                attributes=a,
            )
        )

    def _on_wft_started(self, event: HistoryEvent, t: int) -> None:
        a = event.workflow_task_started_event_attributes
        self._history_size_bytes = a.history_size_bytes
        self._continue_as_new_suggested = a.suggest_continue_as_new
        eid = event.event_id
        ns = timestamp_ns(event.event_time)
        self._last_wft_started_id = eid
        self._last_wft_started_ns = ns
        # Only the WFT that ends the sequence moves time here; earlier (heartbeat) WFTs
        # move it when their completion is applied.
        if eid >= self._next_started_event_id:
            self._task_started(eid, ns)

    def _on_wft_completed(self, event: HistoryEvent, t: int) -> None:
        self._task_started(self._last_wft_started_id, self._last_wft_started_ns)

    def _on_wft_failed(self, event: HistoryEvent, t: int) -> None:
        a = event.workflow_task_failed_event_attributes
        if a.cause == WorkflowTaskFailedCause.WORKFLOW_TASK_FAILED_CAUSE_RESET_WORKFLOW:
            self.jobs.append(UpdateRandomSeed(randomness_seed(a.new_run_id)))

    def _task_started(self, started_event_id: int, ns: int) -> None:
        self._current_started_event_id = started_event_id
        self._set_time(ns)
        if not self.replaying:
            # A new (non-replay) WFT began: local activities still waiting for a marker that
            # never came must run for real (the original worker heartbeated and died).
            for la in self._las.values():
                if la.state == "waiting_lookahead":
                    la.state = "executing"
                    la.record_marker = True
                    self._queue_la_request(la)

    def _on_signaled(self, event: HistoryEvent, t: int) -> None:
        a = event.workflow_execution_signaled_event_attributes
        self.jobs.append(
            SignalWorkflow(a.signal_name, a.input.payloads, a.identity, headers_of(a.header))
        )

    def _on_cancel_requested(self, event: HistoryEvent, t: int) -> None:
        self.jobs.append(
            CancelWorkflow(event.workflow_execution_cancel_requested_event_attributes.cause)
        )

    def _on_closed_by_server(self, event: HistoryEvent, t: int) -> None:
        self._seen_terminal_event = True

    def _on_update_admitted(self, event: HistoryEvent, t: int) -> None:
        req = UpdateRequestMessage.from_admitted(event)
        if self.replaying:
            # The accepted event (found by look-ahead) will carry this request.
            self._admitted[req.protocol_instance_id] = req
        else:
            self._pending_messages.append(req)

    def _on_linked_event(self, event: HistoryEvent, t: int) -> None:
        attr, link = _LINKED_EVENTS[t]
        initial = getattr(getattr(event, attr), link)
        machine = self._by_event_id.get(initial)
        if machine is None:
            raise NondeterminismError(
                f"nondeterminism at event {event.event_id} ({event_type_name(t)}): it refers "
                f"to event {initial}, which no command of the workflow produced",
                event_id=event.event_id,
            )
        machine.on_event(event, t, self)

    def _set_time(self, ns: int) -> None:
        if self._time_ns is None or ns > self._time_ns:
            self._time_ns = ns
            self._time_dt = None

    def _process_messages(self, up_to_event_id: int) -> None:
        keep: list[UpdateRequestMessage] = []
        for req in self._pending_messages:
            if req.sequencing_event_id <= up_to_event_id:
                if req.protocol_instance_id not in self._updates:
                    self._updates[req.protocol_instance_id] = UpdateMachine(
                        req, self.replaying, self
                    )
            else:
                keep.append(req)
        self._pending_messages = keep

    # =========================================================================================
    # RunContext for machines
    # =========================================================================================

    def new_command(self, machine: Machine, command_type: int, event_type: int) -> CommandEntry:
        """Appends a command to the FIFO (see :class:`~._machine.RunContext`)."""
        self._order += 1
        entry = CommandEntry(
            machine, command_type, event_type, self._sequences_applied, self._order
        )
        self._fifo.append(entry)
        return entry

    def index_by_event(self, event_id: int, machine: Machine) -> None:
        """Routes events that refer to ``event_id`` to ``machine``."""
        self._by_event_id[event_id] = machine

    # =========================================================================================
    # Commands from workflow code
    # =========================================================================================

    def _handle_commands(self, commands: Sequence[lc.LangCommand]) -> None:
        commands = self._order_terminal_commands(commands)
        for cmd in commands:
            handler = _COMMAND_HANDLERS.get(type(cmd))
            if handler is None:
                raise HistoryError(f"unsupported command {type(cmd).__name__}")
            handler(self, cmd)

    def _order_terminal_commands(
        self, commands: Sequence[lc.LangCommand]
    ) -> Sequence[lc.LangCommand]:
        """PROTOCOL §2.6: keep non-terminal commands and put the first terminal one last
        (flag 3); histories written without flag 3 truncated after the first terminal."""
        first_terminal = -1
        for i, c in enumerate(commands):
            if isinstance(c, TERMINAL_COMMANDS):
                first_terminal = i
                break
        if first_terminal < 0:
            return commands
        if self.replaying and not self.flags.has_core(CoreFlag.MOVE_TERMINAL_COMMANDS):
            return commands[: first_terminal + 1]
        if not self.replaying:
            self.flags.try_use(CoreFlag.MOVE_TERMINAL_COMMANDS, True)
        rest = [c for c in commands if not isinstance(c, TERMINAL_COMMANDS)]
        rest.append(commands[first_terminal])
        return rest

    def _cmd_start_timer(self, cmd: lc.StartTimer) -> None:
        self._timers[cmd.seq] = TimerMachine(cmd, self)

    def _cmd_cancel_timer(self, cmd: lc.CancelTimer) -> None:
        self._machine_for(self._timers, cmd.seq, "timer").cancel(self)

    def _cmd_schedule_activity(self, cmd: lc.ScheduleActivity) -> None:
        self._activities[cmd.seq] = ActivityMachine(cmd, self)

    def _cmd_cancel_activity(self, cmd: lc.RequestCancelActivity) -> None:
        self._machine_for(self._activities, cmd.seq, "activity").cancel(self)

    def _cmd_terminal(self, cmd: lc.LangCommand) -> None:
        if isinstance(cmd, lc.ContinueAsNewWorkflowExecution):
            a = self._start_attrs
            cmd = augment_continue_as_new(
                cmd,
                memo=a.memo if a is not None and a.HasField("memo") else None,
                retry_policy=a.retry_policy
                if a is not None and a.HasField("retry_policy")
                else None,
                search_attributes=self._search_attributes,
            )
        SimpleCommandMachine(cmd, self)
        self._terminal_issued = True

    def _cmd_upsert(self, cmd: lc.UpsertWorkflowSearchAttributes) -> None:
        fields = cmd.search_attributes.indexed_fields
        if CHANGE_VERSION_SEARCH_ATTRIBUTE in fields and self.flags.try_use(
            CoreFlag.UPSERT_SEARCH_ATTRIBUTE_ON_PATCH, not self.replaying
        ):
            # Workflow code may not set TemporalChangeVersion itself (core sends an empty
            # upsert to keep the command sequence unchanged).
            cmd = lc.UpsertWorkflowSearchAttributes(SearchAttributes(), cmd.user_metadata)
        else:
            self._search_attributes.update(fields)
        SimpleCommandMachine(cmd, self)

    def _cmd_modify_properties(self, cmd: lc.ModifyWorkflowProperties) -> None:
        SimpleCommandMachine(cmd, self)

    def _cmd_set_patch_marker(self, cmd: lc.SetPatchMarker) -> None:
        pid = cmd.patch_id
        created = self._patches.get(pid)
        if created:
            return  # one marker per patch id and run
        seen = created is not None
        PatchMachine(pid, cmd.deprecated, self)
        if not (self.replaying and not seen) and self.flags.try_use(
            CoreFlag.UPSERT_SEARCH_ATTRIBUTE_ON_PATCH, not self.replaying
        ):
            ids = [p for p, made in self._patches.items() if made]
            ids.append(pid)
            sa = change_version_search_attributes(ids)
            if sa is not None:
                SimpleCommandMachine(lc.UpsertWorkflowSearchAttributes(sa), self, internal=True)
        self._patches[pid] = True

    def _cmd_start_child(self, cmd: lc.StartChildWorkflowExecution) -> None:
        self._children[cmd.seq] = ChildWorkflowMachine(cmd, self)

    def _cmd_cancel_child(self, cmd: lc.CancelChildWorkflowExecution) -> None:
        self._machine_for(self._children, cmd.child_workflow_seq, "child workflow").cancel(
            cmd.reason, self
        )

    def _cmd_signal_external(self, cmd: lc.SignalExternalWorkflowExecution) -> None:
        self._signals[cmd.seq] = SignalExternalMachine(cmd, self)

    def _cmd_cancel_signal(self, cmd: lc.CancelSignalWorkflow) -> None:
        self._machine_for(self._signals, cmd.seq, "signal").cancel(self)

    def _cmd_cancel_external(self, cmd: lc.RequestCancelExternalWorkflowExecution) -> None:
        attrs = RequestCancelExternalWorkflowExecutionCommandAttributes(
            namespace=cmd.namespace,
            workflow_id=cmd.workflow_id,
            run_id=cmd.run_id,
            reason=(
                f"Cancel requested by workflow with run id {self.run_id} with reason: {cmd.reason}"
            ),
        )
        self._cancels[cmd.seq] = CancelExternalMachine(cmd.seq, attrs, self)

    def _cmd_update_response(self, cmd: lc.UpdateResponse) -> None:
        machine = self._updates.get(cmd.protocol_instance_id)
        if machine is None:
            raise HistoryError(f"response for unknown update {cmd.protocol_instance_id!r}")
        machine.respond(cmd, self, self._outbox)

    def _cmd_query_response(self, cmd: lc.RespondToQuery) -> None:
        return  # only meaningful in query activations

    def _machine_for(self, table: dict[int, _M], seq: int, what: str) -> _M:
        machine = table.get(seq)
        if machine is None:
            raise NondeterminismError(f"nondeterminism: cancel of unknown {what} seq={seq}")
        return machine

    # --- local activities -------------------------------------------------------------------

    def _cmd_schedule_local_activity(self, cmd: lc.ScheduleLocalActivity) -> None:
        la = LocalActivityMachine(cmd, self.replaying, self._time_ns or 0)
        self._las[cmd.seq] = la
        if not self.replaying:
            self._queue_la_request(la)

    def _queue_la_request(self, la: LocalActivityMachine) -> None:
        self._la_new_requests.append(
            request_for(
                la.cmd,
                workflow_id=self.workflow_id,
                run_id=self.run_id,
                workflow_type=self.workflow_type,
                namespace=self.namespace,
                task_queue=self.task_queue,
            )
        )

    def _cmd_cancel_local_activity(self, cmd: lc.RequestCancelLocalActivity) -> None:
        seq = cmd.seq
        la = self._machine_for(self._las, seq, "local activity")
        ct = la.cmd.cancellation_type
        if la.state == "executing":
            queued = self._remove_queued_la(seq)
            if ct == lc.ActivityCancellationType.WAIT_CANCELLATION_COMPLETED and not queued:
                self._la_cancel_requests.append(CancelLocalActivityRequest(seq))
                return
            if ct == lc.ActivityCancellationType.TRY_CANCEL and not queued:
                self._la_cancel_requests.append(CancelLocalActivityRequest(seq))
            if ct == lc.ActivityCancellationType.ABANDON:
                self._la_executing.discard(seq)
            la.cancel_without_waiting(self, self._activation_index)
            self._add_la_marker(la)
        elif la.state == "waiting_lookahead":
            # Replaying: markers are written for cancellations too, so wait for the marker
            # unless look-ahead already found it (and it is not held for a later activation
            # of this workflow task), in which case the cancel resolves it now, as in core.
            for i, marker in enumerate(self._la_preresolutions):
                if marker.seq != seq:
                    continue
                if (
                    marker.activation_index is None
                    or marker.activation_index <= self._activation_index
                ):
                    del self._la_preresolutions[i]
                    new_time = la.resolve_from_marker(marker, self)
                    if new_time is not None:
                        self._set_time(new_time)
                break

    def _remove_queued_la(self, seq: int) -> bool:
        for i, req in enumerate(self._la_new_requests):
            if req.seq == seq:
                del self._la_new_requests[i]
                return True
        return False

    def _add_la_marker(self, la: LocalActivityMachine) -> None:
        self._order += 1
        self._la_markers[la.cmd.seq] = CommandEntry(
            la,
            CommandType.COMMAND_TYPE_RECORD_MARKER,
            _MARKER,
            self._sequences_applied,
            self._order,
        )

    def _apply_la_preresolutions(self, *, include_held: bool) -> None:
        """Resolves replayed local activities from markers found by look-ahead, in marker
        order, holding back those recorded for a later activation of this WFT."""
        q = self._la_preresolutions
        while q:
            marker = q[0]
            if (
                not include_held
                and marker.activation_index is not None
                and marker.activation_index > self._activation_index
            ):
                break
            la = self._las.get(marker.seq)
            if la is None:
                break  # not scheduled yet
            q.popleft()
            new_time = la.resolve_from_marker(marker, self)
            if new_time is not None:
                self._set_time(new_time)

    def _release_held_la_resolutions_if_idle(self) -> None:
        if not self.jobs and self._la_preresolutions:
            self._apply_la_preresolutions(include_held=True)


_COMMAND_HANDLERS: dict[type, Callable[[WorkflowRun, object], None]] = {
    lc.StartTimer: WorkflowRun._cmd_start_timer,  # type: ignore[dict-item]
    lc.CancelTimer: WorkflowRun._cmd_cancel_timer,  # type: ignore[dict-item]
    lc.ScheduleActivity: WorkflowRun._cmd_schedule_activity,  # type: ignore[dict-item]
    lc.RequestCancelActivity: WorkflowRun._cmd_cancel_activity,  # type: ignore[dict-item]
    lc.ScheduleLocalActivity: WorkflowRun._cmd_schedule_local_activity,  # type: ignore[dict-item]
    lc.RequestCancelLocalActivity: WorkflowRun._cmd_cancel_local_activity,  # type: ignore[dict-item]
    lc.CompleteWorkflowExecution: WorkflowRun._cmd_terminal,  # type: ignore[dict-item]
    lc.FailWorkflowExecution: WorkflowRun._cmd_terminal,  # type: ignore[dict-item]
    lc.CancelWorkflowExecution: WorkflowRun._cmd_terminal,  # type: ignore[dict-item]
    lc.ContinueAsNewWorkflowExecution: WorkflowRun._cmd_terminal,  # type: ignore[dict-item]
    lc.UpsertWorkflowSearchAttributes: WorkflowRun._cmd_upsert,  # type: ignore[dict-item]
    lc.ModifyWorkflowProperties: WorkflowRun._cmd_modify_properties,  # type: ignore[dict-item]
    lc.SetPatchMarker: WorkflowRun._cmd_set_patch_marker,  # type: ignore[dict-item]
    lc.StartChildWorkflowExecution: WorkflowRun._cmd_start_child,  # type: ignore[dict-item]
    lc.CancelChildWorkflowExecution: WorkflowRun._cmd_cancel_child,  # type: ignore[dict-item]
    lc.SignalExternalWorkflowExecution: WorkflowRun._cmd_signal_external,  # type: ignore[dict-item]
    lc.CancelSignalWorkflow: WorkflowRun._cmd_cancel_signal,  # type: ignore[dict-item]
    lc.RequestCancelExternalWorkflowExecution: WorkflowRun._cmd_cancel_external,  # type: ignore[dict-item]
    lc.UpdateResponse: WorkflowRun._cmd_update_response,  # type: ignore[dict-item]
    lc.RespondToQuery: WorkflowRun._cmd_query_response,  # type: ignore[dict-item]
}
