"""Generate the typed service facades of ``temporalio/_transport``.

Reads the gRPC service descriptors of the generated API bindings
(``temporalio.api.<service>.v1.service_pb2``) and writes one module per
service, with one typed ``async def`` per RPC that calls the shared
``Connection.call``:

* ``temporalio/_transport/_workflow_service.py`` (``WorkflowService``)
* ``temporalio/_transport/_operator_service.py`` (``OperatorService``)
* ``temporalio/_transport/_test_service.py`` (``TestService``, of the
  time-skipping test server)

Run it after ``scripts/gen_api.py`` changes the bindings::

    python scripts/gen_service_methods.py          # write the modules
    python scripts/gen_service_methods.py --check  # fail if they are stale
"""

from __future__ import annotations

import argparse
import importlib
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "temporalio" / "_transport"


@dataclass(frozen=True)
class Group:
    """RPCs of a large service that share a concept: one mixin module."""

    module: str  # e.g. "_workflow_service_tasks"
    cls: str  # e.g. "WorkerTaskRPCs"
    summary: str
    pattern: str  # regular expression matched against the RPC name (first group wins)


@dataclass(frozen=True)
class ServiceSpec:
    """One service to generate."""

    package: str  # e.g. "workflowservice"
    service: str  # e.g. "WorkflowService"
    module: str  # output module name, e.g. "_workflow_service"
    summary: str  # first line of the class docstring
    groups: tuple[Group, ...] = ()
    """Mixin modules the RPCs are split into (with a last, catch-all group)."""


_WORKFLOW_SERVICE_GROUPS = (
    Group(
        "_workflow_service_standalone",
        "StandaloneExecutionRPCs",
        "Standalone activity and Nexus operation executions, and activity options.",
        r"ActivityExecution|NexusOperationExecution|^(Update|Pause|Unpause|Reset)Activity",
    ),
    Group(
        "_workflow_service_tasks",
        "WorkerTaskRPCs",
        "Worker polls, task responses and heartbeats; workers and task queues.",
        r"^(Poll|Respond|Record)(?!WorkflowExecution)|Worker(Heartbeat|Config|s)?$"
        r"|^DescribeWorker$|TaskQueue|^ShutdownWorker$",
    ),
    Group(
        "_workflow_service_deployments",
        "DeploymentRPCs",
        "Worker versioning: deployments, versions, build IDs and versioning rules.",
        r"Deployment|BuildId|VersioningRules|TaskReachability",
    ),
    Group(
        "_workflow_service_namespace",
        "NamespaceRPCs",
        "Namespaces, cluster and system info, schedules, batch operations, workflow rules.",
        r"Namespace|Cluster|SystemInfo|SearchAttributes|Schedule|BatchOperation|WorkflowRule",
    ),
    Group(
        "_workflow_service_workflows",
        "WorkflowExecutionRPCs",
        "Workflow executions: start, signal, query, update, cancel, history, visibility.",
        r".",
    ),
)


SERVICES = (
    ServiceSpec(
        "workflowservice",
        "WorkflowService",
        "_workflow_service",
        "The RPCs of Temporal's ``WorkflowService``: the API of clients and workers.",
        _WORKFLOW_SERVICE_GROUPS,
    ),
    ServiceSpec(
        "operatorservice",
        "OperatorService",
        "_operator_service",
        "The RPCs of Temporal's ``OperatorService``: search attributes, clusters, Nexus endpoints.",
    ),
    ServiceSpec(
        "testservice",
        "TestService",
        "_test_service",
        "The RPCs of the time-skipping test server's ``TestService``: its clock.",
    ),
)


def snake_case(name: str) -> str:
    """``StartWorkflowExecution`` -> ``start_workflow_execution``."""
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


_CLASS_DOC = [
    "    Every method takes the request message and these keyword arguments:",
    "",
    "    * ``retry``: retry transient failures (``UNAVAILABLE``,",
    "      ``RESOURCE_EXHAUSTED``, ...) per the client's ``RetryConfig``;",
    "    * ``metadata``: extra gRPC headers for this call only;",
    "    * ``timeout``: deadline of each attempt.",
    "",
    "    The deadline sent to the server is also limited by the enclosing anyio",
    "    cancel scopes, and cancelling the calling task cancels the RPC.",
    "    Failures raise ``RPCError``; ``call(name, req)`` calls an RPC by name.",
]


def _methods_source(descriptor: Any, methods: list[tuple[Any, str, str]]) -> list[str]:
    lines: list[str] = []
    for method, request, response in methods:
        if method.client_streaming or method.server_streaming:
            raise SystemExit(f"{descriptor.full_name}.{method.name} is streaming: unsupported")
        path = f"/{descriptor.full_name}/{method.name}"
        lines += [
            "",
            f"    async def {snake_case(method.name)}(",
            "        self,",
            f"        req: {request},",
            "        *,",
            "        retry: bool = False,",
            "        metadata: Mapping[str, str] | None = None,",
            "        timeout: timedelta | None = None,",
            f"    ) -> {response}:",
            f'        """Call ``{method.name}``."""',
            "        return await self._connection.call(",
            f'            "{path}", req, {response}, retry, metadata, timeout',
            "        )",
        ]
    return lines


def _header(title: str, *, empty: bool, descriptor: bool) -> list[str]:
    """Docstring and the standard-library and protobuf imports of a generated module."""
    groups = [
        ["from __future__ import annotations"],
        [
            "from collections.abc import Mapping",
            "from datetime import timedelta",
            *(["from typing import ClassVar"] if descriptor else []),
        ],
        [
            *(["from google.protobuf import empty_pb2"] if empty else []),
            *(["from google.protobuf.descriptor import ServiceDescriptor"] if descriptor else []),
        ],
    ]
    lines = [
        f'"""{title}',
        "",
        "Generated by ``scripts/gen_service_methods.py`` from the service descriptor;",
        "do not edit.",
        '"""',
        "",
    ]
    for group in groups:
        if group:
            lines += [*group, ""]
    return lines


def render(spec: ServiceSpec) -> dict[str, str]:
    """Sources of the module(s) for ``spec`` (before formatting), by module name."""
    api = f"temporalio.api.{spec.package}.v1"
    service_pb2 = importlib.import_module(f"{api}.service_pb2")
    descriptor = service_pb2.DESCRIPTOR.services_by_name[spec.service]
    messages = f"temporal/api/{spec.package}/v1/request_response.proto"
    uses_empty = False

    def type_ref(message: Any) -> str:
        nonlocal uses_empty
        if message.file.name == messages:
            return f"rr.{message.name}"
        if message.full_name == "google.protobuf.Empty":
            uses_empty = True
            return "empty_pb2.Empty"
        raise SystemExit(f"{message.full_name} is not in request_response.proto")

    methods = [(m, type_ref(m.input_type), type_ref(m.output_type)) for m in descriptor.methods]
    descriptor_lines = [
        "    _descriptor: ClassVar[ServiceDescriptor] = service_pb2.DESCRIPTOR.services_by_name[",
        f'        "{spec.service}"',
        "    ]",
    ]
    if not spec.groups:
        lines = [
            *_header(
                f"Typed methods of ``{descriptor.full_name}``.", empty=uses_empty, descriptor=True
            ),
            f"from {api} import request_response_pb2 as rr",
            f"from {api} import service_pb2",
            "",
            "from ._service import Service",
            "",
            f'__all__ = ["{spec.service}"]',
            "",
            "",
            f"class {spec.service}(Service):",
            f'    """{spec.summary}',
            "",
            *_CLASS_DOC,
            '    """',
            "",
            *descriptor_lines,
            *_methods_source(descriptor, methods),
        ]
        return {spec.module: "\n".join(lines) + "\n"}
    by_group: dict[Group, list[tuple[Any, str, str]]] = {g: [] for g in spec.groups}
    for entry in methods:
        group = next(g for g in spec.groups if re.search(g.pattern, entry[0].name))
        by_group[group].append(entry)
    out: dict[str, str] = {}
    for group, grouped in by_group.items():
        lines = [
            *_header(
                f"``{spec.service}``: {group.summary[0].lower()}{group.summary[1:]}",
                empty=False,
                descriptor=False,
            ),
            f"from {api} import request_response_pb2 as rr",
            "",
            "from ._service import Service",
            "",
            f'__all__ = ["{group.cls}"]',
            "",
            "",
            f"class {group.cls}(Service):",
            f'    """{group.summary} Part of ``{spec.service}``."""',
            *_methods_source(descriptor, grouped),
        ]
        out[group.module] = "\n".join(lines) + "\n"
    bases = ", ".join(g.cls for g in spec.groups)
    lines = [
        f'"""``{descriptor.full_name}``: the typed methods of every RPC.',
        "",
        "Generated by ``scripts/gen_service_methods.py`` from the service descriptor;",
        "do not edit. The methods live in one mixin per concept (the modules",
        *[
            f"``{g.module}``{',' if i < len(spec.groups) - 1 else ')'}"
            for i, g in enumerate(spec.groups)
        ],
        "and are all available on this class.",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "from typing import ClassVar",
        "",
        "from google.protobuf.descriptor import ServiceDescriptor",
        "",
        f"from {api} import service_pb2",
        "",
        *sorted(f"from .{g.module} import {g.cls}" for g in spec.groups),
        "",
        f'__all__ = ["{spec.service}"]',
        "",
        "",
        f"class {spec.service}({bases}):",
        f'    """{spec.summary}',
        "",
        *_CLASS_DOC,
        '    """',
        "",
        *descriptor_lines,
    ]
    out[spec.module] = "\n".join(lines) + "\n"
    return out


def formatted(source: str) -> str:
    """``source`` as ``ruff format`` (with the project's config) leaves it."""
    with tempfile.NamedTemporaryFile("w", suffix=".py", dir=OUT, delete=False) as tmp:
        tmp.write(source)
    path = Path(tmp.name)
    try:
        subprocess.run(
            [sys.executable, "-m", "ruff", "format", "--quiet", str(path)],
            check=True,
            cwd=ROOT,
        )
        return path.read_text()
    finally:
        path.unlink()


def main() -> int:
    """Write (or with --check, verify) the generated modules."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if a module is stale")
    args = parser.parse_args()
    stale = []
    for spec in SERVICES:
        for module, raw in render(spec).items():
            target = OUT / f"{module}.py"
            source = formatted(raw)
            if args.check:
                if not target.exists() or target.read_text() != source:
                    stale.append(target)
            else:
                target.write_text(source)
                print(f"wrote {target.relative_to(ROOT)}")
    for target in stale:
        print(f"stale: {target.relative_to(ROOT)}", file=sys.stderr)
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
