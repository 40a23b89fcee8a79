"""Memory estimates before work: pure functions of a job's inputs."""

import pytest

from desktop.core import budget


def test_track_memory_is_per_chunk():
    assert budget.track_bytes(10) < budget.track_bytes(100_000) == budget.track_bytes(18_000_000)
    assert budget.track_chunk_points(128) * 128 <= budget.CORRIDOR_CHUNK_MEMBER_POINTS
    assert budget.track_bytes(18_000_000, 128) < 0.5 * budget.GB


def test_coverage_uses_the_cores_access_estimate():
    assert budget.coverage_bytes(25_000_000) == pytest.approx(1e9)  # coverage.MAX_ACCESSES is "about 1 GB"


def test_animation_grows_with_frames_and_pixels():
    assert budget.animation_bytes(181, 1280, 720) < budget.DEFAULT_BUDGET_GB * budget.GB  # the defaults run
    assert budget.animation_bytes(1000, 3840, 2160) > 10 * budget.GB


def test_budget_from_option_environment_or_default(monkeypatch):
    monkeypatch.delenv(budget.BUDGET_ENV, raising=False)
    assert budget.budget_bytes() == 2e9 and budget.budget_bytes(0.5) == 5e8
    monkeypatch.setenv(budget.BUDGET_ENV, "8")
    assert budget.budget_bytes() == 8e9
    for bad in ("nan", "-1", "lots"):
        monkeypatch.setenv(budget.BUDGET_ENV, bad)
        with pytest.raises(ValueError, match=budget.BUDGET_ENV):
            budget.budget_bytes()
