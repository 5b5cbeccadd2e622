"""The worker's papermill adjustments, without a kernel."""

import datetime
import types

from xjutils.machinery import worker


class Manager:
    """papermill's NotebookExecutionManager as far as saving goes, with a settable clock."""

    clock = datetime.datetime(2024, 1, 1)

    def __init__(self):
        self.writes = 0
        self.last_save_time = self.now()

    def now(self):
        return Manager.clock

    def save(self, **kwargs):
        self.writes += 1
        self.last_save_time = self.now()

    def notebook_complete(self, **kwargs):
        self.save()


def test_snapshots_are_sparse_and_the_last_write_is_never_skipped():
    engines = types.SimpleNamespace(NotebookExecutionManager=Manager)
    worker._sparse_saves(engines)
    worker._sparse_saves(engines)  # idempotent: one layer however often the worker asks
    assert engines.NotebookExecutionManager.__mro__[1] is Manager
    man = engines.NotebookExecutionManager()
    for _ in range(70):  # cell starts and ends within one instant: no snapshot
        man.save()
    assert man.writes == 0
    Manager.clock += datetime.timedelta(seconds=worker.SAVE_EVERY)
    man.save()
    man.save()
    assert man.writes == 1
    man.notebook_complete()
    assert man.writes == 2
