package zipfscale.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import zipfscale.asymptotic.ExpansionContext;
import zipfscale.asymptotic.ExpansionResult;
import zipfscale.asymptotic.Expander;
import zipfscale.asymptotic.EulerMaclaurinSums;
import zipfscale.asymptotic.HarmonicSums;
import zipfscale.asymptotic.SignOracle;
import zipfscale.cas.ExpressionReader;
import zipfscale.cas.Positions;
import zipfscale.check.SymbolicBackend;
import zipfscale.check.WallClockBudget;
import zipfscale.diag.InputException;
import zipfscale.diag.SourceSpan;
import zipfscale.expr.Comparison;
import zipfscale.expr.Expr;
import zipfscale.expr.Symbol;
import zipfscale.render.ExpansionPrinter;

/**
 * {@code zipfscale expand 'EXPR' --as x --terms N [--assume 'b > 0' ...] [--json] [--why]}: the first N
 * terms of the asymptotic expansion of EXPR as x -> Infinity, with the remainder's order, and the proof
 * chain (sources, side conditions) on request. Exit 0 with an expansion, 1 when none was found (the reason
 * is printed), 2 for bad input.
 */
@Command(name = "expand", mixinStandardHelpOptions = true,
        description = "Asymptotic expansion of an expression as a variable grows: the first N terms and the "
                + "order of the remainder. Exit 0 with an expansion, 1 when none was found, 2 for bad input.")
public final class ExpandCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "EXPR", description = "e.g. 'Gamma(x + 1/2)/Gamma(x)'")
    String expression;

    @Option(names = "--as", paramLabel = "VAR", required = true, description = "the variable that grows to Infinity")
    String variable;

    @Option(names = "--terms", paramLabel = "N", description = "number of terms (default: ${DEFAULT-VALUE})")
    int terms = 3;

    @Option(names = "--assume", paramLabel = "CONDITION", description = "an assumption on the parameters, e.g. 'b > 0' (repeatable)")
    List<String> assumptions = new ArrayList<>();

    @Option(names = "--json", description = "print the expansion as JSON")
    boolean json;

    @Option(names = "--why", description = "print the proof chain: rules, sources (DLMF), side conditions")
    boolean why;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "wall-clock budget (default: ${DEFAULT-VALUE})")
    double timeoutSeconds = 30;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (terms < 1 || terms > 30) {
            throw new InputException("--terms must be between 1 and 30, got " + terms);
        }
        if (!(timeoutSeconds > 0) || Double.isInfinite(timeoutSeconds) || timeoutSeconds * 1000 < 1) {
            throw new InputException("--timeout must be a positive number of seconds, got " + timeoutSeconds);
        }
        if (!variable.matches("[A-Za-z][A-Za-z0-9]*")) {
            throw new InputException("--as must be a variable name, got '" + variable + "'");
        }
        Expr f = ExpressionReader.read(expression, Positions.from(new SourceSpan("<expression>", 1, 1, 1)), expression);
        List<Comparison> assumed = new ArrayList<>();
        for (String a : assumptions) {
            assumed.addAll(ExpressionReader.readComparisons(a, Positions.from(new SourceSpan("<assume>", 1, 1, 1)), a));
        }
        SymbolicBackend symja = SymbolicBackend.symja(Duration.ofSeconds(10));
        SignOracle oracle = new SignOracle(symja, assumed);
        WallClockBudget budget = new WallClockBudget(Duration.ofMillis((long) (timeoutSeconds * 1000)));
        Symbol x = new Symbol(variable);
        ExpansionResult r = budget.run("expand", () -> Expander.expand(f, x, terms, ExpansionContext.of(oracle)
                        .withSumRule(new EulerMaclaurinSums()).withSumRule(new HarmonicSums())),
                () -> new ExpansionResult.Unknown("no expansion within " + budget.describe()));
        var out = spec.commandLine().getOut();
        if (r instanceof ExpansionResult.Expanded ex) {
            UnaryOperator<Expr> display = c -> {
                Expr s = oracle.normalForm("Simplify", c);
                return s == null ? c : s;
            };
            out.print(json ? ExpansionPrinter.json(f, ex.expansion(), display) + "\n"
                    : ExpansionPrinter.text(f, ex.expansion(), display, why));
            out.flush();
            return ExitCodes.OK;
        }
        String reason = ((ExpansionResult.Unknown) r).reason();
        out.print(json ? "{\"unknown\":" + com.fasterxml.jackson.databind.node.TextNode.valueOf(reason) + "}\n"
                : "unknown: " + reason + "\n");
        out.flush();
        return ExitCodes.NOT_ALL_HOLD;
    }
}
