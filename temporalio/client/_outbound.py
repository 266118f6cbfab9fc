"""The last link of the interceptor chain: turns client inputs into RPCs."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Awaitable, Mapping, Sequence
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from google.protobuf.message import Message

import temporalio.common
import temporalio.converter
import temporalio.exceptions
from temporalio._common._priority import priority_proto
from temporalio.api.common.v1 import (
    Header,
    Memo,
    Payload,
    Payloads,
    SearchAttributes,
    WorkflowExecution,
)
from temporalio.api.errordetails.v1 import (
    QueryFailedFailure,
    WorkflowExecutionAlreadyStartedFailure,
)
from temporalio.api.failure.v1 import Failure
from temporalio.api.history.v1 import HistoryEvent
from temporalio.api.query.v1 import WorkflowQuery
from temporalio.api.update.v1 import Input as UpdateInput
from temporalio.api.update.v1 import Meta as UpdateMeta
from temporalio.api.update.v1 import Request as UpdateRequest
from temporalio.api.update.v1 import WaitPolicy
from temporalio.api.workflowservice.v1 import (
    CountWorkflowExecutionsRequest,
    DescribeWorkflowExecutionRequest,
    GetWorkflowExecutionHistoryRequest,
    ListWorkflowExecutionsRequest,
    QueryWorkflowRequest,
    RecordActivityTaskHeartbeatByIdRequest,
    RecordActivityTaskHeartbeatRequest,
    RequestCancelWorkflowExecutionRequest,
    RespondActivityTaskCanceledByIdRequest,
    RespondActivityTaskCanceledRequest,
    RespondActivityTaskCompletedByIdRequest,
    RespondActivityTaskCompletedRequest,
    RespondActivityTaskFailedByIdRequest,
    RespondActivityTaskFailedRequest,
    SignalWithStartWorkflowExecutionRequest,
    SignalWorkflowExecutionRequest,
    StartWorkflowExecutionRequest,
    TerminateWorkflowExecutionRequest,
    UpdateWorkflowExecutionRequest,
    UpdateWorkflowExecutionResponse,
)
from temporalio.client._async_activity import AsyncActivityIDReference
from temporalio.client._describe import (
    WorkflowExecution as WorkflowExecutionEntry,
)
from temporalio.client._describe import (
    WorkflowExecutionCount,
    WorkflowExecutionDescription,
)
from temporalio.client._errors import (
    AsyncActivityCancelledError,
    WorkflowQueryFailedError,
    WorkflowQueryRejectedError,
)
from temporalio.client._handle import WorkflowHandle
from temporalio.client._interceptor import (
    CancelWorkflowInput,
    CompleteAsyncActivityInput,
    CountWorkflowsInput,
    DescribeWorkflowInput,
    FailAsyncActivityInput,
    FetchWorkflowHistoryEventsInput,
    HeartbeatAsyncActivityInput,
    ListWorkflowsInput,
    OutboundInterceptor,
    QueryWorkflowInput,
    ReportCancellationAsyncActivityInput,
    SignalWorkflowInput,
    StartWorkflowInput,
    StartWorkflowUpdateInput,
    StartWorkflowUpdateWithStartInput,
    TerminateWorkflowInput,
)
from temporalio.client._schedule import ScheduleOutbound
from temporalio.client._update import (
    UPDATE_POLL_TIMEOUT,
    WorkflowUpdateHandle,
    WorkflowUpdateStage,
    send_until_accepted,
)
from temporalio.client._user_metadata import decode_user_metadata, encode_user_metadata
from temporalio.client._with_start import update_with_start
from temporalio.service import RPCError, RPCStatusCode

if TYPE_CHECKING:
    from temporalio.client._client import Client


class ClientOutbound(ScheduleOutbound, OutboundInterceptor):
    """Performs each client operation against the server (schedules: ``ScheduleOutbound``)."""

    def __init__(self, client: Client) -> None:
        # The chain ends here; ``next`` is never used.
        self._client = client

    # -- helpers -------------------------------------------------------------

    @property
    def _dc(self) -> temporalio.converter.DataConverter:
        return self._client.data_converter

    def _meta(self, md: Mapping[str, str]) -> Mapping[str, str] | None:
        return md or None

    async def _payloads(self, values: Sequence[Any]) -> Payloads | None:
        if not values:
            return None
        return await self._dc.encode_wrapper(values)

    async def _memo(self, memo: Mapping[str, Any] | None) -> Memo | None:
        if not memo:
            return None
        out = Memo()
        for k, v in memo.items():
            out.fields[k].CopyFrom((await self._dc.encode([v]))[0])
        return out

    @staticmethod
    def _search_attributes(
        sa: temporalio.common.TypedSearchAttributes | Mapping[str, Any] | None,
    ) -> SearchAttributes | None:
        if not sa:
            return None
        out = SearchAttributes()
        temporalio.converter.encode_search_attributes(sa, out)
        return out

    @staticmethod
    def _header(headers: Mapping[str, Payload]) -> Header | None:
        if not headers:
            return None
        return Header(fields=dict(headers))

    def _execution(self, id: str, run_id: str | None) -> WorkflowExecution:
        return WorkflowExecution(workflow_id=id, run_id=run_id or "")

    # -- workflows -----------------------------------------------------------

    async def _fill_start(
        self,
        req: StartWorkflowExecutionRequest | SignalWithStartWorkflowExecutionRequest,
        input: StartWorkflowInput,
    ) -> None:
        """Set the fields both start requests share (only those given: protos are cheap
        to leave at their defaults and costly to build empty)."""
        client = self._client
        req.namespace = client.namespace
        req.workflow_id = input.id
        req.workflow_type.name = input.workflow
        req.task_queue.name = input.task_queue
        req.identity = client.identity
        # One request ID per call: the transport's retries resend the same request,
        # so the server treats them as one start.
        req.request_id = input.request_id or str(uuid.uuid4())
        if input.args:
            req.input.CopyFrom(await self._dc.encode_wrapper(input.args))
        if input.execution_timeout is not None:
            req.workflow_execution_timeout.FromTimedelta(input.execution_timeout)
        if input.run_timeout is not None:
            req.workflow_run_timeout.FromTimedelta(input.run_timeout)
        if input.task_timeout is not None:
            req.workflow_task_timeout.FromTimedelta(input.task_timeout)
        if input.start_delay is not None:
            req.workflow_start_delay.FromTimedelta(input.start_delay)
        req.workflow_id_reuse_policy = int(input.id_reuse_policy)  # type: ignore[assignment]
        if input.id_conflict_policy:
            req.workflow_id_conflict_policy = int(input.id_conflict_policy)  # type: ignore[assignment]
        if input.retry_policy is not None:
            input.retry_policy.apply_to_proto(req.retry_policy)
        if input.cron_schedule:
            req.cron_schedule = input.cron_schedule
        memo = await self._memo(input.memo)
        if memo is not None:
            req.memo.CopyFrom(memo)
        sa = self._search_attributes(input.search_attributes)
        if sa is not None:
            req.search_attributes.CopyFrom(sa)
        if input.headers:
            req.header.CopyFrom(Header(fields=dict(input.headers)))
        if input.static_summary or input.static_details:
            req.user_metadata.CopyFrom(
                await encode_user_metadata(self._dc, input.static_summary, input.static_details)
            )
        priority = priority_proto(input.priority, "start_workflow()")
        if priority is not None:
            req.priority.CopyFrom(priority)

    async def start_workflow(self, input: StartWorkflowInput) -> WorkflowHandle[Any, Any]:
        client = self._client
        try:
            if input.start_signal is not None:
                sreq = SignalWithStartWorkflowExecutionRequest(signal_name=input.start_signal)
                await self._fill_start(sreq, input)
                signal_input = await self._payloads(input.start_signal_args)
                if signal_input is not None:
                    sreq.signal_input.CopyFrom(signal_input)
                sresp = await client.workflow_service.signal_with_start_workflow_execution(
                    sreq,
                    retry=True,
                    metadata=self._meta(input.rpc_metadata),
                    timeout=input.rpc_timeout,
                )
                run_id = sresp.run_id
                # With signal-with-start the run may be an existing one, whose
                # first run ID we do not know; leave it unset.
                first_run: str | None = None
            else:
                req = StartWorkflowExecutionRequest()
                await self._fill_start(req, input)
                eager = (
                    client._eager_workflows.reserve(input.task_queue)
                    if input.request_eager_start
                    else None
                )
                try:
                    if eager is not None:
                        req.request_eager_execution = True
                    resp = await client.workflow_service.start_workflow_execution(
                        req,
                        retry=True,
                        metadata=self._meta(input.rpc_metadata),
                        timeout=input.rpc_timeout,
                    )
                except BaseException:
                    if eager is not None:
                        eager.slot.release()
                    raise
                if eager is not None:
                    eager.deliver(
                        resp.eager_workflow_task if resp.HasField("eager_workflow_task") else None
                    )
                run_id = resp.run_id
                first_run = run_id
        except RPCError as err:
            detail = err.detail()
            if err.status == RPCStatusCode.ALREADY_EXISTS and isinstance(
                detail, WorkflowExecutionAlreadyStartedFailure
            ):
                raise temporalio.exceptions.WorkflowAlreadyStartedError(
                    input.id, input.workflow, run_id=detail.run_id or None
                ) from err
            raise
        return WorkflowHandle(
            client,
            input.id,
            result_run_id=run_id,
            first_execution_run_id=first_run,
            result_type=input.ret_type,
        )

    async def signal_workflow(self, input: SignalWorkflowInput) -> None:
        req = SignalWorkflowExecutionRequest(
            namespace=self._client.namespace,
            workflow_execution=self._execution(input.id, input.run_id),
            signal_name=input.signal,
            identity=self._client.identity,
            request_id=str(uuid.uuid4()),
        )
        payloads = await self._payloads(input.args)
        if payloads is not None:
            req.input.CopyFrom(payloads)
        header = self._header(input.headers)
        if header is not None:
            req.header.CopyFrom(header)
        await self._client.workflow_service.signal_workflow_execution(
            req, retry=True, metadata=self._meta(input.rpc_metadata), timeout=input.rpc_timeout
        )

    async def query_workflow(self, input: QueryWorkflowInput) -> Any:
        query = WorkflowQuery(query_type=input.query)
        payloads = await self._payloads(input.args)
        if payloads is not None:
            query.query_args.CopyFrom(payloads)
        header = self._header(input.headers)
        if header is not None:
            query.header.CopyFrom(header)
        req = QueryWorkflowRequest(
            namespace=self._client.namespace,
            execution=self._execution(input.id, input.run_id),
            query=query,
        )
        if input.reject_condition is not None:
            req.query_reject_condition = int(input.reject_condition)  # type: ignore[assignment]
        try:
            resp = await self._client.workflow_service.query_workflow(
                req,
                retry=True,
                metadata=self._meta(input.rpc_metadata),
                timeout=input.rpc_timeout,
            )
        except RPCError as err:
            if isinstance(err.detail(), QueryFailedFailure) or (
                err.status == RPCStatusCode.INVALID_ARGUMENT
                and err.grpc_status.details
                and err.grpc_status.details[0].type_url.endswith("QueryFailedFailure")
            ):
                raise WorkflowQueryFailedError(err.message) from None
            raise
        if resp.HasField("query_rejected"):
            status = resp.query_rejected.status
            raise WorkflowQueryRejectedError(
                temporalio.common.WorkflowExecutionStatus(status) if status else None
            )
        if not resp.query_result.payloads:
            return None
        hints = [input.ret_type] if input.ret_type is not None else None
        return (await self._dc.decode(list(resp.query_result.payloads), hints))[0]

    async def start_workflow_update(
        self, input: StartWorkflowUpdateInput
    ) -> WorkflowUpdateHandle[Any]:
        req = await self._update_request(input)

        def send() -> Awaitable[UpdateWorkflowExecutionResponse]:
            return self._client.workflow_service.update_workflow_execution(
                req,
                retry=True,
                metadata=self._meta(input.rpc_metadata),
                timeout=input.rpc_timeout or UPDATE_POLL_TIMEOUT,
            )

        resp = await send_until_accepted(send, lambda r: r.stage, input.rpc_timeout)
        return await self._update_handle(input, req, resp)

    async def start_update_with_start_workflow(
        self, input: StartWorkflowUpdateWithStartInput
    ) -> WorkflowUpdateHandle[Any]:
        return await update_with_start(self, input)

    async def _update_request(
        self, input: StartWorkflowUpdateInput
    ) -> UpdateWorkflowExecutionRequest:
        """The request of an update (a fresh update ID unless the input has one)."""
        update_input = UpdateInput(name=input.update)
        args = await self._payloads(input.args)
        if args is not None:
            update_input.args.CopyFrom(args)
        header = self._header(input.headers)
        if header is not None:
            update_input.header.CopyFrom(header)
        return UpdateWorkflowExecutionRequest(
            namespace=self._client.namespace,
            workflow_execution=self._execution(input.id, input.run_id),
            first_execution_run_id=input.first_execution_run_id or "",
            wait_policy=WaitPolicy(lifecycle_stage=int(input.wait_for_stage)),  # type: ignore[arg-type]
            request=UpdateRequest(
                meta=UpdateMeta(
                    update_id=input.update_id or str(uuid.uuid4()),
                    identity=self._client.identity,
                ),
                input=update_input,
            ),
        )

    async def _update_handle(
        self,
        input: StartWorkflowUpdateInput,
        req: UpdateWorkflowExecutionRequest,
        resp: UpdateWorkflowExecutionResponse,
    ) -> WorkflowUpdateHandle[Any]:
        """The handle of an accepted update, after waiting for its outcome if asked."""
        handle: WorkflowUpdateHandle[Any] = WorkflowUpdateHandle(
            self._client,
            resp.update_ref.update_id or req.request.meta.update_id,
            input.id,
            workflow_run_id=resp.update_ref.workflow_execution.run_id or input.run_id,
            result_type=input.ret_type,
            known_outcome=resp.outcome if resp.HasField("outcome") else None,
        )
        if input.wait_for_stage >= WorkflowUpdateStage.COMPLETED:
            await handle._wait_outcome(input.rpc_metadata, input.rpc_timeout)
        return handle

    async def cancel_workflow(self, input: CancelWorkflowInput) -> None:
        req = RequestCancelWorkflowExecutionRequest(
            namespace=self._client.namespace,
            workflow_execution=self._execution(input.id, input.run_id),
            identity=self._client.identity,
            request_id=str(uuid.uuid4()),
            first_execution_run_id=input.first_execution_run_id or "",
            reason=input.reason,
        )
        await self._client.workflow_service.request_cancel_workflow_execution(
            req, retry=True, metadata=self._meta(input.rpc_metadata), timeout=input.rpc_timeout
        )

    async def terminate_workflow(self, input: TerminateWorkflowInput) -> None:
        req = TerminateWorkflowExecutionRequest(
            namespace=self._client.namespace,
            workflow_execution=self._execution(input.id, input.run_id),
            reason=input.reason or "",
            identity=self._client.identity,
            first_execution_run_id=input.first_execution_run_id or "",
        )
        details = await self._payloads(input.args)
        if details is not None:
            req.details.CopyFrom(details)
        await self._client.workflow_service.terminate_workflow_execution(
            req, retry=True, metadata=self._meta(input.rpc_metadata), timeout=input.rpc_timeout
        )

    async def describe_workflow(self, input: DescribeWorkflowInput) -> WorkflowExecutionDescription:
        resp = await self._client.workflow_service.describe_workflow_execution(
            DescribeWorkflowExecutionRequest(
                namespace=self._client.namespace,
                execution=self._execution(input.id, input.run_id),
            ),
            retry=True,
            metadata=self._meta(input.rpc_metadata),
            timeout=input.rpc_timeout,
        )
        description = WorkflowExecutionDescription.from_raw_description(resp, self._dc)
        metadata = resp.execution_config.user_metadata
        if metadata.HasField("summary") or metadata.HasField("details"):
            summary, details = await decode_user_metadata(self._dc, metadata)
            description.static_summary, description.static_details = summary, details
        return description

    async def fetch_workflow_history_events(
        self, input: FetchWorkflowHistoryEventsInput
    ) -> AsyncIterator[HistoryEvent]:
        req = GetWorkflowExecutionHistoryRequest(
            namespace=self._client.namespace,
            execution=self._execution(input.id, input.run_id),
            maximum_page_size=input.page_size or 0,
            next_page_token=input.next_page_token or b"",
            wait_new_event=input.wait_new_event,
            history_event_filter_type=input.event_filter_type,
            skip_archival=input.skip_archival,
        )
        while True:
            resp = await self._client.workflow_service.get_workflow_execution_history(
                req,
                retry=True,
                metadata=self._meta(input.rpc_metadata),
                timeout=input.rpc_timeout,
            )
            for event in resp.history.events:
                yield event
            if not resp.next_page_token:
                return
            req.next_page_token = resp.next_page_token

    async def list_workflows(
        self, input: ListWorkflowsInput
    ) -> AsyncIterator[WorkflowExecutionEntry]:
        req = ListWorkflowExecutionsRequest(
            namespace=self._client.namespace,
            page_size=input.page_size,
            next_page_token=input.next_page_token or b"",
            query=input.query or "",
        )
        yielded = 0
        while True:
            resp = await self._client.workflow_service.list_workflow_executions(
                req,
                retry=True,
                metadata=self._meta(input.rpc_metadata),
                timeout=input.rpc_timeout,
            )
            for info in resp.executions:
                if input.limit is not None and yielded >= input.limit:
                    return
                yielded += 1
                yield WorkflowExecutionEntry.from_raw_info(info, self._dc)
            if not resp.next_page_token:
                return
            req.next_page_token = resp.next_page_token

    async def count_workflows(self, input: CountWorkflowsInput) -> WorkflowExecutionCount:
        resp = await self._client.workflow_service.count_workflow_executions(
            CountWorkflowExecutionsRequest(
                namespace=self._client.namespace, query=input.query or ""
            ),
            retry=True,
            metadata=self._meta(input.rpc_metadata),
            timeout=input.rpc_timeout,
        )
        return WorkflowExecutionCount.from_raw(resp)

    # -- async activity completion -------------------------------------------

    async def _activity_rpc(
        self,
        ref: AsyncActivityIDReference | bytes,
        rpc: str,
        by_token: type[Message],
        by_id: type[Message],
        rpc_metadata: Mapping[str, str],
        rpc_timeout: timedelta | None,
        **fields: Any,
    ) -> Any:
        """Call ``rpc`` (by task token) or ``rpc + "ById"`` (by workflow and activity ID)."""
        client = self._client
        fields = {k: v for k, v in fields.items() if v is not None}
        if isinstance(ref, AsyncActivityIDReference):
            req = by_id(
                namespace=client.namespace,
                workflow_id=ref.workflow_id,
                run_id=ref.run_id or "",
                activity_id=ref.activity_id,
                identity=client.identity,
                **fields,
            )
            name = rpc + "ById"
        else:
            req = by_token(
                namespace=client.namespace, task_token=ref, identity=client.identity, **fields
            )
            name = rpc
        return await client.workflow_service.call(
            name, req, retry=True, metadata=self._meta(rpc_metadata), timeout=rpc_timeout
        )

    async def heartbeat_async_activity(self, input: HeartbeatAsyncActivityInput) -> None:
        resp = await self._activity_rpc(
            input.id_or_token,
            "RecordActivityTaskHeartbeat",
            RecordActivityTaskHeartbeatRequest,
            RecordActivityTaskHeartbeatByIdRequest,
            input.rpc_metadata,
            input.rpc_timeout,
            details=await self._payloads(input.details),
        )
        if resp.cancel_requested:
            raise AsyncActivityCancelledError()

    async def complete_async_activity(self, input: CompleteAsyncActivityInput) -> None:
        await self._activity_rpc(
            input.id_or_token,
            "RespondActivityTaskCompleted",
            RespondActivityTaskCompletedRequest,
            RespondActivityTaskCompletedByIdRequest,
            input.rpc_metadata,
            input.rpc_timeout,
            result=await self._dc.encode_wrapper([input.result]),
        )

    async def fail_async_activity(self, input: FailAsyncActivityInput) -> None:
        failure = Failure()
        await self._dc.encode_failure(input.error, failure)
        await self._activity_rpc(
            input.id_or_token,
            "RespondActivityTaskFailed",
            RespondActivityTaskFailedRequest,
            RespondActivityTaskFailedByIdRequest,
            input.rpc_metadata,
            input.rpc_timeout,
            failure=failure,
            last_heartbeat_details=await self._payloads(input.last_heartbeat_details),
        )

    async def report_cancellation_async_activity(
        self, input: ReportCancellationAsyncActivityInput
    ) -> None:
        await self._activity_rpc(
            input.id_or_token,
            "RespondActivityTaskCanceled",
            RespondActivityTaskCanceledRequest,
            RespondActivityTaskCanceledByIdRequest,
            input.rpc_metadata,
            input.rpc_timeout,
            details=await self._payloads(input.details),
        )
