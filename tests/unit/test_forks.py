"""forks.each: results in order, each job in its own process, errors raised in the caller."""

import os

import pytest

from xjutils.machinery import forks


def pid_and(x):
    if x == "bad":
        raise ValueError("job bad failed")
    return os.getpid(), x * 2


def test_jobs_run_in_forks_and_keep_their_order():
    (pid_a, a), (pid_b, b) = forks.each(pid_and, [(1,), (2,)])
    assert (a, b) == (2, 4)
    assert os.getpid() not in (pid_a, pid_b)


def test_one_job_runs_here():
    assert forks.each(pid_and, [(3,)]) == [(os.getpid(), 6)]


def test_an_error_in_a_job_is_raised_in_the_caller():
    with pytest.raises(ValueError, match="job bad failed"):
        forks.each(pid_and, [(1,), ("bad",)])
