#!/usr/bin/env python3
"""Reference values for the statistical methods of Sources/PulseStats/Methods.

Computes every method with an established implementation (SciPy, statsmodels, pingouin, pymannkendall)
on seeded cases and writes one JSON fixture per method to Tests/Fixtures/stats/. The Swift tests in
Tests/PulseStatsTests/Methods load them and assert agreement.

    python3 -m venv /tmp/pulse-ref-venv
    /tmp/pulse-ref-venv/bin/pip install -r scripts/reference/requirements.txt
    /tmp/pulse-ref-venv/bin/python scripts/reference/make_stats_fixtures.py

The output is deterministic: the same library versions give the same bytes.
"""
import json
import math
import pathlib
import warnings
from fractions import Fraction
from math import comb

import numpy as np
import pandas as pd
import pingouin as pg
import pymannkendall as mk
import scipy
import statsmodels
from scipy import stats
from statsmodels.stats.multitest import multipletests
from statsmodels.stats.proportion import proportion_confint, proportions_ztest

OUT = pathlib.Path(__file__).resolve().parents[2] / "Tests" / "Fixtures" / "stats"
RNG = np.random.default_rng(20240611)
VERSIONS = {
    "numpy": np.__version__, "pandas": pd.__version__, "scipy": scipy.__version__,
    "statsmodels": statsmodels.__version__, "pingouin": pg.__version__,
    "pymannkendall": getattr(mk, "__version__", "1.4.3"),
}


def f(x):
    """A JSON number, or null for NaN / infinity (which the Swift side expects as nil)."""
    x = float(x)
    return x if math.isfinite(x) else None


def write(name, source, cases):
    OUT.mkdir(parents=True, exist_ok=True)
    doc = {"source": source, "versions": VERSIONS, "cases": cases}
    (OUT / f"{name}.json").write_text(json.dumps(doc, indent=1, sort_keys=True) + "\n")


def likert(n, centre=3.5, spread=1.0):
    """n answers on 1..5, roughly normal around centre."""
    return np.clip(np.rint(RNG.normal(centre, spread, n)), 1, 5)


def summary(x):
    x = np.asarray(x, float)
    return {"n": int(x.size), "mean": f(x.mean()), "variance": f(x.var(ddof=1)) if x.size > 1 else 0.0}


# --- distributions ---------------------------------------------------------------------------------------
def distributions():
    t_cdf = []
    for df in [1, 2, 3, 4.5, 7.3, 10, 29, 100, 1234.5, 1e5, 1e6]:
        for t in [-1e4, -200, -40, -12.5, -6, -3.3, -2, -1, -0.25, 0, 0.1, 0.8, 1.96, 4, 9, 35]:
            t_cdf.append({"t": t, "df": df, "cdf": f(stats.t.cdf(t, df))})
    t_ppf = []
    for df in [1, 2, 3, 4.5, 10, 29, 100, 1e4, 1e6]:
        for p in [1e-15, 1e-9, 1e-6, 0.001, 0.025, 0.05, 0.2, 0.45, 0.55, 0.9, 0.975, 0.995, 0.999999]:
            t_ppf.append({"p": p, "df": df, "quantile": f(stats.t.ppf(p, df))})
    norm_cdf = [{"z": z, "cdf": f(stats.norm.cdf(z))}
                for z in [-37, -30, -20, -10, -8, -5, -3, -1.96, -1, -0.3, 0, 0.5, 1.5, 2.5, 4, 6, 8]]
    norm_ppf = [{"p": p, "quantile": f(stats.norm.ppf(p))}
                for p in [1e-300, 1e-100, 1e-20, 1e-10, 1e-5, 0.001, 0.02, 0.02425, 0.1, 0.3, 0.5, 0.6,
                          0.9, 0.975, 0.999, 1 - 1e-10]]
    write("distributions", "scipy.stats.t.cdf/ppf, scipy.stats.norm.cdf/ppf",
          {"tCdf": t_cdf, "tQuantile": t_ppf, "normalCdf": norm_cdf, "normalQuantile": norm_ppf})


# --- two-sample comparisons ------------------------------------------------------------------------------
def sample_pairs():
    pairs = []
    for na, nb, ca, cb, sa, sb in [
        (2, 2, 3, 3.5, 1, 1), (2, 5, 3, 4, 1, 1), (3, 3, 2.5, 3, 0.6, 0.6), (5, 30, 3.2, 3.6, 1, 0.8),
        (12, 9, 3.9, 3.1, 0.7, 1.2), (30, 30, 3.5, 3.5, 1, 1), (40, 25, 2.1, 4.6, 0.5, 0.4),
        (100, 250, 3.4, 3.55, 1, 1), (1000, 3000, 3.6, 3.62, 0.9, 0.9), (20000, 18000, 3.0, 3.1, 1.1, 1.0),
        (200, 200, 1.5, 4.5, 0.4, 0.4),
    ]:
        pairs.append((likert(na, ca, sa), likert(nb, cb, sb)))
    pairs.append((np.array([4.0, 4, 4, 4]), likert(10, 3, 1)))     # zero variance on one side
    pairs.append((likert(15, 3, 1), np.array([5.0, 5, 5, 5, 5])))
    pairs.append((np.array([3.0, 3, 3]), np.array([4.0, 4, 4, 4])))  # both zero variance: no test
    pairs.append((np.array([3.0]), likert(8, 3, 1)))                # n = 1: no test
    return pairs


def two_sample():
    welch, hedges = [], []
    for a, b in sample_pairs():
        sa, sb = summary(a), summary(b)
        if a.size >= 2 and b.size >= 2 and (a.var() > 0 or b.var() > 0):
            r = stats.ttest_ind(a, b, equal_var=False)
            w = {"statistic": f(r.statistic), "df": f(r.df), "pValue": f(r.pvalue)}
        else:
            w = None
        welch.append({"a": sa, "b": sb, "expected": w})
        pooled_ok = a.size >= 2 and b.size >= 2 and ((a.size - 1) * a.var(ddof=1) + (b.size - 1) * b.var(ddof=1)) > 0
        g = f(pg.compute_effsize(b, a, paired=False, eftype="hedges")) if pooled_ok else None
        hedges.append({"a": sa, "b": sb, "expected": g})
    write("welch", "scipy.stats.ttest_ind(a, b, equal_var=False) on the raw samples", welch)
    write("hedges", "pingouin.compute_effsize(b, a, paired=False, eftype='hedges')", hedges)

    intervals = []
    for x in [likert(2), likert(3), likert(7), np.array([3.0, 3, 3, 3]), likert(50), likert(5000, 4, 0.6)]:
        s = summary(x)
        for c in [0.8, 0.9, 0.95, 0.99]:
            if x.size < 2:
                continue
            se = math.sqrt(s["variance"] / s["n"])
            lo, hi = stats.t.interval(c, s["n"] - 1, loc=s["mean"], scale=se) if se > 0 else (s["mean"], s["mean"])
            intervals.append({"summary": s, "confidence": c, "lower": f(lo), "upper": f(hi)})
    write("mean_interval", "scipy.stats.t.interval(c, n - 1, loc=mean, scale=sd/sqrt(n))", intervals)


# --- proportions -----------------------------------------------------------------------------------------
def proportions():
    wilson = []
    for k, n in [(0, 1), (1, 1), (0, 5), (3, 5), (5, 5), (1, 12), (40, 57), (0, 200), (199, 200), (512, 1000),
                 (3, 100000), (654321, 1000000)]:
        for c in [0.9, 0.95, 0.99]:
            lo, hi = proportion_confint(k, n, alpha=1 - c, method="wilson")
            wilson.append({"successes": k, "n": n, "confidence": c, "lower": f(lo), "upper": f(hi)})
    write("wilson", "statsmodels.stats.proportion.proportion_confint(k, n, alpha=1-c, method='wilson')", wilson)

    ztest = []
    for k1, n1, k2, n2 in [(5, 10, 7, 10), (1, 2, 2, 3), (30, 50, 31, 52), (0, 20, 5, 20), (20, 20, 15, 20),
                           (400, 1000, 480, 1000), (9000, 20000, 9400, 21000), (1, 1000, 150, 1000),
                           (60, 80, 5, 90), (0, 10, 0, 12), (10, 10, 12, 12)]:
        if 0 < k1 + k2 < n1 + n2:
            z, p = proportions_ztest([k1, k2], [n1, n2])
            exp = {"statistic": f(z), "pValue": f(p)}
        else:
            exp = None
        ztest.append({"successes1": k1, "n1": n1, "successes2": k2, "n2": n2, "expected": exp})
    write("two_proportion", "statsmodels.stats.proportion.proportions_ztest([k1, k2], [n1, n2])", ztest)

    bh = []
    for p in [[0.01], [0.01, 0.04, 0.03, 0.2], [0.5, 0.5, 0.5], [0.001, 0.001, 0.04, 0.04, 0.9],
              list(RNG.uniform(0, 1, 12)), list(RNG.uniform(0, 0.05, 20)), [1.0, 0.99, 0.98], [0.0, 0.2, 1e-12],
              list(np.round(RNG.uniform(0, 0.1, 30), 3))]:
        bh.append({"pValues": [f(x) for x in p], "adjusted": [f(x) for x in multipletests(p, method="fdr_bh")[1]]})
    write("benjamini_hochberg", "statsmodels.stats.multitest.multipletests(p, method='fdr_bh')[1]", bh)


# --- trends ----------------------------------------------------------------------------------------------
def series_cases():
    out = []
    for n, slope, noise in [(3, 0.1, 0.05), (4, 0, 0.1), (6, 0.05, 0.1), (12, 0.02, 0.05), (12, -0.04, 0.08),
                            (24, 0.01, 0.1), (36, 0, 0.1), (60, 0.005, 0.05)]:
        y = 3.4 + slope * np.arange(n) + RNG.normal(0, noise, n)
        out.append(list(np.round(y, 2)))  # rounded to 2 decimals: realistic ties
    out.append([3.0, 3.1, 3.2, 3.3, 3.4, 3.5])              # perfect line
    out.append([3.5, 3.5, 3.6, 3.5, 3.7, 3.7, 3.8, 3.6])    # heavy ties
    out.append([4.0, 3.0, 4.0, 3.0, 4.0, 3.0, 4.0])         # alternating
    return out


def trends():
    lin, mkc, ts = [], [], []
    for y in series_cases():
        n = len(y)
        for x in [list(map(float, range(n))), [float(v) for v in np.cumsum(RNG.integers(1, 3, n))]]:
            r = stats.linregress(x, y)
            for c in [0.9, 0.95]:
                half = stats.t.ppf((1 + c) / 2, n - 2) * r.stderr
                lin.append({"x": x, "y": y, "confidence": c, "slope": f(r.slope), "intercept": f(r.intercept),
                            "pValue": f(r.pvalue), "stderr": f(r.stderr),
                            "lower": f(r.slope - half), "upper": f(r.slope + half)})
        m = mk.original_test(y)
        mkc.append({"y": y, "s": int(m.s), "variance": f(m.var_s), "z": f(m.z), "tau": f(m.Tau), "pValue": f(m.p),
                    "pValueExact": f(2 * stats.norm.sf(abs(m.z)))})
    for y in series_cases() + [[3.2, 3.2, 3.2, 3.2]]:
        n = len(y)
        xs = [list(map(float, range(n))), [float(v) for v in np.sort(RNG.integers(0, max(2, n // 2), n))]]
        for x in xs:
            if len(set(x)) < 2:
                continue
            for c in [0.9, 0.95]:
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    r = stats.theilslopes(y, x, alpha=c, method="separate")
                ts.append({"x": x, "y": y, "confidence": c, "slope": f(r.slope), "intercept": f(r.intercept),
                           "lower": f(r.low_slope), "upper": f(r.high_slope)})
    write("linear_trend", "scipy.stats.linregress(x, y); interval slope ± t.ppf((1+c)/2, n-2)·stderr", lin)
    write("mann_kendall", "pymannkendall.original_test(y); pValueExact = 2·norm.sf(|z|)", mkc)
    write("theil_sen", "scipy.stats.theilslopes(y, x, alpha=c, method='separate')", ts)


# --- medians and reliability -----------------------------------------------------------------------------
def medians():
    values = [1.0, 2.0, 3.0, 4.0, 5.0]
    cases = []
    for counts in [[1, 0, 0, 0, 0], [0, 0, 0, 0, 2], [1, 0, 0, 0, 1], [2, 0, 3, 1, 0], [0, 5, 5, 0, 0],
                   [10, 20, 30, 40, 50], [3, 3, 0, 3, 3]] + [list(map(int, RNG.integers(0, 40, 5))) for _ in range(8)]:
        expanded = np.repeat(values, counts)
        cases.append({"counts": counts, "values": values, "median": f(np.median(expanded))})
    write("median", "numpy.median of the expanded histogram", cases)


def reliability():
    cases = []
    for n, k, loading, missing in [(2, 2, 0.9, 0), (5, 3, 0.8, 0), (30, 4, 0.7, 0.05), (200, 6, 0.5, 0.02),
                                   (80, 2, 0.1, 0), (1000, 5, 0.6, 0.01), (25, 3, -0.3, 0)]:
        while True:
            common = RNG.normal(0, 1, n)
            data = np.column_stack([np.clip(np.rint(3 + loading * common + RNG.normal(0, 1, n)), 1, 5)
                                    for _ in range(k)])
            mask = RNG.uniform(0, 1, data.shape) < missing
            data[mask] = np.nan
            complete = data[~np.isnan(data).any(axis=1)]
            if len(complete) >= 2 and (complete.var(axis=0) > 0).all():
                break
        alpha = pg.cronbach_alpha(pd.DataFrame(data), nan_policy="listwise")[0]
        rest = [np.corrcoef(complete[:, i], complete.sum(axis=1) - complete[:, i])[0, 1] for i in range(k)]
        cases.append({"n": int(len(complete)), "sums": [f(s) for s in complete.sum(axis=0)],
                      "crossProducts": [[f(v) for v in row] for row in complete.T @ complete],
                      "alpha": f(alpha), "itemRest": [f(v) for v in rest]})
    write("reliability", "pingouin.cronbach_alpha(df, nan_policy='listwise')[0]; numpy.corrcoef(item, rest)", cases)


# --- run chart: the runs table ---------------------------------------------------------------------------
def runs_table():
    """Swed & Eisenhart (1943) runs distribution, ⌊N/2⌋ vs ⌈N/2⌉, limits at 2.5 % per tail, exact rationals."""
    rows = []
    for total in range(10, 61):
        m, n = total // 2, total - total // 2
        pmf = {}
        for r in range(2, total + 1):
            k = r // 2
            ways = 2 * comb(m - 1, k - 1) * comb(n - 1, k - 1) if r % 2 == 0 else \
                comb(m - 1, k - 1) * comb(n - 1, k) + comb(m - 1, k) * comb(n - 1, k - 1)
            pmf[r] = Fraction(ways, comb(total, m))
        tail = Fraction(25, 1000)
        cum, lower = 0, None
        for r in sorted(pmf):
            if cum + pmf[r] > tail:
                lower = r
                break
            cum += pmf[r]
        cum, upper = 0, None
        for r in sorted(pmf, reverse=True):
            if cum + pmf[r] > tail:
                upper = r
                break
            cum += pmf[r]
        rows.append({"useful": total, "lower": lower, "upper": upper})
    write("runs_table", "exact Swed-Eisenhart runs distribution (fractions), 2.5% per tail", rows)


if __name__ == "__main__":
    distributions()
    two_sample()
    proportions()
    trends()
    medians()
    reliability()
    runs_table()
    print(f"wrote {sorted(p.name for p in OUT.glob('*.json'))}; {sum(p.stat().st_size for p in OUT.glob('*.json'))} bytes")
