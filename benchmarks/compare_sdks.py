"""Run one workload of ../shared/bench/workloads.py on the reference SDK and on ours.

Like shared/bench/compare.sh (A B A B against one dev server, medians and the ratio
this/reference of each figure), but tolerant of a process that prints its figures and
then crashes at interpreter exit (the reference SDK sometimes does), and runnable with
extra arguments per side.

    python benchmarks/compare_sdks.py throughput --n 300 [--reps 3] [--backend trio]

With ``--floor`` (throughput only) each round also runs ``floor_bench.py``: the same
RPCs with no SDK around them, the least CPU any SDK on grpcio can spend on the
workload; its median is printed beside the two SDKs'.
"""

from __future__ import annotations

import argparse
import json
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
BENCH = HERE.parent.parent / "shared" / "bench"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _run(python: str, args: list[str], label: str, extra: list[str]) -> dict[str, object] | None:
    out = subprocess.run(
        [python, str(BENCH / "workloads.py"), *args, "--sdk-label", label, *extra],
        capture_output=True,
        text=True,
        timeout=1800,
    )
    lines = [line for line in out.stdout.splitlines() if line.startswith("{")]
    if not lines:
        sys.stderr.write(f"{label} printed no figures:\n{out.stdout[-2000:]}{out.stderr[-3000:]}\n")
        return None
    row: dict[str, object] = json.loads(lines[-1])
    print(json.dumps(row), flush=True)
    return row


def _floor(python: str, rest: list[str], port: int) -> float:
    n = rest[rest.index("--n") + 1] if "--n" in rest else "300"
    out = subprocess.run(
        [python, str(HERE / "floor_bench.py"), "--n", n, "--target", f"127.0.0.1:{port}"],
        capture_output=True,
        text=True,
        timeout=1800,
        check=True,
    )
    line = [line for line in out.stdout.splitlines() if line.startswith("{")][-1]
    print(line, flush=True)
    return float(json.loads(line)["sdk_cpu_ms_per_item"])


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--reps", type=int, default=3)
    p.add_argument("--ours", default=sys.executable)
    p.add_argument("--floor", action="store_true", help="also run floor_bench.py (throughput)")
    args, rest = p.parse_known_args()
    ref = subprocess.run(
        ["bash", str(BENCH / "official-venv.sh")], capture_output=True, text=True, check=True
    ).stdout.strip()
    temporal = str(Path(ref).parent / "temporal")
    port = _free_port()
    server = subprocess.Popen(
        [
            temporal,
            "server",
            "start-dev",
            "--headless",
            "--port",
            str(port),
            "--log-level",
            "error",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), 1).close()
                break
            except OSError:
                time.sleep(0.2)
        time.sleep(1)
        common = [*rest, "--target", f"127.0.0.1:{port}", "--server-pid", str(server.pid)]
        rows_ref, rows_ours, floors = [], [], []
        for _ in range(args.reps):
            if args.floor:
                floors.append(_floor(args.ours, rest, port))
            r = _run(ref, common, "reference", ["--unsandboxed"])
            if r:
                rows_ref.append(r)
            o = _run(args.ours, common, "this", [])
            if o:
                rows_ours.append(o)
    finally:
        server.terminate()
        server.wait(15)
    if not rows_ours:
        sys.exit("no figures from this SDK")
    keys = [k for k, v in rows_ours[0].items() if isinstance(v, int | float) and k != "n"]
    for k in keys:
        a = statistics.median(float(r[k]) for r in rows_ours)  # type: ignore[arg-type]
        refs = [float(r[k]) for r in rows_ref if k in r]  # type: ignore[arg-type]
        b = statistics.median(refs) if refs else None
        ratio = f"{a / b:.2f}" if b else "n/a"
        print(
            f"{k:32s} this={a:<10g} reference={b if b is not None else 'n/a'!s:<10} this/reference={ratio}"
        )
    if floors and rows_ref:
        f = statistics.median(floors)
        b = statistics.median(float(r["sdk_cpu_ms_per_item"]) for r in rows_ref)  # type: ignore[arg-type]
        print(f"{'floor sdk_cpu_ms_per_item':32s} floor={f:<9g} reference={b:<10g} floor/reference={f / b:.2f}")


if __name__ == "__main__":
    main()
