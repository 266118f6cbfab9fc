"""Every Python snippet of the README and the user docs is tested; so is the demo.

The convention, for whoever writes docs (README.md and docs/*.md, except
docs/performance.md and docs/operating-workers.md, which have their own owner):

* Only fenced blocks whose language is ``python`` (or ``py``) are snippets.
* A snippet that defines a top-level ``async def main()`` is a **program**: complete,
  with its imports, connecting with ``Client.connect("localhost:7233")`` and ending
  with ``if __name__ == "__main__":`` plus ``trio.run(main)`` or ``asyncio.run(main())``.
  The test imports it as a module (so the ``__main__`` part does not run), points
  ``localhost:7233`` at the session's dev server, and awaits ``main()`` on asyncio
  and on trio, within ``PROGRAM_TIMEOUT`` seconds. Programs must finish every
  workflow they start, since they run twice against the same server.
* A fenced block of language ``output`` right after a program is what the program
  prints; the test compares it with the program's standard output.
* Every other snippet is a **fragment**. It must compile (top-level ``await``
  allowed) and is checked statically: imports must resolve (``temporalio`` names
  must be public), every dotted name rooted at a ``temporalio`` module or object
  must exist and be public, and keyword arguments passed to ``temporalio``
  callables must be ones they accept. Fragments see the imports of the earlier
  snippets of their page, plus a prelude (``PRELUDE``: ``activity``, ``workflow``,
  ``Client``, ``Worker`` ...), and ``client`` / ``env`` are taken to be a ``Client``
  and a ``WorkflowEnvironment``. Programs get the same static checks.
* Programs may use the search attributes in ``DOC_SEARCH_ATTRIBUTES``: the test
  registers them on the test server (the docs tell readers how to register them).

Also tested here: ``examples/demo.py`` as a subprocess on both backends (output,
exit code, no server process left behind), and that the docs' relative links lead
to existing files and headings.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import os
import re
import subprocess
import sys
import types
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import anyio
import pytest

import temporalio
import temporalio.common
import temporalio.converter
import temporalio.exceptions
from temporalio import activity, workflow
from temporalio.client import Client
from temporalio.testing import WorkflowEnvironment
from temporalio.worker import Replayer, Worker

ROOT = Path(__file__).resolve().parent.parent
NOT_OURS = {"performance.md", "operating-workers.md"}
PAGES = [
    ROOT / "README.md",
    *sorted(p for p in (ROOT / "docs").glob("*.md") if p.name not in NOT_OURS),
]
PROGRAM_TIMEOUT = 30
DOC_TARGET = "localhost:7233"
# Search attributes the docs use; the test registers them on the test server.
DOC_SEARCH_ATTRIBUTES = {"CustomerId": "Keyword", "OrderCount": "Int"}

PRELUDE: dict[str, Any] = {
    "temporalio": temporalio,
    "activity": activity,
    "workflow": workflow,
    "common": temporalio.common,
    "converter": temporalio.converter,
    "exceptions": temporalio.exceptions,
    "Client": Client,
    "Worker": Worker,
    "Replayer": Replayer,
    "WorkflowEnvironment": WorkflowEnvironment,
}
# Variables whose type the docs use consistently.
KNOWN_INSTANCES: dict[str, Any] = {"client": Client, "env": WorkflowEnvironment}


# --- reading snippets -------------------------------------------------------------


@dataclass
class Block:
    page: Path
    line: int  # 1-based line of the block's first code line
    lang: str
    source: str

    @property
    def id(self) -> str:
        return f"{self.page.relative_to(ROOT)}:{self.line}"

    @property
    def is_python(self) -> bool:
        return self.lang in ("python", "py")

    @property
    def is_program(self) -> bool:
        return re.search(r"^async def main\(", self.source, flags=re.M) is not None


_FENCE = re.compile(r"^(\s*)(```+|~~~+)\s*([\w+-]*)")


def read_blocks(page: Path) -> list[Block]:
    """Fenced blocks of a Markdown page, dedented, with their line numbers."""
    blocks: list[Block] = []
    lines = page.read_text().splitlines()
    i = 0
    while i < len(lines):
        m = _FENCE.match(lines[i])
        if not m:
            i += 1
            continue
        indent, fence, lang = m.groups()
        body: list[str] = []
        j = i + 1
        while j < len(lines) and not lines[j].strip().startswith(fence):
            body.append(lines[j][len(indent) :] if lines[j].startswith(indent) else lines[j])
            j += 1
        blocks.append(Block(page, i + 2, lang.lower(), "\n".join(body) + "\n"))
        i = j + 1
    return blocks


ALL_BLOCKS = [b for page in PAGES for b in read_blocks(page)]
PYTHON_BLOCKS = [b for b in ALL_BLOCKS if b.is_python]
PROGRAMS = [b for b in PYTHON_BLOCKS if b.is_program]


def expected_output(block: Block) -> str | None:
    """The ``output`` block right after ``block`` on its page, if there is one."""
    blocks = read_blocks(block.page)
    index = next(i for i, b in enumerate(blocks) if b.line == block.line)
    if index + 1 < len(blocks) and blocks[index + 1].lang == "output":
        return blocks[index + 1].source
    return None


# --- static checks ----------------------------------------------------------------


def _is_ours(obj: Any) -> bool:
    name = obj.__name__ if isinstance(obj, types.ModuleType) else getattr(obj, "__module__", "")
    return isinstance(name, str) and (name == "temporalio" or name.startswith("temporalio."))


def _public(name: str) -> bool:
    return not name.startswith("_") or (name.startswith("__") and name.endswith("__"))


def _class_attribute(cls: type, name: str) -> tuple[bool, Any]:
    """Whether instances of ``cls`` have ``name`` (and the class attribute, if any)."""
    if hasattr(cls, name):
        return True, getattr(cls, name)
    for klass in cls.__mro__:
        if name in getattr(klass, "__annotations__", {}) or name in getattr(klass, "__slots__", ()):
            return True, None
    return False, None


def _import_name(module: types.ModuleType, name: str) -> Any:
    if hasattr(module, name):
        return getattr(module, name)
    return importlib.import_module(f"{module.__name__}.{name}")


class Checker(ast.NodeVisitor):
    """Checks the names and keyword arguments of one snippet (see the module doc)."""

    def __init__(self, block: Block, context: dict[str, Any]) -> None:
        self.block = block
        self.context = context  # imports seen on the page so far; grows
        self.problems: list[str] = []
        self.names: dict[str, Any] = {}

    def fail(self, node: ast.AST, message: str) -> None:
        line = self.block.line + getattr(node, "lineno", 1) - 1
        self.problems.append(f"{self.block.page.relative_to(ROOT)}:{line}: {message}")

    def check(self, tree: ast.Module) -> None:
        imported: dict[str, Any] = {}
        for node in ast.walk(tree):
            if isinstance(node, ast.Import | ast.ImportFrom):
                imported.update(self.imports(node))
        self.context.update(imported)
        bound_here = {
            n.id for n in ast.walk(tree) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)
        }
        bound_here |= {
            n.name
            for n in ast.walk(tree)
            if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef)
        }
        bound_here |= {n.arg for n in ast.walk(tree) if isinstance(n, ast.arg)}
        self.names = {k: v for k, v in {**PRELUDE, **self.context}.items() if k not in bound_here}
        self.names.update(imported)
        self.visit(tree)

    def imports(self, node: ast.Import | ast.ImportFrom) -> dict[str, Any]:
        found: dict[str, Any] = {}
        if isinstance(node, ast.Import):
            for alias in node.names:
                try:
                    module = importlib.import_module(alias.name)
                except ImportError as err:
                    self.fail(node, f"import {alias.name}: {err}")
                    continue
                self.check_module_name(node, alias.name)
                if alias.asname:
                    found[alias.asname] = module
                else:
                    top = alias.name.split(".")[0]
                    found[top] = importlib.import_module(top)
            return found
        if node.level or node.module is None:
            self.fail(node, "relative imports cannot work in a snippet")
            return found
        try:
            module = importlib.import_module(node.module)
        except ImportError as err:
            self.fail(node, f"from {node.module} import ...: {err}")
            return found
        self.check_module_name(node, node.module)
        for alias in node.names:
            if alias.name == "*":
                self.fail(node, f"from {node.module} import *: name what you import")
                continue
            try:
                obj = _import_name(module, alias.name)
            except ImportError:
                self.fail(node, f"{node.module} has no {alias.name!r}")
                continue
            if _is_ours(module) and not (
                _public(alias.name)
                and (
                    alias.name in getattr(module, "__all__", [alias.name])
                    or isinstance(obj, types.ModuleType)
                )
            ):
                self.fail(node, f"{node.module}.{alias.name} is not public")
            found[alias.asname or alias.name] = obj
        return found

    def check_module_name(self, node: ast.AST, name: str) -> None:
        parts = name.split(".")
        if parts[0] == "temporalio" and not all(_public(p) for p in parts):
            self.fail(node, f"{name} is not public")

    def resolve(self, node: ast.expr) -> tuple[bool, Any]:
        """(known, object) for a name or a dotted name; reports missing attributes."""
        chain: list[str] = []
        while isinstance(node, ast.Attribute):
            chain.append(node.attr)
            node = node.value
        if not isinstance(node, ast.Name):
            return False, None
        if node.id in self.names:
            obj = self.names[node.id]
        elif node.id in KNOWN_INSTANCES:
            obj = KNOWN_INSTANCES[node.id]
        else:
            return False, None
        dotted = node.id
        for attr in reversed(chain):
            if not (isinstance(obj, types.ModuleType | type) and _is_ours(obj)):
                return False, None
            if not _public(attr):
                self.fail(node, f"{dotted}.{attr} is private")
                return False, None
            if isinstance(obj, type):
                found, value = _class_attribute(obj, attr)
            else:
                found = True
                try:
                    value = _import_name(obj, attr)
                except ImportError:
                    found = False
            if not found:
                self.fail(node, f"{dotted}.{attr} does not exist")
                return False, None
            if value is None:
                return False, None
            obj, dotted = value, f"{dotted}.{attr}"
        return True, obj

    def visit_Attribute(self, node: ast.Attribute) -> None:
        base: ast.expr = node
        while isinstance(base, ast.Attribute):
            base = base.value
        if isinstance(base, ast.Name):
            if isinstance(node.ctx, ast.Load):
                self.resolve(node)
        else:
            self.visit(base)

    def visit_Call(self, node: ast.Call) -> None:
        known, fn = (
            self.resolve(node.func)
            if isinstance(node.func, ast.Attribute | ast.Name)
            else (False, None)
        )
        if known and callable(fn) and _is_ours(fn):
            self.check_keywords(node, fn)
        if not isinstance(node.func, ast.Attribute | ast.Name):
            self.visit(node.func)
        elif isinstance(node.func, ast.Attribute):
            base: ast.expr = node.func
            while isinstance(base, ast.Attribute):
                base = base.value
            if not isinstance(base, ast.Name):
                self.visit(base)
        for arg in [*node.args, *(k.value for k in node.keywords)]:
            self.visit(arg)

    def check_keywords(self, node: ast.Call, fn: Any) -> None:
        given = [k.arg for k in node.keywords if k.arg is not None]
        if not given:
            return
        annotations = getattr(fn, "__annotations__", {})
        if isinstance(fn, type) and issubclass(fn, dict) and hasattr(fn, "__total__"):
            accepted = set(annotations)  # a TypedDict
        else:
            try:
                params = inspect.signature(fn).parameters.values()
            except (TypeError, ValueError):
                return
            if any(p.kind is p.VAR_KEYWORD for p in params):
                return
            accepted = {p.name for p in params if p.kind is not p.POSITIONAL_ONLY}
        name = getattr(fn, "__qualname__", repr(fn))
        for keyword in given:
            if keyword not in accepted:
                self.fail(node, f"{name}() takes no keyword argument {keyword!r}")


def check_all_snippets() -> dict[str, list[str]]:
    """Check every snippet in page order; problems by block id."""
    problems: dict[str, list[str]] = {}
    for page in PAGES:
        context: dict[str, Any] = {}
        for block in read_blocks(page):
            if not block.is_python:
                continue
            checker = Checker(block, context)
            source = "\n" * (block.line - 1) + block.source
            try:
                tree = compile(
                    source,
                    str(block.page),
                    "exec",
                    flags=ast.PyCF_ONLY_AST | ast.PyCF_ALLOW_TOP_LEVEL_AWAIT,
                    dont_inherit=True,
                )
                compile(tree, str(block.page), "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
            except SyntaxError as err:
                problems[block.id] = [f"{block.id}: does not compile: {err}"]
                continue
            checker.check(tree)  # type: ignore[arg-type]
            problems[block.id] = checker.problems
    return problems


_PROBLEMS = check_all_snippets()


@pytest.mark.parametrize("block", PYTHON_BLOCKS, ids=lambda b: b.id)
def test_snippet_compiles_and_names_exist(block: Block) -> None:
    assert _PROBLEMS[block.id] == []


def test_the_docs_have_programs() -> None:
    # The convention is in use: a page of the guide without a program is a mistake
    # in this test's parsing, not a page with nothing to show.
    assert len(PROGRAMS) >= 10
    assert any(b.page.name == "README.md" for b in PROGRAMS)


# --- running programs -------------------------------------------------------------


@pytest.fixture
async def doc_server(dev_server: str) -> str:
    """The session's dev server, with the search attributes the docs use."""
    from temporalio.api.enums.v1 import IndexedValueType
    from temporalio.api.operatorservice.v1 import (
        AddSearchAttributesRequest,
        ListSearchAttributesRequest,
    )

    client = await Client.connect(dev_server)
    try:
        have = await client.operator_service.list_search_attributes(
            ListSearchAttributesRequest(namespace=client.namespace)
        )
        missing = {
            name: IndexedValueType.Value(f"INDEXED_VALUE_TYPE_{kind.upper()}")
            for name, kind in DOC_SEARCH_ATTRIBUTES.items()
            if name not in have.custom_attributes
        }
        if missing:
            await client.operator_service.add_search_attributes(
                AddSearchAttributesRequest(namespace=client.namespace, search_attributes=missing)
            )
    finally:
        await client.service_client.close()
    return dev_server


@pytest.mark.parametrize("block", PROGRAMS, ids=lambda b: b.id)
async def test_program_runs(
    block: Block,
    doc_server: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    connect = Client.connect
    clients: list[Client] = []

    async def connect_to_test_server(target_host: str, **kwargs: Any) -> Client:
        if target_host == DOC_TARGET:
            target_host = doc_server
        client = await connect(target_host, **kwargs)
        clients.append(client)
        return client

    monkeypatch.setattr(Client, "connect", staticmethod(connect_to_test_server))
    name = f"docs_program_{abs(hash(block.id))}"
    module = types.ModuleType(name)
    module.__file__ = str(block.page)
    sys.modules[name] = module
    try:
        source = "\n" * (block.line - 1) + block.source
        exec(compile(source, str(block.page), "exec", dont_inherit=True), module.__dict__)
        capsys.readouterr()
        with anyio.fail_after(PROGRAM_TIMEOUT):
            await module.main()
        printed = capsys.readouterr().out
    finally:
        del sys.modules[name]
        with anyio.CancelScope(shield=True):
            for client in clients:
                await client.service_client.close()
    expected = expected_output(block)
    if expected is not None:
        assert printed.rstrip() == expected.rstrip()


# --- the demo ---------------------------------------------------------------------


@pytest.mark.parametrize("backend", ["trio", "asyncio"])
def test_demo_runs_and_stops_its_server(backend: str) -> None:
    out = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "demo.py"), "--backend", backend],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
        env={**os.environ, "PYTHONWARNINGS": "error"},
    )
    assert out.returncode == 0, out.stdout + out.stderr
    lines = out.stdout.splitlines()
    assert lines[0] == f"running on {backend}"
    for expected in [
        "query current_greeting -> Hello, World!",
        "signal update_salutation('Hola')",
        "query current_greeting -> Hola, World!",
        "signal complete_with_greeting()",
        "result: Hola, World!",
    ]:
        assert expected in lines
    assert lines[-1] == "dev server stopped"
    assert "Traceback" not in out.stderr, out.stderr
    # The server the demo started is gone (matched by the port it listened on).
    target = next(line.split()[-1] for line in lines if line.startswith("dev server at "))
    port_arg = f"--port\0{target.rsplit(':', 1)[1]}\0"
    for proc in Path("/proc").glob("[0-9]*"):
        try:
            cmdline = (proc / "cmdline").read_bytes().decode(errors="replace")
        except OSError:
            continue
        assert port_arg not in cmdline, f"process {proc.name} is still running: {cmdline!r}"


# --- links ------------------------------------------------------------------------


def _links(page: Path) -> Iterator[str]:
    text = re.sub(r"```.*?```", "", page.read_text(), flags=re.S)
    for target in re.findall(r"\]\(([^)\s]+)\)", text):
        if not re.match(r"[a-z]+:", target):
            yield target


def _anchors(page: Path) -> set[str]:
    """GitHub's anchors for the headings of a Markdown page."""
    text = re.sub(r"```.*?```", "", page.read_text(), flags=re.S)
    headings = re.findall(r"^#+ (.+)$", text, flags=re.M)
    return {re.sub(r"[^\w\- ]", "", h.strip().lower()).replace(" ", "-") for h in headings}


@pytest.mark.parametrize("page", PAGES, ids=lambda p: str(p.relative_to(ROOT)))
def test_relative_links_lead_to_files_and_headings(page: Path) -> None:
    for link in _links(page):
        path, _, anchor = link.partition("#")
        target = page.parent / path if path else page
        assert target.exists(), f"{page.name} links to missing {path}"
        if anchor:
            assert anchor in _anchors(target), f"{page.name} links to missing {link}"


def test_readme_links_every_doc() -> None:
    linked = {Path(t.partition("#")[0]).name for t in _links(ROOT / "README.md")}
    assert {p.name for p in (ROOT / "docs").glob("*.md")} <= linked


def test_the_checker_catches_mistakes() -> None:
    source = "\n".join(
        [
            "from temporalio.client import NoSuchThing",
            "from temporalio.worker._worker import Worker",
            "from temporalio.workflow import _runtime",
            "workflow.execute_activty(greet)",
            'Worker(client, task_queu="q")',
            "workflow.ActivityConfig(start_to_close=1)",
            'client.start_workflow_typo("x")',
            "workflow.ActivityCancellationType.NOPE",
            "temporalio.common.RetryPolicy(maximum_attempts=3)",  # fine
            "@activity.defn(nmae='x')\nasync def f() -> None: ...",
        ]
    )
    block = Block(ROOT / "docs" / "example.md", 1, "python", source)
    checker = Checker(block, {})
    checker.check(ast.parse(source))
    problems = "\n".join(checker.problems)
    for expected in [
        "temporalio.client has no 'NoSuchThing'",
        "temporalio.worker._worker is not public",
        "temporalio.workflow._runtime is not public",
        "workflow.execute_activty does not exist",
        "takes no keyword argument 'task_queu'",
        "takes no keyword argument 'start_to_close'",
        "client.start_workflow_typo does not exist",
        "workflow.ActivityCancellationType.NOPE does not exist",
        "takes no keyword argument 'nmae'",
    ]:
        assert expected in problems
    assert len(checker.problems) == 9, problems
