package zipfscale.fit;

import java.util.List;
import java.util.Objects;

/**
 * Training runs for an IsoFLOP analysis (Hoffmann et al.'s Approach 2): per run its parameters {@code N},
 * its data {@code D} (or training steps {@code tau}), its final loss, its compute {@code C} and, when the
 * file gives one, its budget group.
 *
 * @param file the runs file as named by the user
 * @param partner {@code D} or {@code tau}: the column of the other resource
 * @param computeGiven whether {@code C} came from a column (else {@code 6 N D}, or {@code 6 N tau})
 * @param group the budget label of each run, or null when the file has no {@code budget} column
 * @param line the line of each run in the file (for findings)
 */
public record IsoFlopRuns(String file, String partner, boolean computeGiven, double[] n, double[] d, double[] loss,
        double[] c, String[] group, int[] line) {

    public IsoFlopRuns {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(partner, "partner");
        if (n.length != d.length || n.length != loss.length || n.length != c.length || n.length != line.length
                || (group != null && group.length != n.length)) {
            throw new IllegalArgumentException("columns differ in length");
        }
    }

    public int size() {
        return n.length;
    }

    /** The budget form of the frontier: {@code ND} with data, {@code Ntau} with steps. */
    public Budget budget() {
        return partner.equals("D") ? Budget.ND : Budget.NTAU;
    }

    /** The columns this analysis reads. */
    public static final List<String> PARTNERS = List.of("D", "tau");
}
