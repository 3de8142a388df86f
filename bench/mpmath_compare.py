#!/usr/bin/env python3
"""Time and accuracy of zipfscale's numeric engine against mpmath on the same Zipf sums.

For each case (all taken from ../shared/reference/values.csv, whose 30-digit values are the accuracy
reference) this measures:
  * zipfscale double:  `eval CALL --json --time` (median microseconds per call inside one JVM, after warm-up)
  * zipfscale 30 digits: `eval CALL --digits 30 --json --time`
  * mpmath nsum at mp.dps = 20 over k = 1..inf (its generic summer: Richardson/Shanks/Euler-Maclaurin)
  * mpmath "best" at mp.dps = 16 (to compare with the double mode) and at mp.dps = 30: tail by its Hurwitz zeta; the other sums by a head of 32 terms plus
    mpmath.sumem from 32 with the integral in closed form (gammainc for exp kernels) or by mp.quad in a log
    variable (missing mass: mpmath.betainc does not converge for b = D + 1 ~ 1e12); Mellin constants by mp.quad.
and writes a markdown table (stdout and bench/mpmath_compare.md).

Run from the repository root after `mvn -q package -DskipTests`:  python3 bench/mpmath_compare.py
(`--only TEXT`, repeatable: just the cases whose label contains TEXT, printed, the .md left alone).
Not part of the test suite (CI machines may lack mpmath).
"""
import json
import os
import signal
import subprocess
import sys
import time

from mpmath import mp, mpf

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CP = os.path.join(ROOT, "target", "classes") + os.pathsep + os.path.join(ROOT, "target", "lib", "*")
REFS = os.path.join(ROOT, "..", "shared", "reference", "values.csv")
NSUM_TIMEOUT = 60

# (label, eval call, csv key (quantity, alpha, beta, x), kind, params)
CASES = [
    ("tail a=1.5 M=1e3", "tail(alpha=1.5, M=1000)", ("tail", "1.5", "", "1e3"), "tail", ("1.5", "1000")),
    ("tail a=1.1 M=1e9", "tail(alpha=1.1, M=1e9)", ("tail", "1.1", "", "1e9"), "tail", ("1.1", "1e9")),
    ("missing a=2 D=1e6", "missing(alpha=2, D=1e6)", ("missing", "2", "", "1e6"), "missing", ("2", "1e6")),
    ("missing a=1.5 D=1e12", "missing(alpha=1.5, D=1e12)", ("missing", "1.5", "", "1e12"), "missing", ("1.5", "1e12")),
    ("missing a=3 D=1e9", "missing(alpha=3, D=1e9)", ("missing", "3", "", "1e9"), "missing", ("3", "1e9")),
    ("expsum a=1.5 D=1e9", "expsum(alpha=1.5, D=1e9)", ("expsum", "1.5", "", "1e9"), "dyn", ("1.5", "1", "1e9")),
    ("expsum a=1.1 D=1e12", "expsum(alpha=1.1, D=1e12)", ("expsum", "1.1", "", "1e12"), "dyn", ("1.1", "1", "1e12")),
    ("dynsum a=2 b=0.5 tau=1e9", "dynsum(alpha=2, beta=0.5, tau=1e9)", ("dynsum(c=1)", "2", "0.5", "1e9"), "dyn", ("2", "0.5", "1e9")),
    ("dynsum a=1.5 b=2 tau=1e6", "dynsum(alpha=1.5, beta=2, tau=1e6)", ("dynsum(c=1)", "1.5", "2", "1e6"), "dyn", ("1.5", "2", "1e6")),
    ("mellin 1/(1+u) s=0.25", "mellin(g=inv1pu, s=0.25)", ("mellin_inv1pu", "", "", "0.25"), "mellin_inv1pu", ("0.25",)),
    ("mellin exp(-u^2) s=0.75", "mellin(g=gauss, s=0.75)", ("mellin_gauss", "", "", "0.75"), "mellin_gauss", ("0.75",)),
    # general sums of issue 14 (eval 'sum(...)'); references computed below with mpmath at mp.dps = 60
    ("sum k^-1/2 to 1e15", "sum(k^(-1/2), k, 1, 1e15)", None, "gsum_sqrt", ("1e15",)),
    ("sum log(k)/k^2", "sum(Log(k)/k^2, k, 1, Infinity)", None, "gsum_logk2", ()),
]

REF_DPS = 60


class Timeout(Exception):
    pass


def _alarm(signum, frame):
    raise Timeout()


def references():
    refs = {}
    with open(REFS) as fh:
        for line in fh:
            f = line.strip().split(",")
            if f[0] == "quantity" or len(f) < 5:
                continue
            refs[tuple(f[:4])] = f[4]
    return refs


def java(call, digits=None):
    # the JVM flags of the launcher, so that this measures `./zipfscale eval CALL --time`: with the default
    # tiered JIT the 0.5 s warm-up of --time ends before C2 has compiled the double-double path on this
    # 2-core machine (sum k^-1/2 to 1e15 at 30 digits: 410-820 us per call, 40 us only after about 2 s;
    # C1 alone, as the launcher runs: 19 us after 0.9 s), and under G1 the same sums measured 20-30 us or
    # 200-290 us of thread CPU per call from one JVM to the next (a third of it system time)
    cmd = ["java", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xss8m", "-cp", CP, "zipfscale.cli.Main", "eval",
           call, "--json", "--time"]
    if digits:
        cmd += ["--digits", str(digits)]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    return json.loads(out)


def summand(kind, params):
    if kind == "tail":
        return None
    if kind == "missing":
        a, d = mpf(params[0]), mpf(params[1])
        z = mp.zeta(a)
        return lambda k: (k ** -a / z) * mp.exp(d * mp.log1p(-(k ** -a) / z))
    a, b, t = (mpf(x) for x in params)
    z = mp.zeta(a)
    return lambda k: (k ** -a / z) * mp.exp(-t * (k ** -a / z) ** b)


def mp_best(kind, params):
    if kind == "gsum_sqrt":
        n = mpf(params[0])
        return mp.zeta(mpf(1) / 2) - mp.zeta(mpf(1) / 2, n + 1)
    if kind == "gsum_logk2":
        return -mp.zeta(2, derivative=1)
    if kind == "tail":
        a, m = mpf(params[0]), mpf(params[1])
        return mp.zeta(a, m + 1) / mp.zeta(a)
    if kind.startswith("mellin"):
        s = mpf(params[0])
        g = (lambda u: 1 / (1 + u)) if kind == "mellin_inv1pu" else (lambda u: mp.exp(-u * u))
        return mp.quad(lambda u: u ** (s - 1) * g(u), [0, 1, mp.inf])
    n = 32
    f = summand(kind, params)
    if kind == "missing":
        a, d = mpf(params[0]), mpf(params[1])
        z = mp.zeta(a)
        yn = n ** -a / z
        # int_n^inf p (1-p)^D dx = (1/a) Z^(-1/a) int_0^yn y^(-1/a) (1-y)^D dy, in t = log y
        h = lambda t: mp.exp((1 - 1 / a) * t + d * mp.log1p(-mp.exp(t)))
        tc = -mp.log(d)
        pts = [-mp.inf] + [x for x in (tc - 6, tc, tc + 3) if x < mp.log(yn)] + [mp.log(yn)]
        integral = (1 / a) * z ** (-1 / a) * mp.quad(h, pts)
    else:
        a, b, t = (mpf(x) for x in params)
        z = mp.zeta(a)
        s = (a - 1) / (a * b)
        un = t * (n ** -a / z) ** b
        integral = z ** (-1 / a) / (a * b) * t ** (-s) * mp.gammainc(s, 0, un)
    head = mp.fsum(f(k) for k in range(1, n))
    return head + mp.sumem(f, [n, mp.inf], integral=integral)


def mp_nsum(kind, params):
    if kind == "gsum_logk2":
        return mp.nsum(lambda k: mp.log(k) / k ** 2, [1, mp.inf])
    f = summand(kind, params)
    if f is None:
        a, m = mpf(params[0]), mpf(params[1])
        z = mp.zeta(a)
        return mp.nsum(lambda k: k ** -a / z, [m + 1, mp.inf])
    return mp.nsum(f, [1, mp.inf])


def timed(fn, dps):
    mp.dps = dps
    signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(NSUM_TIMEOUT)
    t0 = time.perf_counter()
    try:
        v = fn()
        return v, time.perf_counter() - t0
    except Timeout:
        return None, NSUM_TIMEOUT
    except Exception as e:  # noqa: BLE001 - report any mpmath failure in the table
        return e, time.perf_counter() - t0
    finally:
        signal.alarm(0)


def rel(value, ref):
    mp.dps = 50
    if value is None or isinstance(value, Exception):
        return None
    return abs(mpf(str(value)) - mpf(ref)) / abs(mpf(ref))


def fmt_rel(r):
    if r is None:
        return "failed"
    return "%.1e" % float(r) if r > 0 else "0"


def fmt_time(seconds):
    us = seconds * 1e6
    if us < 1000:
        return "%.1f us" % us
    if us < 1e6:
        return "%.1f ms" % (us / 1000)
    return "%.2f s" % (us / 1e6)


def main():
    # --only TEXT (repeatable): just the cases whose label contains TEXT (e.g. --only "sum "), printed and
    # not written to bench/mpmath_compare.md (the full table is written only by a full run)
    only = [sys.argv[i + 1] for i, a in enumerate(sys.argv[:-1]) if a == "--only"]
    cases = [c for c in CASES if not only or any(o in c[0] for o in only)]
    refs = references()
    rows = []
    ratios = []
    for label, call, key, kind, params in cases:
        if key is None:
            mp.dps = REF_DPS
            ref = mp.nstr(mp_best(kind, params), REF_DPS)
        else:
            ref = refs[key]
        jd = java(call)
        jp = java(call, 30)
        no_nsum = kind.startswith("mellin") or kind == "gsum_sqrt"
        nsum_v, nsum_t = (None, None) if no_nsum else timed(lambda: mp_nsum(kind, params), 20)
        best16_v, best16_t = timed(lambda: mp_best(kind, params), 16)
        if best16_t is not None and best16_t < 1 and not isinstance(best16_v, Exception):
            best16_t = min(best16_t, *(timed(lambda: mp_best(kind, params), 16)[1] for _ in range(2)))
        best_v, best_t = timed(lambda: mp_best(kind, params), 30)
        # fastest of three for mpmath best when it is quick (steadier figure)
        if best_t is not None and best_t < 1 and not isinstance(best_v, Exception):
            best_t = min(best_t, *(timed(lambda: mp_best(kind, params), 30)[1] for _ in range(2)))
        java_s = jd["micros"] * 1e-6
        row = {
            "case": label,
            "java_double_time": fmt_time(java_s),
            "java_double_rel": fmt_rel(rel(jd["value"], ref)),
            "java_double_bound": "%.1e" % (float(jd["error"]) / abs(float(ref))),
            "java_30_time": fmt_time(jp["micros"] * 1e-6),
            "java_30_rel": fmt_rel(rel(jp["value"], ref)),
            "nsum_time": "n/a" if nsum_t is None else (">%ds (timeout)" % NSUM_TIMEOUT if nsum_v is None else fmt_time(nsum_t)),
            "nsum_rel": "n/a" if nsum_t is None else fmt_rel(rel(nsum_v, ref)),
            "best16_time": fmt_time(best16_t),
            "best16_rel": fmt_rel(rel(best16_v, ref)),
            "speedup_double_vs_best16": "%.0fx" % (best16_t / java_s),
            "best_time": fmt_time(best_t),
            "best_rel": fmt_rel(rel(best_v, ref)),
            "speedup_double_vs_best": "%.0fx" % (best_t / java_s),
            "speedup_30_vs_best": "%.2gx" % (best_t / (jp["micros"] * 1e-6)),
        }
        rows.append(row)
        ratios.append((label, best16_t / java_s, best_t / (jp["micros"] * 1e-6)))
        print(label, row, file=sys.stderr, flush=True)
    header = ("| case | zipfscale double: time | rel. error (bound) | mpmath nsum (dps 20): time | rel. error "
              "| mpmath best (dps 16): time | rel. error | speed-up double vs best16 "
              "| zipfscale 30 digits: time | rel. error | mpmath best (dps 30): time | rel. error "
              "| speed-up 30 digits vs best30 |")
    lines = [header, "|" + "---|" * 13]
    for r in rows:
        lines.append("| %s | %s | %s (%s) | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |" % (
            r["case"], r["java_double_time"], r["java_double_rel"], r["java_double_bound"], r["nsum_time"],
            r["nsum_rel"], r["best16_time"], r["best16_rel"], r["speedup_double_vs_best16"], r["java_30_time"],
            r["java_30_rel"], r["best_time"], r["best_rel"], r["speedup_30_vs_best"]))
    table = "\n".join(lines)
    load = os.getloadavg()
    note = ("\nRelative errors against the 30-digit references of values.csv (so about 1e-30 is the floor of "
            "what can be seen for 30-digit results); the two general sums (not in values.csv) against mpmath at "
            "mp.dps = %d (zeta(1/2) - zeta(1/2, N+1) and -zeta'(2)). Times: zipfscale median per call inside one "
            "warm JVM; mpmath one call (fastest of three when under 1 s). Load average during the run: "
            "%.1f %.1f %.1f (os.getloadavg at the end).\n" % (REF_DPS, load[0], load[1], load[2]))
    print("pairwise speed ratios (mpmath time / zipfscale time; >= 1 means zipfscale is faster):")
    for label, r16, r30 in ratios:
        print("  %-28s double vs best16: %9.1fx   30 digits vs best30: %8.3fx" % (label, r16, r30))
    print(table + "\n" + note)
    if only:
        return
    with open(os.path.join(ROOT, "bench", "mpmath_compare.md"), "w") as fh:
        fh.write(table + "\n" + note)


if __name__ == "__main__":
    main()
