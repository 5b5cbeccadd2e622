"""One catalogue of interface strings (issue 19): labels.py and the site's strings.py used to
disagree (出处 vs 引用, 位次 vs 排名, 确知 vs 已确认)."""

import ast
import importlib.util
import re
from collections import defaultdict

import pytest

from xjutils import labels, paths, present
from xjutils.machinery.site import reader

CJK = re.compile(r"[\u3400-\u9fff]")


def _catalogues(tree) -> list[int]:
    """Lines of dict literals that map keys to (zh, en) pairs of strings (two or more)."""
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Dict):
            continue
        pairs = [
            v
            for v in node.values
            if isinstance(v, ast.Tuple)
            and len(v.elts) == 2
            and all(isinstance(e, ast.Constant) and isinstance(e.value, str) for e in v.elts)
            and CJK.search(v.elts[0].value)
        ]
        if len(pairs) >= 2:
            found.append(node.lineno)
    return found


def test_interface_strings_live_in_labels_only():
    src = paths.ROOT / "src" / "xjutils"
    elsewhere = {
        p.relative_to(src).as_posix(): lines
        for p in sorted(src.rglob("*.py"))
        if p.name != "labels.py"
        and (lines := _catalogues(ast.parse(p.read_text(encoding="utf-8"))))
    }
    assert not elsewhere, elsewhere
    assert importlib.util.find_spec("xjutils.machinery.site.strings") is None


def test_no_string_is_defined_twice():
    where = defaultdict(list)
    for name in ("TEXT", "COLUMNS", "VALUES"):
        for key, pair in getattr(labels, name).items():
            where[pair].append(f"{name}.{key}")
    twice = {pair: keys for pair, keys in where.items() if len(keys) > 1}
    assert not twice


@pytest.mark.parametrize(("column", "zh"), [("ref", "出处"), ("rank", "位次"), ("share", None)])
def test_the_site_and_the_tables_name_a_column_alike(column, zh):
    for lang in labels.LANGS:
        assert reader.header(column, lang) == present.header(column, lang)
    if zh:
        assert present.header(column, "zh") == zh


def test_a_key_finds_our_words_then_a_header_then_a_code():
    assert labels.t("title", "en").startswith("Xinjiang")  # the site's, not the column "Title"
    assert labels.t("published", "en") == "Published"  # a header
    assert labels.t("withdrawn", "zh") == "已撤回"  # a code's words
    assert labels.word("certain", "zh") == labels.t("certain", "zh") == "已确认"
    assert labels.t("status_count", "en", status="reproduced", n=3) == "reproduced 3"
    with pytest.raises(KeyError):
        labels.t("no_such_string", "en")


def _imports(path) -> set[str]:
    """The xjutils modules a module imports, at its top or inside a function."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level == 1:
            found |= {node.module} if node.module else {a.name for a in node.names}
    return found


def test_the_claim_engine_knows_no_presentation():
    """The reader's claims table lives in present, so claims ↔ present is no circle."""
    src = paths.ROOT / "src" / "xjutils"
    assert not _imports(src / "claims.py") & {"present", "prose", "labels", "plots"}
    assert "claims" in _imports(src / "present.py")
    assert not hasattr(__import__("xjutils.claims").claims, "table")


def test_chinese_strings_use_full_width_brackets():
    """GB/T 15834: a Chinese string's brackets are full width (k/n（%）, not k/n (%))."""
    half = [
        (key, pair[0])
        for name in ("TEXT", "COLUMNS", "VALUES")
        for key, pair in getattr(labels, name).items()
        if isinstance(pair[0], str)
        and re.search(r"[\u3400-\u9fff%][^()]*\(|\([^()]*\)$", pair[0])
        and "(2023)" not in pair[0]
    ]
    assert not half
