"""A minimal hand-written workflow task responder over the raw API, for client tests.

It stands in for a worker: it polls one workflow task (or legacy query task) and
answers it with the commands a test gives.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta

import anyio
from google.protobuf.duration_pb2 import Duration

from temporalio.api.command.v1 import (
    Command,
    CompleteWorkflowExecutionCommandAttributes,
    ContinueAsNewWorkflowExecutionCommandAttributes,
    FailWorkflowExecutionCommandAttributes,
    RequestCancelActivityTaskCommandAttributes,
    ScheduleActivityTaskCommandAttributes,
)
from temporalio.api.common.v1 import ActivityType, Payloads, RetryPolicy, WorkflowType
from temporalio.api.enums.v1 import CommandType, QueryResultType
from temporalio.api.failure.v1 import Failure
from temporalio.api.taskqueue.v1 import TaskQueue
from temporalio.api.workflowservice.v1 import (
    PollWorkflowTaskQueueRequest,
    PollWorkflowTaskQueueResponse,
    RespondQueryTaskCompletedRequest,
    RespondWorkflowTaskCompletedRequest,
)
from temporalio.client import Client


async def poll_workflow_task(
    client: Client, task_queue: str, *, timeout: float = 20
) -> PollWorkflowTaskQueueResponse:
    """Poll until a workflow task (or legacy query task) arrives."""
    with anyio.fail_after(timeout):
        while True:
            resp = await client.workflow_service.poll_workflow_task_queue(
                PollWorkflowTaskQueueRequest(
                    namespace=client.namespace,
                    task_queue=TaskQueue(name=task_queue),
                    identity="raw-responder",
                ),
                timeout=timedelta(seconds=70),
            )
            if resp.task_token:
                return resp


async def respond(
    client: Client, task: PollWorkflowTaskQueueResponse, commands: Sequence[Command] = ()
) -> None:
    """Complete a workflow task with the given commands."""
    await client.workflow_service.respond_workflow_task_completed(
        RespondWorkflowTaskCompletedRequest(
            namespace=client.namespace,
            task_token=task.task_token,
            commands=list(commands),
            identity="raw-responder",
        )
    )


async def answer_query(
    client: Client,
    task: PollWorkflowTaskQueueResponse,
    *,
    answer: Payloads | None = None,
    error: str | None = None,
) -> None:
    """Answer a legacy query task."""
    req = RespondQueryTaskCompletedRequest(namespace=client.namespace, task_token=task.task_token)
    if error is not None:
        req.completed_type = QueryResultType.QUERY_RESULT_TYPE_FAILED
        req.error_message = error
        req.failure.CopyFrom(Failure(message=error))
    else:
        req.completed_type = QueryResultType.QUERY_RESULT_TYPE_ANSWERED
        if answer is not None:
            req.query_result.CopyFrom(answer)
    await client.workflow_service.respond_query_task_completed(req)


def complete_command(result: Payloads | None) -> Command:
    """A CompleteWorkflowExecution command."""
    attrs = CompleteWorkflowExecutionCommandAttributes()
    if result is not None:
        attrs.result.CopyFrom(result)
    return Command(
        command_type=CommandType.COMMAND_TYPE_COMPLETE_WORKFLOW_EXECUTION,
        complete_workflow_execution_command_attributes=attrs,
    )


def fail_command(failure: Failure) -> Command:
    """A FailWorkflowExecution command."""
    return Command(
        command_type=CommandType.COMMAND_TYPE_FAIL_WORKFLOW_EXECUTION,
        fail_workflow_execution_command_attributes=FailWorkflowExecutionCommandAttributes(
            failure=failure
        ),
    )


def continue_as_new_command(workflow_type: str, task_queue: str, args: Payloads | None) -> Command:
    """A ContinueAsNewWorkflowExecution command."""
    attrs = ContinueAsNewWorkflowExecutionCommandAttributes(
        workflow_type=WorkflowType(name=workflow_type),
        task_queue=TaskQueue(name=task_queue),
    )
    if args is not None:
        attrs.input.CopyFrom(args)
    return Command(
        command_type=CommandType.COMMAND_TYPE_CONTINUE_AS_NEW_WORKFLOW_EXECUTION,
        continue_as_new_workflow_execution_command_attributes=attrs,
    )


def _duration(td: timedelta | None) -> Duration | None:
    if td is None:
        return None
    d = Duration()
    d.FromTimedelta(td)
    return d


def schedule_activity_command(
    activity_id: str,
    activity_type: str,
    task_queue: str,
    input: Payloads | None = None,
    *,
    start_to_close_timeout: timedelta | None = timedelta(seconds=30),
    schedule_to_close_timeout: timedelta | None = None,
    heartbeat_timeout: timedelta | None = None,
    retry_policy: RetryPolicy | None = None,
) -> Command:
    """A ScheduleActivityTask command (no eager execution)."""
    attrs = ScheduleActivityTaskCommandAttributes(
        activity_id=activity_id,
        activity_type=ActivityType(name=activity_type),
        task_queue=TaskQueue(name=task_queue),
        start_to_close_timeout=_duration(start_to_close_timeout),
        schedule_to_close_timeout=_duration(schedule_to_close_timeout),
        heartbeat_timeout=_duration(heartbeat_timeout),
        retry_policy=retry_policy,
        request_eager_execution=False,
    )
    if input is not None:
        attrs.input.CopyFrom(input)
    return Command(
        command_type=CommandType.COMMAND_TYPE_SCHEDULE_ACTIVITY_TASK,
        schedule_activity_task_command_attributes=attrs,
    )


def request_cancel_activity_command(scheduled_event_id: int) -> Command:
    """A RequestCancelActivityTask command for the activity scheduled by that event."""
    return Command(
        command_type=CommandType.COMMAND_TYPE_REQUEST_CANCEL_ACTIVITY_TASK,
        request_cancel_activity_task_command_attributes=RequestCancelActivityTaskCommandAttributes(
            scheduled_event_id=scheduled_event_id
        ),
    )
