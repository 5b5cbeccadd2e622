"""The package's two halves stay apart: what notebooks import never pulls in the machinery."""

import ast

from xjutils import paths


def imported_modules(path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            base = "." * node.level + (node.module or "")
            found |= {base} | {f"{base}.{a.name}" for a in node.names}
        elif isinstance(node, ast.Import):
            found |= {a.name for a in node.names}
    return found


def test_notebook_facing_modules_do_not_import_the_machinery():
    machinery = paths.PACKAGE / "machinery"
    modules = [
        p
        for p in sorted(paths.PACKAGE.rglob("*.py"))
        if machinery not in p.parents and p.name != "__main__.py"  # the command line's entry
    ]
    assert paths.PACKAGE / "audit" / "__init__.py" in modules
    offenders = {
        str(p.relative_to(paths.PACKAGE)): sorted(
            m for m in imported_modules(p) if "machinery" in m.split(".")
        )
        for p in modules
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_no_import_cycle_between_claims_and_survey():
    assert not any("claims" in m for m in imported_modules(paths.PACKAGE / "survey.py"))
