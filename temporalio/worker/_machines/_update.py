"""Workflow updates (PROTOCOL §6).

A request arrives as a protocol message (or a ``WorkflowExecutionUpdateAdmitted`` event, or,
while replaying, a ``WorkflowExecutionUpdateAccepted`` event found by look-ahead) and becomes
a ``DoUpdate`` job. Workflow code answers with ``UpdateResponse`` commands:

* accepted → message ``<request id>/accept`` (Acceptance) + ``PROTOCOL_MESSAGE`` command
  → ``WorkflowExecutionUpdateAccepted``;
* rejected → message ``<request id>/reject`` (Rejection), no command, nothing in history;
* completed / failed → message ``<request id>/complete`` (Response) + ``PROTOCOL_MESSAGE``
  command → ``WorkflowExecutionUpdateCompleted``.

Messages are only sent for new work; while replaying the commands are just matched.
"""

from __future__ import annotations

from google.protobuf.any_pb2 import Any as AnyProto

from temporalio.api.command.v1 import Command, ProtocolMessageCommandAttributes
from temporalio.api.enums.v1 import CommandType, EventType
from temporalio.api.failure.v1 import Failure
from temporalio.api.history.v1 import HistoryEvent
from temporalio.api.protocol.v1 import Message
from temporalio.api.update.v1 import Acceptance, Outcome, Rejection, Request, Response

from ._activation import DoUpdate, headers_of
from ._commands import UpdateResponse
from ._errors import NondeterminismError
from ._machine import CommandEntry, Machine, RunContext

__all__ = ["UpdateMachine", "UpdateRequestMessage"]

_PROTOCOL_MESSAGE = CommandType.COMMAND_TYPE_PROTOCOL_MESSAGE
_TYPE_PREFIX = "type.googleapis.com/"


class UpdateRequestMessage:
    """A decoded update request, from a message or a history event.

    Attributes:
        message_id: ``<update id>/request`` (or the id of the original message).
        protocol_instance_id: The update id.
        sequencing_event_id: Process once history up to this event has been applied
            (0 = at once).
        request: The request.
    """

    __slots__ = ("message_id", "protocol_instance_id", "request", "sequencing_event_id")

    def __init__(
        self, message_id: str, protocol_instance_id: str, sequencing_event_id: int, request: Request
    ) -> None:
        self.message_id = message_id
        self.protocol_instance_id = protocol_instance_id
        self.sequencing_event_id = sequencing_event_id
        self.request = request

    @classmethod
    def from_message(cls, message: Message) -> UpdateRequestMessage | None:
        """Decodes a task's protocol message; None if it is not an update request."""
        body = message.body
        if not body.type_url.endswith("temporal.api.update.v1.Request"):
            return None
        request = Request()
        body.Unpack(request)
        seq = message.event_id if message.HasField("event_id") else 0
        return cls(message.id, message.protocol_instance_id, seq, request)

    @classmethod
    def from_admitted(cls, event: HistoryEvent) -> UpdateRequestMessage:
        """A durably admitted update (``WorkflowExecutionUpdateAdmitted``)."""
        request = event.workflow_execution_update_admitted_event_attributes.request
        uid = request.meta.update_id
        return cls(f"{uid}/request", uid, event.event_id, request)

    @classmethod
    def from_accepted(cls, event: HistoryEvent) -> UpdateRequestMessage:
        """The request an ``WorkflowExecutionUpdateAccepted`` event accepted (replay)."""
        a = event.workflow_execution_update_accepted_event_attributes
        return cls(
            a.accepted_request_message_id,
            a.protocol_instance_id,
            a.accepted_request_sequencing_event_id,
            a.accepted_request,
        )


def _pack(msg: Acceptance | Rejection | Response) -> AnyProto:
    body = AnyProto()
    body.Pack(msg, type_url_prefix=_TYPE_PREFIX)
    return body


class UpdateMachine(Machine):
    """One update. ``state``: requested → accepted → completed, or rejected."""

    __slots__ = ("replaying_when_requested", "req", "state")

    def __init__(self, req: UpdateRequestMessage, replaying: bool, run: RunContext) -> None:
        self.req = req
        self.state = "requested"
        self.replaying_when_requested = replaying
        inp = req.request.input
        run.jobs.append(
            DoUpdate(
                id=req.request.meta.update_id,
                protocol_instance_id=req.protocol_instance_id,
                name=inp.name,
                input=inp.args.payloads,
                headers=headers_of(inp.header),
                meta=req.request.meta,
                run_validator=not replaying,
            )
        )

    def describe(self, entry: CommandEntry) -> str:
        kind = (
            "accepted"
            if entry.event_type == EventType.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_ACCEPTED
            else "completed"
        )
        return f"UpdateResponse({kind}, update_id={self.req.protocol_instance_id!r})"

    def build_command(self, entry: CommandEntry) -> Command:
        suffix = (
            "accept"
            if entry.event_type == EventType.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_ACCEPTED
            else "complete"
        )
        return Command(
            command_type=_PROTOCOL_MESSAGE,
            protocol_message_command_attributes=ProtocolMessageCommandAttributes(
                message_id=f"{self.req.message_id}/{suffix}"
            ),
        )

    def on_command_event(self, entry: CommandEntry, event: HistoryEvent, run: RunContext) -> None:
        if entry.event_type == EventType.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_ACCEPTED:
            pid = event.workflow_execution_update_accepted_event_attributes.protocol_instance_id
        else:
            pid = event.workflow_execution_update_completed_event_attributes.meta.update_id
        if pid != self.req.protocol_instance_id:
            raise NondeterminismError(
                f"nondeterminism at event {event.event_id}: history has update {pid!r} where "
                f"workflow code answered update {self.req.protocol_instance_id!r}",
                event_id=event.event_id,
            )

    def respond(self, resp: UpdateResponse, run: RunContext, outbox: list[Message]) -> None:
        """Applies workflow code's response; queues messages (only when not replaying)."""
        send = not run.replaying
        req = self.req
        if resp.accepted:
            if self.state != "requested":
                raise NondeterminismError(f"update {req.protocol_instance_id!r} accepted twice")
            self.state = "accepted"
            run.new_command(
                self, _PROTOCOL_MESSAGE, EventType.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_ACCEPTED
            )
            if send:
                outbox.append(
                    Message(
                        id=f"{req.message_id}/accept",
                        protocol_instance_id=req.protocol_instance_id,
                        body=_pack(
                            Acceptance(
                                accepted_request_message_id=req.message_id,
                                accepted_request_sequencing_event_id=req.sequencing_event_id,
                                accepted_request=req.request,
                            )
                        ),
                    )
                )
            return
        if resp.rejected is not None and self.state == "requested":
            self.state = "rejected"
            if send:
                outbox.append(
                    Message(
                        id=f"{req.message_id}/reject",
                        protocol_instance_id=req.protocol_instance_id,
                        body=_pack(
                            Rejection(
                                rejected_request_message_id=req.message_id,
                                rejected_request_sequencing_event_id=req.sequencing_event_id,
                                rejected_request=req.request,
                                failure=resp.rejected,
                            )
                        ),
                    )
                )
            return
        failure: Failure | None = resp.failed if resp.failed is not None else resp.rejected
        if self.state != "accepted" or (resp.completed is None and failure is None):
            raise NondeterminismError(
                f"invalid response for update {req.protocol_instance_id!r} in state {self.state}"
            )
        self.state = "completed"
        run.new_command(
            self, _PROTOCOL_MESSAGE, EventType.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_COMPLETED
        )
        if send:
            outcome = Outcome()
            if failure is not None:
                outcome.failure.CopyFrom(failure)
            else:
                assert resp.completed is not None
                outcome.success.payloads.append(resp.completed)
            outbox.append(
                Message(
                    id=f"{req.message_id}/complete",
                    protocol_instance_id=req.protocol_instance_id,
                    body=_pack(Response(meta=req.request.meta, outcome=outcome)),
                )
            )
