"""`make mutate`'s machinery, with the test tiers replaced by stand-ins (no suite is run)."""

import subprocess

from xjutils.machinery import mutate


def runs(monkeypatch, codes: dict[str, int]) -> list[str]:
    """Make each tier exit with codes[tier]; return the tiers run, in order."""
    seen = []

    def fake(cmd, **kwargs):
        tier = cmd[2]
        seen.append((tier, kwargs["env"]["XJUTILS_DATA"]))
        return subprocess.CompletedProcess(cmd, codes[tier])

    monkeypatch.setattr(subprocess, "run", fake)
    return seen


def test_a_mutation_the_quick_tier_catches_never_waits_for_the_whole_suite(monkeypatch):
    seen = runs(monkeypatch, {"check": 1, "test": 0})
    assert mutate.caught("overall", "fig01.gmv.2023", "value", "50.6")
    assert [t for t, _ in seen] == ["check"]


def test_the_whole_suite_decides_what_the_quick_tier_lets_pass(monkeypatch):
    seen = runs(monkeypatch, {"check": 0, "test": 1})
    assert mutate.caught("overall", "fig01.gmv.2023", "value", "50.6")
    assert [t for t, _ in seen] == ["check", "test"]
    seen = runs(monkeypatch, {"check": 0, "test": 0})
    assert not mutate.caught("overall", "fig01.gmv.2023", "value", "50.6")
    assert len({folder for _, folder in seen}) == 1  # both tiers saw the same mutated copy


def test_perturb_adds_one_unit_in_the_last_printed_place():
    assert [mutate.perturb(t) for t in ("50.60", "37", "0.005")] == ["50.61", "38", "0.006"]
