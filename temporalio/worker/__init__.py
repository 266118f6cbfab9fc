"""Workers: poll task queues and run workflows and activities."""

from temporalio.worker._deployment import WorkerDeploymentConfig as WorkerDeploymentConfig
from temporalio.worker._interceptor import (
    ActivityInboundInterceptor as ActivityInboundInterceptor,
)
from temporalio.worker._interceptor import (
    ActivityOutboundInterceptor as ActivityOutboundInterceptor,
)
from temporalio.worker._interceptor import ContinueAsNewInput as ContinueAsNewInput
from temporalio.worker._interceptor import ExecuteActivityInput as ExecuteActivityInput
from temporalio.worker._interceptor import ExecuteWorkflowInput as ExecuteWorkflowInput
from temporalio.worker._interceptor import HandleQueryInput as HandleQueryInput
from temporalio.worker._interceptor import HandleSignalInput as HandleSignalInput
from temporalio.worker._interceptor import HandleUpdateInput as HandleUpdateInput
from temporalio.worker._interceptor import Interceptor as Interceptor
from temporalio.worker._interceptor import SignalChildWorkflowInput as SignalChildWorkflowInput
from temporalio.worker._interceptor import (
    SignalExternalWorkflowInput as SignalExternalWorkflowInput,
)
from temporalio.worker._interceptor import StartActivityInput as StartActivityInput
from temporalio.worker._interceptor import StartChildWorkflowInput as StartChildWorkflowInput
from temporalio.worker._interceptor import StartLocalActivityInput as StartLocalActivityInput
from temporalio.worker._interceptor import (
    WorkflowInboundInterceptor as WorkflowInboundInterceptor,
)
from temporalio.worker._interceptor import (
    WorkflowInterceptorClassInput as WorkflowInterceptorClassInput,
)
from temporalio.worker._interceptor import (
    WorkflowOutboundInterceptor as WorkflowOutboundInterceptor,
)
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
    "ActivityOutboundInterceptor",
    "ContinueAsNewInput",
    "DefaultWorkflowRunner",
    "ExecuteActivityInput",
    "ExecuteWorkflowInput",
    "HandleQueryInput",
    "HandleSignalInput",
    "HandleUpdateInput",
    "Interceptor",
    "Replayer",
    "SignalChildWorkflowInput",
    "SignalExternalWorkflowInput",
    "StartActivityInput",
    "StartChildWorkflowInput",
    "StartLocalActivityInput",
    "UnsandboxedWorkflowRunner",
    "Worker",
    "WorkerDeploymentConfig",
    "WorkflowInboundInterceptor",
    "WorkflowInterceptorClassInput",
    "WorkflowOutboundInterceptor",
    "WorkflowReplayResult",
    "WorkflowReplayResults",
    "WorkflowRunner",
]
