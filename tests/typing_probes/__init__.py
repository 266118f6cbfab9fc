"""Files that mypy --strict checks (tests/test_quality.py); never run."""
