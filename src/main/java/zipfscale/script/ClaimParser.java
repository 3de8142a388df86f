package zipfscale.script;

import java.util.ArrayList;
import java.util.List;
import zipfscale.cas.ExpressionReader;
import zipfscale.claims.AsymptoticRelation;
import zipfscale.claims.Binding;
import zipfscale.claims.Domain;
import zipfscale.claims.Ensemble;
import zipfscale.diag.Diagnostic;
import zipfscale.diag.InputException;
import zipfscale.diag.SourceSpan;
import zipfscale.expr.Expr;
import zipfscale.expr.RelOp;

/**
 * Reads a {@code claim ID "Title":} block: the statement {@code lhs REL rhs [as VAR -> Infinity]} on the
 * indented lines below (joined when it spans several), and the clauses {@code where}, {@code for} and
 * {@code cite}.
 */
final class ClaimParser {

    private ClaimParser() {
    }

    static Statement.ClaimBlock parse(LineCursor header, List<SourceText> lines, SourceSpan span) {
        String id = header.name("the claim's identifier");
        String title = header.peek("\"") ? header.string("the claim's title") : id;
        header.expect(":", "':' at the end of the claim line");
        SourceText first = header.rest();
        List<SourceText> bodyParts = new ArrayList<>();
        List<Binding> where = new ArrayList<>();
        List<Domain> domains = new ArrayList<>();
        List<String> cites = new ArrayList<>();
        List<Ensemble> ensembles = new ArrayList<>();
        if (first.length() > 0) {
            bodyParts.add(first);
        }
        for (SourceText line : lines) {
            String w = firstWord(line.text());
            LineCursor c = new LineCursor(line);
            switch (w) {
                case "where":
                    c.name("where");
                    for (SourceText b : TopLevel.split(c.rest(), ',')) {
                        where.add(ScriptParser.binding(b));
                    }
                    break;
                case "for":
                    c.name("for");
                    if (ensembleAhead(line)) {
                        String n = c.name("the name of the sequence");
                        c.expect("in", "'in'");
                        ensembles.add(EnsembleClause.read(n, c, line));
                    } else {
                        domains.add(ScriptParser.domain(c, line));
                    }
                    break;
                case "cite":
                    c.name("cite");
                    cites.add(c.string("the citation"));
                    c.expectEnd();
                    break;
                default:
                    if (!where.isEmpty() || !domains.isEmpty() || !cites.isEmpty() || !ensembles.isEmpty()) {
                        throw new InputException(Diagnostic.error(line.span(0, 1),
                                "the statement of a claim comes before its where/for/cite clauses",
                                line.sourceLine()));
                    }
                    bodyParts.add(line);
            }
        }
        if (bodyParts.isEmpty()) {
            throw new InputException(Diagnostic.error(span, "claim '" + id
                    + "' has no statement: write it on the indented line below", null));
        }
        SourceText body = bodyParts.get(0);
        for (int i = 1; i < bodyParts.size(); i++) {
            body = body.join(bodyParts.get(i));
        }
        return statement(id, title, body, where, domains, cites, span, ensembles);
    }

    /** {@code for NAME in distributions(...)} or {@code sequences(...)}: a quantified claim (issue 15). */
    private static boolean ensembleAhead(SourceText line) {
        LineCursor probe = new LineCursor(line);
        try {
            probe.name("for");
            probe.name("a name");
            String text = probe.source().text();
            // `for p in` cut at the end of the line is not an ensemble: the domain parser reports what is missing
            return probe.accept("in") && !probe.peek("[") && probe.position() < text.length()
                    && Character.isLetter(text.charAt(probe.position()));
        } catch (zipfscale.diag.InputException e) {
            return false;
        }
    }

    private static String firstWord(String s) {
        int i = 0;
        while (i < s.length() && TopLevel.isNameChar(s.charAt(i))) {
            i++;
        }
        return s.substring(0, i);
    }

    private record Found(int offset, String spelling) { }

    private static Statement.ClaimBlock statement(String id, String title, SourceText body, List<Binding> where,
            List<Domain> domains, List<String> cites, SourceSpan span, List<Ensemble> ensembles) {
        String s = body.text();
        String variable = null;
        List<Integer> as = TopLevel.words(s, "as");
        SourceText main = body;
        if (!as.isEmpty()) {
            int at = as.get(as.size() - 1);
            SourceText tail = body.slice(at + 2, s.length());
            LineCursor c = new LineCursor(tail);
            variable = c.name("the variable after 'as'");
            c.expect("->", "'->' (as VAR -> Infinity)");
            if (!c.accept("Infinity")) {
                throw c.fail("expected 'Infinity' (only limits at infinity are supported)");
            }
            c.expectEnd();
            main = body.slice(0, at);
        }
        Found rel = relation(main);
        SourceText lhsText = main.slice(0, rel.offset());
        SourceText rhsText = main.slice(rel.offset() + rel.spelling().length(), main.length());
        Expr lhs = ExpressionReader.read(lhsText.text(), lhsText.positions(), lhsText.sourceLine());
        Expr rhs = ExpressionReader.read(rhsText.text(), rhsText.positions(), rhsText.sourceLine());
        boolean asymptotic = AsymptoticRelation.bySpelling(rel.spelling()) != null;
        if (asymptotic && variable == null) {
            throw new InputException(Diagnostic.error(main.span(rel.offset(), rel.spelling().length()),
                    "an asymptotic relation '" + rel.spelling() + "' needs 'as VAR -> Infinity'",
                    main.sourceLine()));
        }
        if (!asymptotic && variable != null) {
            throw new InputException(Diagnostic.error(main.span(rel.offset(), rel.spelling().length()),
                    "'as VAR -> Infinity' goes only with ~, asymp, =O or =o", main.sourceLine()));
        }
        if (variable != null && !ensembles.isEmpty()) {
            throw new InputException(Diagnostic.error(ensembles.get(0).span(), "a claim over distributions or"
                    + " sequences states ==, <=, <, >= or >, not an asymptotic relation", null));
        }
        return new Statement.ClaimBlock(id, title, lhs, rel.spelling(), rhs, variable, where, domains, cites, span,
                ensembles);
    }

    /** The one relation of a claim at depth 0; an error when there is none or more than one. */
    private static Found relation(SourceText t) {
        String s = t.text();
        int[] depth = TopLevel.depths(s);
        List<Found> found = new ArrayList<>();
        for (int i = 0; i < s.length(); i++) {
            if (depth[i] != 0) {
                continue;
            }
            char c = s.charAt(i);
            char next = i + 1 < s.length() ? s.charAt(i + 1) : '\0';
            if (c == '=' && next == '=') {
                found.add(new Found(i, "=="));
                i++;
            } else if ((c == '<' || c == '>') && next == '=') {
                found.add(new Found(i, c + "="));
                i++;
            } else if (c == '<' || (c == '>' && (i == 0 || s.charAt(i - 1) != '-'))) {
                found.add(new Found(i, String.valueOf(c)));
            } else if (c == '~') {
                found.add(new Found(i, "~"));
            } else if (c == '=' && (next == 'O' || next == 'o')
                    && (i + 2 >= s.length() || !TopLevel.isNameChar(s.charAt(i + 2)))) {
                found.add(new Found(i, "=" + next));
                i++;
            } else if (c == '=' && !TopLevel.isAtBinding(s, i)) {
                throw new InputException(Diagnostic.error(t.span(i, 1),
                        "'=' is not a relation: write '==' for equality", t.sourceLine()));
            }
        }
        for (int w : TopLevel.words(s, "asymp")) {
            found.add(new Found(w, "asymp"));
        }
        if (found.isEmpty()) {
            throw new InputException(Diagnostic.error(t.span(), "a claim needs a relation: ==, <=, <, >=, >, ~,"
                    + " asymp, =O or =o", t.sourceLine()));
        }
        if (found.size() > 1) {
            Found second = found.get(1);
            throw new InputException(Diagnostic.error(t.span(second.offset(), second.spelling().length()),
                    "a claim states one relation; found a second one, '" + second.spelling() + "'",
                    t.sourceLine()));
        }
        Found f = found.get(0);
        if (RelOp.bySpelling(f.spelling()) == null && AsymptoticRelation.bySpelling(f.spelling()) == null) {
            throw new InputException(Diagnostic.error(t.span(f.offset(), 1), "unknown relation", t.sourceLine()));
        }
        return f;
    }
}
