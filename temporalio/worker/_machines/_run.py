"""The per-run driver: history in, activations out, completions in, commands out.

:class:`WorkflowRun` owns every state machine of one workflow run. The worker feeds it
workflow tasks; it answers with :mod:`run steps <._outcome>`. See the package docstring for
the protocol; this module implements PROTOCOL §2 (logical WFTs, replay flag, job order, when
to respond, command matching and nondeterminism), §4 (local activities), §5 (queries) and
§6 (updates) on top of the per-command machines.

The work is split by concern: :mod:`._run_state` (state and invariants),
:mod:`._apply_history` (events → machines and jobs) and :mod:`._apply_commands` (lang
commands → machines and commands); this module decides what happens next.
"""

from __future__ import annotations

from datetime import timedelta

from temporalio.api.command.v1 import Command
from temporalio.api.enums.v1 import QueryResultType, WorkflowTaskFailedCause
from temporalio.api.failure.v1 import ApplicationFailureInfo, Failure
from temporalio.api.query.v1 import WorkflowQueryResult

from . import _commands as lc
from ._activation import (
    LEGACY_QUERY_ID,
    Activation,
    EvictionReason,
    Job,
    QueryWorkflow,
    RemoveFromCache,
    headers_of,
    job_sort_key,
)
from ._apply_commands import CommandApplier
from ._apply_history import HistoryApplier
from ._errors import HistoryError, MachineError, NondeterminismError
from ._history import HistoryBuffer
from ._local_activity import CancelLocalActivityRequest, LocalActivityRequest, LocalActivityResult
from ._outcome import (
    AwaitLocalActivities,
    CompleteWorkflowTask,
    FailWorkflowTask,
    NoResponse,
    RespondLegacyQuery,
    RunStep,
)
from ._simple import TERMINAL_COMMANDS, SimpleCommandMachine
from ._task import ActivationCompletion, WorkflowTask
from ._update import UpdateRequestMessage

__all__ = ["WorkflowRun"]


_NDE_CAUSE = WorkflowTaskFailedCause.WORKFLOW_TASK_FAILED_CAUSE_NON_DETERMINISTIC_ERROR
_UNHANDLED_CAUSE = (
    WorkflowTaskFailedCause.WORKFLOW_TASK_FAILED_CAUSE_WORKFLOW_WORKER_UNHANDLED_FAILURE
)


def _app_failure(message: str, failure_type: str) -> Failure:
    return Failure(
        message=message, application_failure_info=ApplicationFailureInfo(type=failure_type)
    )


class WorkflowRun(HistoryApplier, CommandApplier):
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

    __slots__ = ()  # every field is a slot of RunState

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
        super().__init__(
            namespace=namespace,
            workflow_id=workflow_id,
            run_id=run_id,
            workflow_type=workflow_type,
            task_queue=task_queue,
            sdk_name=sdk_name,
            sdk_version=sdk_version,
            sdk_metadata_enabled=sdk_metadata_enabled,
        )

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
        self._task_answered = False
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
            # Like core, apply the task's first logical WFT before dispatching anything, so
            # jobs queued since the last task (e.g. local activity results that arrived
            # after a heartbeat) are delivered together with the new events.
            if buffer.has_more() and not self._seen_terminal_event:
                self._apply_next_sequence()
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

        Returns the next step, or None while an activation is outstanding or when the current
        task was already answered (e.g. after :meth:`heartbeat`): the resolution is then
        delivered with the next activation, or by the next :meth:`new_task`.
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
        if self._outstanding is not None or self._task_answered:
            return None
        try:
            return self._next_step()
        except MachineError as err:
            return self._fail_from_error(err)

    def heartbeat(self) -> CompleteWorkflowTask:
        """WFT heartbeat while local activities run (PROTOCOL §4.4): respond now with the
        commands so far and ``force_create_new_workflow_task``. Local activity results that
        arrive before the next task are kept and delivered by :meth:`new_task` on the task
        the completion response returns."""
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
            self._task_answered = True
            return NoResponse("replay finished")
        if task.legacy_query is not None:
            self._task_answered = True
            return NoResponse("legacy query answered")
        if self._seen_terminal_event:
            self._task_answered = True
            return NoResponse("history already contains the workflow's close event")
        if self.outstanding_local_activities:
            return AwaitLocalActivities(self.workflow_task_timeout)
        return self._make_completion(force_new_task=False)

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
            self._task_answered = True
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
        self._task_answered = True
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
        self._task_answered = True
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
