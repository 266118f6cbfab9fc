"""Apply the payload codec to the payloads of activations and completions.

Workflow code only ever sees decoded payloads and produces unencoded ones; the
worker decodes each activation before it runs and encodes each completion
after, outside the workflow thread, because codecs are ``async``. Job payloads
are shared with history events, so decoding replaces them with new lists and
never changes the events.
"""

from __future__ import annotations

from collections.abc import Sequence

from temporalio.api.common.v1 import Payload
from temporalio.converter import PayloadCodec
from temporalio.worker import _machines as m


async def _decoded(codec: PayloadCodec, payloads: Sequence[Payload]) -> list[Payload]:
    return await codec.decode(list(payloads)) if payloads else []


async def _encoded(codec: PayloadCodec, payloads: Sequence[Payload]) -> list[Payload]:
    return await codec.encode(list(payloads)) if payloads else []


async def _decode_failure(
    codec: PayloadCodec, failure: m.ActivityFailed | m.ActivityCancelled
) -> None:
    copy = type(failure.failure)()
    copy.CopyFrom(failure.failure)
    await codec.decode_failure(copy)
    failure.failure = copy


async def decode_activation(codec: PayloadCodec, activation: m.Activation) -> None:
    """Decode every user payload of the activation's jobs (in place, on the jobs)."""
    for job in activation.jobs:
        if isinstance(job, m.InitializeWorkflow):
            job.arguments = await _decoded(codec, job.arguments)
        elif isinstance(job, m.SignalWorkflow | m.QueryWorkflow):
            if isinstance(job, m.SignalWorkflow):
                job.input = await _decoded(codec, job.input)
            else:
                job.arguments = await _decoded(codec, job.arguments)
        elif isinstance(job, m.ResolveActivity):
            result = job.result
            if isinstance(result, m.ActivityCompleted) and result.result is not None:
                job.result = m.ActivityCompleted((await codec.decode([result.result]))[0])
            elif isinstance(result, m.ActivityFailed | m.ActivityCancelled):
                await _decode_failure(codec, result)


async def encode_completion(codec: PayloadCodec, completion: m.ActivationCompletion) -> None:
    """Encode every user payload of the completion's commands (in place)."""
    for command in completion.commands:
        if isinstance(command, m.ScheduleActivity):
            command.arguments = await _encoded(codec, command.arguments)
        elif isinstance(command, m.CompleteWorkflowExecution):
            if command.result is not None:
                command.result = (await codec.encode([command.result]))[0]
        elif isinstance(command, m.FailWorkflowExecution):
            await codec.encode_failure(command.failure)
        elif isinstance(command, m.RespondToQuery):
            if command.answer is not None:
                command.answer = (await codec.encode([command.answer]))[0]
            if command.failure is not None:
                await codec.encode_failure(command.failure)
