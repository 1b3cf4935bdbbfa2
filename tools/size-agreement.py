#!/usr/bin/env python3
"""Do runs at two sizes give the same national answers? (docs/performance.md, "Same answers at every size")

Reads the summary.json of run folders, groups them by the number of simulated households, and prints a
Markdown table: for the smaller size (several seeds) the mean, the 95 % t interval of the mean and the
95 % interval for a single run (mean +- t x sd x sqrt(1 + 1/n)); for the larger size each run's value;
and whether the larger runs' mean lies inside the smaller size's interval of the mean.

    python3 tools/size-agreement.py results/agreement/h250k-s* results/agreement/h25m-s*

Standard library only. Figures are in real-world units (people, tonnes, shares), as the runs report them.
"""
import json
import math
import statistics
import sys
from pathlib import Path

# two-sided 95 % quantiles of Student's t for 1-30 degrees of freedom; beyond, the normal's 1.96
T975 = [12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.160, 2.145,
        2.131, 2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048,
        2.045, 2.042]

REGIONS = ["ukraine", "north_caucasus", "volga", "central_black_earth", "kazakhstan", "siberia_urals", "rest"]
SPECIES = ["cattle", "horses", "pigs", "sheep_goats"]


def metrics(summary):
    """(name, value, unit) of the figures compared, from one summary.json."""
    m = [("excess deaths 1930-34", summary["excess_deaths_total"] / 1e6, "M")]
    m += [(f"  {r.replace('_', ' ')}", summary["excess_deaths_by_region"][r] / 1e6, "M") for r in REGIONS]
    m += [(f"{s.replace('_', ' and ')} lost, 1928-34", -100 * summary[f"{s}_loss_share"], "%") for s in SPECIES]
    m += [("dekulakized people", summary["dekulakized_people"] / 1e6, "M"),
          ("grain procured, whole run", summary["grain_procured_total_t"] / 1e6, "Mt")]
    return m


def t975(df):
    return T975[df - 1] if df <= len(T975) else 1.96


def main(folders):
    runs = {}
    for f in folders:
        if not (Path(f) / "summary.json").is_file():
            sys.exit(f"size-agreement: {f} is not a run folder (no summary.json)")
        s = json.loads((Path(f) / "summary.json").read_text(encoding="utf-8"))
        runs.setdefault(s["households_simulated"], []).append(s)
    if len(runs) != 2:
        sys.exit(f"size-agreement: need runs at exactly two sizes, got {sorted(runs)}")
    small, large = sorted(runs)
    if len(runs[small]) < 3:
        sys.exit(f"size-agreement: need at least 3 runs at {small:,} households, got {len(runs[small])}")
    n = len(runs[small])
    rows = list(zip(*[metrics(s) for s in runs[small]]))
    big = list(zip(*[metrics(s) for s in runs[large]]))
    seeds_small = ", ".join(str(s["seed"]) for s in sorted(runs[small], key=lambda r: r["seed"]))
    seeds_large = ", ".join(str(s["seed"]) for s in sorted(runs[large], key=lambda r: r["seed"]))
    print(f"{small:,} households: seeds {seeds_small}; {large:,} households: seeds {seeds_large}.\n")
    print(f"| figure | {small:,}: mean | 95 % interval of the mean | 95 % interval of one run "
          f"| {large:,}: each run | {large:,}: mean | inside the interval of the mean |")
    print("|---|---:|---:|---:|---:|---:|---|")
    inside = 0
    for cells, bigcells in zip(rows, big):
        name, unit = cells[0][0], cells[0][2]
        xs = [c[1] for c in cells]
        ys = [c[1] for c in bigcells]
        mean, sd = statistics.mean(xs), statistics.stdev(xs)
        half = t975(n - 1) * sd / math.sqrt(n)
        single = t975(n - 1) * sd * math.sqrt(1 + 1 / n)
        ymean = statistics.mean(ys)
        ok = mean - half <= ymean <= mean + half
        inside += ok
        fmt = (lambda v: f"{v:.1f}") if unit == "%" else (lambda v: f"{v:.3f}")
        print(f"| {name} ({unit}) | {fmt(mean)} | {fmt(mean - half)} – {fmt(mean + half)} "
              f"| {fmt(mean - single)} – {fmt(mean + single)} | {', '.join(fmt(y) for y in ys)} | {fmt(ymean)} "
              f"| {'yes' if ok else '**no**'} |")
    print(f"\n{inside} of {len(rows)} figures: the {large:,}-household mean lies inside the {small:,}-household "
          f"runs' 95 % interval of the mean.")


if __name__ == "__main__":
    if len(sys.argv) < 2 or sys.argv[1] in ("-h", "--help"):
        print(__doc__.strip())
        sys.exit(0 if len(sys.argv) > 1 else 2)
    main(sys.argv[1:])
