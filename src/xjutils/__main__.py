"""`python -m xjutils …`: the command line lives in `xjutils.machinery.cli`."""

import sys

from xjutils.machinery.cli import main

sys.exit(main())
