#!/usr/bin/env python3
"""Cold start of a one-claim `check` against the same derivation done by hand in SymPy (issue 16).

Side by side in one run, alternating, ROUNDS times each (median and maximum resident set):
  * zipfscale check --no-cache one.zs       (the launcher, with its class-data-sharing archive)
  * the same with ZIPFSCALE_NO_CDS=1         (to see what the archive gives)
  * python3: SymPy simplify of lhs - rhs under alpha > 1, and the two sides at 60 random points in
    40-digit mpmath arithmetic (what zipfscale's two witnesses do for this claim)
  * a warm re-check of one edited claim of derivations/ (the verdict cache holding the others)
  * with --regenerate: `regenerate` of all of derivations/, cold (no cache), and warm.

Run from the repository root:  python3 bench/cold_start.py [--rounds 5] [--regenerate]
The figures depend on the machine's load; say what the load was when quoting them.
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LAUNCHER = os.path.join(ROOT, "zipfscale")
CLAIM = ('derivation one "One claim"\nassume alpha > 1\nclaim square "(alpha + 1)^2":\n'
         '    (alpha + 1)^2 == alpha^2 + 2*alpha + 1\n')
SYMPY = r'''
import random
import sympy as sp
import mpmath
alpha = sp.Symbol("alpha", positive=True)
lhs = (alpha + 1)**2
rhs = alpha**2 + 2*alpha + 1
assert sp.simplify(lhs - rhs) == 0
mpmath.mp.dps = 40
f = sp.lambdify(alpha, lhs, "mpmath")
g = sp.lambdify(alpha, rhs, "mpmath")
rng = random.Random(20251230)
for _ in range(60):
    a = mpmath.mpf(1) + mpmath.mpf(rng.random()) * 1000
    assert abs(f(a) - g(a)) <= mpmath.mpf(10)**-25 * max(abs(f(a)), 1)
print("square PROVED")
'''


def timed(cmd, env=None, cwd=None):
    start = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, cwd=cwd)
    _, status, usage = os.wait4(p.pid, 0)
    wall = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    err = p.stderr.read().decode(errors="replace")
    p.stderr.close()
    return wall, usage.ru_maxrss / 1024.0, code, err


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--regenerate", action="store_true")
    args = ap.parse_args()
    work = tempfile.mkdtemp(prefix="zipfscale-bench-")
    try:
        one = os.path.join(work, "one.zs")
        with open(one, "w") as f:
            f.write(CLAIM)
        # build the jar and the archive outside the measurements
        subprocess.run([LAUNCHER, "check", "--no-cache", "--out", os.path.join(work, "o"), one],
                       stdout=subprocess.DEVNULL, check=True)
        derivs = os.path.join(work, "derivations")
        shutil.copytree(os.path.join(ROOT, "derivations"), derivs)
        out = os.path.join(work, "out")
        subprocess.run([LAUNCHER, "check", derivs, "--out", out], stdout=subprocess.DEVNULL)
        target = os.path.join(derivs, "02-setup.zs")
        with open(target) as f:
            original = f.read()
        rows = {k: [] for k in ["zipfscale check (one claim, CDS)", "zipfscale check (one claim, no CDS)",
                                 "SymPy + mpmath (same claim)", "warm re-check of one edited claim (cache)"]}
        no_cds = dict(os.environ, ZIPFSCALE_NO_CDS="1")
        for r in range(args.rounds):
            rows["zipfscale check (one claim, CDS)"].append(
                timed([LAUNCHER, "check", "--no-cache", "--out", os.path.join(work, "o"), one]))
            rows["zipfscale check (one claim, no CDS)"].append(
                timed([LAUNCHER, "check", "--no-cache", "--out", os.path.join(work, "o"), one], env=no_cds))
            rows["SymPy + mpmath (same claim)"].append(timed([sys.executable, "-c", SYMPY]))
            # edit one claim (a different bound each round, so that it is never in the cache)
            with open(target, "w") as f:
                f.write(original.replace("for q in [0, 1]", "for q in [0, %d/%d]" % (r + 1, r + 2), 1))
            rows["warm re-check of one edited claim (cache)"].append(
                timed([LAUNCHER, "check", derivs, "--out", out]))
        with open(target, "w") as f:
            f.write(original)
        if args.regenerate:
            rows["regenerate derivations/, cold (no cache)"] = [
                timed([LAUNCHER, "regenerate", derivs, "--no-cache", "--out", os.path.join(work, "r")])]
            rows["regenerate derivations/, warm (cache, one pdflatex run)"] = [
                timed([LAUNCHER, "regenerate", derivs, "--out", out]) for _ in range(2)][1:]
        with open("/proc/loadavg") as f:
            load = f.read().split()[:3]
        print("| what | median wall | runs | max RSS | exit codes |")
        print("|---|---|---|---|---|")
        for name, runs in rows.items():
            walls = [w for w, _, _, _ in runs]
            print("| %s | %.2f s | %d | %.0f MiB | %s |" % (name, statistics.median(walls), len(walls),
                                                       max(m for _, m, _, _ in runs),
                                                       sorted(set(c for _, _, c, _ in runs))))
        print("\nload average at the end (1, 5, 15 min): %s on %d cores" % (" ".join(load), os.cpu_count()))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
