"""Talking to the reference SDK, which runs in its own interpreter (``reference_agent.py``).

Both SDKs are the package ``temporalio``, so they never share a process: the agent is a
subprocess of the reference virtualenv's python, started once per test session, and each
request is a JSON line answered by one JSON line. Calls are sequential (one lock); async
tests make them through a worker thread, so the test's event loop (asyncio or trio) keeps
running our worker meanwhile.
"""

from __future__ import annotations

import functools
import itertools
import json
import os
import queue
import subprocess
import threading
import uuid
from pathlib import Path
from typing import IO, Any

import anyio.to_thread

AGENT = Path(__file__).resolve().parent / "reference_agent.py"

REFERENCE_PYTHON = Path(
    os.environ.get(
        "TEMPORAL_REFERENCE_PYTHON",
        Path.home() / ".cache" / "reference-temporalio-venv" / "bin" / "python",
    )
)
"""The reference SDK's interpreter (``/work/shared/bench/official-venv.sh`` builds it)."""

START_TIMEOUT = 60.0
CALL_TIMEOUT = 60.0  # the agent gives up on an operation after 20 s and answers anyway


class ReferenceSDKError(RuntimeError):
    """The agent failed an operation, died, or did not answer."""


class ReferenceSDK:
    """A running agent: the reference SDK's client, and its worker on :attr:`task_queue`."""

    def __init__(self, target: str, log: IO[bytes]) -> None:
        self.task_queue = f"reference-{uuid.uuid4().hex}"
        self._log = log
        # -E: no PYTHONPATH, so nothing can put this repository's temporalio first.
        self._proc = subprocess.Popen(
            [str(REFERENCE_PYTHON), "-E", str(AGENT), target, self.task_queue],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=log,
            cwd=AGENT.parent,
        )
        assert self._proc.stdin is not None and self._proc.stdout is not None
        self._stdin = self._proc.stdin
        self._lines: queue.Queue[bytes] = queue.Queue()
        self._reader = threading.Thread(
            target=self._read, args=(self._proc.stdout,), name="reference-agent", daemon=True
        )
        self._reader.start()
        self._ids = itertools.count(1)
        self._lock = threading.Lock()
        try:
            ready = self._next_message(START_TIMEOUT)
        except BaseException:
            self.close()
            raise
        if "ready" not in ready:
            self.close()
            raise ReferenceSDKError(f"agent did not start: {ready}")
        self.info: dict[str, Any] = ready["ready"]

    def _read(self, stdout: IO[bytes]) -> None:
        with stdout:
            for line in stdout:
                self._lines.put(line)
        self._lines.put(b"")

    def _next_message(self, timeout: float) -> dict[str, Any]:
        try:
            line = self._lines.get(timeout=timeout)
        except queue.Empty:
            raise ReferenceSDKError(f"agent did not answer in {timeout} s{self._tail()}") from None
        if not line:
            raise ReferenceSDKError(f"agent exited{self._tail()}")
        message: dict[str, Any] = json.loads(line)
        return message

    def _tail(self) -> str:
        self._log.flush()
        try:
            with open(self._log.name, "rb") as f:
                text = f.read()[-3000:].decode(errors="replace")
        except (OSError, AttributeError, TypeError):
            return ""
        return f"; agent stderr:\n{text}" if text else ""

    def call(self, op: str, **args: Any) -> Any:
        """Run one operation in the agent and return its answer (blocking)."""
        with self._lock:
            request_id = next(self._ids)
            line = json.dumps({"id": request_id, "op": op, "args": args}) + "\n"
            try:
                self._stdin.write(line.encode())
                self._stdin.flush()
            except OSError as err:
                raise ReferenceSDKError(f"agent is gone: {err}{self._tail()}") from err
            answer = self._next_message(CALL_TIMEOUT)
        if answer.get("id") != request_id:
            raise ReferenceSDKError(f"answer {answer} for request {request_id}")
        if "error" in answer:
            raise ReferenceSDKError(f"reference SDK failed {op}:\n{answer['error']}")
        return answer["ok"]

    async def acall(self, op: str, **args: Any) -> Any:
        """:meth:`call` from async code, without blocking the event loop."""
        return await anyio.to_thread.run_sync(functools.partial(self.call, op, **args))

    def close(self) -> None:
        """Close stdin (the agent shuts its worker down and exits), or kill it."""
        with self._lock:
            try:
                self._stdin.close()
            except OSError:
                pass
            try:
                self._proc.wait(20)
            except subprocess.TimeoutExpired:
                self._proc.kill()
                self._proc.wait()
        self._reader.join(5)
