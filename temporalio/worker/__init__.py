"""Workers: poll task queues and run workflows and activities."""

from temporalio._activity._inbound import (
    ActivityInboundInterceptor as ActivityInboundInterceptor,
)
from temporalio._activity._inbound import ExecuteActivityInput as ExecuteActivityInput
from temporalio.worker._replayer import Replayer as Replayer
from temporalio.worker._replayer import WorkflowReplayResult as WorkflowReplayResult
from temporalio.worker._replayer import WorkflowReplayResults as WorkflowReplayResults
from temporalio.worker._worker import Worker as Worker
from temporalio.worker._workflow_runner import DefaultWorkflowRunner as DefaultWorkflowRunner
from temporalio.worker._workflow_runner import (
    UnsandboxedWorkflowRunner as UnsandboxedWorkflowRunner,
)
from temporalio.worker._workflow_runner import WorkflowRunner as WorkflowRunner

__all__ = [
    "ActivityInboundInterceptor",
    "ExecuteActivityInput",
    "DefaultWorkflowRunner",
    "Replayer",
    "UnsandboxedWorkflowRunner",
    "Worker",
    "WorkflowReplayResult",
    "WorkflowReplayResults",
    "WorkflowRunner",
]
