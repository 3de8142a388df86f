package zipfscale.numerics;

import java.util.Map;
import zipfscale.expr.Add;
import zipfscale.expr.Call;
import zipfscale.expr.Expr;
import zipfscale.expr.FreeSymbols;
import zipfscale.expr.Mul;
import zipfscale.expr.Pow;
import zipfscale.expr.Symbol;

/**
 * Whether {@code Sum(f, {k, lo, Infinity})} converges at a point, decided from the shape of f, never
 * from its values: each subexpression gets bounds {@code [lo, hi]} on its index of regular variation
 * (f(x) = x^(rho + o(1)) as x -> infinity with lo <= rho <= hi; -infinity for a factor that decays like
 * {@code exp(-c x^a)}) and, where known, its eventual sign. The sum converges absolutely when
 * {@code hi < -1} (comparison with {@code sum k^(hi + eps - ... )}, Bingham-Goldie-Teugels 1.5.6: a
 * regularly varying function of index rho < -1 is summable). {@code hi = -1} (e.g. {@code 1/(k Log(k)^2)})
 * is not decided: the answer is then "not established", and the evaluators refuse the point.
 *
 * <p>Rules (x -> infinity): a k-free factor c != 0 has index 0 and the sign of c; k has index 1; products
 * add bounds; a sum's upper bound is the largest upper bound (|a + b| <= |a| + |b|), its lower bound
 * and sign are those of a single dominant term (upper bound of every other term strictly below the
 * dominant term's lower bound); {@code g^s} (s a number) scales the bounds of a positive g by s;
 * {@code Exp(g)} is slowly varying when g -> 0 (upper index below 0), decays faster than any power when g
 * is eventually negative with lower index > 0, and grows so when g is eventually positive with lower
 * index > 0; {@code Log(g)} is slowly varying for g -> infinity (lower index > 0), and
 * {@code Log(1 + h)} has the bounds of h when h -> 0, and so has {@code c (1 - Exp(h))} (c != 0 free of k,
 * written {@code c - c Exp(h)}), which is {@code -c h (1 + o(1))}. Anything else is unknown.
 */
final class SummandDecay {
    private static final double INF = Double.POSITIVE_INFINITY;

    /** Index bounds and eventual sign (+1, -1, or 0 for unknown). */
    record Index(double lo, double hi, int sign) {
        static final Index UNKNOWN = new Index(-INF, INF, 0);
        static final Index FAST_DECAY = new Index(-INF, -INF, 0);
    }

    private final String k;
    private final Map<String, Double> env;

    private SummandDecay(String k, Map<String, Double> env) {
        this.k = k;
        this.env = env;
    }

    /** Null when {@code Sum(body, {k, ., Infinity})} provably converges at the point, else the reason it is not established. */
    static String whyNotConvergent(Expr body, String k, Map<String, Double> env) {
        Index i = new SummandDecay(k, env).index(body);
        if (i.hi() < -1) {
            return null;
        }
        if (i.hi() == INF) {
            return "its convergence is not established (no decay bound for the summand)";
        }
        return "its convergence is not established: the summand is of index at most " + i.hi()
                + " as " + k + " -> Infinity, not below -1";
    }

    Index index(Expr e) {
        if (!FreeSymbols.of(e).contains(k)) {
            double c;
            try {
                c = DoubleEvaluator.evaluate(e, env);
            } catch (EvaluationException ex) {
                return Index.UNKNOWN;
            }
            return c == 0 ? Index.FAST_DECAY : new Index(0, 0, c > 0 ? 1 : -1);
        }
        if (e instanceof Symbol) {
            return new Index(1, 1, 1);
        }
        if (e instanceof Mul m) {
            double lo = 0;
            double hi = 0;
            int sign = 1;
            boolean fast = false;
            for (Expr f : m.factors()) {
                Index i = index(f);
                if (i.hi() == INF) {
                    return Index.UNKNOWN; // an unbounded or exponentially growing factor
                }
                fast |= i.hi() == -INF;
                lo += i.lo();
                hi += i.hi();
                sign *= i.sign();
            }
            return fast ? Index.FAST_DECAY : new Index(lo, hi, sign);
        }
        if (e instanceof Add a) {
            Index one = oneMinusExp(a);
            return one != null ? one : sum(a);
        }
        if (e instanceof Pow p) {
            if (FreeSymbols.of(p.exponent()).contains(k)) {
                if (!FreeSymbols.of(p.base()).contains(k)) {
                    // b^g = Exp(g log b)
                    return exp(index(Expr.mul(p.exponent(), new Call("Log", java.util.List.of(p.base())))));
                }
                return Index.UNKNOWN;
            }
            double s;
            try {
                s = DoubleEvaluator.evaluate(p.exponent(), env);
            } catch (EvaluationException ex) {
                return Index.UNKNOWN;
            }
            Index b = index(p.base());
            if (b.sign() != 1) {
                return Index.UNKNOWN;
            }
            if (b.hi() == -INF) {
                return s > 0 ? Index.FAST_DECAY : Index.UNKNOWN;
            }
            return s >= 0 ? new Index(s * b.lo(), s * b.hi(), 1) : new Index(s * b.hi(), s * b.lo(), 1);
        }
        if (e instanceof Call c && c.args().size() == 1 && c.function().equals("Exp")) {
            Expr asPower = logPower(c.args().get(0));
            if (asPower != null) {
                return index(asPower);
            }
        }
        if (e instanceof Call c && c.args().size() == 1) {
            Index g = index(c.args().get(0));
            switch (c.function()) {
                case "Exp": return exp(g);
                case "Sqrt": return g.sign() == 1 && g.hi() > -INF ? new Index(g.lo() / 2, g.hi() / 2, 1) : Index.UNKNOWN;
                case "Log": return log(c.args().get(0), g);
                default: return Index.UNKNOWN;
            }
        }
        return Index.UNKNOWN;
    }

    /** {@code Exp(c Log(g))} with c free of k, as {@code g^c}; else null. */
    private Expr logPower(Expr arg) {
        java.util.List<Expr> fs = arg instanceof Mul m ? m.factors() : java.util.List.of(arg);
        Expr g = null;
        java.util.List<Expr> cs = new java.util.ArrayList<>();
        for (Expr f : fs) {
            if (!FreeSymbols.of(f).contains(k)) {
                cs.add(f);
            } else if (g == null && f instanceof Call l && l.function().equals("Log") && l.args().size() == 1) {
                g = l.args().get(0);
            } else {
                return null;
            }
        }
        if (g == null) {
            return null;
        }
        return Expr.pow(g, cs.isEmpty() ? Expr.num(1) : cs.size() == 1 ? cs.get(0) : Expr.mul(cs.toArray(new Expr[0])));
    }

    /**
     * {@code c + d Exp(h)} with d = -c != 0 (free of k) and h -> 0 (upper index below 0): {@code c (1 - e^h) =
     * -c h (1 + o(1))}, so the index bounds of h and the sign of -c h; else null.
     */
    private Index oneMinusExp(Add a) {
        if (a.terms().size() != 2) {
            return null;
        }
        for (int i = 0; i < 2; i++) {
            Expr cTerm = a.terms().get(i);
            Expr other = a.terms().get(1 - i);
            if (FreeSymbols.of(cTerm).contains(k)) {
                continue;
            }
            Expr d = null;
            Expr h = null;
            if (other instanceof Call c && c.function().equals("Exp") && c.args().size() == 1) {
                d = zipfscale.expr.Expr.num(1);
                h = c.args().get(0);
            } else if (other instanceof Mul m && m.factors().size() == 2) {
                for (int j = 0; j < 2; j++) {
                    if (!FreeSymbols.of(m.factors().get(j)).contains(k) && m.factors().get(1 - j) instanceof Call c
                            && c.function().equals("Exp") && c.args().size() == 1) {
                        d = m.factors().get(j);
                        h = c.args().get(0);
                    }
                }
            }
            if (h == null) {
                continue;
            }
            double cv;
            double dv;
            try {
                cv = DoubleEvaluator.evaluate(cTerm, env);
                dv = DoubleEvaluator.evaluate(d, env);
            } catch (EvaluationException ex) {
                return null;
            }
            if (cv == 0 || !Double.isFinite(cv) || cv != -dv) {
                return null;
            }
            Index ih = index(h);
            if (!(ih.hi() < 0) || ih.hi() == -INF) {
                return null;
            }
            int sign = ih.sign() == 0 ? 0 : (cv > 0 ? -ih.sign() : ih.sign());
            return new Index(ih.lo(), ih.hi(), sign);
        }
        return null;
    }

    private Index sum(Add a) {
        double hi = -INF;
        Index top = null;
        int tops = 0;
        for (Expr t : a.terms()) {
            Index i = index(t);
            if (i.hi() > hi) {
                hi = i.hi();
                top = i;
                tops = 1;
            } else if (i.hi() == hi) {
                tops++;
            }
        }
        if (top == null || hi == -INF) {
            return Index.FAST_DECAY;
        }
        // dominant term: every other term's upper bound strictly below its lower bound
        if (tops == 1 && top.sign() != 0) {
            boolean dominant = true;
            for (Expr t : a.terms()) {
                Index i = index(t);
                if (i != top && !i.equals(top) && i.hi() >= top.lo()) {
                    dominant = false;
                }
            }
            if (dominant) {
                return top;
            }
        }
        return new Index(-INF, hi, 0);
    }

    private static Index exp(Index g) {
        if (g.hi() < 0) {
            return new Index(0, 0, 1);
        }
        if (g.lo() > 0 && g.sign() == -1) {
            return new Index(-INF, -INF, 1);
        }
        if (g.lo() > 0 && g.sign() == 1) {
            return new Index(INF, INF, 1);
        }
        return Index.UNKNOWN;
    }

    private Index log(Expr arg, Index g) {
        if (g.sign() == 1 && g.lo() > 0) {
            return new Index(0, 0, 1);
        }
        if (arg instanceof Add a && a.terms().size() == 2) {
            for (int i = 0; i < 2; i++) {
                Expr one = a.terms().get(i);
                Expr h = a.terms().get(1 - i);
                if (one instanceof zipfscale.expr.Rational r && r.isInteger()
                        && r.numerator().equals(java.math.BigInteger.ONE)) {
                    Index ih = index(h);
                    if (ih.hi() < 0) {
                        return ih; // log(1 + h) ~ h
                    }
                }
            }
        }
        return Index.UNKNOWN;
    }
}
