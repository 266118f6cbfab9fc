"""A minimal hand-written workflow task responder over the raw API, for client tests.

It stands in for a worker: it polls one workflow task (or legacy query task) and
answers it with the commands a test gives.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta

import anyio

from temporalio.api.command.v1 import (
    Command,
    CompleteWorkflowExecutionCommandAttributes,
    ContinueAsNewWorkflowExecutionCommandAttributes,
    FailWorkflowExecutionCommandAttributes,
)
from temporalio.api.common.v1 import Payloads, WorkflowType
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
