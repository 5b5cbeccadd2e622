"""The loader's error, apart from the loader: the command line catches it without importing
pandas (a no-op `reproduce` must stay well under a second)."""


class DataError(ValueError):
    """A table in `data/` does not match its schema.

    `got` is shown as its repr, bytes as hex (`byte 0xb6`); `fix`, if given, says what to do.
    """

    def __init__(self, file, line, column, expected, got, fix=None):
        self.file, self.line, self.column = file, line, column
        where = f"data/{file}, line {line}" + (f", column '{column}'" if column else "")
        if isinstance(got, bytes):
            got = "byte" + "s" * (len(got) > 1) + " " + " ".join(f"0x{b:02x}" for b in got)
        else:
            got = repr(got)
        super().__init__(f"{where}: expected {expected}, got {got}" + (f": {fix}" if fix else ""))
