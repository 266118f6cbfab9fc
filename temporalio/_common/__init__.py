"""Implementation of :mod:`temporalio.common`; import from there instead."""
