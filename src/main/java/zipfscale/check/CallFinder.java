package zipfscale.check;

import zipfscale.expr.Call;
import zipfscale.expr.Expr;
import zipfscale.expr.Rewriter;

/** Whether an expression calls a function of a given name anywhere (sequences of issue 15). */
final class CallFinder extends Rewriter {
    private final String name;
    private boolean found;

    private CallFinder(String name) {
        this.name = name;
    }

    static boolean calls(Expr e, String name) {
        CallFinder f = new CallFinder(name);
        f.rewrite(e);
        return f.found;
    }

    @Override
    public Expr visitCall(Call c) {
        if (c.function().equals(name) && c.builtin() == null) {
            found = true;
        }
        return super.visitCall(c);
    }
}
