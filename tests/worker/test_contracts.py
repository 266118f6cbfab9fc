"""Workflow contracts: ``@workflow.defn(implements=Contract)``.

The client calls the contract (``Contract.run``, its signals and queries); the
worker registers the implementation, which takes its names from the contract and
is checked against it.
"""

from __future__ import annotations

import textwrap
from abc import ABC, abstractmethod
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

import pytest

from temporalio import workflow
from temporalio.client import Client
from temporalio.worker import Replayer, Worker
from temporalio.workflow import WorkflowDefinition, WorkflowDefinitionError
from tests.worker.helpers import new_id

# -- a Protocol contract and its implementation (no inheritance) -------------------


@workflow.defn(name="greeter-contract")
class GreeterContract(Protocol):
    @workflow.run
    async def run(self, name: str) -> str: ...

    @workflow.signal(name="set-greeting")
    def set_greeting(self, greeting: str) -> None: ...

    @workflow.signal
    def finish(self) -> None: ...

    @workflow.query
    def greeting(self) -> str: ...


@workflow.defn(implements=GreeterContract)
class GreeterImpl:
    def __init__(self) -> None:
        self._greeting = "Hello"
        self._done = False

    @workflow.run
    async def run(self, name: str) -> str:
        await workflow.wait_condition(lambda: self._done)
        return f"{self._greeting}, {name}!"

    @workflow.signal(name="set-greeting")
    def set_greeting(self, greeting: str) -> None:
        self._greeting = greeting

    @workflow.signal
    def finish(self) -> None:
        self._done = True

    @workflow.query
    def greeting(self) -> str:
        return self._greeting


# -- an abstract base class contract and a subclass implementing it -----------------


@workflow.defn
class CounterContract(ABC):
    @workflow.run
    @abstractmethod
    async def run(self, start: int) -> int:
        raise NotImplementedError

    @workflow.signal
    @abstractmethod
    def add(self, n: int) -> None:
        raise NotImplementedError

    @workflow.query
    def doubled(self) -> int:
        """Implemented by the contract itself: inherited as is."""
        return self.value() * 2

    def value(self) -> int:
        raise NotImplementedError


@workflow.defn(implements=CounterContract)
class CounterImpl(CounterContract):
    def __init__(self) -> None:
        self._n = 0
        self._adds = 0

    @workflow.run
    async def run(self, start: int) -> int:
        self._n = start
        await workflow.wait_condition(lambda: self._adds == 2)
        return self._n

    @workflow.signal
    def add(self, n: int) -> None:
        self._n += n
        self._adds += 1

    def value(self) -> int:
        return self._n


async def test_protocol_contract_client_calls_contract_worker_runs_impl(
    client: Client, task_queue: str, new_worker: Callable[..., Worker]
) -> None:
    async with new_worker([GreeterImpl]):
        handle = await client.start_workflow(
            GreeterContract.run, "Ada", id=new_id(), task_queue=task_queue
        )
        await handle.signal(GreeterContract.set_greeting, "Bonjour")
        assert await handle.query(GreeterContract.greeting) == "Bonjour"
        await handle.signal(GreeterContract.finish)
        assert await handle.result() == "Bonjour, Ada!"
    assert (await handle.describe()).workflow_type == "greeter-contract"


async def test_abc_contract_client_calls_contract_worker_runs_subclass(
    client: Client, task_queue: str, new_worker: Callable[..., Worker]
) -> None:
    async with new_worker([CounterImpl]):
        handle = await client.start_workflow(
            CounterContract.run, 10, id=new_id(), task_queue=task_queue
        )
        await handle.signal(CounterContract.add, 5)
        assert await handle.query(CounterContract.doubled) == 30
        await handle.signal(CounterContract.add, 1)
        assert await handle.result() == 16
    assert (await handle.describe()).workflow_type == "CounterContract"


def test_implementation_takes_the_contract_names() -> None:
    impl = WorkflowDefinition.must_from_class(GreeterImpl)
    assert impl.name == "greeter-contract"
    assert set(impl.signals) == {"set-greeting", "finish"}
    assert set(impl.queries) == {"greeting"}
    assert WorkflowDefinition.must_from_class(CounterImpl).name == "CounterContract"


# -- what the checks reject ------------------------------------------------------------


def _problems(cls: type) -> str:
    with pytest.raises(WorkflowDefinitionError) as info:
        WorkflowDefinition.must_from_class(cls)
    return str(info.value)


def test_name_and_implements_are_exclusive() -> None:
    @workflow.defn(name="other", implements=GreeterContract)  # type: ignore[call-overload]
    class Named:
        @workflow.run
        async def run(self, name: str) -> str:
            return name

    message = _problems(Named)
    assert "cannot have both name and implements=" in message
    assert "Named" in message


def test_signal_with_other_decorator_arguments_is_rejected() -> None:
    @workflow.defn(implements=GreeterContract)
    class WrongSignalName:
        @workflow.run
        async def run(self, name: str) -> str:
            return name

        @workflow.signal  # the contract says name="set-greeting"
        def set_greeting(self, greeting: str) -> None:
            pass

        @workflow.signal
        def finish(self) -> None:
            pass

        @workflow.query
        def greeting(self) -> str:
            return ""

    message = _problems(WrongSignalName)
    assert "WrongSignalName.set_greeting has @workflow.signal(name='set_greeting')" in message
    assert "GreeterContract.set_greeting has @workflow.signal(name='set-greeting')" in message
    assert "must match" in message


def test_missing_undecorated_and_other_kind_methods_are_rejected() -> None:
    @workflow.defn(implements=GreeterContract)
    class Incomplete:
        @workflow.run
        async def run(self, name: str) -> str:
            return name

        def set_greeting(self, greeting: str) -> None:  # lost its decorator
            pass

        @workflow.query  # a query where the contract has a signal
        def finish(self) -> None:
            pass

    message = _problems(Incomplete)
    assert "Incomplete does not implement GreeterContract.greeting (@workflow.query" in message
    assert "Incomplete.set_greeting has no workflow decorator" in message
    assert "Incomplete.finish has @workflow.query(name='finish')" in message


def test_abstract_run_not_overridden_is_rejected() -> None:
    @workflow.defn(implements=CounterContract)
    class NoRun(CounterContract):
        @workflow.signal
        def add(self, n: int) -> None:
            pass

    message = _problems(NoRun)
    assert "NoRun does not implement CounterContract.run (@workflow.run)" in message


def test_override_without_decorator_is_rejected() -> None:
    @workflow.defn(implements=CounterContract)
    class Undecorated(CounterContract):
        @workflow.run
        async def run(self, start: int) -> int:
            return start

        def add(self, n: int) -> None:  # overrides a signal without @workflow.signal
            pass

    message = _problems(Undecorated)
    assert "Undecorated.add" in message
    assert "same decorator" in message or "must match" in message


def test_other_parameters_are_rejected() -> None:
    @workflow.defn(implements=GreeterContract)
    class ExtraParam:
        @workflow.run
        async def run(self, name: str, extra: int) -> str:
            return name

        @workflow.signal(name="set-greeting")
        def set_greeting(self, greeting: str) -> None:
            pass

        @workflow.signal
        def finish(self) -> None:
            pass

        @workflow.query
        def greeting(self) -> str:
            return ""

    message = _problems(ExtraParam)
    assert "ExtraParam.run takes 2 argument(s)" in message
    assert "GreeterContract.run takes 1" in message


def test_contract_without_defn_is_rejected() -> None:
    class NotAContract(Protocol):
        async def run(self) -> None: ...

    @workflow.defn(implements=NotAContract)
    class Impl:
        @workflow.run
        async def run(self) -> None:
            pass

    assert "has no @workflow.defn; decorate the contract too" in _problems(Impl)


def test_registering_the_contract_itself_is_a_clear_error() -> None:
    for contract in (GreeterContract, CounterContract):
        message = _problems(contract)
        assert "is a contract" in message
        assert "implements=" in message
    # Workers and replayers register workflows through the same check.
    with pytest.raises(WorkflowDefinitionError, match="is a contract"):
        Replayer(workflows=[GreeterContract])


def test_contract_with_dynamic_is_rejected() -> None:
    @workflow.defn(dynamic=True, implements=GreeterContract)  # type: ignore[call-overload]
    class Dynamic:
        @workflow.run
        async def run(self, args: list[object]) -> None:
            pass

    assert "cannot have both dynamic=True and implements=" in _problems(Dynamic)


_TYPED_CONTRACT = """
    from typing import Protocol
    from temporalio import workflow

    @workflow.defn(name="typed")
    class Contract(Protocol):
        @workflow.run
        async def run(self, name: str) -> str: ...

    @workflow.defn(implements=Contract)
    class Good:
        @workflow.run
        async def run(self, name: str) -> str:
            return name

    @workflow.defn(implements=Contract)
    class WrongArgumentType:
        @workflow.run
        async def run(self, name: int) -> str:
            return str(name)
"""


def test_type_checkers_check_the_implementation_against_the_contract(tmp_path: Path) -> None:
    from mypy import api as mypy_api  # a dev dependency, like pytest

    source = tmp_path / "typed_contract.py"
    source.write_text(textwrap.dedent(_TYPED_CONTRACT))
    out, err, _ = mypy_api.run(
        ["--strict", "--cache-dir", str(tmp_path / "cache"), "--no-error-summary", str(source)]
    )
    errors = [line for line in out.splitlines() if ": error:" in line]
    assert len(errors) == 1, out + err
    assert 'incompatible type "type[WrongArgumentType]"; expected "type[Contract]"' in errors[0]
