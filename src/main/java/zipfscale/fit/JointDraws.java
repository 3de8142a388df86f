package zipfscale.fit;

import java.util.List;
import java.util.Objects;
import zipfscale.diag.SourceSpan;

/**
 * The bootstrap draws of one fit, named by a fits file's comment line {@code # draws: FILE} (written by
 * {@code fits fit} and {@code fits frontier}): rows of jointly drawn values of several quantities.
 * {@link MonteCarlo} draws these quantities together, by picking one row for all of them, instead of
 * independently from their intervals: the correlation of exponents from one fit is kept.
 *
 * @param file the draws file as resolved (beside the fits file)
 * @param quantities the columns used, each a quantity of the fits file
 * @param rows {@code rows[j][k]} is draw {@code j} of {@code quantities.get(k)}
 * @param span the comment line that names the file
 */
public record JointDraws(String file, List<Quantity> quantities, double[][] rows, SourceSpan span) {

    public JointDraws {
        Objects.requireNonNull(file, "file");
        quantities = List.copyOf(quantities);
        if (rows.length == 0) {
            throw new IllegalArgumentException("no draws");
        }
    }
}
