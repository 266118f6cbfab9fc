"""Test helpers for the history state machines.

* :func:`load_history` reads a recorded JSON fixture.
* :class:`HistoryBuilder` makes histories by hand.
* :class:`FakeWorkflow` is a tiny deterministic "workflow runtime": a generator function
  issues lang commands and waits on conditions over resolved jobs, like workflow code on
  the real runtime would.
* :func:`replay` / :func:`run_like_the_server` drive a :class:`WorkflowRun` with it.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Generator, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from google.protobuf import json_format

from temporalio.api.command.v1 import Command
from temporalio.api.common.v1 import Payload
from temporalio.api.enums.v1 import CommandType, EventType
from temporalio.api.failure.v1 import Failure
from temporalio.api.history.v1 import History, HistoryEvent
from temporalio.worker import _machines as m

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "histories"
ET = EventType
CT = CommandType


def load_history(name: str) -> list[HistoryEvent]:
    """Events of ``tests/fixtures/histories/<name>.json``."""
    text = (FIXTURES / f"{name}.json").read_text()
    history = json_format.Parse(text, History(), ignore_unknown_fields=True)
    return list(history.events)


def payload(value: Any) -> Payload:
    """A json/plain payload."""
    return Payload(metadata={"encoding": b"json/plain"}, data=json.dumps(value).encode())


def value_of(p: Payload | None) -> Any:
    """Decodes a json/plain payload (None for None)."""
    return None if p is None else json.loads(p.data)


# =============================================================================================
# Hand-made histories
# =============================================================================================


class HistoryBuilder:
    """Builds histories event by event; ids are assigned in order, times advance 1 s/event."""

    def __init__(self, start: datetime | None = None) -> None:
        self.events: list[HistoryEvent] = []
        self._time = start or datetime(2024, 1, 1, tzinfo=UTC)

    def add(self, event_type: int, attr: str | None = None, **fields: Any) -> HistoryEvent:
        e = HistoryEvent(event_id=len(self.events) + 1, event_type=event_type)  # type: ignore[arg-type]
        e.event_time.FromDatetime(self._time)
        self._time += timedelta(seconds=1)
        if attr is not None:
            json_format.ParseDict(fields, getattr(e, attr))
        self.events.append(e)
        return e

    @property
    def last_id(self) -> int:
        return len(self.events)

    def workflow_started(self, workflow_type: str = "wf", **fields: Any) -> HistoryEvent:
        fields.setdefault("workflowType", {"name": workflow_type})
        fields.setdefault("taskQueue", {"name": "tq"})
        fields.setdefault("originalExecutionRunId", "run-1")
        fields.setdefault("workflowTaskTimeout", "10s")
        return self.add(
            ET.EVENT_TYPE_WORKFLOW_EXECUTION_STARTED,
            "workflow_execution_started_event_attributes",
            **fields,
        )

    def wft(self, *, completed: bool = True, flags: Sequence[int] = ()) -> int:
        """Scheduled + started (+ completed); returns the started event id."""
        sched = self.add(
            ET.EVENT_TYPE_WORKFLOW_TASK_SCHEDULED, "workflow_task_scheduled_event_attributes"
        )
        started = self.add(
            ET.EVENT_TYPE_WORKFLOW_TASK_STARTED,
            "workflow_task_started_event_attributes",
            scheduledEventId=str(sched.event_id),
        )
        if completed:
            self.wft_completed(started.event_id, flags=flags)
        return started.event_id

    def wft_completed(self, started_id: int, flags: Sequence[int] = ()) -> HistoryEvent:
        attrs: dict[str, Any] = {
            "scheduledEventId": str(started_id - 1),
            "startedEventId": str(started_id),
        }
        if flags:
            attrs["sdkMetadata"] = {"coreUsedFlags": list(flags)}
        return self.add(
            ET.EVENT_TYPE_WORKFLOW_TASK_COMPLETED,
            "workflow_task_completed_event_attributes",
            **attrs,
        )

    def wft_failed(self, started_id: int) -> HistoryEvent:
        return self.add(
            ET.EVENT_TYPE_WORKFLOW_TASK_FAILED,
            "workflow_task_failed_event_attributes",
            scheduledEventId=str(started_id - 1),
            startedEventId=str(started_id),
            cause="WORKFLOW_TASK_FAILED_CAUSE_WORKFLOW_WORKER_UNHANDLED_FAILURE",
        )

    def wft_timed_out(self, started_id: int) -> HistoryEvent:
        return self.add(
            ET.EVENT_TYPE_WORKFLOW_TASK_TIMED_OUT,
            "workflow_task_timed_out_event_attributes",
            scheduledEventId=str(started_id - 1),
            startedEventId=str(started_id),
            timeoutType="TIMEOUT_TYPE_START_TO_CLOSE",
        )

    def timer_started(self, timer_id: str) -> int:
        return self.add(
            ET.EVENT_TYPE_TIMER_STARTED,
            "timer_started_event_attributes",
            timerId=timer_id,
            startToFireTimeout="1s",
        ).event_id

    def timer_fired(self, timer_id: str, started_id: int) -> HistoryEvent:
        return self.add(
            ET.EVENT_TYPE_TIMER_FIRED,
            "timer_fired_event_attributes",
            timerId=timer_id,
            startedEventId=str(started_id),
        )

    def timer_canceled(self, timer_id: str, started_id: int) -> HistoryEvent:
        return self.add(
            ET.EVENT_TYPE_TIMER_CANCELED,
            "timer_canceled_event_attributes",
            timerId=timer_id,
            startedEventId=str(started_id),
        )

    def activity_scheduled(self, activity_id: str, activity_type: str = "echo") -> int:
        return self.add(
            ET.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED,
            "activity_task_scheduled_event_attributes",
            activityId=activity_id,
            activityType={"name": activity_type},
        ).event_id

    def activity_started(self, scheduled_id: int) -> int:
        return self.add(
            ET.EVENT_TYPE_ACTIVITY_TASK_STARTED,
            "activity_task_started_event_attributes",
            scheduledEventId=str(scheduled_id),
        ).event_id

    def activity_completed(self, scheduled_id: int, value: Any = "done") -> HistoryEvent:
        e = self.add(
            ET.EVENT_TYPE_ACTIVITY_TASK_COMPLETED,
            "activity_task_completed_event_attributes",
            scheduledEventId=str(scheduled_id),
        )
        e.activity_task_completed_event_attributes.result.payloads.append(payload(value))
        return e

    def activity_failed(self, scheduled_id: int, message: str = "boom") -> HistoryEvent:
        return self.add(
            ET.EVENT_TYPE_ACTIVITY_TASK_FAILED,
            "activity_task_failed_event_attributes",
            scheduledEventId=str(scheduled_id),
            failure={"message": message, "applicationFailureInfo": {"type": "Boom"}},
            retryState="RETRY_STATE_NON_RETRYABLE_FAILURE",
        )

    def activity_cancel_requested(self, scheduled_id: int) -> HistoryEvent:
        return self.add(
            ET.EVENT_TYPE_ACTIVITY_TASK_CANCEL_REQUESTED,
            "activity_task_cancel_requested_event_attributes",
            scheduledEventId=str(scheduled_id),
        )

    def activity_canceled(self, scheduled_id: int) -> HistoryEvent:
        return self.add(
            ET.EVENT_TYPE_ACTIVITY_TASK_CANCELED,
            "activity_task_canceled_event_attributes",
            scheduledEventId=str(scheduled_id),
        )

    def signaled(self, name: str, value: Any = None) -> HistoryEvent:
        e = self.add(
            ET.EVENT_TYPE_WORKFLOW_EXECUTION_SIGNALED,
            "workflow_execution_signaled_event_attributes",
            signalName=name,
        )
        if value is not None:
            e.workflow_execution_signaled_event_attributes.input.payloads.append(payload(value))
        return e

    def cancel_requested(self, cause: str = "because") -> HistoryEvent:
        return self.add(
            ET.EVENT_TYPE_WORKFLOW_EXECUTION_CANCEL_REQUESTED,
            "workflow_execution_cancel_requested_event_attributes",
            cause=cause,
        )

    def completed(self, value: Any = "ok") -> HistoryEvent:
        e = self.add(
            ET.EVENT_TYPE_WORKFLOW_EXECUTION_COMPLETED,
            "workflow_execution_completed_event_attributes",
        )
        e.workflow_execution_completed_event_attributes.result.payloads.append(payload(value))
        return e

    def canceled(self) -> HistoryEvent:
        return self.add(
            ET.EVENT_TYPE_WORKFLOW_EXECUTION_CANCELED,
            "workflow_execution_canceled_event_attributes",
        )


# =============================================================================================
# A fake workflow runtime
# =============================================================================================


class Wait:
    """Suspends the workflow generator until ``cond()`` is true."""

    __slots__ = ("cond",)

    def __init__(self, cond: Callable[[], bool]) -> None:
        self.cond = cond


WorkflowBody = Callable[["FakeWorkflow"], Generator[Wait, None, Any]]


@dataclass
class FakeWorkflow:
    """A deterministic stand-in for workflow code on the workflow runtime.

    ``body`` is a generator function that issues commands through the helpers below and
    yields :class:`Wait` objects. Jobs are applied first (signals run their handlers), then
    the body resumes while its condition holds, like the real runtime does.
    """

    body: WorkflowBody
    signal_handlers: dict[str, Callable[[FakeWorkflow, list[Payload]], None]] = field(
        default_factory=dict
    )
    query_handlers: dict[str, Callable[[FakeWorkflow], Any]] = field(default_factory=dict)
    update_handler: Callable[[FakeWorkflow, m.DoUpdate], WorkflowBody | None] | None = None
    activations: list[m.Activation] = field(default_factory=list)
    # Resolutions by (kind, seq).
    fired: set[int] = field(default_factory=set)
    activities: dict[int, m.ActivityResolution] = field(default_factory=dict)
    children_started: dict[int, m.ChildWorkflowStartStatus] = field(default_factory=dict)
    children: dict[int, m.ChildWorkflowResult] = field(default_factory=dict)
    signals_sent: dict[int, Failure | None] = field(default_factory=dict)
    cancels_sent: dict[int, Failure | None] = field(default_factory=dict)
    patches: set[str] = field(default_factory=set)
    signals: list[tuple[str, list[Any]]] = field(default_factory=list)
    cancel_requested: bool = False
    is_replaying: bool = False
    now: datetime | None = None
    seed: int | None = None
    init: m.InitializeWorkflow | None = None
    _commands: list[m.LangCommand] = field(default_factory=list)
    _seqs: dict[str, int] = field(default_factory=dict)
    _coroutines: list[tuple[Generator[Wait, None, Any], Wait | None]] = field(default_factory=list)
    _patch_memo: dict[str, bool] = field(default_factory=dict)
    done: bool = False

    # --- commands -----------------------------------------------------------------------

    def next_seq(self, kind: str) -> int:
        self._seqs[kind] = self._seqs.get(kind, 0) + 1
        return self._seqs[kind]

    def issue(self, cmd: m.LangCommand) -> None:
        self._commands.append(cmd)

    def timer(self, seconds: float = 1.0) -> int:
        seq = self.next_seq("timer")
        self.issue(m.StartTimer(seq, timedelta(seconds=seconds)))
        return seq

    def activity(
        self,
        activity_type: str = "echo",
        arg: Any = "x",
        *,
        cancellation_type: m.ActivityCancellationType = m.ActivityCancellationType.TRY_CANCEL,
        activity_id: str | None = None,
    ) -> int:
        seq = self.next_seq("activity")
        self.issue(
            m.ScheduleActivity(
                seq,
                activity_id or str(seq),
                activity_type,
                arguments=[payload(arg)],
                start_to_close_timeout=timedelta(seconds=10),
                cancellation_type=cancellation_type,
            )
        )
        return seq

    def local_activity(self, activity_type: str = "echo", arg: Any = "x", **kw: Any) -> int:
        seq = self.next_seq("activity")
        self.issue(
            m.ScheduleLocalActivity(
                seq,
                str(seq),
                activity_type,
                arguments=[payload(arg)],
                start_to_close_timeout=timedelta(seconds=5),
                **kw,
            )
        )
        return seq

    def patched(self, patch_id: str, deprecated: bool = False) -> bool:
        if patch_id in self._patch_memo:
            return self._patch_memo[patch_id]
        use = not self.is_replaying or patch_id in self.patches
        self._patch_memo[patch_id] = use
        if use:
            self.issue(m.SetPatchMarker(patch_id, deprecated))
        return use

    def complete(self, value: Any = None) -> None:
        self.issue(m.CompleteWorkflowExecution(payload(value)))
        self.done = True

    def fail(self, message: str) -> None:
        self.issue(
            m.FailWorkflowExecution(
                Failure(
                    message=message,
                    application_failure_info={"type": "Purpose", "non_retryable": True},
                )
            )
        )
        self.done = True

    def spawn(self, body: WorkflowBody) -> None:
        """Starts a concurrent coroutine (like an update handler task)."""
        self._coroutines.append((body(self), None))

    # --- activation -----------------------------------------------------------------------

    def activate(self, act: m.Activation) -> m.ActivationCompletion:
        self.activations.append(act)
        self.is_replaying = act.is_replaying
        self.now = act.timestamp
        self._commands = []
        for job in act.jobs:
            self._apply(job)
        if act.is_query_only:
            return m.ActivationCompletion(self._commands)
        self._run_ready()
        return m.ActivationCompletion(self._commands)

    def _apply(self, job: m.Job) -> None:
        if isinstance(job, m.InitializeWorkflow):
            self.init = job
            self.seed = job.randomness_seed
            self._coroutines.append((self.body(self), None))
        elif isinstance(job, m.FireTimer):
            self.fired.add(job.seq)
        elif isinstance(job, m.ResolveActivity):
            self.activities[job.seq] = job.result
        elif isinstance(job, m.SignalWorkflow):
            args = [value_of(p) for p in job.input]
            self.signals.append((job.signal_name, args))
            handler = self.signal_handlers.get(job.signal_name)
            if handler is not None:
                handler(self, list(job.input))
        elif isinstance(job, m.CancelWorkflow):
            self.cancel_requested = True
        elif isinstance(job, m.NotifyHasPatch):
            self.patches.add(job.patch_id)
        elif isinstance(job, m.UpdateRandomSeed):
            self.seed = job.randomness_seed
        elif isinstance(job, m.ResolveChildWorkflowExecutionStart):
            self.children_started[job.seq] = job.status
        elif isinstance(job, m.ResolveChildWorkflowExecution):
            self.children[job.seq] = job.result
        elif isinstance(job, m.ResolveSignalExternalWorkflow):
            self.signals_sent[job.seq] = job.failure
        elif isinstance(job, m.ResolveRequestCancelExternalWorkflow):
            self.cancels_sent[job.seq] = job.failure
        elif isinstance(job, m.QueryWorkflow):
            query = self.query_handlers.get(job.query_type)
            if query is None:
                self.issue(
                    m.RespondToQuery(
                        job.query_id, failure=Failure(message=f"unknown query {job.query_type}")
                    )
                )
            else:
                self.issue(m.RespondToQuery(job.query_id, answer=payload(query(self))))
        elif isinstance(job, m.DoUpdate):
            assert self.update_handler is not None
            body = self.update_handler(self, job)
            if body is not None:
                self.spawn(body)
        elif isinstance(job, m.RemoveFromCache):
            self._coroutines.clear()

    def _run_ready(self) -> None:
        progressed = True
        while progressed:
            progressed = False
            for _i, (gen, wait) in enumerate(list(self._coroutines)):
                if wait is not None and not wait.cond():
                    continue
                try:
                    new_wait = next(gen)
                    self._coroutines[self._coroutines.index((gen, wait))] = (gen, new_wait)
                except StopIteration:
                    self._coroutines.remove((gen, wait))
                progressed = True
                break


class FakeLocalActivityWorker:
    """Executes local activities instantly with canned results.

    ``results`` maps seq → result; a seq missing from it keeps "running", which makes the
    driver heartbeat the workflow task instead.
    """

    def __init__(self, results: dict[int, m.LocalActivityResult] | None = None) -> None:
        self.results = results if results is not None else {}
        self.running: dict[int, m.LocalActivityRequest] = {}
        self.requests: list[m.LocalActivityRequest] = []
        self.cancels: list[int] = []

    def collect(self, run: m.WorkflowRun) -> None:
        for req in run.take_local_activity_requests():
            if isinstance(req, m.LocalActivityRequest):
                self.running[req.seq] = req
                self.requests.append(req)
            else:
                self.cancels.append(req.seq)

    def step(self, run: m.WorkflowRun) -> m.RunStep:
        for seq in list(self.running):
            result = self.results.get(seq)
            if result is not None:
                del self.running[seq]
                step = run.resolve_local_activity(result)
                assert step is not None
                return step
        return run.heartbeat()


def drive(
    run: m.WorkflowRun,
    task: m.WorkflowTask,
    wf: FakeWorkflow,
    la_worker: FakeLocalActivityWorker | None = None,
) -> m.RunStep:
    """Feeds one task and answers activations (and local activities, with ``la_worker``)
    until the run needs something else."""
    step = run.new_task(task)
    while True:
        if la_worker is not None:
            la_worker.collect(run)
        if isinstance(step, m.Activation):
            step = run.complete_activation(wf.activate(step))
        elif isinstance(step, m.AwaitLocalActivities) and la_worker is not None:
            step = la_worker.step(run)
        else:
            return step


def replay(events: Sequence[HistoryEvent], wf: FakeWorkflow) -> tuple[m.WorkflowRun, m.RunStep]:
    """Replays a whole history (the Replayer's path)."""
    run = m.WorkflowRun(namespace="default")
    step = drive(run, m.WorkflowTask.for_replay(events), wf)
    return run, step


# =============================================================================================
# Comparing commands with history
# =============================================================================================

_COMMAND_EVENT: dict[int, int] = {
    CT.COMMAND_TYPE_SCHEDULE_ACTIVITY_TASK: ET.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED,
    CT.COMMAND_TYPE_REQUEST_CANCEL_ACTIVITY_TASK: ET.EVENT_TYPE_ACTIVITY_TASK_CANCEL_REQUESTED,
    CT.COMMAND_TYPE_START_TIMER: ET.EVENT_TYPE_TIMER_STARTED,
    CT.COMMAND_TYPE_CANCEL_TIMER: ET.EVENT_TYPE_TIMER_CANCELED,
    CT.COMMAND_TYPE_COMPLETE_WORKFLOW_EXECUTION: ET.EVENT_TYPE_WORKFLOW_EXECUTION_COMPLETED,
    CT.COMMAND_TYPE_FAIL_WORKFLOW_EXECUTION: ET.EVENT_TYPE_WORKFLOW_EXECUTION_FAILED,
    CT.COMMAND_TYPE_CANCEL_WORKFLOW_EXECUTION: ET.EVENT_TYPE_WORKFLOW_EXECUTION_CANCELED,
    CT.COMMAND_TYPE_CONTINUE_AS_NEW_WORKFLOW_EXECUTION: ET.EVENT_TYPE_WORKFLOW_EXECUTION_CONTINUED_AS_NEW,
    CT.COMMAND_TYPE_START_CHILD_WORKFLOW_EXECUTION: ET.EVENT_TYPE_START_CHILD_WORKFLOW_EXECUTION_INITIATED,
    CT.COMMAND_TYPE_SIGNAL_EXTERNAL_WORKFLOW_EXECUTION: ET.EVENT_TYPE_SIGNAL_EXTERNAL_WORKFLOW_EXECUTION_INITIATED,
    CT.COMMAND_TYPE_REQUEST_CANCEL_EXTERNAL_WORKFLOW_EXECUTION: ET.EVENT_TYPE_REQUEST_CANCEL_EXTERNAL_WORKFLOW_EXECUTION_INITIATED,
    CT.COMMAND_TYPE_RECORD_MARKER: ET.EVENT_TYPE_MARKER_RECORDED,
    CT.COMMAND_TYPE_UPSERT_WORKFLOW_SEARCH_ATTRIBUTES: ET.EVENT_TYPE_UPSERT_WORKFLOW_SEARCH_ATTRIBUTES,
    CT.COMMAND_TYPE_MODIFY_WORKFLOW_PROPERTIES: ET.EVENT_TYPE_WORKFLOW_PROPERTIES_MODIFIED,
}


def command_key(cmd: Command) -> tuple[Any, ...]:
    """What must agree between a command and its event."""
    t = cmd.command_type
    if t == CT.COMMAND_TYPE_PROTOCOL_MESSAGE:
        mid = cmd.protocol_message_command_attributes.message_id
        kind = (
            ET.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_ACCEPTED
            if mid.endswith("/accept")
            else ET.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_COMPLETED
        )
        return (kind, mid.rsplit("/", 2)[0])
    et = _COMMAND_EVENT[t]
    if t == CT.COMMAND_TYPE_SCHEDULE_ACTIVITY_TASK:
        a = cmd.schedule_activity_task_command_attributes
        return (et, a.activity_id, a.activity_type.name)
    if t == CT.COMMAND_TYPE_START_TIMER:
        return (et, cmd.start_timer_command_attributes.timer_id)
    if t == CT.COMMAND_TYPE_RECORD_MARKER:
        return (et, cmd.record_marker_command_attributes.marker_name)
    if t == CT.COMMAND_TYPE_START_CHILD_WORKFLOW_EXECUTION:
        c = cmd.start_child_workflow_execution_command_attributes
        return (et, c.workflow_id, c.workflow_type.name)
    return (et,)


def event_key(e: HistoryEvent) -> tuple[Any, ...]:
    t = e.event_type
    if t == ET.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED:
        a = e.activity_task_scheduled_event_attributes
        return (t, a.activity_id, a.activity_type.name)
    if t == ET.EVENT_TYPE_TIMER_STARTED:
        return (t, e.timer_started_event_attributes.timer_id)
    if t == ET.EVENT_TYPE_MARKER_RECORDED:
        return (t, e.marker_recorded_event_attributes.marker_name)
    if t == ET.EVENT_TYPE_START_CHILD_WORKFLOW_EXECUTION_INITIATED:
        c = e.start_child_workflow_execution_initiated_event_attributes
        return (t, c.workflow_id, c.workflow_type.name)
    if t == ET.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_ACCEPTED:
        return (t, e.workflow_execution_update_accepted_event_attributes.protocol_instance_id)
    if t == ET.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_COMPLETED:
        return (t, e.workflow_execution_update_completed_event_attributes.meta.update_id)
    return (t,)


_COMMAND_EVENT_TYPES = set(_COMMAND_EVENT.values()) | {
    ET.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_ACCEPTED,
    ET.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_COMPLETED,
}


def commands_written_after(
    events: Sequence[HistoryEvent], completed_ix: int
) -> list[tuple[Any, ...]]:
    """Keys of the command events that follow the WorkflowTaskCompleted at ``completed_ix``."""
    out = []
    for e in events[completed_ix + 1 :]:
        if e.event_type not in _COMMAND_EVENT_TYPES:
            break
        out.append(event_key(e))
    return out


@dataclass
class ServerRun:
    """Result of :func:`run_like_the_server`."""

    steps: list[m.RunStep]
    tasks: list[m.WorkflowTask]


def completed_wft_indexes(events: Sequence[HistoryEvent]) -> list[int]:
    """Indexes of WorkflowTaskStarted events that were followed by a completion."""
    out = []
    for i, e in enumerate(events):
        if (
            e.event_type == ET.EVENT_TYPE_WORKFLOW_TASK_STARTED
            and i + 1 < len(events)
            and events[i + 1].event_type == ET.EVENT_TYPE_WORKFLOW_TASK_COMPLETED
        ):
            out.append(i)
    return out


def run_like_the_server(
    events: Sequence[HistoryEvent],
    make_workflow: Callable[[], FakeWorkflow],
    *,
    sticky: bool = True,
    check: bool = True,
    la_results: dict[int, m.LocalActivityResult] | None = None,
    messages: Callable[[int], list[Any]] | None = None,
) -> ServerRun:
    """Re-executes a recorded history task by task, as the server handed it out originally.

    For every workflow task that completed in history, the run gets the task (incremental
    events when ``sticky``, else the full history to a fresh run) and must answer with
    exactly the commands history recorded after that task's completion.
    """
    wf = make_workflow()
    run = m.WorkflowRun(namespace="default")
    la_worker = FakeLocalActivityWorker(la_results) if la_results is not None else None
    steps: list[m.RunStep] = []
    tasks: list[m.WorkflowTask] = []
    previous_started = 0
    for ix in completed_wft_indexes(events):
        started = events[ix].event_id
        if sticky:
            task_events = [e for e in events[: ix + 1] if e.event_id > previous_started]
        else:
            wf = make_workflow()
            run = m.WorkflowRun(namespace="default")
            task_events = list(events[: ix + 1])
        task = m.WorkflowTask(
            events=task_events,
            previous_started_event_id=previous_started,
            started_event_id=started,
            task_token=f"token-{started}".encode(),
            messages=messages(started) if messages is not None else (),
        )
        tasks.append(task)
        step = drive(run, task, wf, la_worker)
        steps.append(step)
        if check:
            assert isinstance(step, m.CompleteWorkflowTask), step
            got = [command_key(c) for c in step.commands]
            want = commands_written_after(events, ix + 1)
            assert got == want, f"WFT started at {started}: sent {got}, history has {want}"
        previous_started = started
    return ServerRun(steps, tasks)


def jobs_of(act: m.Activation) -> list[str]:
    """Compact description of an activation's jobs, e.g. ``['SignalWorkflow', 'FireTimer(1)']``."""
    out = []
    for j in act.jobs:
        seq = getattr(j, "seq", None)
        out.append(type(j).__name__ if seq is None else f"{type(j).__name__}({seq})")
    return out


def all_jobs(activations: Iterable[m.Activation]) -> list[list[str]]:
    return [jobs_of(a) for a in activations]


def results_from_markers(events: Sequence[HistoryEvent]) -> dict[int, m.LocalActivityResult]:
    """The local-activity results recorded in ``core_local_activity`` markers."""
    from temporalio.worker._machines._local_activity import decode_local_activity_marker

    out: dict[int, m.LocalActivityResult] = {}
    for e in events:
        if e.event_type != ET.EVENT_TYPE_MARKER_RECORDED:
            continue
        marker = decode_local_activity_marker(e)
        if marker is None:
            continue
        outcome: Any
        if marker.failure is not None:
            outcome = m.ActivityFailed(marker.failure)
        else:
            outcome = m.ActivityCompleted(marker.result)
        out[marker.seq] = m.LocalActivityResult(
            marker.seq,
            outcome,
            attempt=marker.attempt,
            original_schedule_time=marker.original_schedule_time,
        )
    return out
