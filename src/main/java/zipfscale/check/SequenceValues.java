package zipfscale.check;

import java.util.List;

/**
 * The terms of one sequence of a counterexample to a claim over distributions or sequences (issue 15):
 * {@code name(1), ..., name(K)} as decimal strings, shown in the report and typeset as a table and bar plot.
 */
public record SequenceValues(String name, List<String> values) {
    public SequenceValues {
        values = List.copyOf(values);
    }
}
