"""Tuning and check parts of each development set, so that generalisation shows in `make eval`.

Rules are tuned by reading errors; errors are read only in the *tuning* part. The *check* part is
never read: its figure says whether a change holds on documents nobody looked at. A change that
helps tuning but not check is not kept.

The split is a pure function of a record's id (and, for PolNeAR, its publisher), through SHA-256,
so it is the same on every machine and does not move when records are added. For PolNeAR the check
part holds every article of two whole publishers (house style differs by outlet, so a rule fitted
to one outlet's habits shows up as a drop there) plus a hashed share of the other five.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

TUNING = "tuning"
CHECK = "check"
PARTS = (TUNING, CHECK)

# Share of documents (or cases) that go to the check part, by hash.
CHECK_SHARE = 0.3
# PolNeAR: the two publishers whose names hash lowest (nyt, usa-today) are check-only; of the
# others a smaller share is held, so that the check part stays about a third of the articles.
CHECK_PUBLISHER_COUNT = 2
PUBLISHER_CHECK_SHARE = 0.15


def _unit(key: str) -> float:
    """A number in [0, 1) fixed by `key`."""
    digest = hashlib.sha256(key.encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") / 2**64


def part_of(record_id: str, share: float = CHECK_SHARE) -> str:
    """`check` for a hashed `share` of ids, `tuning` for the rest."""
    return CHECK if _unit("doc:" + record_id) < share else TUNING


def check_publishers(publishers: Iterable[str]) -> frozenset[str]:
    """The publishers held out whole: the CHECK_PUBLISHER_COUNT whose names hash lowest."""
    ranked = sorted(set(publishers), key=lambda p: _unit("publisher:" + p))
    return frozenset(ranked[:CHECK_PUBLISHER_COUNT])


def split_by_publisher(records: list[dict]) -> dict[str, list[dict]]:
    """PolNeAR-style records split into tuning and check parts (whole publishers plus a share)."""
    held = check_publishers(r.get("publisher", "") for r in records)
    parts: dict[str, list[dict]] = {TUNING: [], CHECK: []}
    for r in records:
        if r.get("publisher", "") in held:
            parts[CHECK].append(r)
        else:
            parts[part_of(r["id"], PUBLISHER_CHECK_SHARE)].append(r)
    return parts


def part_of_cluster(cluster_id: str) -> str:
    """The part of an ECB+ cluster ("10_ecbplus"): by its topic (the number before "_"), so that the
    two clusters of one topic, two events of one kind (two quakes, two shootings), are in one part."""
    return part_of("topic:" + cluster_id.split("_")[0])


def split(records: list[dict], key: str = "id") -> dict[str, list[dict]]:
    """Records split into tuning and check parts by the hash of `record[key]`."""
    parts: dict[str, list[dict]] = {TUNING: [], CHECK: []}
    for r in records:
        parts[part_of(str(r[key]))].append(r)
    return parts
