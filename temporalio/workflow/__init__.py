"""The API that workflow code uses: definitions, and (inside a workflow) the runtime calls.

Workflow code may also use ``asyncio`` as it knows it (``asyncio.sleep``,
``wait_for``, ``timeout``, ``gather``, ``Event``, ``Lock``, ``Queue``,
``TaskGroup`` ...): inside a workflow these run on a deterministic loop whose
timers are durable and whose clock is workflow time.
"""

from temporalio._loop import ALL_COMPLETED as ALL_COMPLETED
from temporalio._loop import FIRST_COMPLETED as FIRST_COMPLETED
from temporalio._loop import FIRST_EXCEPTION as FIRST_EXCEPTION
from temporalio._loop import CancellationScope as CancellationScope
from temporalio._loop import NotAllowedInWorkflowError as NotAllowedInWorkflowError
from temporalio._loop import as_completed as as_completed
from temporalio._loop import wait as wait

# Feature modules list their public names in their own ``__all__``.
from temporalio.workflow import _child, _handlers, _local_activity, _properties
from temporalio.workflow._activity import ActivityCancellationType as ActivityCancellationType
from temporalio.workflow._activity import ActivityConfig as ActivityConfig
from temporalio.workflow._activity import ActivityHandle as ActivityHandle
from temporalio.workflow._activity import execute_activity as execute_activity
from temporalio.workflow._activity import execute_activity_method as execute_activity_method
from temporalio.workflow._activity import start_activity as start_activity
from temporalio.workflow._activity import start_activity_method as start_activity_method
from temporalio.workflow._api import LoggerAdapter as LoggerAdapter
from temporalio.workflow._api import get_current_details as get_current_details
from temporalio.workflow._api import get_last_completion_result as get_last_completion_result
from temporalio.workflow._api import get_last_failure as get_last_failure
from temporalio.workflow._api import has_last_completion_result as has_last_completion_result
from temporalio.workflow._api import in_workflow as in_workflow
from temporalio.workflow._api import info as info
from temporalio.workflow._api import instance as instance
from temporalio.workflow._api import logger as logger
from temporalio.workflow._api import new_random as new_random
from temporalio.workflow._api import now as now
from temporalio.workflow._api import payload_converter as payload_converter
from temporalio.workflow._api import random as random
from temporalio.workflow._api import random_seed as random_seed
from temporalio.workflow._api import set_current_details as set_current_details
from temporalio.workflow._api import sleep as sleep
from temporalio.workflow._api import time as time
from temporalio.workflow._api import time_ns as time_ns
from temporalio.workflow._api import unsafe as unsafe
from temporalio.workflow._api import uuid4 as uuid4
from temporalio.workflow._api import wait_condition as wait_condition
from temporalio.workflow._child import *  # noqa: F403
from temporalio.workflow._decorators import UpdateMethodMultiParam as UpdateMethodMultiParam
from temporalio.workflow._decorators import init as init
from temporalio.workflow._decorators import query as query
from temporalio.workflow._decorators import run as run
from temporalio.workflow._decorators import signal as signal
from temporalio.workflow._decorators import update as update
from temporalio.workflow._definition import QueryDefinition as QueryDefinition
from temporalio.workflow._definition import SignalDefinition as SignalDefinition
from temporalio.workflow._definition import UpdateDefinition as UpdateDefinition
from temporalio.workflow._definition import WorkflowDefinition as WorkflowDefinition
from temporalio.workflow._definition import WorkflowDefinitionError as WorkflowDefinitionError
from temporalio.workflow._definition import defn as defn
from temporalio.workflow._errors import NondeterminismError as NondeterminismError
from temporalio.workflow._errors import ReadOnlyContextError as ReadOnlyContextError
from temporalio.workflow._errors import WorkflowError as WorkflowError
from temporalio.workflow._handlers import *  # noqa: F403
from temporalio.workflow._info import Info as Info
from temporalio.workflow._info import ParentInfo as ParentInfo
from temporalio.workflow._info import RootInfo as RootInfo
from temporalio.workflow._local_activity import *  # noqa: F403
from temporalio.workflow._properties import *  # noqa: F403
from temporalio.workflow._runtime import NotInWorkflowError as NotInWorkflowError
from temporalio.workflow._unfinished import HandlerUnfinishedPolicy as HandlerUnfinishedPolicy
from temporalio.workflow._unfinished import (
    UnfinishedSignalHandlersWarning as UnfinishedSignalHandlersWarning,
)
from temporalio.workflow._unfinished import (
    UnfinishedUpdateHandlersWarning as UnfinishedUpdateHandlersWarning,
)
from temporalio.workflow._update_info import UpdateInfo as UpdateInfo
from temporalio.workflow._update_info import current_update_info as current_update_info

__all__ = [
    "ALL_COMPLETED",
    "ActivityCancellationType",
    "ActivityConfig",
    "ActivityHandle",
    "CancellationScope",
    "FIRST_COMPLETED",
    "FIRST_EXCEPTION",
    "HandlerUnfinishedPolicy",
    "Info",
    "LoggerAdapter",
    "NondeterminismError",
    "NotAllowedInWorkflowError",
    "NotInWorkflowError",
    "ParentInfo",
    "QueryDefinition",
    "ReadOnlyContextError",
    "RootInfo",
    "SignalDefinition",
    "UnfinishedSignalHandlersWarning",
    "UnfinishedUpdateHandlersWarning",
    "UpdateDefinition",
    "UpdateInfo",
    "UpdateMethodMultiParam",
    "WorkflowDefinition",
    "WorkflowDefinitionError",
    "WorkflowError",
    "as_completed",
    "current_update_info",
    "defn",
    "execute_activity",
    "execute_activity_method",
    "get_current_details",
    "get_last_completion_result",
    "get_last_failure",
    "has_last_completion_result",
    "in_workflow",
    "info",
    "init",
    "instance",
    "logger",
    "new_random",
    "now",
    "payload_converter",
    "query",
    "random",
    "random_seed",
    "run",
    "set_current_details",
    "signal",
    "sleep",
    "start_activity",
    "start_activity_method",
    "time",
    "time_ns",
    "unsafe",
    "update",
    "uuid4",
    "wait",
    "wait_condition",
    *_child.__all__,
    *_handlers.__all__,
    *_local_activity.__all__,
    *_properties.__all__,
]
