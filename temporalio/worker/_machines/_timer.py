"""Durable timers (PROTOCOL §3.2): ``StartTimer`` → ``TimerStarted`` → ``TimerFired``."""

from __future__ import annotations

from temporalio.api.command.v1 import (
    CancelTimerCommandAttributes,
    Command,
    StartTimerCommandAttributes,
)
from temporalio.api.enums.v1 import CommandType, EventType
from temporalio.api.history.v1 import HistoryEvent

from ._activation import FireTimer
from ._commands import StartTimer
from ._flags import CoreFlag
from ._machine import CommandEntry, Machine, RunContext, id_mismatch, unexpected_event

__all__ = ["TimerMachine"]

_START = CommandType.COMMAND_TYPE_START_TIMER
_CANCEL = CommandType.COMMAND_TYPE_CANCEL_TIMER
_TIMER_STARTED = EventType.EVENT_TYPE_TIMER_STARTED
_TIMER_FIRED = EventType.EVENT_TYPE_TIMER_FIRED
_TIMER_CANCELED = EventType.EVENT_TYPE_TIMER_CANCELED


class TimerMachine(Machine):
    """One timer, identified by ``timer_id = str(seq)``.

    States: ``created`` (start command issued, no event yet) → ``started`` → ``fired``; or
    ``started`` → ``cancel_requested`` (cancel command issued) → ``canceled``; or
    ``created`` → ``canceled`` when cancelled before the start command was sent (both commands
    are dropped, nothing reaches the server).
    """

    __slots__ = ("cmd", "start_entry", "state")

    def __init__(self, cmd: StartTimer, run: RunContext) -> None:
        self.cmd = cmd
        self.state = "created"
        self.start_entry = run.new_command(self, _START, _TIMER_STARTED)

    def describe(self, entry: CommandEntry) -> str:
        kind = "StartTimer" if entry.command_type == _START else "CancelTimer"
        return f"{kind}(seq={self.cmd.seq})"

    def build_command(self, entry: CommandEntry) -> Command:
        if entry.command_type == _START:
            attrs = StartTimerCommandAttributes(timer_id=str(self.cmd.seq))
            attrs.start_to_fire_timeout.FromTimedelta(self.cmd.start_to_fire_timeout)
            cmd = Command(command_type=_START, start_timer_command_attributes=attrs)
            if self.cmd.user_metadata is not None:
                cmd.user_metadata.CopyFrom(self.cmd.user_metadata)
            return cmd
        return Command(
            command_type=_CANCEL,
            cancel_timer_command_attributes=CancelTimerCommandAttributes(
                timer_id=str(self.cmd.seq)
            ),
        )

    def on_command_event(self, entry: CommandEntry, event: HistoryEvent, run: RunContext) -> None:
        if entry.command_type == _START:
            timer_id = event.timer_started_event_attributes.timer_id
            # Core never compared timer ids; we do under flag 1, where history comes from an
            # SDK that (like us) uses str(seq), so a mismatch means reordered timers.
            if timer_id != str(self.cmd.seq) and run.flags.try_use(
                CoreFlag.ID_AND_TYPE_DETERMINISM_CHECKS, run.applying_last_sequence
            ):
                raise id_mismatch(event, "timer id", timer_id, str(self.cmd.seq))
            self.state = "started"
            run.index_by_event(event.event_id, self)
        else:
            self.state = "canceled"

    def on_event(self, event: HistoryEvent, event_type: int, run: RunContext) -> None:
        if event_type == _TIMER_FIRED and self.state == "started":
            self.state = "fired"
            run.jobs.append(FireTimer(self.cmd.seq))
            return
        if event_type == _TIMER_FIRED and self.state == "cancel_requested":
            # Fired while our cancel was in flight: the server still records the cancel;
            # workflow code already resolved the timer itself, so no job.
            return
        raise unexpected_event(self, event)

    def cancel(self, run: RunContext) -> None:
        """``CancelTimer(seq)`` from workflow code. No job results (lang resolves itself)."""
        if self.state == "created":
            # Not sent yet: drop the start command; no cancel command is needed.
            self.start_entry.dropped = True
            self.state = "canceled"
        elif self.state == "started":
            self.state = "cancel_requested"
            run.new_command(self, _CANCEL, _TIMER_CANCELED)
        # fired / cancel_requested / canceled: cancelling is a no-op.
