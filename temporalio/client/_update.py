"""Workflow updates from the client: stages, the update handle and update errors.

An update is sent with ``UpdateWorkflowExecution`` and answered by the
workflow's update handler (PROTOCOL.md sections 6 and 9). The handle refers to
one update by workflow ID and update ID; its :meth:`WorkflowUpdateHandle.result`
long-polls ``PollWorkflowExecutionUpdate`` until the update has an outcome.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from datetime import timedelta
from enum import IntEnum
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from temporalio.api.common.v1 import WorkflowExecution
from temporalio.api.enums.v1 import UpdateWorkflowExecutionLifecycleStage
from temporalio.api.update.v1 import Outcome, UpdateRef, WaitPolicy
from temporalio.api.workflowservice.v1 import PollWorkflowExecutionUpdateRequest
from temporalio.exceptions import TemporalError
from temporalio.service import RPCError, RPCStatusCode

if TYPE_CHECKING:
    from temporalio.client._client import Client

LocalReturnType = TypeVar("LocalReturnType")
_Response = TypeVar("_Response")

#: Deadline of each call while waiting for an update: the server answers long
#: polls within about 20 s, a deadline well past that lets it answer first.
UPDATE_POLL_TIMEOUT = timedelta(seconds=70)

_STAGE = UpdateWorkflowExecutionLifecycleStage


class WorkflowUpdateStage(IntEnum):
    """How far an update has got; ``start_update`` waits for one of these."""

    ADMITTED = int(_STAGE.UPDATE_WORKFLOW_EXECUTION_LIFECYCLE_STAGE_ADMITTED)
    """The server has the request; no worker has seen it yet."""
    ACCEPTED = int(_STAGE.UPDATE_WORKFLOW_EXECUTION_LIFECYCLE_STAGE_ACCEPTED)
    """The validator passed and the handler is running (or has finished)."""
    COMPLETED = int(_STAGE.UPDATE_WORKFLOW_EXECUTION_LIFECYCLE_STAGE_COMPLETED)
    """The update has an outcome: a result, a failure or a rejection."""


class WorkflowUpdateFailedError(TemporalError):
    """The update was rejected (validator or unknown name) or its handler failed.

    ``cause`` is the failure: usually an
    :class:`~temporalio.exceptions.ApplicationError` carrying the message of
    the error raised in the workflow.
    """

    def __init__(self, cause: BaseException) -> None:
        """Wrap the update's failure."""
        super().__init__(f"Workflow update failed: {cause}")
        self.__cause__ = cause

    @property
    def cause(self) -> BaseException:
        """Why the update failed."""
        assert self.__cause__ is not None
        return self.__cause__


class WorkflowUpdateRPCTimeoutOrCancelledError(TemporalError):
    """A call waiting for an update ran past the ``rpc_timeout`` it was given.

    The update itself may still be running; wait again with
    :meth:`WorkflowUpdateHandle.result` (a handle from
    ``WorkflowHandle.get_update_handle``).
    """

    def __init__(self) -> None:
        """Create the error."""
        super().__init__("Timeout or cancellation waiting for update")


def poll_again_after(err: RPCError, rpc_timeout: timedelta | None) -> bool:
    """Whether a wait for an update should call again after ``err``.

    True when only our own default poll deadline passed; False when ``err``
    should propagate as it is.

    Raises:
        WorkflowUpdateRPCTimeoutOrCancelledError: The user's ``rpc_timeout``
            passed, or the server cancelled the call.
    """
    if err.status == RPCStatusCode.DEADLINE_EXCEEDED and rpc_timeout is None:
        return True
    if err.status in (RPCStatusCode.DEADLINE_EXCEEDED, RPCStatusCode.CANCELLED):
        raise WorkflowUpdateRPCTimeoutOrCancelledError() from err
    return False


def check_wait_stage(stage: WorkflowUpdateStage) -> None:
    """Refuse the stages a caller cannot wait for.

    Raises:
        ValueError: ``stage`` is ``ADMITTED``.
    """
    if stage < WorkflowUpdateStage.ACCEPTED:
        raise ValueError(
            "wait_for_stage=WorkflowUpdateStage.ADMITTED is not supported; "
            "use ACCEPTED or COMPLETED"
        )


async def send_until_accepted(
    send: Callable[[], Awaitable[_Response]],
    stage_of: Callable[[_Response], int],
    rpc_timeout: timedelta | None,
) -> _Response:
    """Send an update request until the server reports the update at least accepted.

    PROTOCOL.md section 9: the server may answer before the asked stage when its own
    wait budget runs out; the same request (same update ID, so it is idempotent) is
    sent again. Each ``send`` makes one call (with ``rpc_timeout``, or our default poll
    deadline).

    Raises:
        WorkflowUpdateRPCTimeoutOrCancelledError: ``rpc_timeout`` passed, or the
            server cancelled the call.
    """
    while True:
        try:
            resp = await send()
        except RPCError as err:
            if poll_again_after(err, rpc_timeout):
                continue
            raise
        if stage_of(resp) >= WorkflowUpdateStage.ACCEPTED:
            return resp


class WorkflowUpdateHandle(Generic[LocalReturnType]):
    """One update of one workflow: wait for its outcome with :meth:`result`."""

    def __init__(
        self,
        client: Client,
        id: str,
        workflow_id: str,
        *,
        workflow_run_id: str | None = None,
        result_type: Any = None,
        known_outcome: Outcome | None = None,
    ) -> None:
        """Usually made by ``WorkflowHandle.start_update`` or ``get_update_handle``."""
        self._client = client
        self._id = id
        self._workflow_id = workflow_id
        self._workflow_run_id = workflow_run_id
        self._result_type = result_type
        self._known_outcome = known_outcome

    @property
    def id(self) -> str:
        """The update ID."""
        return self._id

    @property
    def workflow_id(self) -> str:
        """The ID of the workflow being updated."""
        return self._workflow_id

    @property
    def workflow_run_id(self) -> str | None:
        """The run being updated, or None for the latest run."""
        return self._workflow_run_id

    async def result(
        self,
        *,
        rpc_metadata: Mapping[str, str] | None = None,
        rpc_timeout: timedelta | None = None,
    ) -> LocalReturnType:
        """Wait for the update's outcome and return its result.

        Args:
            rpc_metadata: Extra gRPC metadata for each call.
            rpc_timeout: Deadline of each call; by default, wait as long as it
                takes.

        Raises:
            WorkflowUpdateFailedError: The update was rejected or its handler
                failed; ``cause`` says why.
            WorkflowUpdateRPCTimeoutOrCancelledError: ``rpc_timeout`` passed
                before the update had an outcome.
        """
        outcome = await self._wait_outcome(rpc_metadata or {}, rpc_timeout)
        dc = self._client.data_converter
        if outcome.HasField("failure"):
            raise WorkflowUpdateFailedError(await dc.decode_failure(outcome.failure))
        if not outcome.success.payloads:
            return None  # type: ignore[return-value]
        hints = [self._result_type] if self._result_type is not None else None
        value: LocalReturnType = (await dc.decode(list(outcome.success.payloads), hints))[0]
        return value

    async def _wait_outcome(
        self, rpc_metadata: Mapping[str, str], rpc_timeout: timedelta | None
    ) -> Outcome:
        """Long-poll ``PollWorkflowExecutionUpdate`` until the update has an outcome."""
        if self._known_outcome is not None:
            return self._known_outcome
        client = self._client
        req = PollWorkflowExecutionUpdateRequest(
            namespace=client.namespace,
            update_ref=UpdateRef(
                workflow_execution=WorkflowExecution(
                    workflow_id=self._workflow_id, run_id=self._workflow_run_id or ""
                ),
                update_id=self._id,
            ),
            identity=client.identity,
            wait_policy=WaitPolicy(
                lifecycle_stage=_STAGE.UPDATE_WORKFLOW_EXECUTION_LIFECYCLE_STAGE_COMPLETED
            ),
        )
        while True:
            try:
                resp = await client.workflow_service.poll_workflow_execution_update(
                    req,
                    retry=True,
                    metadata=rpc_metadata or None,
                    timeout=rpc_timeout or UPDATE_POLL_TIMEOUT,
                )
            except RPCError as err:
                if poll_again_after(err, rpc_timeout):
                    continue
                raise
            if resp.HasField("outcome"):
                self._known_outcome = resp.outcome
                return resp.outcome


__all__ = [
    "WorkflowUpdateFailedError",
    "WorkflowUpdateHandle",
    "WorkflowUpdateRPCTimeoutOrCancelledError",
    "WorkflowUpdateStage",
]
