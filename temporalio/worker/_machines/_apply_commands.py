"""Applying workflow code's commands to the machines (lang commands → command FIFO)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from temporalio.api.command.v1 import RequestCancelExternalWorkflowExecutionCommandAttributes
from temporalio.api.common.v1 import SearchAttributes

from . import _commands as lc
from ._activity import ActivityMachine
from ._child import ChildWorkflowMachine
from ._errors import HistoryError, NondeterminismError
from ._external import CancelExternalMachine, SignalExternalMachine
from ._flags import CoreFlag
from ._local_activity import CancelLocalActivityRequest, LocalActivityMachine
from ._patch import CHANGE_VERSION_SEARCH_ATTRIBUTE, PatchMachine, change_version_search_attributes
from ._run_state import RunState
from ._simple import TERMINAL_COMMANDS, SimpleCommandMachine, augment_continue_as_new
from ._timer import TimerMachine

__all__ = ["CommandApplier"]

_M = TypeVar("_M")


class CommandApplier(RunState):
    """Turns lang commands into machines and command entries."""

    __slots__ = ()  # every field is a slot of RunState

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


_COMMAND_HANDLERS: dict[type, Callable[[CommandApplier, object], None]] = {
    lc.StartTimer: CommandApplier._cmd_start_timer,  # type: ignore[dict-item]
    lc.CancelTimer: CommandApplier._cmd_cancel_timer,  # type: ignore[dict-item]
    lc.ScheduleActivity: CommandApplier._cmd_schedule_activity,  # type: ignore[dict-item]
    lc.RequestCancelActivity: CommandApplier._cmd_cancel_activity,  # type: ignore[dict-item]
    lc.ScheduleLocalActivity: CommandApplier._cmd_schedule_local_activity,  # type: ignore[dict-item]
    lc.RequestCancelLocalActivity: CommandApplier._cmd_cancel_local_activity,  # type: ignore[dict-item]
    lc.CompleteWorkflowExecution: CommandApplier._cmd_terminal,  # type: ignore[dict-item]
    lc.FailWorkflowExecution: CommandApplier._cmd_terminal,  # type: ignore[dict-item]
    lc.CancelWorkflowExecution: CommandApplier._cmd_terminal,  # type: ignore[dict-item]
    lc.ContinueAsNewWorkflowExecution: CommandApplier._cmd_terminal,  # type: ignore[dict-item]
    lc.UpsertWorkflowSearchAttributes: CommandApplier._cmd_upsert,  # type: ignore[dict-item]
    lc.ModifyWorkflowProperties: CommandApplier._cmd_modify_properties,  # type: ignore[dict-item]
    lc.SetPatchMarker: CommandApplier._cmd_set_patch_marker,  # type: ignore[dict-item]
    lc.StartChildWorkflowExecution: CommandApplier._cmd_start_child,  # type: ignore[dict-item]
    lc.CancelChildWorkflowExecution: CommandApplier._cmd_cancel_child,  # type: ignore[dict-item]
    lc.SignalExternalWorkflowExecution: CommandApplier._cmd_signal_external,  # type: ignore[dict-item]
    lc.CancelSignalWorkflow: CommandApplier._cmd_cancel_signal,  # type: ignore[dict-item]
    lc.RequestCancelExternalWorkflowExecution: CommandApplier._cmd_cancel_external,  # type: ignore[dict-item]
    lc.UpdateResponse: CommandApplier._cmd_update_response,  # type: ignore[dict-item]
    lc.RespondToQuery: CommandApplier._cmd_query_response,  # type: ignore[dict-item]
}
