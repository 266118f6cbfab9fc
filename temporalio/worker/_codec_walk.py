"""Apply the payload codec to the payloads of activations and completions.

Workflow code only ever sees decoded payloads and produces unencoded ones; the
worker decodes each activation before it runs and encodes each completion
after, outside the workflow thread, because codecs are ``async``. Job payloads
are shared with history events, so decoding replaces them with new values and
never changes the events.

Headers and search attributes are never passed through the codec (as in the
other SDKs); memos, arguments, results, failures and query answers are.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from temporalio.api.common.v1 import Memo, Payload, Payloads
from temporalio.api.failure.v1 import Failure
from temporalio.api.sdk.v1 import UserMetadata
from temporalio.converter import PayloadCodec
from temporalio.worker import _machines as m


async def _list(codec: PayloadCodec, payloads: Sequence[Payload], encode: bool) -> list[Payload]:
    if not payloads:
        return []
    return await (codec.encode(list(payloads)) if encode else codec.decode(list(payloads)))


async def _one(codec: PayloadCodec, payload: Payload, encode: bool) -> Payload:
    return (await _list(codec, [payload], encode))[0]


async def _failure(codec: PayloadCodec, failure: Failure, encode: bool) -> Failure:
    # Never change a failure shared with a history event: work on a copy.
    copy = Failure()
    copy.CopyFrom(failure)
    await (codec.encode_failure(copy) if encode else codec.decode_failure(copy))
    return copy


async def _mapping(
    codec: PayloadCodec, values: Mapping[str, Payload], encode: bool
) -> dict[str, Payload]:
    keys = list(values)
    coded = await _list(codec, [values[k] for k in keys], encode)
    return dict(zip(keys, coded, strict=True))


async def _memo(codec: PayloadCodec, memo: Memo, encode: bool) -> Memo:
    # An empty payload deletes its key (``upsert_memo({key: None})``): it must reach
    # the server as is, not wrapped by the codec.
    removed = {k: p for k, p in memo.fields.items() if p.ByteSize() == 0}
    kept = {k: p for k, p in memo.fields.items() if k not in removed}
    return Memo(fields={**await _mapping(codec, kept, encode), **removed})


async def decode_activation(codec: PayloadCodec, activation: m.Activation) -> None:
    """Decode every user payload of the activation's jobs (the jobs are updated)."""
    for job in activation.jobs:
        if isinstance(job, m.InitializeWorkflow):
            job.arguments = await _list(codec, job.arguments, False)
            if job.last_completion_result is not None:
                job.last_completion_result = Payloads(
                    payloads=await _list(codec, job.last_completion_result.payloads, False)
                )
            if job.continued_failure is not None:
                job.continued_failure = await _failure(codec, job.continued_failure, False)
            if job.memo is not None:
                job.memo = await _memo(codec, job.memo, False)
        elif isinstance(job, m.SignalWorkflow):
            job.input = await _list(codec, job.input, False)
        elif isinstance(job, m.QueryWorkflow):
            job.arguments = await _list(codec, job.arguments, False)
        elif isinstance(job, m.DoUpdate):
            job.input = await _list(codec, job.input, False)
        elif isinstance(job, m.ResolveActivity):
            job.result = await _activity_resolution(codec, job.result)
        elif isinstance(job, m.ResolveChildWorkflowExecutionStart):
            if isinstance(job.status, m.ChildWorkflowStartCancelled):
                job.status = m.ChildWorkflowStartCancelled(
                    await _failure(codec, job.status.failure, False)
                )
        elif isinstance(job, m.ResolveChildWorkflowExecution):
            job.result = await _child_result(codec, job.result)
        elif (
            isinstance(
                job, m.ResolveSignalExternalWorkflow | m.ResolveRequestCancelExternalWorkflow
            )
            and job.failure is not None
        ):
            job.failure = await _failure(codec, job.failure, False)


async def _activity_resolution(
    codec: PayloadCodec, result: m.ActivityResolution
) -> m.ActivityResolution:
    if isinstance(result, m.ActivityCompleted):
        if result.result is None:
            return result
        return m.ActivityCompleted(await _one(codec, result.result, False))
    if isinstance(result, m.ActivityFailed):
        return m.ActivityFailed(await _failure(codec, result.failure, False))
    if isinstance(result, m.ActivityCancelled):
        return m.ActivityCancelled(await _failure(codec, result.failure, False))
    return result


async def _child_result(
    codec: PayloadCodec, result: m.ChildWorkflowResult
) -> m.ChildWorkflowResult:
    if isinstance(result, m.ChildWorkflowCompleted):
        if result.result is None:
            return result
        return m.ChildWorkflowCompleted(await _one(codec, result.result, False))
    if isinstance(result, m.ChildWorkflowFailed):
        return m.ChildWorkflowFailed(await _failure(codec, result.failure, False))
    return m.ChildWorkflowCancelled(await _failure(codec, result.failure, False))


async def _user_metadata(codec: PayloadCodec, metadata: UserMetadata) -> UserMetadata:
    out = UserMetadata()
    if metadata.HasField("summary"):
        out.summary.CopyFrom(await _one(codec, metadata.summary, True))
    if metadata.HasField("details"):
        out.details.CopyFrom(await _one(codec, metadata.details, True))
    return out


async def encode_completion(codec: PayloadCodec, completion: m.ActivationCompletion) -> None:
    """Encode every user payload of the completion's commands (the commands are updated)."""
    for c in completion.commands:
        metadata = getattr(c, "user_metadata", None)
        if metadata is not None:
            c.user_metadata = await _user_metadata(codec, metadata)  # type: ignore[attr-defined]
        if isinstance(c, m.ScheduleActivity | m.ScheduleLocalActivity):
            c.arguments = await _list(codec, c.arguments, True)
        elif isinstance(c, m.CompleteWorkflowExecution):
            if c.result is not None:
                c.result = await _one(codec, c.result, True)
        elif isinstance(c, m.FailWorkflowExecution):
            c.failure = await _failure(codec, c.failure, True)
        elif isinstance(c, m.ContinueAsNewWorkflowExecution):
            c.arguments = await _list(codec, c.arguments, True)
            if c.memo is not None:
                c.memo = await _mapping(codec, c.memo, True)
        elif isinstance(c, m.StartChildWorkflowExecution):
            c.input = await _list(codec, c.input, True)
            if c.memo is not None:
                c.memo = await _mapping(codec, c.memo, True)
        elif isinstance(c, m.SignalExternalWorkflowExecution):
            c.args = await _list(codec, c.args, True)
        elif isinstance(c, m.RespondToQuery):
            if c.answer is not None:
                c.answer = await _one(codec, c.answer, True)
            if c.failure is not None:
                c.failure = await _failure(codec, c.failure, True)
        elif isinstance(c, m.UpdateResponse):
            if c.completed is not None:
                c.completed = await _one(codec, c.completed, True)
            if c.failed is not None:
                c.failed = await _failure(codec, c.failed, True)
            if c.rejected is not None:
                c.rejected = await _failure(codec, c.rejected, True)
        elif isinstance(c, m.ModifyWorkflowProperties):
            c.upserted_memo = await _memo(codec, c.upserted_memo, True)
