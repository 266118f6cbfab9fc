"""The generated Temporal API bindings import and expose what the SDK uses."""

from __future__ import annotations

import importlib
import pkgutil

import pytest

import temporalio.api
from temporalio.api.workflowservice.v1 import service_pb2_grpc

USED_METHODS = [
    "StartWorkflowExecution",
    "SignalWithStartWorkflowExecution",
    "SignalWorkflowExecution",
    "QueryWorkflow",
    "RequestCancelWorkflowExecution",
    "TerminateWorkflowExecution",
    "DescribeWorkflowExecution",
    "GetWorkflowExecutionHistory",
    "ListWorkflowExecutions",
    "CountWorkflowExecutions",
    "PollWorkflowTaskQueue",
    "RespondWorkflowTaskCompleted",
    "RespondWorkflowTaskFailed",
    "RespondQueryTaskCompleted",
    "PollActivityTaskQueue",
    "RecordActivityTaskHeartbeat",
    "RecordActivityTaskHeartbeatById",
    "RespondActivityTaskCompleted",
    "RespondActivityTaskCompletedById",
    "RespondActivityTaskFailed",
    "RespondActivityTaskFailedById",
    "RespondActivityTaskCanceled",
    "RespondActivityTaskCanceledById",
    "ShutdownWorker",
    "GetSystemInfo",
    "DescribeNamespace",
    "UpdateWorkflowExecution",
    "PollWorkflowExecutionUpdate",
]


def _all_modules() -> list[str]:
    return [m.name for m in pkgutil.walk_packages(temporalio.api.__path__, "temporalio.api.")]


@pytest.mark.parametrize("name", _all_modules())
def test_every_generated_module_imports(name: str) -> None:
    importlib.import_module(name)


def test_workflow_service_stub_has_the_methods_we_use() -> None:
    class FakeChannel:
        def unary_unary(self, path: str, **kwargs: object) -> str:
            return path

        unary_stream = stream_unary = stream_stream = unary_unary

    stub = service_pb2_grpc.WorkflowServiceStub(FakeChannel())
    for method in USED_METHODS:
        assert getattr(stub, method) == f"/temporal.api.workflowservice.v1.WorkflowService/{method}"


def test_packages_reexport_messages_and_imports_are_rewritten() -> None:
    from temporalio.api.common.v1 import Payload
    from temporalio.api.enums.v1 import EventType
    from temporalio.api.errordetails.v1 import WorkflowExecutionAlreadyStartedFailure
    from temporalio.api.history.v1 import HistoryEvent

    assert Payload.DESCRIPTOR.full_name == "temporal.api.common.v1.Payload"
    assert EventType.Name(1) == "EVENT_TYPE_WORKFLOW_EXECUTION_STARTED"
    assert WorkflowExecutionAlreadyStartedFailure.DESCRIPTOR.name
    assert HistoryEvent.__module__.startswith("temporal")
    import temporalio.api.history.v1.message_pb2 as m

    with open(m.__file__) as f:
        source = f.read()
    assert "from temporal.api" not in source
    assert "from temporalio.api.common.v1 import message_pb2" in source
