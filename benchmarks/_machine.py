"""The machine and code a benchmark ran on, recorded beside every result.

One block for every script, so that results from different benchmarks name the machine the same
way; each script adds what only it knows (engine versions, Neo4j settings).
"""

from __future__ import annotations

import os
import platform
import subprocess
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _git(*args: str) -> str:
    try:
        return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, timeout=10).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return ""


def _cpu() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _mem_mb() -> int | None:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                return int(line.split()[1]) // 1024
    except (OSError, ValueError, IndexError):
        pass
    return None


def machine() -> dict:
    """CPUs this process may use, CPU model, RAM, Python, OS, time, load and commit.

    The commit is marked when files under conflictkg/ differ from it: a result measured on
    uncommitted code must say so.
    """
    try:
        nproc = len(os.sched_getaffinity(0))
    except AttributeError:
        nproc = os.cpu_count()
    mem = _mem_mb()
    commit = _git("rev-parse", "--short", "HEAD") or "?"
    dirty = bool(_git("status", "--porcelain", "--untracked-files=no", "--", "conflictkg"))
    return {"nproc": nproc, "cpu": _cpu(), "mem_mb": mem,
            "ram": f"{mem / 1024:.1f} GiB" if mem else "?",
            "python": platform.python_version(), "os": platform.platform(),
            "date": datetime.now().astimezone().isoformat(timespec="seconds"),
            "load_avg": [round(x, 1) for x in os.getloadavg()],
            "commit": commit + (" (with uncommitted changes under conflictkg/)" if dirty else "")}
