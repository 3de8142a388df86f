package zipfscale.check;

import java.math.BigDecimal;
import zipfscale.expr.Decimal;
import zipfscale.expr.Expr;

/** A double as the exact decimal expression of its binary value (no rounding on the way to Symja). */
final class Decimals {

    private Decimals() {
    }

    static Expr exact(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Expr.num((long) v);
        }
        return Decimal.of(new BigDecimal(v).toPlainString());
    }
}
