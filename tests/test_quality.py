"""The package passes its own quality gates: ruff and mypy --strict, public names resolve."""

from __future__ import annotations

import importlib
import pkgutil
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import temporalio

ROOT = Path(__file__).resolve().parent.parent


def _public_modules() -> list[str]:
    names = []
    for mod in pkgutil.walk_packages(temporalio.__path__, "temporalio."):
        parts = mod.name.split(".")
        if mod.name.startswith("temporalio.api") or any(p.startswith("_") for p in parts[1:]):
            continue
        names.append(mod.name)
    return names


@pytest.mark.parametrize("name", _public_modules())
def test_every_name_in_all_resolves(name: str) -> None:
    module = importlib.import_module(name)
    for attr in getattr(module, "__all__", []):
        assert hasattr(module, attr), f"{name}.__all__ names {attr!r} but it does not exist"


def _tool(name: str) -> str:
    path = Path(sys.executable).parent / name
    found = str(path) if path.exists() else shutil.which(name)
    if not found:
        pytest.fail(f"{name} is not installed; install the dev extra: pip install -e '.[dev]'")
    return found


def test_ruff_is_clean() -> None:
    out = subprocess.run(
        [_tool("ruff"), "check", "temporalio", "tests", "benchmarks", "examples", "scripts"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert out.returncode == 0, out.stdout + out.stderr


def test_mypy_strict_is_clean() -> None:
    out = subprocess.run(
        [_tool("mypy"), "temporalio"], cwd=ROOT, capture_output=True, text=True, timeout=600
    )
    assert out.returncode == 0, out.stdout[-5000:] + out.stderr[-2000:]


def test_public_api_types_check_in_user_code() -> None:
    # tests/typing_probes uses assert_type on what the typed overloads return.
    out = subprocess.run(
        [_tool("mypy"), "--strict", "tests/typing_probes"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert out.returncode == 0, out.stdout[-5000:] + out.stderr[-2000:]
