"""`python -m xjutils …`: the command line lives in `xjutils.build.cli`."""

import sys

from xjutils.build.cli import main

sys.exit(main())
