"""Fixtures for the interop tests: one reference-SDK agent for the whole session."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator

import pytest

from tests.interop.reference import REFERENCE_PYTHON, ReferenceSDK


@pytest.fixture(scope="session")
def reference(request: pytest.FixtureRequest) -> Iterator[ReferenceSDK]:
    """The reference SDK's client and worker (on ``reference.task_queue``), in a subprocess.

    The interop tests are opt-in: without the reference SDK's virtualenv they are skipped.
    """
    if not REFERENCE_PYTHON.exists():
        pytest.skip(
            f"reference Temporal SDK not installed at {REFERENCE_PYTHON} "
            "(build it with: bash /work/shared/bench/official-venv.sh, "
            "or point TEMPORAL_REFERENCE_PYTHON at its python)"
        )
    dev_server: str = request.getfixturevalue("dev_server")  # only once we know we need it
    with tempfile.NamedTemporaryFile(prefix="reference-agent-", suffix=".log") as log:
        agent = ReferenceSDK(dev_server, log)
        try:
            yield agent
        finally:
            agent.close()
