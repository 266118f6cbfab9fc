"""Event-loop features a workflow may not use, each failing with a message that says why.

Everything here would make the workflow depend on something history does not record
(the network, the file system, other threads or processes, OS signals), so a replay could
take another path. The loop inherits these methods so that calling one fails at the call,
not later at an ``await``.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from concurrent.futures import Executor
from contextvars import Context
from typing import Any, NoReturn, Protocol, TypeVar, TypeVarTuple

from ._errors import NotAllowedInWorkflowError

_T = TypeVar("_T")
_Ts = TypeVarTuple("_Ts")


class _HasFileno(Protocol):
    def fileno(self) -> int: ...


_IO = "do I/O in an activity and call it with workflow.execute_activity()"
_BLOCKING = "run blocking or CPU-bound code in an activity"
_PROCESS = "start processes from an activity"
_SIGNAL = "OS signals never reach a workflow; handle Temporal signals with @workflow.signal"
_THREAD = "workflow code runs on one thread only; use an activity for threaded work"
_DRIVE = "the worker runs the workflow's event loop; just await in workflow code"


def _forbidden(what: str, instead: str) -> Callable[..., NoReturn]:
    """A method that raises :class:`NotAllowedInWorkflowError` for ``what``."""

    def method(self: object, *args: Any, **kwargs: Any) -> NoReturn:
        raise NotAllowedInWorkflowError(what, instead)

    method.__name__ = what.removeprefix("loop.").removesuffix("()")
    method.__doc__ = f"Not allowed in a workflow: {instead}."
    return method


class ForbiddenLoopFeatures(asyncio.AbstractEventLoop):
    """``asyncio.AbstractEventLoop`` whose features a workflow may not use raise."""

    # Driving the loop belongs to the worker.
    run_forever = _forbidden("loop.run_forever()", _DRIVE)
    run_until_complete = _forbidden("loop.run_until_complete()", _DRIVE)
    stop = _forbidden("loop.stop()", "a workflow ends by returning from its run method")

    # Threads and executors.
    def call_soon_threadsafe(
        self,
        callback: Callable[[*_Ts], object],
        *args: *_Ts,
        context: Context | None = None,
    ) -> NoReturn:
        """Not allowed in a workflow."""
        raise NotAllowedInWorkflowError("loop.call_soon_threadsafe()", _THREAD)

    def run_in_executor(
        self, executor: Executor | None, func: Callable[[*_Ts], _T], *args: *_Ts
    ) -> NoReturn:
        """Not allowed in a workflow."""
        raise NotAllowedInWorkflowError("loop.run_in_executor()", _BLOCKING)

    set_default_executor = _forbidden("loop.set_default_executor()", _BLOCKING)

    # Name resolution, connections, servers, files and pipes.
    getaddrinfo = _forbidden("loop.getaddrinfo()", _IO)
    getnameinfo = _forbidden("loop.getnameinfo()", _IO)
    create_connection = _forbidden("loop.create_connection()", _IO)
    create_server = _forbidden("loop.create_server()", _IO)
    sendfile = _forbidden("loop.sendfile()", _IO)
    start_tls = _forbidden("loop.start_tls()", _IO)
    create_unix_connection = _forbidden("loop.create_unix_connection()", _IO)
    create_unix_server = _forbidden("loop.create_unix_server()", _IO)
    connect_accepted_socket = _forbidden("loop.connect_accepted_socket()", _IO)
    create_datagram_endpoint = _forbidden("loop.create_datagram_endpoint()", _IO)
    connect_read_pipe = _forbidden("loop.connect_read_pipe()", _IO)
    connect_write_pipe = _forbidden("loop.connect_write_pipe()", _IO)

    # Subprocesses.
    subprocess_shell = _forbidden("loop.subprocess_shell()", _PROCESS)
    subprocess_exec = _forbidden("loop.subprocess_exec()", _PROCESS)

    # File descriptors and sockets.
    def add_reader(
        self, fd: int | _HasFileno, callback: Callable[[*_Ts], Any], *args: *_Ts
    ) -> NoReturn:
        """Not allowed in a workflow."""
        raise NotAllowedInWorkflowError("loop.add_reader()", _IO)

    remove_reader = _forbidden("loop.remove_reader()", _IO)

    def add_writer(
        self, fd: int | _HasFileno, callback: Callable[[*_Ts], Any], *args: *_Ts
    ) -> NoReturn:
        """Not allowed in a workflow."""
        raise NotAllowedInWorkflowError("loop.add_writer()", _IO)

    remove_writer = _forbidden("loop.remove_writer()", _IO)
    sock_recv = _forbidden("loop.sock_recv()", _IO)
    sock_recv_into = _forbidden("loop.sock_recv_into()", _IO)
    sock_recvfrom = _forbidden("loop.sock_recvfrom()", _IO)
    sock_recvfrom_into = _forbidden("loop.sock_recvfrom_into()", _IO)
    sock_sendall = _forbidden("loop.sock_sendall()", _IO)
    sock_sendto = _forbidden("loop.sock_sendto()", _IO)
    sock_connect = _forbidden("loop.sock_connect()", _IO)
    sock_accept = _forbidden("loop.sock_accept()", _IO)
    sock_sendfile = _forbidden("loop.sock_sendfile()", _IO)

    # OS signals.
    def add_signal_handler(
        self, sig: int, callback: Callable[[*_Ts], object], *args: *_Ts
    ) -> NoReturn:
        """Not allowed in a workflow."""
        raise NotAllowedInWorkflowError("loop.add_signal_handler()", _SIGNAL)

    remove_signal_handler = _forbidden("loop.remove_signal_handler()", _SIGNAL)
