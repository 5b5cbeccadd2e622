"""Root pytest hook: notebooks executed by nbval write their outputs to pytest's scratch space.

Set before any kernel starts (kernels inherit the environment), so `make test` never touches
the user's outputs/. The folder comes from pytest's own tmp_path machinery, which removes it
after a green run (tmp_path_retention_policy) instead of leaving litter in the temp dir.
"""

import os

import pytest


@pytest.hookimpl(trylast=True)  # after pytest's tmpdir plugin has made its factory
def pytest_configure(config):
    if "XJUTILS_OUTPUTS" not in os.environ:
        os.environ["XJUTILS_OUTPUTS"] = str(config._tmp_path_factory.mktemp("outputs"))
