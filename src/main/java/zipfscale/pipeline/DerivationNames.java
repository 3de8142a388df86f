package zipfscale.pipeline;

import java.util.List;
import zipfscale.claims.Derivation;
import zipfscale.diag.Diagnostic;
import zipfscale.diag.Diagnostics;
import zipfscale.script.ScriptFile;

/**
 * Derivation names are unique in a run, not only in a file: the LaTeX labels ({@code derivation:NAME},
 * {@code claim:NAME:ID}) and the report's {@code derivation} field are keyed by them. A second derivation
 * of the same name in another file is an input error at its header. (Two in one file are reported by
 * the elaborator.)
 */
final class DerivationNames {

    private DerivationNames() {
    }

    /** Reports each derivation of {@code file} whose name an earlier file of the run already used. */
    static void checkAcrossFiles(List<Derivation> earlier, List<Derivation> read, ScriptFile file,
            Diagnostics diagnostics) {
        for (Derivation d : read) {
            for (Derivation e : earlier) {
                if (e.name().equals(d.name())) {
                    diagnostics.report(Diagnostic.error(d.span(), "a second derivation named '" + d.name()
                            + "' (the first is at " + e.span().label() + "); names must be unique across the "
                            + "scripts of a run (they key the LaTeX labels and the report)",
                            file.line(d.span().line())));
                    break;
                }
            }
        }
    }
}
