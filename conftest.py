"""Root pytest hook: notebooks executed by nbval write their outputs to a scratch folder.

Set before any kernel starts (kernels inherit the environment), so `make test` never touches
the user's outputs/.
"""

import os
import tempfile


def pytest_configure(config):
    os.environ.setdefault("XJUTILS_OUTPUTS", tempfile.mkdtemp(prefix="xjutils-test-outputs-"))
