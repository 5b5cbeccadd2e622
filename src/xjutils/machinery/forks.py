"""Work that holds the GIL (parsing, templating), spread over processes forked from this one."""

import multiprocessing
from concurrent.futures import ProcessPoolExecutor


def each(fn, jobs: list[tuple]) -> list:
    """[fn(*job) for job in jobs], in forked processes side by side when there are several.

    A fork inherits everything this process holds (loaded data, caches, a test's monkeypatch),
    so nothing is imported or computed twice; an error in a job is raised here. Never give it
    a job that uses a library with threads of its own started in this process (Typst): a fork
    copies none of them.
    """
    if len(jobs) < 2:
        return [fn(*job) for job in jobs]
    with pool(len(jobs)) as workers:
        return [done.result() for done in [workers.submit(fn, *job) for job in jobs]]


def pool(workers: int) -> ProcessPoolExecutor:
    """A pool of `workers` processes forked from this one (see `each` for what a fork
    inherits, and the one thing never to give it); submit every job before starting threads."""
    return ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"))
