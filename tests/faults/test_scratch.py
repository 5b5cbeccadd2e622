"""Kernel connection files (they hold the kernel's HMAC key) and Chromium's temporary folders
are created in scratch folders that go with the job, also when it fails or is stopped."""

import subprocess

import pytest

from xjutils.machinery import browser, runner


class Refused(Exception):
    pass


def test_a_worker_and_its_kernel_write_into_the_job_folder(tmp_path, monkeypatch):
    seen = {}

    def popen(args, env, **kwargs):
        seen.update(env)
        raise Refused  # as if stopped at once: nothing runs

    monkeypatch.setattr(subprocess, "Popen", popen)
    job = {"input": "x.ipynb", "output": str(tmp_path / "o.ipynb"), "cwd": str(tmp_path)}
    with pytest.raises(Refused):
        runner._run_worker(job, tmp_path)
    assert seen["JUPYTER_RUNTIME_DIR"] == str(tmp_path / "runtime")
    assert seen["TMPDIR"] == str(tmp_path)


def test_chromium_writes_into_its_profile_which_goes_even_when_it_fails(monkeypatch):
    seen = {}

    class Dead:
        def __init__(self, args, env, **kwargs):
            seen["profile"] = next(a.split("=", 1)[1] for a in args if "user-data-dir" in a)
            seen["tmp"] = env["TMPDIR"]

        def poll(self):
            return 1  # died at start

        terminate = wait = kill = lambda self, *a: None

    monkeypatch.setattr(browser, "executable", lambda: "chromium")
    monkeypatch.setattr(subprocess, "Popen", Dead)
    with pytest.raises(RuntimeError, match="chromium did not start"), browser.chromium():
        pass
    assert seen["tmp"] == seen["profile"]
    assert not browser.Path(seen["profile"]).exists()
