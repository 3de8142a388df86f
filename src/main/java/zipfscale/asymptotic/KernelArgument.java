package zipfscale.asymptotic;

import java.util.ArrayList;
import java.util.List;
import zipfscale.expr.Add;
import zipfscale.expr.Call;
import zipfscale.expr.Expr;
import zipfscale.expr.FreeSymbols;
import zipfscale.expr.Mul;
import zipfscale.expr.Pow;
import zipfscale.expr.Rational;
import zipfscale.expr.Rewriter;
import zipfscale.expr.Sum;

/**
 * The substitution of the harmonic-sum lemma (eq. (27)): in a summand {@code w_k g(a x w_k^beta)} the
 * kernel argument {@code a x w_k^beta} is found as a product node and replaced by a fresh u, which gives
 * the kernel {@code g(u)} as an expression, the amplitude a and the power beta.
 *
 * @param a the amplitude (free of x and k)
 * @param beta the power of the weight
 * @param kernel g(u)
 * @param u the name of the kernel's variable
 */
public record KernelArgument(Expr a, Expr beta, Expr kernel, String u) {

    /**
     * The kernel argument of {@code g}: a product node {@code a x w_k^beta} (x to the power 1, the weight call
     * to a k- and x-free power, other factors free of k and x, a sign allowed), every occurrence of it (up to
     * sign) replaced by u; the rest must be free of x and k.
     */
    public static KernelArgument find(Expr g, Expr weightCall, String x, String k) {
        Mul node = findArgument(g, weightCall, x, k);
        if (node == null) {
            throw new AsymptoticFailure("no kernel argument a*" + x + "*w_k^beta (" + x + " to the power 1) in "
                    + StepText.of(g));
        }
        Expr beta = Expr.num(1);
        List<Expr> a = new ArrayList<>();
        for (Expr f : node.factors()) {
            if (MellinTable.isSymbol(f, x)) {
                continue;
            }
            if (f.equals(weightCall)) {
                continue;
            }
            if (f instanceof Pow p && p.base().equals(weightCall)) {
                beta = p.exponent();
                continue;
            }
            if (f instanceof Rational r && r.signum() < 0) {
                Rational abs = Rational.of(r.numerator().negate(), r.denominator());
                if (!abs.equals(Expr.num(1))) {
                    a.add(abs);
                }
                continue;
            }
            a.add(f);
        }
        String u = "u";
        List<Expr> core = core(node);
        Expr kernel = new Rewriter() {
            @Override
            public Expr visitMul(Mul e) {
                List<Expr> c = core(e);
                if (sameMultiset(c, core)) {
                    return odd(e) ? Expr.neg(Expr.sym(u)) : Expr.sym(u);
                }
                return super.visitMul(e);
            }
        }.rewrite(g);
        if (FreeSymbols.of(kernel).contains(x) || FreeSymbols.of(kernel).contains(k)) {
            throw new AsymptoticFailure("after u := a*" + x + "*w_k^beta the kernel still has " + x + " or " + k + ": "
                    + StepText.of(kernel));
        }
        Expr amp = a.isEmpty() ? Expr.num(1) : a.size() == 1 ? a.get(0) : new Mul(a);
        return new KernelArgument(amp, beta, kernel, u);
    }

    /** The factors of a product with the signs of its rational factors removed (and 1s dropped). */
    private static List<Expr> core(Mul m) {
        List<Expr> out = new ArrayList<>();
        for (Expr f : m.factors()) {
            if (f instanceof Rational r && r.signum() < 0) {
                Rational abs = Rational.of(r.numerator().negate(), r.denominator());
                if (!abs.equals(Expr.num(1))) {
                    out.add(abs);
                }
            } else {
                out.add(f);
            }
        }
        return out;
    }

    /** Whether a product carries an odd number of negative rational factors. */
    static boolean odd(Mul m) {
        boolean neg = false;
        for (Expr f : m.factors()) {
            if (f instanceof Rational r && r.signum() < 0) {
                neg = !neg;
            }
        }
        return neg;
    }

    /** Whether two factor lists hold the same factors, each as often. */
    static boolean sameMultiset(List<Expr> a, List<Expr> b) {
        if (a.size() != b.size()) {
            return false;
        }
        List<Expr> rest = new ArrayList<>(b);
        for (Expr e : a) {
            if (!rest.remove(e)) {
                return false;
            }
        }
        return true;
    }

    private static Mul findArgument(Expr e, Expr weightCall, String x, String k) {
        if (e instanceof Mul m) {
            int xs = 0;
            int ws = 0;
            boolean others = true;
            for (Expr f : m.factors()) {
                if (MellinTable.isSymbol(f, x)) {
                    xs++;
                } else if (f.equals(weightCall) || (f instanceof Pow p && p.base().equals(weightCall)
                        && !FreeSymbols.of(p.exponent()).contains(k) && !FreeSymbols.of(p.exponent()).contains(x))) {
                    ws++;
                } else if (FreeSymbols.of(f).contains(k) || FreeSymbols.of(f).contains(x)) {
                    others = false;
                }
            }
            if (xs == 1 && ws == 1 && others) {
                return m;
            }
        }
        List<Expr> kids = children(e);
        for (Expr c : kids) {
            Mul found = findArgument(c, weightCall, x, k);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** The direct subexpressions searched for a kernel's argument (a sum's body, not its bounds). */
    static List<Expr> children(Expr e) {
        if (e instanceof Add a) {
            return a.terms();
        }
        if (e instanceof Mul m) {
            return m.factors();
        }
        if (e instanceof Pow p) {
            return List.of(p.base(), p.exponent());
        }
        if (e instanceof Call c) {
            return c.args();
        }
        if (e instanceof Sum s) {
            return List.of(s.body());
        }
        return List.of();
    }
}
