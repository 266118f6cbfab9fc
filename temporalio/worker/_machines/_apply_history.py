"""Applying history: logical workflow tasks, command matching, look-ahead (PROTOCOL §2)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from temporalio.api.enums.v1 import EventType, WorkflowTaskFailedCause
from temporalio.api.history.v1 import HistoryEvent

from ._activation import (
    CancelWorkflow,
    InitializeWorkflow,
    NotifyHasPatch,
    SignalWorkflow,
    UpdateRandomSeed,
    headers_of,
)
from ._errors import HistoryError, NondeterminismError
from ._flags import CoreFlag
from ._history import (
    COMMAND_EVENT_TYPES,
    FINAL_EVENT_TYPES,
    IGNORABLE_EVENT_TYPES,
    describe_event,
    event_type_name,
)
from ._local_activity import LOCAL_ACTIVITY_MARKER_NAME, decode_local_activity_marker
from ._machine import timestamp_ns
from ._patch import (
    CHANGE_VERSION_SEARCH_ATTRIBUTE,
    PATCH_MARKER_NAME,
    PatchMachine,
    decode_patch_marker,
)
from ._run_state import RunState, ns_to_datetime
from ._seed import randomness_seed
from ._update import UpdateMachine, UpdateRequestMessage

__all__ = ["HistoryApplier"]


ET = EventType

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


class HistoryApplier(RunState):
    """Applies the events of logical workflow tasks to the machines."""

    __slots__ = ()  # every field is a slot of RunState

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
        handlers = _HANDLERS
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
                    handler(self, events[ix], t)
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
                    ns_to_datetime(timestamp_ns(a.workflow_execution_expiration_time))
                    if a.HasField("workflow_execution_expiration_time")
                    else None
                ),
                task_queue=a.task_queue.name,
                start_time=ns_to_datetime(start_ns),
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


# Event type -> handler of the events that are not command events. One table for
# every run (a per-run dict of bound methods would cost each cached run ~2 KB).
_HANDLERS: dict[int, Callable[[HistoryApplier, HistoryEvent, int], None]] = {
    ET.EVENT_TYPE_WORKFLOW_EXECUTION_STARTED: HistoryApplier._on_workflow_started,
    ET.EVENT_TYPE_WORKFLOW_TASK_SCHEDULED: HistoryApplier._on_nothing,
    _WFT_STARTED: HistoryApplier._on_wft_started,
    _WFT_COMPLETED: HistoryApplier._on_wft_completed,
    ET.EVENT_TYPE_WORKFLOW_TASK_FAILED: HistoryApplier._on_wft_failed,
    ET.EVENT_TYPE_WORKFLOW_TASK_TIMED_OUT: HistoryApplier._on_nothing,
    ET.EVENT_TYPE_WORKFLOW_EXECUTION_SIGNALED: HistoryApplier._on_signaled,
    ET.EVENT_TYPE_WORKFLOW_EXECUTION_CANCEL_REQUESTED: HistoryApplier._on_cancel_requested,
    ET.EVENT_TYPE_WORKFLOW_EXECUTION_TERMINATED: HistoryApplier._on_closed_by_server,
    ET.EVENT_TYPE_WORKFLOW_EXECUTION_TIMED_OUT: HistoryApplier._on_closed_by_server,
    ET.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_ADMITTED: HistoryApplier._on_update_admitted,
    **dict.fromkeys(_LINKED_EVENTS, HistoryApplier._on_linked_event),
}
