package zipfscale.check;

import java.util.List;
import java.util.Map;
import zipfscale.expr.Add;
import zipfscale.expr.Call;
import zipfscale.expr.Constant;
import zipfscale.expr.Decimal;
import zipfscale.expr.Expr;
import zipfscale.expr.Integral;
import zipfscale.expr.Mul;
import zipfscale.expr.Pow;
import zipfscale.expr.Rational;
import zipfscale.expr.Sum;
import zipfscale.expr.Symbol;

/**
 * A written-out claim compiled to a tree of closures over a slot array, for the hot loop of the
 * counterexample search (issue 15): the same arithmetic as {@link zipfscale.numerics.DoubleEvaluator}
 * for + * ^ Exp Log Sqrt Abs Max Min, without its per-node map look-ups. A result that is not a finite
 * real number is NaN (the candidate is then undefined). Any other node (special functions, sums left
 * as sums) is not compiled: {@link #compile} returns null and the search uses the engine's evaluator.
 * A refutation is never decided here: it is re-evaluated by the 40-digit evaluator.
 */
final class CompiledExpression {

    /** One compiled node. */
    interface Node {
        double eval(double[] x);
    }

    private CompiledExpression() {
    }

    /** The compiled form of {@code e} with each free symbol read from its slot, or null. */
    static Node compile(Expr e, Map<String, Integer> slots) {
        try {
            return e.accept(new Compiler(slots));
        } catch (UnsupportedOperationException ex) {
            return null;
        }
    }

    private static final class Compiler implements Expr.Visitor<Node> {
        private final Map<String, Integer> slots;

        Compiler(Map<String, Integer> slots) {
            this.slots = slots;
        }

        @Override
        public Node visitRational(Rational e) {
            double v = e.doubleValue();
            return x -> v;
        }

        @Override
        public Node visitDecimal(Decimal e) {
            double v = e.value().doubleValue();
            return x -> v;
        }

        @Override
        public Node visitSymbol(Symbol e) {
            Integer i = slots.get(e.name());
            if (i == null) {
                throw new UnsupportedOperationException(e.name());
            }
            int s = i;
            return x -> x[s];
        }

        @Override
        public Node visitConstant(Constant e) {
            if (e.kind() == Constant.Kind.PI) {
                return x -> Math.PI;
            }
            if (e.kind() == Constant.Kind.EULER_GAMMA) {
                return x -> 0.57721566490153286061;
            }
            throw new UnsupportedOperationException("Infinity");
        }

        @Override
        public Node visitAdd(Add e) {
            Node[] t = all(e.terms());
            return x -> {
                double s = 0;
                for (Node n : t) {
                    s += n.eval(x);
                }
                return s;
            };
        }

        @Override
        public Node visitMul(Mul e) {
            Node[] t = all(e.factors());
            return x -> {
                double p = 1;
                for (Node n : t) {
                    p *= n.eval(x);
                }
                return p;
            };
        }

        @Override
        public Node visitPow(Pow e) {
            Node b = e.base().accept(this);
            if (e.exponent() instanceof Rational r && r.denominator().equals(java.math.BigInteger.ONE)
                    && r.numerator().bitLength() < 31) {
                int n = r.numerator().intValue();
                return x -> {
                    double v = b.eval(x);
                    return v == 0 && n < 0 ? Double.NaN : Math.pow(v, n);
                };
            }
            if (e.exponent() instanceof Rational r && !r.denominator().testBit(0) || !(e.exponent() instanceof Rational)) {
                Node p = e.exponent().accept(this);
                return x -> {
                    double v = b.eval(x);
                    double q = p.eval(x);
                    if (v < 0 && q != Math.rint(q) || v == 0 && q < 0) {
                        return Double.NaN;
                    }
                    return Math.pow(v, q);
                };
            }
            throw new UnsupportedOperationException("odd root");
        }

        @Override
        public Node visitCall(Call e) {
            if (e.builtin() == null) {
                throw new UnsupportedOperationException(e.function());
            }
            Node[] a = all(e.args());
            switch (e.builtin()) {
                case EXP:
                    return x -> Math.exp(a[0].eval(x));
                case LOG:
                    if (a.length == 2) {
                        return x -> logOf(a[1].eval(x)) / logOf(a[0].eval(x));
                    }
                    return x -> logOf(a[0].eval(x));
                case SQRT:
                    return x -> {
                        double v = a[0].eval(x);
                        return v < 0 ? Double.NaN : Math.sqrt(v);
                    };
                case ABS:
                    return x -> Math.abs(a[0].eval(x));
                case MAX:
                    return x -> {
                        double m = Double.NEGATIVE_INFINITY;
                        for (Node n : a) {
                            m = Math.max(m, n.eval(x));
                        }
                        return m;
                    };
                case MIN:
                    return x -> {
                        double m = Double.POSITIVE_INFINITY;
                        for (Node n : a) {
                            m = Math.min(m, n.eval(x));
                        }
                        return m;
                    };
                default:
                    throw new UnsupportedOperationException(e.function());
            }
        }

        private static double logOf(double v) {
            return v <= 0 ? Double.NaN : Math.log(v);
        }

        @Override
        public Node visitSum(Sum e) {
            throw new UnsupportedOperationException("sum");
        }

        @Override
        public Node visitIntegral(Integral e) {
            throw new UnsupportedOperationException("integral");
        }

        private Node[] all(List<Expr> items) {
            Node[] out = new Node[items.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = items.get(i).accept(this);
            }
            return out;
        }
    }
}
