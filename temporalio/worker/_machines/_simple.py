"""Commands that never resolve: workflow completion (PROTOCOL §3.3), search attribute upserts
and memo changes (§3.8). Each matches exactly one command event and nothing follows it."""

from __future__ import annotations

from collections.abc import Mapping

from temporalio.api.command.v1 import (
    CancelWorkflowExecutionCommandAttributes,
    Command,
    CompleteWorkflowExecutionCommandAttributes,
    ContinueAsNewWorkflowExecutionCommandAttributes,
    FailWorkflowExecutionCommandAttributes,
    ModifyWorkflowPropertiesCommandAttributes,
    UpsertWorkflowSearchAttributesCommandAttributes,
)
from temporalio.api.common.v1 import Memo, Payload, RetryPolicy, SearchAttributes
from temporalio.api.enums.v1 import CommandType, EventType, TaskQueueKind

from ._commands import (
    CancelWorkflowExecution,
    CompleteWorkflowExecution,
    ContinueAsNewWorkflowExecution,
    FailWorkflowExecution,
    LangCommand,
    ModifyWorkflowProperties,
    UpsertWorkflowSearchAttributes,
)
from ._machine import CommandEntry, Machine, RunContext, copy_payload_map, set_duration

__all__ = ["SimpleCommandMachine", "TERMINAL_COMMANDS"]

CT = CommandType
ET = EventType

#: Lang command class → (command type, command event type).
_KINDS: dict[type[LangCommand], tuple[int, int]] = {
    CompleteWorkflowExecution: (
        CT.COMMAND_TYPE_COMPLETE_WORKFLOW_EXECUTION,
        ET.EVENT_TYPE_WORKFLOW_EXECUTION_COMPLETED,
    ),
    FailWorkflowExecution: (
        CT.COMMAND_TYPE_FAIL_WORKFLOW_EXECUTION,
        ET.EVENT_TYPE_WORKFLOW_EXECUTION_FAILED,
    ),
    CancelWorkflowExecution: (
        CT.COMMAND_TYPE_CANCEL_WORKFLOW_EXECUTION,
        ET.EVENT_TYPE_WORKFLOW_EXECUTION_CANCELED,
    ),
    ContinueAsNewWorkflowExecution: (
        CT.COMMAND_TYPE_CONTINUE_AS_NEW_WORKFLOW_EXECUTION,
        ET.EVENT_TYPE_WORKFLOW_EXECUTION_CONTINUED_AS_NEW,
    ),
    UpsertWorkflowSearchAttributes: (
        CT.COMMAND_TYPE_UPSERT_WORKFLOW_SEARCH_ATTRIBUTES,
        ET.EVENT_TYPE_UPSERT_WORKFLOW_SEARCH_ATTRIBUTES,
    ),
    ModifyWorkflowProperties: (
        CT.COMMAND_TYPE_MODIFY_WORKFLOW_PROPERTIES,
        ET.EVENT_TYPE_WORKFLOW_PROPERTIES_MODIFIED,
    ),
}

#: Lang commands that close the run.
TERMINAL_COMMANDS: tuple[type[LangCommand], ...] = (
    CompleteWorkflowExecution,
    FailWorkflowExecution,
    CancelWorkflowExecution,
    ContinueAsNewWorkflowExecution,
)


class SimpleCommandMachine(Machine):
    """A fire-and-forget command. ``internal`` marks core-generated commands (the
    ``TemporalChangeVersion`` upsert of a patch), which workflow code never sees."""

    __slots__ = ("cmd", "internal")

    def __init__(self, cmd: LangCommand, run: RunContext, *, internal: bool = False) -> None:
        self.cmd = cmd
        self.internal = internal
        command_type, event_type = _KINDS[type(cmd)]
        run.new_command(self, command_type, event_type)

    def describe(self, entry: CommandEntry) -> str:
        if self.internal:
            return "UpsertWorkflowSearchAttributes(TemporalChangeVersion, internal)"
        return f"{type(self.cmd).__name__}()"

    def build_command(self, entry: CommandEntry) -> Command:
        c = self.cmd
        cmd = Command(command_type=entry.command_type)  # type: ignore[arg-type]
        if isinstance(c, CompleteWorkflowExecution):
            a1 = CompleteWorkflowExecutionCommandAttributes()
            if c.result is not None:
                a1.result.payloads.append(c.result)
            cmd.complete_workflow_execution_command_attributes.CopyFrom(a1)
        elif isinstance(c, FailWorkflowExecution):
            cmd.fail_workflow_execution_command_attributes.CopyFrom(
                FailWorkflowExecutionCommandAttributes(failure=c.failure)
            )
        elif isinstance(c, CancelWorkflowExecution):
            cmd.cancel_workflow_execution_command_attributes.CopyFrom(
                CancelWorkflowExecutionCommandAttributes()
            )
        elif isinstance(c, ContinueAsNewWorkflowExecution):
            cmd.continue_as_new_workflow_execution_command_attributes.CopyFrom(
                _continue_as_new_attributes(c)
            )
        elif isinstance(c, UpsertWorkflowSearchAttributes):
            cmd.upsert_workflow_search_attributes_command_attributes.CopyFrom(
                UpsertWorkflowSearchAttributesCommandAttributes(
                    search_attributes=c.search_attributes
                )
            )
        elif isinstance(c, ModifyWorkflowProperties):
            cmd.modify_workflow_properties_command_attributes.CopyFrom(
                ModifyWorkflowPropertiesCommandAttributes(upserted_memo=c.upserted_memo)
            )
        user_metadata = getattr(c, "user_metadata", None)
        if user_metadata is not None:
            cmd.user_metadata.CopyFrom(user_metadata)
        return cmd


def _continue_as_new_attributes(
    c: ContinueAsNewWorkflowExecution,
) -> ContinueAsNewWorkflowExecutionCommandAttributes:
    a = ContinueAsNewWorkflowExecutionCommandAttributes()
    if c.workflow_type:
        a.workflow_type.name = c.workflow_type
    if c.task_queue:
        a.task_queue.name = c.task_queue
        a.task_queue.kind = TaskQueueKind.TASK_QUEUE_KIND_NORMAL
    if c.arguments:
        a.input.payloads.extend(c.arguments)
    set_duration(a.workflow_run_timeout, c.workflow_run_timeout)
    set_duration(a.workflow_task_timeout, c.workflow_task_timeout)
    if c.memo:
        copy_payload_map(a.memo.fields, c.memo)
    if c.headers:
        copy_payload_map(a.header.fields, c.headers)
    if c.search_attributes is not None:
        a.search_attributes.CopyFrom(c.search_attributes)
    if c.retry_policy is not None:
        a.retry_policy.CopyFrom(c.retry_policy)
    return a


def augment_continue_as_new(
    c: ContinueAsNewWorkflowExecution,
    *,
    memo: Memo | None,
    retry_policy: RetryPolicy | None,
    search_attributes: Mapping[str, Payload],
) -> ContinueAsNewWorkflowExecution:
    """Fills unset memo / retry policy / search attributes from the current run, as core
    does (PROTOCOL §3.3). Returns ``c`` itself when nothing needed filling."""
    if c.memo is None and memo is not None and memo.fields:
        c.memo = memo.fields
    if c.retry_policy is None and retry_policy is not None:
        c.retry_policy = retry_policy
    if c.search_attributes is None and search_attributes:
        c.search_attributes = SearchAttributes(indexed_fields=search_attributes)
    return c
