"""Long work off the GUI thread: workers speak only through signals.

A newer request cancels the older one; a result whose generation is stale is
dropped, so the newest settings always win.
"""

from __future__ import annotations

import threading
import traceback

from PySide6.QtCore import QObject, Signal


class _Signals(QObject):
    # Only plain values cross threads: results wait in ``results`` keyed by generation
    # (queued Signal(object) across threads has had reference-count bugs in PySide6).
    progress = Signal(int, float)
    finished = Signal(int)
    failed = Signal(int, str)

    def __init__(self):
        super().__init__()
        self.results = {}


class _Job:
    """Runs in a plain Python thread; Qt queues its signals to the GUI thread."""

    def __init__(self, generation, func, signals, cancel_event):
        self.generation, self.func, self.signals, self.cancel_event = generation, func, signals, cancel_event

    def run(self):
        try:
            result = self.func(progress=lambda f: self.signals.progress.emit(self.generation, float(f)),
                               cancelled=self.cancel_event.is_set)
        except InterruptedError:
            return
        except Exception as exc:  # reported to the user, never raised into Qt
            message = str(exc) or exc.__class__.__name__
            if not isinstance(exc, ValueError):
                message = f"{message}\n{traceback.format_exc(limit=3)}"
            self.signals.failed.emit(self.generation, message)
            return
        if not self.cancel_event.is_set():
            self.signals.results[self.generation] = result
            self.signals.finished.emit(self.generation)


class Runner(QObject):
    """Runs one kind of job at a time; the newest request wins."""

    started = Signal()
    progress = Signal(float)
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._threads: list[threading.Thread] = []
        self._generation = 0
        self._cancel = threading.Event()
        self._busy = False
        self._signals = _Signals()
        self._signals.progress.connect(self._on_progress)
        self._signals.finished.connect(self._on_finished)
        self._signals.failed.connect(self._on_failed)

    @property
    def busy(self) -> bool:
        return self._busy

    def submit(self, func) -> int:
        """Start ``func(progress=..., cancelled=...)`` in a worker thread; cancels older work."""
        self._cancel.set()
        self._cancel = threading.Event()
        self._generation += 1
        self._busy = True
        self.started.emit()
        job = _Job(self._generation, func, self._signals, self._cancel)
        thread = threading.Thread(target=job.run, name=f"overflight-job-{self._generation}", daemon=True)
        self._threads = [t for t in self._threads if t.is_alive()] + [thread]
        thread.start()
        return self._generation

    def cancel(self) -> None:
        if self._busy:
            self._cancel.set()
            self._generation += 1
            self._busy = False
            self.cancelled.emit()

    def _on_progress(self, generation, fraction):
        if generation == self._generation:
            self.progress.emit(fraction)

    def _on_finished(self, generation):
        result = self._signals.results.pop(generation, None)
        if generation == self._generation:
            self._busy = False
            self.finished.emit(result)

    def _on_failed(self, generation, message):
        if generation == self._generation:
            self._busy = False
            self.failed.emit(message)

    def wait(self, msecs: int = 30000) -> bool:
        """Join the worker threads (for tests and shutdown); True when all ended."""
        import time

        deadline = time.monotonic() + msecs / 1000.0
        for thread in self._threads:
            thread.join(max(0.0, deadline - time.monotonic()))
        return not any(t.is_alive() for t in self._threads)
