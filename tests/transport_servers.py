"""Servers for the transport tests: the real dev server and a scriptable fake.

The fake is a plain ``grpc.server`` that hosts chosen ``WorkflowService``
methods with Python handlers and records what each call looked like (headers,
deadline, whether the client cancelled it).
"""

from __future__ import annotations

import contextlib
import socket
import subprocess
import threading
from collections.abc import Callable, Iterator
from concurrent import futures
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import grpc
from google.protobuf import message_factory

from temporalio.api.workflowservice.v1 import service_pb2

WORKFLOW_SERVICE = service_pb2.DESCRIPTOR.services_by_name["WorkflowService"]

Handler = Callable[[Any, grpc.ServicerContext], Any]


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on (right now)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Call:
    """What the fake server saw of one call."""

    method: str
    metadata: dict[str, str]
    time_remaining: float | None
    ended: threading.Event = field(default_factory=threading.Event)
    """Set when the RPC terminated (completed, failed or cancelled by the client)."""


class FakeFrontend:
    """A gRPC server hosting some ``WorkflowService`` methods.

    ``handlers`` maps a method name (``"GetSystemInfo"``) to a function of
    ``(request, context)``; unlisted methods answer ``UNIMPLEMENTED``.
    ``GetSystemInfo`` answers an empty response unless overridden.
    """

    def __init__(
        self,
        handlers: dict[str, Handler],
        credentials: grpc.ServerCredentials | None = None,
    ) -> None:
        self.calls: list[Call] = []
        self._lock = threading.Lock()
        self._server = grpc.server(futures.ThreadPoolExecutor(max_workers=8))
        handlers = {"GetSystemInfo": lambda req, ctx: response_of("GetSystemInfo")(), **handlers}
        method_handlers = {}
        for name, handler in handlers.items():
            method = WORKFLOW_SERVICE.methods_by_name[name]
            method_handlers[name] = grpc.unary_unary_rpc_method_handler(
                self._recording(name, handler),
                request_deserializer=message_factory.GetMessageClass(method.input_type).FromString,
                response_serializer=lambda resp: resp.SerializeToString(),
            )
        self._server.add_generic_rpc_handlers(
            (grpc.method_handlers_generic_handler(WORKFLOW_SERVICE.full_name, method_handlers),)
        )
        if credentials is None:
            self.port = self._server.add_insecure_port("127.0.0.1:0")
        else:
            self.port = self._server.add_secure_port("127.0.0.1:0", credentials)
        self.target = f"127.0.0.1:{self.port}"

    def _recording(self, name: str, handler: Handler) -> Handler:
        def handle(req: Any, context: grpc.ServicerContext) -> Any:
            call = Call(
                name,
                {key: str(value) for key, value in context.invocation_metadata()},
                context.time_remaining(),
            )
            context.add_callback(call.ended.set)
            with self._lock:
                self.calls.append(call)
            return handler(req, context)

        return handle

    def attempts(self, method: str) -> int:
        """How many calls of ``method`` arrived."""
        with self._lock:
            return sum(1 for call in self.calls if call.method == method)

    def __enter__(self) -> FakeFrontend:
        self._server.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._server.stop(grace=None).wait(5)


def response_of(method: str) -> Any:
    """The response class of a ``WorkflowService`` method."""
    return message_factory.GetMessageClass(WORKFLOW_SERVICE.methods_by_name[method].output_type)


def hold_until_ended(method: str, limit: float = 10.0) -> Handler:
    """A handler that holds the call until the client ends it (or ``limit``)."""

    def handle(req: Any, context: grpc.ServicerContext) -> Any:
        ended = threading.Event()
        context.add_callback(ended.set)
        if not ended.wait(limit):
            context.abort(grpc.StatusCode.INTERNAL, "the client did not end the call")
        return response_of(method)()

    return handle


def fail_first(method: str, count: int, code: grpc.StatusCode) -> Handler:
    """A handler that fails its first ``count`` calls with ``code``, then answers."""
    seen = 0
    lock = threading.Lock()

    def handle(req: Any, context: grpc.ServicerContext) -> Any:
        nonlocal seen
        with lock:
            seen += 1
            fail = seen <= count
        if fail:
            context.abort(code, f"failure {seen} of {count}")
        return response_of(method)()

    return handle


@contextlib.contextmanager
def silent_listener() -> Iterator[str]:
    """A TCP server that accepts connections and never says a word."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    accepted: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        listener.settimeout(0.05)
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            accepted.append(conn)

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield f"127.0.0.1:{listener.getsockname()[1]}"
    finally:
        stop.set()
        thread.join()
        for conn in accepted:
            conn.close()
        listener.close()


def make_tls_material(directory: Path, hostname: str) -> tuple[bytes, bytes, bytes]:
    """Create a CA and a server certificate for ``hostname`` with openssl.

    Returns:
        (CA certificate, server private key, server certificate), all PEM.
    """

    def run(*args: str) -> None:
        subprocess.run(["openssl", *args], cwd=directory, check=True, capture_output=True)

    run(
        "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
        "-keyout", "ca.key", "-out", "ca.pem", "-subj", "/CN=transport-test-ca",
    )  # fmt: skip
    run(
        "req", "-newkey", "rsa:2048", "-nodes", "-keyout", "server.key",
        "-out", "server.csr", "-subj", f"/CN={hostname}",
    )  # fmt: skip
    (directory / "ext.cnf").write_text(f"subjectAltName=DNS:{hostname}\n")
    run(
        "x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key",
        "-CAcreateserial", "-out", "server.pem", "-days", "2", "-extfile", "ext.cnf",
    )  # fmt: skip
    return (
        (directory / "ca.pem").read_bytes(),
        (directory / "server.key").read_bytes(),
        (directory / "server.pem").read_bytes(),
    )
