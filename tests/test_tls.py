"""TLS, mutual TLS and API keys through a real TLS-terminating gRPC proxy.

nginx (Debian's package; ``scripts/tls_proxy_setup.sh`` installs it when missing)
terminates TLS in front of the session's dev server with ``grpc_pass``, on two ports:

* ``tls``: server certificate only; its access log records the ``authorization``
  header of every call, so the tests can see the API key the proxy received;
* ``mtls``: also requires a client certificate signed by the test CA
  (``ssl_verify_client on``); a call without one is answered with gRPC status
  UNAUTHENTICATED, the way a gateway reports it.

Certificates are made at test time with the ``openssl`` CLI: a CA, a server
certificate for ``temporal.tls.test`` and 127.0.0.1, a client certificate, and a
second, unrelated CA with its own client certificate.
"""

from __future__ import annotations

import os
import socket
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import anyio
import pytest

from temporalio import activity, workflow
from temporalio.client import Client
from temporalio.service import RPCError, RPCStatusCode, TLSConfig
from temporalio.worker import Worker
from tests.worker.helpers import new_id

REPO = Path(__file__).resolve().parents[1]
SERVER_NAME = "temporal.tls.test"


@dataclass(frozen=True)
class TlsProxy:
    """The running proxy and the material to talk to it."""

    tls_target: str
    mtls_target: str
    access_log: Path
    ca: bytes
    client_cert: bytes
    client_key: bytes
    other_ca: bytes
    rogue_cert: bytes
    rogue_key: bytes

    def calls(self) -> list[tuple[str, str]]:
        """``(method path, authorization header)`` of every call the proxy logged so far.

        nginx writes a line when it finishes a call, so lines are in the order calls
        ended, not began: a long poll the worker cancelled can land after a later call.
        """
        if not self.access_log.exists():
            return []
        calls = []
        for line in self.access_log.read_text().splitlines():
            if " auth=" not in line:
                continue
            head, rest = line.split(" auth=", 1)
            calls.append((head.split(" ", 1)[1], rest.split(" status=", 1)[0]))
        return calls

    def authorizations(self) -> list[str]:
        """``authorization`` header of every call the proxy logged so far ("-" if none)."""
        return [auth for _, auth in self.calls()]

    async def authorizations_of(self, method: str, count: int) -> list[str]:
        """Authorization headers of the calls to ``method``, once ``count`` are logged."""
        while True:
            seen = [auth for path, auth in self.calls() if path.endswith(f"/{method}")]
            if len(seen) >= count:
                return seen
            await anyio.sleep(0.02)


def _openssl(directory: Path, *args: str) -> None:
    subprocess.run(["openssl", *args], cwd=directory, check=True, capture_output=True)


def _make_ca(directory: Path, name: str) -> None:
    _openssl(
        directory, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
        "-keyout", f"{name}.key", "-out", f"{name}.pem", "-subj", f"/CN={name}",
    )  # fmt: skip


def _make_cert(directory: Path, name: str, ca: str, extensions: str) -> None:
    _openssl(
        directory, "req", "-newkey", "rsa:2048", "-nodes", "-keyout", f"{name}.key",
        "-out", f"{name}.csr", "-subj", f"/CN={name}",
    )  # fmt: skip
    (directory / f"{name}.ext").write_text(extensions)
    _openssl(
        directory, "x509", "-req", "-in", f"{name}.csr", "-CA", f"{ca}.pem",
        "-CAkey", f"{ca}.key", "-CAcreateserial", "-out", f"{name}.pem", "-days", "2",
        "-extfile", f"{name}.ext",
    )  # fmt: skip


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


_NGINX_CONF = """\
{user}
worker_processes 1;
pid {dir}/nginx.pid;
error_log {dir}/error.log warn;
events {{ worker_connections 1024; }}
http {{
    log_format calls '$server_port $request_uri auth=$http_authorization status=$status';
    access_log {dir}/access.log calls;
    client_body_temp_path {dir}/body;
    proxy_temp_path {dir}/proxy;
    fastcgi_temp_path {dir}/fastcgi;
    uwsgi_temp_path {dir}/uwsgi;
    scgi_temp_path {dir}/scgi;
    client_max_body_size 0;
    keepalive_requests 100000;
    # Long polls last up to 70 s.
    grpc_read_timeout 120s;
    grpc_send_timeout 120s;
    ssl_certificate {dir}/server.pem;
    ssl_certificate_key {dir}/server.key;

    server {{
        listen 127.0.0.1:{tls_port} ssl http2;
        location / {{ grpc_pass grpc://{upstream}; }}
    }}

    server {{
        listen 127.0.0.1:{mtls_port} ssl http2;
        ssl_client_certificate {dir}/ca.pem;
        ssl_verify_client on;
        error_page 495 496 = @client_certificate;
        location / {{ grpc_pass grpc://{upstream}; }}
        location @client_certificate {{
            default_type application/grpc;
            add_header grpc-status 16 always;
            add_header grpc-message "client certificate missing or not trusted by the proxy" always;
            return 204;
        }}
    }}
}}
"""


def _wait_listening(port: int, proc: subprocess.Popen[bytes], errors: Path) -> None:
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            detail = errors.read_text() if errors.exists() else ""
            raise RuntimeError(f"nginx exited with {proc.returncode}: {detail}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"nginx did not listen on {port} within 15 s")


@pytest.fixture(scope="session")
def tls_proxy(dev_server: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[TlsProxy]:
    """nginx terminating TLS (and mTLS) in front of the session's dev server."""
    setup = subprocess.run(
        ["bash", str(REPO / "scripts" / "tls_proxy_setup.sh")],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert setup.returncode == 0, f"cannot install nginx: {setup.stderr}"
    nginx = setup.stdout.strip().splitlines()[-1]
    directory = tmp_path_factory.mktemp("tls-proxy")
    _make_ca(directory, "ca")
    _make_ca(directory, "other-ca")
    _make_cert(
        directory,
        "server",
        "ca",
        f"subjectAltName=DNS:{SERVER_NAME},IP:127.0.0.1\nextendedKeyUsage=serverAuth\n",
    )
    _make_cert(directory, "client", "ca", "extendedKeyUsage=clientAuth\n")
    _make_cert(directory, "rogue", "other-ca", "extendedKeyUsage=clientAuth\n")
    tls_port, mtls_port = _free_port(), _free_port()
    (directory / "nginx.conf").write_text(
        _NGINX_CONF.format(
            user="user root;" if os.geteuid() == 0 else "",
            dir=directory,
            tls_port=tls_port,
            mtls_port=mtls_port,
            upstream=dev_server,
        )
    )
    errors = directory / "startup-errors.log"
    proc = subprocess.Popen(
        [
            nginx,
            "-p",
            str(directory),
            "-c",
            str(directory / "nginx.conf"),
            "-e",
            str(errors),
            "-g",
            "daemon off;",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.STDOUT,
    )
    try:
        _wait_listening(tls_port, proc, errors)
        _wait_listening(mtls_port, proc, errors)
        read = lambda name: (directory / name).read_bytes()
        yield TlsProxy(
            tls_target=f"127.0.0.1:{tls_port}",
            mtls_target=f"127.0.0.1:{mtls_port}",
            access_log=directory / "access.log",
            ca=read("ca.pem"),
            client_cert=read("client.pem"),
            client_key=read("client.key"),
            other_ca=read("other-ca.pem"),
            rogue_cert=read("rogue.pem"),
            rogue_key=read("rogue.key"),
        )
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@activity.defn
async def shout(text: str) -> str:
    return text.upper() + "!"


@workflow.defn
class ShoutWorkflow:
    @workflow.run
    async def run(self, text: str) -> str:
        return await workflow.execute_activity(
            shout, text, start_to_close_timeout=timedelta(seconds=10)
        )


async def _run_workflow(client: Client, text: str) -> str:
    task_queue = f"tls-{new_id()}"
    async with Worker(client, task_queue=task_queue, workflows=[ShoutWorkflow], activities=[shout]):
        return await client.execute_workflow(
            ShoutWorkflow.run, text, id=new_id(), task_queue=task_queue
        )


async def test_worker_and_client_over_tls_with_api_key(tls_proxy: TlsProxy) -> None:
    api_key = f"key-{new_id()}"
    with anyio.fail_after(30):
        client = await Client.connect(
            tls_proxy.tls_target, tls=TLSConfig(server_root_ca_cert=tls_proxy.ca), api_key=api_key
        )
        try:
            assert await _run_workflow(client, "over tls") == "OVER TLS!"
            # The proxy saw the key on every call: the start, the polls, the answers.
            seen = [a for a in tls_proxy.authorizations() if api_key in a]
            assert len(seen) >= 4, tls_proxy.authorizations()[-10:]
            assert set(seen) == {f"Bearer {api_key}"}
            # Rotating the key takes effect on the next call.
            counted = len(await tls_proxy.authorizations_of("CountWorkflowExecutions", 0))
            client.api_key = f"{api_key}-rotated"
            await client.count_workflows()
            counts = await tls_proxy.authorizations_of("CountWorkflowExecutions", counted + 1)
            assert counts[counted:] == [f"Bearer {api_key}-rotated"]
        finally:
            await client.service_client.close()


async def test_tls_domain_override_names_the_certificate_host(tls_proxy: TlsProxy) -> None:
    # Connecting by a name the certificate does not carry works when ``domain``
    # names one it does.
    target = tls_proxy.tls_target.replace("127.0.0.1", "localhost")
    with anyio.fail_after(15):
        client = await Client.connect(
            target, tls=TLSConfig(server_root_ca_cert=tls_proxy.ca, domain=SERVER_NAME)
        )
        await client.count_workflows()
        await client.service_client.close()


async def test_mutual_tls_with_client_certificate(tls_proxy: TlsProxy) -> None:
    tls = TLSConfig(
        server_root_ca_cert=tls_proxy.ca,
        client_cert=tls_proxy.client_cert,
        client_private_key=tls_proxy.client_key,
    )
    with anyio.fail_after(30):
        client = await Client.connect(tls_proxy.mtls_target, tls=tls)
        try:
            assert await _run_workflow(client, "mutual") == "MUTUAL!"
        finally:
            await client.service_client.close()


@pytest.mark.parametrize("credential", ["none", "untrusted"])
async def test_mutual_tls_without_trusted_client_certificate_fails_clearly(
    tls_proxy: TlsProxy, credential: str
) -> None:
    tls = TLSConfig(server_root_ca_cert=tls_proxy.ca)
    if credential == "untrusted":
        tls = TLSConfig(
            server_root_ca_cert=tls_proxy.ca,
            client_cert=tls_proxy.rogue_cert,
            client_private_key=tls_proxy.rogue_key,
        )
    started = time.monotonic()
    with anyio.fail_after(15), pytest.raises(RPCError) as caught:
        await Client.connect(tls_proxy.mtls_target, tls=tls)
    # Not retried for the whole connect timeout: the proxy's refusal is final.
    assert time.monotonic() - started < 5
    assert caught.value.status is RPCStatusCode.UNAUTHENTICATED
    message = str(caught.value)
    assert tls_proxy.mtls_target in message
    assert "client certificate" in message


async def test_wrong_ca_fails_clearly(tls_proxy: TlsProxy) -> None:
    with anyio.fail_after(20), pytest.raises(RPCError) as caught:
        await Client.connect(
            tls_proxy.tls_target,
            tls=TLSConfig(server_root_ca_cert=tls_proxy.other_ca),
            connect_timeout=timedelta(seconds=3),
        )
    assert caught.value.status is RPCStatusCode.UNAVAILABLE
    message = str(caught.value)
    assert tls_proxy.tls_target in message
    # The cause is named, not just "no answer".
    assert "CERTIFICATE_VERIFY_FAILED" in message or "certificate verify failed" in message, message


async def test_plaintext_client_against_tls_port_fails_clearly(tls_proxy: TlsProxy) -> None:
    with anyio.fail_after(20), pytest.raises(RPCError) as caught:
        await Client.connect(tls_proxy.tls_target, connect_timeout=timedelta(seconds=3))
    assert tls_proxy.tls_target in str(caught.value)
