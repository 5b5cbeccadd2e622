"""Two runs give byte-identical figures, tables and executed notebooks."""

from xjutils import runner


def files(root):
    return {
        p.relative_to(root): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and not p.name.startswith(".")
    }


def test_two_runs_are_byte_identical(tmp_path, monkeypatch):
    runs = []
    for i in (1, 2):
        out = tmp_path / f"run{i}"
        monkeypatch.setenv("XJUTILS_OUTPUTS", str(out))
        outcomes = runner.reproduce(
            only=["01"], langs=["zh"], jobs=1, force=True, log=lambda *_: None
        )
        assert all(o.ok for o in outcomes), outcomes
        runs.append(files(out))
    assert runs[0].keys() == runs[1].keys()
    assert any(str(k).endswith(".svg") for k in runs[0])
    different = [str(k) for k in runs[0] if runs[0][k] != runs[1][k]]
    assert different == []
