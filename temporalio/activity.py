"""Activity definitions and the functions activity code calls while it runs.

Define activities with :func:`defn`; inside a running activity, :func:`info`,
:func:`heartbeat`, :func:`is_cancelled` and the other functions here work
from ``async def`` activities (on asyncio or trio) and from ``def``
activities running in the worker's executor threads.  Outside an activity
they raise ``RuntimeError("Not in activity context")``.
"""

from temporalio._activity._context import CompleteAsyncError as CompleteAsyncError
from temporalio._activity._context import LoggerAdapter as LoggerAdapter
from temporalio._activity._context import cancellation_details as cancellation_details
from temporalio._activity._context import client as client
from temporalio._activity._context import heartbeat as heartbeat
from temporalio._activity._context import in_activity as in_activity
from temporalio._activity._context import info as info
from temporalio._activity._context import is_cancelled as is_cancelled
from temporalio._activity._context import is_worker_shutdown as is_worker_shutdown
from temporalio._activity._context import logger as logger
from temporalio._activity._context import payload_converter as payload_converter
from temporalio._activity._context import raise_complete_async as raise_complete_async
from temporalio._activity._context import (
    shield_thread_cancel_exception as shield_thread_cancel_exception,
)
from temporalio._activity._context import wait_for_cancelled as wait_for_cancelled
from temporalio._activity._context import wait_for_cancelled_sync as wait_for_cancelled_sync
from temporalio._activity._context import wait_for_worker_shutdown as wait_for_worker_shutdown
from temporalio._activity._context import (
    wait_for_worker_shutdown_sync as wait_for_worker_shutdown_sync,
)
from temporalio._activity._definition import _ActivityDefinition as _ActivityDefinition
from temporalio._activity._definition import defn as defn
from temporalio._activity._info import (
    ActivityCancellationDetails as ActivityCancellationDetails,
)
from temporalio._activity._info import Info as Info

__all__ = [
    "ActivityCancellationDetails",
    "CompleteAsyncError",
    "Info",
    "LoggerAdapter",
    "cancellation_details",
    "client",
    "defn",
    "heartbeat",
    "in_activity",
    "info",
    "is_cancelled",
    "is_worker_shutdown",
    "logger",
    "payload_converter",
    "raise_complete_async",
    "shield_thread_cancel_exception",
    "wait_for_cancelled",
    "wait_for_cancelled_sync",
    "wait_for_worker_shutdown",
    "wait_for_worker_shutdown_sync",
]
