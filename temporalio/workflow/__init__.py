"""The API that workflow code uses: definitions, and (inside a workflow) the runtime calls."""

from temporalio.workflow._definition import (
    QueryDefinition as QueryDefinition,
)
from temporalio.workflow._definition import (
    SignalDefinition as SignalDefinition,
)
from temporalio.workflow._definition import (
    UpdateDefinition as UpdateDefinition,
)
from temporalio.workflow._definition import (
    WorkflowDefinition as WorkflowDefinition,
)
from temporalio.workflow._definition import (
    WorkflowDefinitionError as WorkflowDefinitionError,
)
from temporalio.workflow._definition import defn as defn
from temporalio.workflow._definition import query as query
from temporalio.workflow._definition import run as run
from temporalio.workflow._definition import signal as signal
from temporalio.workflow._definition import update as update

__all__ = [
    "QueryDefinition",
    "SignalDefinition",
    "UpdateDefinition",
    "WorkflowDefinition",
    "WorkflowDefinitionError",
    "defn",
    "query",
    "run",
    "signal",
    "update",
]
