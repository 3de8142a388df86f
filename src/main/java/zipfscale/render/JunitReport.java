package zipfscale.render;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import zipfscale.check.CheckResult;
import zipfscale.check.Evidence;
import zipfscale.check.ExhibitResult;
import zipfscale.check.PlotResult;
import zipfscale.check.Sample;
import zipfscale.check.ValueResult;
import zipfscale.check.Verdict;
import zipfscale.diag.SourceSpan;
import zipfscale.fit.ExtrapolationResult;

/**
 * JUnit XML for CI systems ({@code --junit FILE}, issue 16): one {@code testsuite} per script file, one
 * {@code testcase} per claim, value, plot and extrapolation ({@code classname} the file, {@code name} the
 * kind and identifier). REFUTED is a {@code failure} whose text is the witness, UNDECIDED an
 * {@code error} whose text is the reason, PROVED and CHECKED pass with the evidence in {@code system-out}.
 * The elements and attributes are those of the schema Jenkins' xUnit plugin reads (junit-10.xsd; see
 * src/test/resources/junit/), which GitHub Actions reporters and GitLab also accept.
 */
public final class JunitReport {

    private JunitReport() {
    }

    private record Case(String file, String name, Verdict verdict, String message, String detail) {
    }

    public static String print(List<CheckResult> claims, List<ExhibitResult> exhibits,
            List<ExtrapolationResult> extrapolations) {
        Map<String, List<Case>> byFile = new LinkedHashMap<>();
        for (CheckResult r : claims) {
            SourceSpan s = r.claim().info().span();
            add(byFile, new Case(s.file(), "claim " + r.claim().info().id(), r.verdict(),
                    where(s) + r.verdict() + ": " + r.reason(), evidence(r.evidence())));
        }
        for (ExhibitResult r : exhibits) {
            SourceSpan s = r.exhibit().span();
            if (r instanceof ValueResult v) {
                Verdict verdict = v.verdict().orElse(Verdict.CHECKED);
                add(byFile, new Case(s.file(), "value " + v.exhibit().id(), verdict, where(s) + v.reason(),
                        "value " + v.exhibit().id() + " = " + v.digits().orElse(
                                v.number().isPresent() ? Double.toString(v.number().getAsDouble()) : "(none)")
                                + "\n" + v.reason()));
            } else if (r instanceof PlotResult p) {
                add(byFile, new Case(s.file(), "plot " + p.exhibit().id(), Verdict.CHECKED, where(s),
                        p.curves().size() + " curves, " + p.sampled() + " points each, " + p.dropped()
                                + " dropped" + p.dropReason().map(x -> " (" + x + ")").orElse("")));
            }
        }
        for (ExtrapolationResult r : extrapolations) {
            SourceSpan s = r.extrapolation().span();
            add(byFile, new Case(s.file(), "extrapolate " + r.extrapolation().id(), r.verdict(),
                    where(s) + r.verdict() + ": " + r.reason(), r.reason()));
        }
        try {
            StringWriter text = new StringWriter();
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            w.writeStartElement("testsuites");
            w.writeAttribute("name", "zipfscale");
            writeCounts(w, byFile.values().stream().flatMap(List::stream).toList());
            for (Map.Entry<String, List<Case>> f : byFile.entrySet()) {
                w.writeCharacters("\n  ");
                w.writeStartElement("testsuite");
                w.writeAttribute("name", clean(f.getKey()));
                writeCounts(w, f.getValue());
                w.writeAttribute("file", clean(f.getKey()));
                for (Case c : f.getValue()) {
                    writeCase(w, c);
                }
                w.writeCharacters("\n  ");
                w.writeEndElement();
            }
            w.writeCharacters("\n");
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
            return text + "\n";
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void add(Map<String, List<Case>> byFile, Case c) {
        byFile.computeIfAbsent(c.file(), k -> new ArrayList<>()).add(c);
    }

    private static void writeCounts(XMLStreamWriter w, List<Case> cases) throws XMLStreamException {
        w.writeAttribute("tests", Integer.toString(cases.size()));
        w.writeAttribute("failures", Long.toString(cases.stream().filter(c -> c.verdict() == Verdict.REFUTED).count()));
        w.writeAttribute("errors", Long.toString(cases.stream().filter(c -> c.verdict() == Verdict.UNDECIDED).count()));
    }

    private static void writeCase(XMLStreamWriter w, Case c) throws XMLStreamException {
        w.writeCharacters("\n    ");
        w.writeStartElement("testcase");
        w.writeAttribute("classname", clean(c.file()));
        w.writeAttribute("name", clean(c.name()));
        Optional<String> element = switch (c.verdict()) {
            case REFUTED -> Optional.of("failure");
            case UNDECIDED -> Optional.of("error");
            default -> Optional.empty();
        };
        if (element.isPresent()) {
            w.writeCharacters("\n      ");
            w.writeStartElement(element.get());
            w.writeAttribute("type", c.verdict().name());
            w.writeAttribute("message", clean(c.message()));
            w.writeCharacters(clean(c.detail()));
            w.writeEndElement();
        }
        w.writeCharacters("\n      ");
        w.writeStartElement("system-out");
        w.writeCharacters(clean(c.verdict() + "\n" + c.detail()));
        w.writeEndElement();
        w.writeCharacters("\n    ");
        w.writeEndElement();
    }

    private static String where(SourceSpan s) {
        return s.file() + ":" + s.line() + ":" + s.column() + ": ";
    }

    private static String evidence(Evidence e) {
        StringBuilder out = new StringBuilder();
        if (e.symbolic() != null) {
            out.append("symbolic: ").append(e.symbolic()).append('\n');
        }
        e.steps().forEach(s -> out.append("step: ").append(zipfscale.asymptotic.StepText.of(s)).append('\n'));
        out.append("points: ").append(e.pointsUsed()).append(", seed ").append(e.seed()).append(", digits ")
                .append(e.digits());
        if (e.tolerance() != null) {
            out.append(", tolerance ").append(e.tolerance());
        }
        out.append('\n');
        int shown = 0;
        for (Sample s : e.samples()) {
            if (shown++ == 5) {
                out.append("... ").append(e.samples().size() - 5).append(" more points\n");
                break;
            }
            out.append("at ").append(new java.util.TreeMap<>(s.point())).append(": lhs = ").append(s.lhs())
                    .append(", rhs = ").append(s.rhs()).append('\n');
        }
        return out.toString();
    }

    /** XML 1.0 has no place for most control characters; they would make the file unreadable. */
    private static String clean(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            boolean ok = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD) || c > 0xFFFF;
            out.appendCodePoint(ok ? c : 0xFFFD);
        });
        return out.toString();
    }
}
