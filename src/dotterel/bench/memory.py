"""Peak memory of a run: this process and its worker processes, sampled in a background thread."""

from __future__ import annotations

import threading
from types import TracebackType

import psutil


class PeakRss:
    """Context manager: `peak_mb` is the largest sum of RSS over this process and its children seen.

    Worker processes are part of a run's memory, so they are counted; sampling every `interval`
    seconds can miss a spike shorter than that, which is fine for a steady streaming run. Finding the
    children means reading every process of the machine, so it is done only every `LOOKUPS_EVERY`
    samples: the sampler would otherwise take CPU from the run it measures.
    """

    LOOKUPS_EVERY = 10

    def __init__(self, interval: float = 0.05) -> None:
        self.interval = interval
        self.peak_bytes = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample_until_stopped, daemon=True)
        self._process = psutil.Process()
        self._children: list[psutil.Process] = []
        self._samples = 0

    @property
    def peak_mb(self) -> float:
        return self.peak_bytes / 2**20

    def __enter__(self) -> PeakRss:
        self._sample()
        self._thread.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self._stop.set()
        self._thread.join()
        self._samples = 0  # look the children up again for the last sample
        self._sample()

    def _sample_until_stopped(self) -> None:
        while not self._stop.wait(self.interval):
            self._sample()

    def _sample(self) -> None:
        if self._samples % self.LOOKUPS_EVERY == 0:
            self._children = self._process.children(recursive=True)
        self._samples += 1
        total = self._process.memory_info().rss
        for child in self._children:
            try:
                total += child.memory_info().rss
            except psutil.Error:
                continue  # a worker that just exited
        self.peak_bytes = max(self.peak_bytes, total)
