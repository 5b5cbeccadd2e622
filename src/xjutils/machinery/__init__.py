"""The machinery that builds and checks the repository, apart from what notebooks import.

`runner` executes the chapter notebooks (staged, cached per notebook, with timeouts),
`site`, `pdf` and `browser` make and check the reader's edition, `bench`, `mutate` and `labcheck`
measure the repository, `cli` is `python -m xjutils`. Nothing in `xjutils` proper imports
from here.
"""
