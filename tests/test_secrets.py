"""Secrets stay secret: API keys and TLS private keys are never shown by ``repr`` nor
logged, and payload contents are logged at DEBUG at most."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import anyio
import pytest

from temporalio import activity, workflow
from temporalio.client import Client
from temporalio.common import RetryPolicy
from temporalio.exceptions import ActivityError, ApplicationError
from temporalio.service import ConnectConfig, RPCError, ServiceClient, TLSConfig
from temporalio.worker import Worker
from tests.transport_servers import make_tls_material
from tests.worker.helpers import new_id

API_KEY = "sk-live-SECRETAPIKEY-0f3a9c"
PRIVATE_KEY = b"-----BEGIN PRIVATE KEY-----\nSECRETPRIVATEKEYMATERIAL\n-----END PRIVATE KEY-----\n"
PAYLOAD_SECRET = "ssn=123-45-6789 SECRETPAYLOAD"
SIGNAL_SECRET = "card=4111111111111111 SECRETSIGNAL"


class _AllRecords(logging.Handler):
    """Every record of every logger, formatted with tracebacks, for the block."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.lines: list[tuple[int, str]] = []
        self.setFormatter(logging.Formatter("%(levelname)s %(name)s %(message)s"))

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append((record.levelno, self.format(record)))

    def above_debug(self) -> list[str]:
        return [text for level, text in self.lines if level > logging.DEBUG]

    def everything(self) -> str:
        return "\n".join(text for _, text in self.lines)


@pytest.fixture
def all_logs() -> Iterator[_AllRecords]:
    root = logging.getLogger()
    handler = _AllRecords()
    level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    try:
        yield handler
    finally:
        root.removeHandler(handler)
        root.setLevel(level)


def _assert_no_secret(text: str) -> None:
    assert "SECRETAPIKEY" not in text, text
    assert "SECRETPRIVATEKEY" not in text, text


# --- repr ------------------------------------------------------------------------------


async def test_reprs_of_configs_and_clients_hide_keys(dev_server: str) -> None:
    tls = TLSConfig(client_cert=b"CERT", client_private_key=PRIVATE_KEY)
    config = ConnectConfig(
        dev_server,
        tls=tls,
        api_key=API_KEY,
        rpc_metadata={"authorization": f"Bearer {API_KEY}", "x-team": "payments"},
    )
    for value in (tls, config):
        _assert_no_secret(repr(value))
        _assert_no_secret(str(value))
    client = await Client.connect(dev_server, api_key=API_KEY)
    try:
        client.api_key = f"{API_KEY}-rotated"
        for value in (client, client.service_client, client.service_client.config):
            _assert_no_secret(repr(value))
            _assert_no_secret(str(value))
    finally:
        await client.service_client.close()


# --- logs ------------------------------------------------------------------------------


@activity.defn
async def echo_secret(value: str) -> str:
    activity.logger.info("echoing a value of %d characters", len(value))
    return value


@activity.defn
async def refuse_secret(value: str) -> str:
    raise ApplicationError("refused", non_retryable=True)


@workflow.defn
class SecretWorkflow:
    def __init__(self) -> None:
        self._extra: str | None = None

    @workflow.run
    async def run(self, secret: str) -> str:
        workflow.logger.info("started")
        echoed = await workflow.execute_activity(
            echo_secret, secret, start_to_close_timeout=timedelta(seconds=10)
        )
        try:
            await workflow.execute_activity(
                refuse_secret,
                secret,
                start_to_close_timeout=timedelta(seconds=10),
                retry_policy=RetryPolicy(maximum_attempts=1),
            )
        except ActivityError:
            workflow.logger.warning("the activity refused")
        await workflow.wait_condition(lambda: self._extra is not None)
        return f"{echoed}|{self._extra}"

    @workflow.signal
    def reveal(self, extra: str) -> None:
        self._extra = extra

    @workflow.query
    def peek(self) -> str:
        return self._extra or ""


async def test_run_with_secrets_logs_no_key_and_no_payload_above_debug(
    dev_server: str, task_queue: str, all_logs: _AllRecords
) -> None:
    with anyio.fail_after(30):
        client = await Client.connect(dev_server, api_key=API_KEY)
        try:
            async with Worker(
                client,
                task_queue=task_queue,
                workflows=[SecretWorkflow],
                activities=[echo_secret, refuse_secret],
            ):
                handle = await client.start_workflow(
                    SecretWorkflow.run, PAYLOAD_SECRET, id=new_id(), task_queue=task_queue
                )
                await handle.signal(SecretWorkflow.reveal, SIGNAL_SECRET)
                assert await handle.result() == f"{PAYLOAD_SECRET}|{SIGNAL_SECRET}"
                assert await handle.query(SecretWorkflow.peek) == SIGNAL_SECRET
        finally:
            await client.service_client.close()
    everything = all_logs.everything()
    # The run did log (at INFO and WARNING), so the check below is not vacuous.
    assert "the activity refused" in everything
    assert "echoing a value" in everything
    _assert_no_secret(everything)
    for line in all_logs.above_debug():
        assert "SECRETPAYLOAD" not in line, line
        assert "SECRETSIGNAL" not in line, line


async def test_failed_tls_connect_does_not_show_the_private_key(
    dev_server: str, all_logs: _AllRecords, tmp_path: Path
) -> None:
    # A real key and certificate, used by a TLS client against the plaintext dev
    # server: the handshake fails.
    ca, key, cert = make_tls_material(tmp_path, "client.secrets.test")
    key_lines = [line for line in key.decode().splitlines() if "-----" not in line]
    tls = TLSConfig(server_root_ca_cert=ca, client_cert=cert, client_private_key=key)
    config = ConnectConfig(
        dev_server, tls=tls, api_key=API_KEY, connect_timeout=timedelta(seconds=2)
    )
    with anyio.fail_after(15), pytest.raises(RPCError) as caught:
        await ServiceClient.connect(config)
    shown = "\n".join(
        [str(caught.value), repr(caught.value), repr(config), repr(tls), all_logs.everything()]
    )
    _assert_no_secret(shown)
    assert key_lines and not any(line in shown for line in key_lines)
