"""Errors of RPCs to the Temporal server."""

from __future__ import annotations

from enum import IntEnum

from google.protobuf import descriptor_pool, message_factory
from google.protobuf.message import DecodeError, Message
from google.rpc import status_pb2  # type: ignore[import-untyped]

# Imported for its side effect: registers the Temporal error-detail messages
# in the default descriptor pool, where ``RPCError.detail`` looks them up.
import temporalio.api.errordetails.v1.message_pb2  # noqa: F401
from temporalio.exceptions import TemporalError

__all__ = ["RPCError", "RPCStatusCode"]


class RPCStatusCode(IntEnum):
    """gRPC status codes, with the same numbers as ``google.rpc.Code``."""

    OK = 0
    CANCELLED = 1
    UNKNOWN = 2
    INVALID_ARGUMENT = 3
    DEADLINE_EXCEEDED = 4
    NOT_FOUND = 5
    ALREADY_EXISTS = 6
    PERMISSION_DENIED = 7
    RESOURCE_EXHAUSTED = 8
    FAILED_PRECONDITION = 9
    ABORTED = 10
    OUT_OF_RANGE = 11
    UNIMPLEMENTED = 12
    INTERNAL = 13
    UNAVAILABLE = 14
    DATA_LOSS = 15
    UNAUTHENTICATED = 16


class RPCError(TemporalError):
    """An RPC to the Temporal server failed.

    ``str(err)`` reads ``"<STATUS>: <message>"``.

    Attributes:
        message: The server's (or gRPC's) description of the failure.
        status: The gRPC status code.
        raw_grpc_status: The serialized ``google.rpc.Status`` from the
            ``grpc-status-details-bin`` trailer, or None if there was none.
    """

    def __init__(
        self, message: str, status: RPCStatusCode, raw_grpc_status: bytes | None = None
    ) -> None:
        """Create an error (the transport does this; users rarely need to).

        Args:
            message: Description of the failure.
            status: The gRPC status code.
            raw_grpc_status: Serialized ``google.rpc.Status``, if any.
        """
        super().__init__(message, status, raw_grpc_status)
        self.message = message
        self.status = status
        self.raw_grpc_status = raw_grpc_status
        # Decoded lazily by ``grpc_status``; most errors are never inspected.
        self._grpc_status: status_pb2.Status | None = None

    def __str__(self) -> str:
        return f"{self.status.name}: {self.message}"

    def __reduce__(self) -> tuple[type[RPCError], tuple[str, RPCStatusCode, bytes | None]]:
        return (type(self), (self.message, self.status, self.raw_grpc_status))

    @property
    def grpc_status(self) -> status_pb2.Status:
        """The decoded ``google.rpc.Status``; empty if none was sent."""
        if self._grpc_status is None:
            status = status_pb2.Status()
            if self.raw_grpc_status:
                try:
                    status.ParseFromString(self.raw_grpc_status)
                except DecodeError:
                    status = status_pb2.Status()
            self._grpc_status = status
        return self._grpc_status

    def detail(self) -> Message | None:
        """Unpack the first detail of :attr:`grpc_status`.

        Temporal puts one typed detail there for most failures, e.g.
        ``temporalio.api.errordetails.v1.WorkflowExecutionAlreadyStartedFailure``
        for ``ALREADY_EXISTS`` on a start, or ``NamespaceNotFoundFailure``.

        Returns:
            The detail as an instance of its generated message class, or None
            if there is no detail or its type is unknown.
        """
        details = self.grpc_status.details
        if not details:
            return None
        packed = details[0]
        full_name = packed.type_url.rpartition("/")[2]
        try:
            descriptor = descriptor_pool.Default().FindMessageTypeByName(full_name)
        except KeyError:
            return None
        detail = message_factory.GetMessageClass(descriptor)()
        if not packed.Unpack(detail):
            return None
        return detail
