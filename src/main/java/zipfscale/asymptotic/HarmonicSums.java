package zipfscale.asymptotic;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import zipfscale.expr.Constant;
import zipfscale.expr.Expr;
import zipfscale.expr.Sum;
import zipfscale.expr.Symbol;

/**
 * The Mellin rule for harmonic sums (Flajolet-Gourdon-Dumas 1995, "Mellin transforms and asymptotics:
 * harmonic sums", Theorem 1 and Section 4): for {@code S(x) = F x^e sum_{k>=L} lambda_k g(mu_k t)} read by
 * {@link HarmonicShape} ({@code lambda_k = c k^a (Log k)^m}, {@code mu_k = k^b}, {@code t = A x^gamma}),
 * <pre>
 *   M[S](s) = g*(s) * c sum_{k>=L} k^(a - b s) (Log k)^m = g*(s) * c (-1)^m Zeta^(m)(b s - a, L),
 * </pre>
 * on the fundamental strip: the strip of g* (from the {@link MellinTable}) cut by the half-plane where the
 * Dirichlet series converges, {@code Re(b s - a) > 1}. The strip must not be empty. Then the converse mapping
 * theorem (FGD Theorem 4) gives the expansion from the poles on one side of the strip: on the left when
 * t -> 0 (gamma < 0: the residues themselves), on the right when t -> infinity (gamma > 0: minus the
 * residues), in order, each term {@code o} of the one before:
 * <ul>
 * <li>the zeta pole {@code s0 = (a+1)/b} (on the left when b > 0, on the right when b < 0; Zeta(z, L) has a
 *     simple pole at z = 1 with residue 1, DLMF 25.11.1, so {@code (-1)^m Zeta^(m)(z, L) ~ m!/(z - 1)^(m+1)}):
 *     {@code c g*(s0) |gamma|^m/|b|^(m+1) A^(-s0) x^(-gamma s0) (Log x)^m}, exact when m = 0, up to
 *     {@code O(x^(-gamma s0) (Log x)^(m-1))} otherwise;</li>
 * <li>a simple pole sigma of g* with residue r (the table's): {@code ±r c Zeta(b sigma - a, L) A^(-sigma)
 *     x^(-gamma sigma)} (Riemann's Zeta when L = 1; for m >= 1 the series itself, which must converge there);
 *     a term whose zeta factor vanishes (a trivial zero) is no pole and is skipped;</li>
 * <li>the two at the same place (m = 0): a double pole, {@code -(±) c r gamma/b A^(-sigma) x^(-gamma sigma)
 *     Log x}, up to {@code O(x^(-gamma sigma))}.</li>
 * </ul>
 * Side conditions, each from the {@link SignOracle} or the table: b, gamma, c of fixed sign, A > 0, the strip
 * not empty, the order of the zeta pole among the poles of g*, and g* decaying on vertical lines faster than
 * any power (the table's reason; Zeta grows at most polynomially in vertical strips away from its pole,
 * Titchmarsh, The Theory of the Riemann Zeta-Function, 5.1, as do its derivatives by Cauchy's estimates,
 * so the product decays and the line integral past the last pole used is of lower order). The poles are
 * taken only as far as the table lists the poles of g* on that side, and stop at the first whose place
 * among them the assumptions do not decide. The remainder after the last term is o of it.
 */
public final class HarmonicSums implements SumExpansion {
    private static final String SOURCE = "Flajolet-Gourdon-Dumas 1995, Theorem 1 (harmonic sums) and Theorem 4 (converse mapping)";

    private final Map<String, ZipfWeight> weights;

    public HarmonicSums(Map<String, ZipfWeight> weights) {
        this.weights = Map.copyOf(weights);
    }

    public HarmonicSums() {
        this(Map.of());
    }

    @Override
    public Optional<ExpansionResult> expand(Sum s, Symbol x, int terms, ExpansionContext ctx) {
        try {
            HarmonicShape sh = HarmonicShape.match(s, x.name(), weights);
            if (sh == null) {
                return Optional.empty();
            }
            return Optional.of(new ExpansionResult.Expanded(expansion(s, sh, x, Math.max(terms, 1), ctx.oracle())));
        } catch (AsymptoticFailure f) {
            return Optional.of(new ExpansionResult.Unknown(f.getMessage()));
        }
    }

    /** The expansion of {@code s} to at most {@code terms} terms (fewer where the poles stop). */
    static AsymptoticExpansion expansion(Sum s, HarmonicShape sh, Symbol x, int terms, SignOracle oracle) {
        MellinRule rule = new MellinRule(s, sh, x, oracle);
        return rule.expand(terms);
    }

    /** The leading term for the leading-term calculus, or null when s is not a harmonic sum in its variable. */
    public static LeadingTerm leading(Sum s, LeadingTerms calc, Map<String, ZipfWeight> weights) {
        HarmonicShape sh = HarmonicShape.match(s, calc.variable(), weights);
        if (sh == null) {
            return null;
        }
        AsymptoticExpansion ex = expansion(s, sh, (Symbol) Expr.sym(calc.variable()), 1, calc.oracle());
        record(ex, calc);
        return toLeading(ex.terms().get(0));
    }

    /**
     * Two terms for sums that cancel against others ({@code Sum(k^-s Exp(-k/n)) - Zeta(s)}): the first exact
     * (a simple pole with m = 0), the second the leading term of the rest; null when there are not two such.
     */
    public static List<CancellingSum.Term> cancelling(Sum s, LeadingTerms calc, Map<String, ZipfWeight> weights) {
        AsymptoticExpansion ex;
        List<Boolean> exact = new ArrayList<>();
        try {
            HarmonicShape sh = HarmonicShape.match(s, calc.variable(), weights);
            if (sh == null) {
                return null;
            }
            MellinRule rule = new MellinRule(s, sh, (Symbol) Expr.sym(calc.variable()), calc.oracle());
            ex = rule.expand(2);
            exact.addAll(rule.exact());
        } catch (AsymptoticFailure f) {
            return null;
        }
        if (ex.terms().size() < 2 || !exact.get(0)) {
            return null;
        }
        record(ex, calc);
        return List.of(new CancellingSum.Term(toLeading(ex.terms().get(0)), true),
                new CancellingSum.Term(toLeading(ex.terms().get(1)), false));
    }

    private static void record(AsymptoticExpansion ex, LeadingTerms calc) {
        calc.chain().addAll(ex.steps());
    }

    static LeadingTerm toLeading(ExpansionTerm t) {
        ScaleMonomial m = t.monomial();
        if (!(m.logPower() instanceof zipfscale.expr.Rational r) || !r.isInteger() || !Coefficients.isZero(m.logLogPower())
                || !Coefficients.isZero(m.exponential())) {
            throw new AsymptoticFailure("the harmonic sum's term is outside the leading-term calculus");
        }
        return new LeadingTerm(PowerProduct.of(t.coefficient()), m.power(), r.numerator().intValueExact(), false);
    }

    /** Whether {@code e} is the constant Infinity (an infinite end of a strip). */
    static boolean isInfinite(Expr e) {
        return e == null || (e instanceof Constant c && c.kind() == Constant.Kind.INFINITY);
    }
}
