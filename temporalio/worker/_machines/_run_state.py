"""The state of one workflow run, shared by the history applier, the command applier and
the driver (:mod:`._run`), plus the small services machines use (:class:`~._machine.RunContext`).

Invariants:

* ``_last_processed_event_id`` is the id of the last applied event; events are applied in
  id order without gaps.
* ``_fifo`` holds, in issue order, every command not yet matched by its command event
  (local-activity markers are kept apart in ``_la_markers``: they are matched by ``seq``).
* ``jobs`` only grows while applying history or commands; it is drained into exactly one
  activation at a time, and nothing is applied while an activation is outstanding.
"""

from __future__ import annotations

from datetime import UTC, datetime

from temporalio.api.common.v1 import Payload
from temporalio.api.enums.v1 import CommandType, EventType
from temporalio.api.history.v1 import WorkflowExecutionStartedEventAttributes
from temporalio.api.protocol.v1 import Message
from temporalio.api.query.v1 import WorkflowQueryResult

from ._activation import Job, QueryWorkflow
from ._activity import ActivityMachine
from ._child import ChildWorkflowMachine
from ._external import CancelExternalMachine, SignalExternalMachine
from ._fifo import Fifo
from ._flags import InternalFlags
from ._history import HistoryBuffer
from ._local_activity import (
    CancelLocalActivityRequest,
    LocalActivityMachine,
    LocalActivityMarker,
    LocalActivityRequest,
    request_for,
)
from ._machine import CommandEntry, Machine
from ._task import WorkflowTask
from ._timer import TimerMachine
from ._update import UpdateMachine, UpdateRequestMessage

__all__ = ["RunState"]


ET = EventType
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)

_MARKER = ET.EVENT_TYPE_MARKER_RECORDED


def ns_to_datetime(ns: int) -> datetime:
    """UTC datetime of integer nanoseconds since the epoch.

    Rounded to the microsecond the way the official SDK computes it
    (``datetime.fromtimestamp(ns / 1e9, utc)``), so ``workflow.now()`` agrees.
    """
    return datetime.fromtimestamp(ns / 1e9, UTC)


class RunState:
    """Everything one run remembers between calls. See the module docstring for invariants."""

    # Slots, not an instance dict: every cached run carries one of these (53 fields).
    __slots__ = (
        "_activation_index",
        "_activities",
        "_admitted",
        "_broken",
        "_buffer",
        "_by_event_id",
        "_cancels",
        "_children",
        "_continue_as_new_suggested",
        "_current_started_event_id",
        "_fifo",
        "_history_size_bytes",
        "_la_cancel_requests",
        "_la_cancel_sent",
        "_la_executing",
        "_la_markers",
        "_la_new_requests",
        "_la_preresolutions",
        "_las",
        "_last_processed_event_id",
        "_last_wft_started_id",
        "_last_wft_started_ns",
        "_next_started_event_id",
        "_order",
        "_outbox",
        "_outstanding",
        "_patches",
        "_pending_messages",
        "_pending_queries",
        "_previous_started_event_id",
        "_query_results",
        "_search_attributes",
        "_seen_terminal_event",
        "_sequences_applied",
        "_signals",
        "_skip_index",
        "_start_attrs",
        "_task",
        "_task_answered",
        "_terminal_issued",
        "_time_dt",
        "_time_ns",
        "_timers",
        "_updates",
        "applying_last_sequence",
        "flags",
        "jobs",
        "namespace",
        "replaying",
        "run_id",
        "task_queue",
        "workflow_id",
        "workflow_type",
    )

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

        self._fifo: Fifo[CommandEntry] = Fifo()
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
        self._la_preresolutions: Fifo[LocalActivityMarker] = Fifo()
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
        # The current task got its final step (respond / fail / nothing to send): anything
        # that happens before the next task waits for it.
        self._task_answered = False

    # --- RunContext -------------------------------------------------------------------------

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

    # --- shared helpers ---------------------------------------------------------------------

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

    def _timestamp(self) -> datetime | None:
        if self._time_dt is None and self._time_ns is not None:
            self._time_dt = ns_to_datetime(self._time_ns)
        return self._time_dt

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
