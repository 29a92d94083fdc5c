"""What the benchmarks share: the BBC articles, and CPU time and memory over the process tree.

`resource.getrusage(RUSAGE_CHILDREN)` counts only children that have ended, so a worker pool kept
alive between rounds (dateline's, Ray's actors) would cost nothing; these read /proc for this
process and all its descendants instead (Linux). Elsewhere they fall back to this process.
"""

from __future__ import annotations

import os
import resource
from pathlib import Path

from dateline.context import RawArticle
from dateline.options import AnalysisOptions
from dateline.reading import read_paths

REPO = Path(__file__).resolve().parents[1]
_TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
_PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


def default_bbc_folder() -> Path:
    """../shared/corpus/bbc beside the clone, or beside any folder above it (a worktree)."""
    for parent in REPO.parents:
        candidate = parent / "shared" / "corpus" / "bbc"
        if candidate.is_dir():
            return candidate
    return REPO.parent / "shared" / "corpus" / "bbc"


def bbc_articles(folder: Path, limit: int | None = None) -> list[RawArticle]:
    """The stories: `*.txt` in the topic folders, sorted (README.TXT is not an article)."""
    paths = sorted(str(p) for p in Path(folder).rglob("*.txt") if p.name.lower() != "readme.txt")[:limit]
    return [a for a in read_paths(paths, AnalysisOptions()) if isinstance(a, RawArticle)]


def _tree() -> list[int]:
    if not Path("/proc/self/stat").exists():
        return [os.getpid()]
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as handle:
                    parent = int(handle.read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(parent, []).append(int(entry))
    tree, todo = [], [os.getpid()]
    while todo:
        pid = todo.pop()
        tree.append(pid)
        todo.extend(children.get(pid, []))
    return tree


def tree_cpu_seconds() -> float:
    """User + system CPU seconds of this process and every live descendant, plus ended children."""
    if not Path("/proc/self/stat").exists():
        own = resource.getrusage(resource.RUSAGE_SELF)
        return own.ru_utime + own.ru_stime
    total = 0.0
    for pid in _tree():
        try:
            with open(f"/proc/{pid}/stat") as handle:
                fields = handle.read().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / _TICKS  # utime, stime
        except (OSError, IndexError, ValueError):
            continue
    ended = resource.getrusage(resource.RUSAGE_CHILDREN)
    return total + ended.ru_utime + ended.ru_stime


def tree_rss_mb() -> float:
    """Resident memory summed over this process and its live descendants, in MB (now)."""
    if not Path("/proc/self/statm").exists():
        return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    total = 0
    for pid in _tree():
        try:
            with open(f"/proc/{pid}/statm") as handle:
                total += int(handle.read().split()[1]) * _PAGE
        except (OSError, IndexError, ValueError):
            continue
    return round(total / 2**20, 1)
