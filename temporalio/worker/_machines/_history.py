"""History bookkeeping: event classes, logical workflow tasks, and a positioned buffer.

A workflow task's history is sliced into *logical workflow tasks* ("sequences") exactly as
sdk-core does (PROTOCOL §2.1): a sequence runs from just after the previous sequence's end up
to and including the next ``WorkflowTaskStarted`` that counts. Failed or timed-out attempts,
WFT heartbeats and the update special case do not end a sequence; a terminal workflow event
always does.

For speed, a :class:`HistoryBuffer` reads ``event_type`` and ``event_id`` of every event once
into plain ``list[int]``; all scanning (sequence ends, look-ahead) runs over those lists, so
each event costs two protobuf attribute reads no matter how often it is scanned.
"""

from __future__ import annotations

from collections.abc import Sequence

from temporalio.api.enums.v1 import EventType
from temporalio.api.history.v1 import HistoryEvent

__all__ = [
    "COMMAND_EVENT_TYPES",
    "FINAL_EVENT_TYPES",
    "IGNORABLE_EVENT_TYPES",
    "HistoryBuffer",
    "describe_event",
    "event_type_name",
]

ET = EventType

#: Events the server writes as the direct result of a command (core's ``is_command_event``).
COMMAND_EVENT_TYPES: frozenset[int] = frozenset(
    {
        ET.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED,
        ET.EVENT_TYPE_ACTIVITY_TASK_CANCEL_REQUESTED,
        ET.EVENT_TYPE_MARKER_RECORDED,
        ET.EVENT_TYPE_REQUEST_CANCEL_EXTERNAL_WORKFLOW_EXECUTION_INITIATED,
        ET.EVENT_TYPE_SIGNAL_EXTERNAL_WORKFLOW_EXECUTION_INITIATED,
        ET.EVENT_TYPE_START_CHILD_WORKFLOW_EXECUTION_INITIATED,
        ET.EVENT_TYPE_TIMER_CANCELED,
        ET.EVENT_TYPE_TIMER_STARTED,
        ET.EVENT_TYPE_UPSERT_WORKFLOW_SEARCH_ATTRIBUTES,
        ET.EVENT_TYPE_WORKFLOW_PROPERTIES_MODIFIED,
        ET.EVENT_TYPE_NEXUS_OPERATION_SCHEDULED,
        ET.EVENT_TYPE_NEXUS_OPERATION_CANCEL_REQUESTED,
        ET.EVENT_TYPE_WORKFLOW_EXECUTION_CANCELED,
        ET.EVENT_TYPE_WORKFLOW_EXECUTION_COMPLETED,
        ET.EVENT_TYPE_WORKFLOW_EXECUTION_CONTINUED_AS_NEW,
        ET.EVENT_TYPE_WORKFLOW_EXECUTION_FAILED,
        ET.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_ACCEPTED,
        ET.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_REJECTED,
        ET.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_COMPLETED,
    }
)

#: Events that close the run. Nothing may follow them in a run's history.
FINAL_EVENT_TYPES: frozenset[int] = frozenset(
    {
        ET.EVENT_TYPE_WORKFLOW_EXECUTION_COMPLETED,
        ET.EVENT_TYPE_WORKFLOW_EXECUTION_CANCELED,
        ET.EVENT_TYPE_WORKFLOW_EXECUTION_FAILED,
        ET.EVENT_TYPE_WORKFLOW_EXECUTION_TIMED_OUT,
        ET.EVENT_TYPE_WORKFLOW_EXECUTION_CONTINUED_AS_NEW,
        ET.EVENT_TYPE_WORKFLOW_EXECUTION_TERMINATED,
    }
)

#: Events that change nothing for workflow code. Core skips the first three when
#: ``worker_may_ignore`` is set; the "modified externally" events carry no workflow-visible
#: data either (they describe server-side option changes), so they are skipped as well.
IGNORABLE_EVENT_TYPES: frozenset[int] = frozenset(
    {
        ET.EVENT_TYPE_WORKFLOW_EXECUTION_OPTIONS_UPDATED,
        ET.EVENT_TYPE_WORKFLOW_EXECUTION_PAUSED,
        ET.EVENT_TYPE_WORKFLOW_EXECUTION_UNPAUSED,
        ET.EVENT_TYPE_WORKFLOW_PROPERTIES_MODIFIED_EXTERNALLY,
        ET.EVENT_TYPE_ACTIVITY_PROPERTIES_MODIFIED_EXTERNALLY,
    }
)

# A WorkflowTaskStarted followed by one of these did not produce a completion: the attempt is
# invisible on replay and does not end a sequence.
_WFT_STARTED_NOT_ENDING: frozenset[int] = frozenset(
    {
        ET.EVENT_TYPE_WORKFLOW_TASK_FAILED,
        ET.EVENT_TYPE_WORKFLOW_TASK_TIMED_OUT,
        ET.EVENT_TYPE_WORKFLOW_EXECUTION_TIMED_OUT,
        ET.EVENT_TYPE_WORKFLOW_EXECUTION_TERMINATED,
        ET.EVENT_TYPE_WORKFLOW_EXECUTION_CANCELED,
    }
)

_WES = ET.EVENT_TYPE_WORKFLOW_EXECUTION_STARTED
_WFT_SCHEDULED = ET.EVENT_TYPE_WORKFLOW_TASK_SCHEDULED
_WFT_STARTED = ET.EVENT_TYPE_WORKFLOW_TASK_STARTED
_WFT_COMPLETED = ET.EVENT_TYPE_WORKFLOW_TASK_COMPLETED
_UPDATE_ACCEPTED = ET.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_ACCEPTED

_EVENT_TYPE_NAMES: dict[int, str] = {}


def event_type_name(event_type: int) -> str:
    """Returns the CamelCase name of an event type, e.g. ``ActivityTaskScheduled``."""
    name = _EVENT_TYPE_NAMES.get(event_type)
    if name is None:
        try:
            raw = EventType.Name(event_type)
        except ValueError:
            raw = f"EVENT_TYPE_{event_type}"
        name = "".join(p.capitalize() for p in raw.removeprefix("EVENT_TYPE_").split("_"))
        _EVENT_TYPE_NAMES[event_type] = name
    return name


def describe_event(event: HistoryEvent) -> str:
    """Short human description of an event, used in nondeterminism messages.

    Example: ``ActivityTaskScheduled(activity_id='1', type='echo')``.
    """
    et = event.event_type
    name = event_type_name(et)
    if et == ET.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED:
        a = event.activity_task_scheduled_event_attributes
        return f"{name}(activity_id={a.activity_id!r}, type={a.activity_type.name!r})"
    if et == ET.EVENT_TYPE_TIMER_STARTED:
        return f"{name}(timer_id={event.timer_started_event_attributes.timer_id!r})"
    if et == ET.EVENT_TYPE_TIMER_CANCELED:
        return f"{name}(timer_id={event.timer_canceled_event_attributes.timer_id!r})"
    if et == ET.EVENT_TYPE_MARKER_RECORDED:
        return f"{name}(marker_name={event.marker_recorded_event_attributes.marker_name!r})"
    if et == ET.EVENT_TYPE_START_CHILD_WORKFLOW_EXECUTION_INITIATED:
        c = event.start_child_workflow_execution_initiated_event_attributes
        return f"{name}(workflow_id={c.workflow_id!r}, type={c.workflow_type.name!r})"
    if et == ET.EVENT_TYPE_SIGNAL_EXTERNAL_WORKFLOW_EXECUTION_INITIATED:
        s = event.signal_external_workflow_execution_initiated_event_attributes
        return (
            f"{name}(workflow_id={s.workflow_execution.workflow_id!r}, "
            f"signal_name={s.signal_name!r})"
        )
    if et == ET.EVENT_TYPE_REQUEST_CANCEL_EXTERNAL_WORKFLOW_EXECUTION_INITIATED:
        r = event.request_cancel_external_workflow_execution_initiated_event_attributes
        return f"{name}(workflow_id={r.workflow_execution.workflow_id!r})"
    if et == ET.EVENT_TYPE_ACTIVITY_TASK_CANCEL_REQUESTED:
        sid = event.activity_task_cancel_requested_event_attributes.scheduled_event_id
        return f"{name}(scheduled_event_id={sid})"
    if et == ET.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_ACCEPTED:
        pid = event.workflow_execution_update_accepted_event_attributes.protocol_instance_id
        return f"{name}(update_id={pid!r})"
    if et == ET.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_COMPLETED:
        uid = event.workflow_execution_update_completed_event_attributes.meta.update_id
        return f"{name}(update_id={uid!r})"
    return name


class HistoryBuffer:
    """The events of the current workflow task, with a read position.

    Invariants: ``types[i]``/``ids[i]`` mirror ``events[i]``; ``pos`` only moves forward and
    everything before it has been handed out by :meth:`take_sequence`. ``_next_end`` caches
    the end index of the sequence starting at ``pos`` (``-1`` = not computed), so peeking and
    then taking a sequence scans it once.
    """

    __slots__ = ("_next_end", "events", "ids", "pos", "types")

    def __init__(self, events: Sequence[HistoryEvent] = ()) -> None:
        self.events: Sequence[HistoryEvent] = events
        self.types: list[int] = [e.event_type for e in events]
        self.ids: list[int] = [e.event_id for e in events]
        self.pos = 0
        self._next_end = -1

    def skip_through(self, event_id: int) -> None:
        """Moves the position past every event whose id is ``<= event_id``."""
        ids = self.ids
        pos = self.pos
        n = len(ids)
        while pos < n and ids[pos] <= event_id:
            pos += 1
        if pos != self.pos:
            self.pos = pos
            self._next_end = -1

    def has_more(self) -> bool:
        """True if there are events not yet handed out."""
        return self.pos < len(self.ids)

    @property
    def last_event_id(self) -> int:
        """Id of the last event in the buffer (0 if empty)."""
        return self.ids[-1] if self.ids else 0

    def next_sequence_end(self) -> int:
        """Index of the last event of the sequence starting at ``pos`` (``pos - 1`` if none)."""
        if self._next_end < 0:
            self._next_end = find_sequence_end(self.types, self.ids, self.events, self.pos)
        return self._next_end

    def take_sequence(self) -> tuple[int, int]:
        """Hands out the next sequence as a ``[start, end)`` index range and advances."""
        start = self.pos
        end = self.next_sequence_end() + 1
        self.pos = end
        self._next_end = -1
        return start, end

    def peek_sequence(self) -> tuple[int, int]:
        """The ``[start, end)`` index range of the next sequence, without advancing."""
        return self.pos, self.next_sequence_end() + 1


def find_sequence_end(
    types: list[int], ids: list[int], events: Sequence[HistoryEvent], start: int
) -> int:
    """Index of the last event of the logical workflow task that begins at ``start``.

    This is core's ``find_end_index_of_next_wft_seq`` for a history that is complete up to
    the current task (the worker always paginates the whole task before handing it over).
    When no event ends the sequence, the sequence runs to the end of the buffer. Returns
    ``start - 1`` when there are no events left.
    """
    n = len(types)
    if start >= n:
        return start - 1
    saw_command = False
    saw_command_or_started = False
    # (event id, index) of every WorkflowTaskStarted that was not skipped, for the update
    # special case below.
    wft_started: list[tuple[int, int]] = []
    commands = COMMAND_EVENT_TYPES
    finals = FINAL_EVENT_TYPES
    for ix in range(start, n):
        t = types[ix]
        if t in commands:
            saw_command = True
            saw_command_or_started = True
        elif t == _WES:
            saw_command_or_started = True
        if t in finals:
            return ix
        if t != _WFT_STARTED:
            continue
        wft_started.append((ids[ix], ix))
        if ix + 1 < n:
            next_type = types[ix + 1]
            if next_type in _WFT_STARTED_NOT_ENDING:
                # A failed/timed-out attempt: invisible on replay, not a sequence end.
                wft_started.pop()
                continue
            if next_type == _WFT_COMPLETED and ix + 2 < n:
                after = types[ix + 2]
                if not saw_command and after == _WFT_SCHEDULED:
                    # A WFT heartbeat: workflow code was not woken for it originally.
                    continue
                if after == _UPDATE_ACCEPTED:
                    # End where the update was sequenced: the last unskipped WFT started
                    # before the accepted request's sequencing event.
                    accepted = events[ix + 2].workflow_execution_update_accepted_event_attributes
                    sequencing_id = accepted.accepted_request_sequencing_event_id
                    for eid, wix in reversed(wft_started):
                        if eid < sequencing_id:
                            return wix
                return ix
        if saw_command_or_started:
            return ix
    return n - 1
