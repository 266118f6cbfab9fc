"""Shared pieces of the per-command state machines.

Every lang command that becomes a server command owns a *machine*. The run keeps a FIFO of
:class:`CommandEntry` (one per command the machine issued, in emission order); a command
event pops the head and hands the event to the entry's machine (PROTOCOL §2.5). Machines
that expect follow-up events (timer fired, activity completed, ...) are then indexed by the
command event's id.

Machines talk to the run through the small :class:`RunContext` protocol, so they stay
independent of the driver module.
"""

from __future__ import annotations

from collections.abc import Mapping, MutableMapping
from datetime import timedelta
from typing import Protocol

from google.protobuf.duration_pb2 import Duration
from google.protobuf.timestamp_pb2 import Timestamp

from temporalio.api.command.v1 import Command
from temporalio.api.common.v1 import Payload, Payloads
from temporalio.api.history.v1 import HistoryEvent

from ._activation import Job
from ._errors import NondeterminismError
from ._flags import InternalFlags
from ._history import describe_event, event_type_name

__all__ = [
    "CommandEntry",
    "copy_payload_map",
    "Machine",
    "RunContext",
    "first_payload",
    "set_duration",
    "unexpected_event",
]


class RunContext(Protocol):
    """What a machine may use of the run that owns it."""

    #: Jobs for the next activation (appended in history order).
    jobs: list[Job]
    flags: InternalFlags
    namespace: str
    #: The workflow's task queue (default for activities and children).
    task_queue: str
    #: True while the run is replaying (the command was issued by a replayed activation).
    replaying: bool
    #: True while applying the last sequence of the current task (flag 1 gets recorded).
    applying_last_sequence: bool

    def new_command(self, machine: Machine, command_type: int, event_type: int) -> CommandEntry:
        """Appends a command to the FIFO and returns its entry."""
        ...

    def index_by_event(self, event_id: int, machine: Machine) -> None:
        """Routes later events whose initial-event id is ``event_id`` to ``machine``."""
        ...


class Machine:
    """Base class: one server-visible operation (timer, activity, child, ...)."""

    __slots__ = ()

    def describe(self, entry: CommandEntry) -> str:
        """The lang command behind ``entry``, e.g. ``StartTimer(seq=1)``."""
        raise NotImplementedError

    def build_command(self, entry: CommandEntry) -> Command:
        """The protobuf command to send for ``entry``."""
        raise NotImplementedError

    def on_command_event(self, entry: CommandEntry, event: HistoryEvent, run: RunContext) -> None:
        """``event`` (of ``entry.event_type``) matched ``entry``. May raise NDE."""

    def on_event(self, event: HistoryEvent, event_type: int, run: RunContext) -> None:
        """A non-command event linked to this machine's initial event."""
        raise unexpected_event(self, event)

    def droppable(self, entry: CommandEntry) -> bool:
        """True if ``entry`` may silently go unmatched (patch commands)."""
        return False


class CommandEntry:
    """One command in the run's FIFO.

    Attributes:
        machine: The machine that issued the command.
        command_type: ``CommandType`` value.
        event_type: The only event type this command may match.
        sequence: Number of logical WFTs applied when the command was issued. Commands
            issued while at sequence *s* must be matched by the end of sequence *s + 1*
            ("extra command" detection).
        order: Global issue order (to interleave local-activity markers when sending).
        dropped: Cancelled before being sent: never sent, skipped when matching.
    """

    __slots__ = ("command_type", "dropped", "event_type", "machine", "order", "sequence")

    def __init__(
        self, machine: Machine, command_type: int, event_type: int, sequence: int, order: int
    ) -> None:
        self.machine = machine
        self.command_type = command_type
        self.event_type = event_type
        self.sequence = sequence
        self.order = order
        self.dropped = False

    def __repr__(self) -> str:
        return f"CommandEntry({self.machine.describe(self)})"


def unexpected_event(machine: Machine, event: HistoryEvent) -> NondeterminismError:
    """NDE for an event a machine cannot accept in its current state."""
    state = getattr(machine, "state", "?")
    return NondeterminismError(
        f"nondeterminism at event {event.event_id} ({event_type_name(event.event_type)}): "
        f"{type(machine).__name__} in state {state} cannot handle {describe_event(event)}",
        event_id=event.event_id,
    )


def id_mismatch(
    event: HistoryEvent, what: str, in_history: str, in_code: str
) -> NondeterminismError:
    """NDE for a flag-1 id/type check failure."""
    return NondeterminismError(
        f"nondeterminism at event {event.event_id} ({event_type_name(event.event_type)}): "
        f"{what} in history is {in_history!r} but workflow code used {in_code!r}",
        event_id=event.event_id,
    )


def first_payload(payloads: Payloads) -> Payload | None:
    """The single result payload of core-based SDKs (None when there is none)."""
    p = payloads.payloads
    return p[0] if p else None


def copy_payload_map(target: MutableMapping[str, Payload], source: Mapping[str, Payload]) -> None:
    """Copies payload map entries (protobuf message maps cannot be ``update``-d)."""
    for key, value in source.items():
        target[key].CopyFrom(value)


def set_duration(target: Duration, value: timedelta | None) -> None:
    """Writes ``value`` into a Duration field (left unset for None)."""
    if value is not None:
        target.FromTimedelta(value)


def timestamp_ns(ts: Timestamp) -> int:
    """A Timestamp as integer nanoseconds since the epoch."""
    return ts.seconds * 1_000_000_000 + ts.nanos
