"""Helpers for the benchmarks: import path, timing, printing."""

import os
import statistics
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path[:0] = [ROOT, os.path.join(ROOT, "tests")]


def median_ms(samples):
    return statistics.median(samples) * 1000


def timed(function, *args):
    """Return (seconds, result) of one call."""
    started = time.perf_counter()
    result = function(*args)
    return time.perf_counter() - started, result


def report(name, value, target=None, higher_is_better=False):
    """Print one figure and whether it meets its target."""
    verdict = ""
    if target is not None:
        good = value >= target if higher_is_better else value <= target
        verdict = f"  (target {'>=' if higher_is_better else '<='} {target}: {'ok' if good else 'MISSED'})"
    print(f"{name:<48} {value:8.3f}{verdict}", flush=True)


def rss_kb(pid):
    """Return the resident set size of process pid in KB (VmRSS)."""
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    raise RuntimeError("no VmRSS")
