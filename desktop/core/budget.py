"""Memory before work: what a job will need, in bytes, estimated from its inputs before it starts.

Pure functions (inputs -> bytes). A command compares the estimate with the memory budget
and refuses a job over it in one line, with the estimate, instead of running for minutes
and being killed. The figures per item are generous (measured peaks, rounded up): a job
refused here would have come close to the budget.
"""

from __future__ import annotations

import math
import os

DEFAULT_BUDGET_GB = 2.0
BUDGET_ENV = "OVERFLIGHT_MEMORY_GB"
GB = 1e9

# Ground tracks: SGP4 arrays (TEME, ITRS, error codes), lat/lon/height and, while a chunk is
# formatted, one ISO string and three Python floats a point. Measured peak: about 160 bytes a
# point for a 100,000-point chunk; 250 leaves room.
TRACK_BYTES_PER_POINT = 250
TRACK_CHUNK_POINTS = 100_000
# The uncertainty corridor holds every member's ITRS position twice (now and a second later),
# unit vectors and offsets: about 20 float64 a member and point.
CORRIDOR_BYTES_PER_MEMBER_POINT = 160
CORRIDOR_CHUNK_MEMBER_POINTS = 1_000_000

# Coverage: coverage.coverage keeps 20 bytes an access and peaks at about twice that while the
# accesses are merged and sorted (its own refusal message counts 40 bytes an access).
COVERAGE_BYTES_PER_ACCESS = 40

# Passes: batch.search works on at most CHUNK_SAMPLES (record, coarse time) pairs at once, however
# many satellites (or ensemble members) the batch holds: a fixed working set of about 400 bytes a
# pair, plus what is found.
PASS_WORK_BYTES = 400_000 * 400
PASS_BYTES_PER_MEMBER_DAY = 16 * 64  # an ensemble member's passes: up to ~16 a day, kept as (start, end)
PASS_BYTES_FOUND_PER_DAY = 16 * 200  # up to ~16 passes a day a satellite, ~200 bytes each

# Animation: each frame is kept as a 32-bit QImage, converted to RGB (3 bytes), copied into
# PIL (3, all kept) and quantised (1): about 8 bytes a pixel a frame.
ANIMATION_BYTES_PER_PIXEL = 8
# A handout draws a few page-size images (A4 at 300 dpi: 8.7 M pixels, 4 bytes each).
HANDOUT_PAGE_BYTES = 4 * 3508 * 2480 * 3


def budget_bytes(gigabytes: float | None = None) -> float:
    """The memory budget: the given figure, else $OVERFLIGHT_MEMORY_GB, else DEFAULT_BUDGET_GB.

    Raises ValueError when the environment variable is not a positive finite number."""
    if gigabytes is None:
        text = os.environ.get(BUDGET_ENV, "").strip()
        if not text:
            return DEFAULT_BUDGET_GB * GB
        try:
            gigabytes = float(text)
        except ValueError:
            raise ValueError(f"{BUDGET_ENV}={text!r} is not a number of gigabytes") from None
        if not (math.isfinite(gigabytes) and gigabytes > 0):
            raise ValueError(f"{BUDGET_ENV}={text!r} must be a positive number of gigabytes")
    return gigabytes * GB


def track_chunk_points(members: int = 0) -> int:
    """Points propagated and written at once by a streamed track (fewer with an ensemble)."""
    if members <= 0:
        return TRACK_CHUNK_POINTS
    return max(1, min(TRACK_CHUNK_POINTS, CORRIDOR_CHUNK_MEMBER_POINTS // members))


def track_bytes(points: int, members: int = 0) -> float:
    """Peak memory of a streamed ground track: one chunk at a time, whatever the total."""
    chunk = min(points, track_chunk_points(members))
    return chunk * (TRACK_BYTES_PER_POINT + members * CORRIDOR_BYTES_PER_MEMBER_POINT)


def coverage_bytes(estimated_accesses: float) -> float:
    """Peak memory of a coverage job from coverage.estimated_accesses (its own estimate)."""
    return estimated_accesses * COVERAGE_BYTES_PER_ACCESS


def passes_bytes(satellites: int, days: float, members: int = 0) -> float:
    """Peak memory of a pass search over a window, with an ensemble of ``members`` if given."""
    per_satellite = days * (PASS_BYTES_FOUND_PER_DAY + members * PASS_BYTES_PER_MEMBER_DAY)
    return PASS_WORK_BYTES + satellites * per_satellite


def animation_bytes(frames: int, width: int, height: int) -> float:
    """Peak memory of an animated GIF: every frame is held until the file is written."""
    return frames * width * height * ANIMATION_BYTES_PER_PIXEL


def handout_bytes(satellites: int, days: float) -> float:
    """Peak memory of a PDF handout: its analysis plus the page images."""
    return passes_bytes(satellites, days) + HANDOUT_PAGE_BYTES
