"""A worker in its own process, the way an application runs one: ``python -m tests.faults.worker_process``.

It runs :class:`~tests.faults.fault_app.FaultWorkflow` on asyncio or trio until
SIGTERM or SIGINT, which it answers with ``await worker.shutdown()`` (graceful:
running activities get ``--graceful-seconds`` to finish), then closes its client
and exits 0.  It reports on standard output, one line each, flushed:

* ``READY`` once the worker polls;
* ``ACTIVITY <workflow id> <attempt>`` when an activity starts (from ``fault_app``);
* ``SIGNAL <name>`` when a shutdown signal arrives;
* ``STOPPED <seconds>`` when ``worker.shutdown()`` returned, and how long it took;
* ``THREADS <json list>`` the threads still alive after the client closed (there
  should be none but the main thread).
"""

from __future__ import annotations

import argparse
import json
import signal
import threading
import time
from datetime import timedelta

import anyio

from temporalio.client import Client
from temporalio.worker import Worker
from tests.faults.fault_app import SETTINGS, FaultWorkflow, crunch


def _parse() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--target", required=True)
    parser.add_argument("--task-queue", required=True)
    parser.add_argument("--backend", choices=["asyncio", "trio"], required=True)
    parser.add_argument("--graceful-seconds", type=float, default=0.0)
    parser.add_argument("--sticky-timeout-seconds", type=float, default=10.0)
    parser.add_argument("--first-attempt-seconds", type=float, default=0.0)
    parser.add_argument("--later-attempt-seconds", type=float, default=0.0)
    parser.add_argument("--identity", default=None)
    return parser.parse_args()


def _say(line: str) -> None:
    print(line, flush=True)


async def _main(args: argparse.Namespace) -> None:
    SETTINGS["first_attempt_seconds"] = args.first_attempt_seconds
    SETTINGS["later_attempt_seconds"] = args.later_attempt_seconds
    client = await Client.connect(args.target, identity=args.identity)
    worker = Worker(
        client,
        task_queue=args.task_queue,
        workflows=[FaultWorkflow],
        activities=[crunch],
        graceful_shutdown_timeout=timedelta(seconds=args.graceful_seconds),
        sticky_queue_schedule_to_start_timeout=timedelta(seconds=args.sticky_timeout_seconds),
    )
    with anyio.open_signal_receiver(signal.SIGTERM, signal.SIGINT) as signals:
        async with anyio.create_task_group() as tg:
            await tg.start(worker.run)
            _say("READY")
            async for signum in signals:
                _say(f"SIGNAL {signal.Signals(signum).name}")
                started = time.monotonic()
                await worker.shutdown()
                _say(f"STOPPED {time.monotonic() - started:.3f}")
                break
    await client.service_client.close()
    # grpcio's channel threads end a moment after the channel closes.
    with anyio.move_on_after(5):
        while threading.active_count() > 1:
            await anyio.sleep(0.05)
    others = [t.name for t in threading.enumerate() if t is not threading.main_thread()]
    _say(f"THREADS {json.dumps(others)}")


def main() -> None:
    """Run the worker until SIGTERM or SIGINT."""
    args = _parse()
    anyio.run(_main, args, backend=args.backend)


if __name__ == "__main__":
    main()
