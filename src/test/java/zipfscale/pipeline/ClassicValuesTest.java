package zipfscale.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import zipfscale.check.CheckSettings;
import zipfscale.check.ExhibitResult;
import zipfscale.check.ValueResult;
import zipfscale.claims.Derivation;

/**
 * The computed values of derivations/classic/ (issue 8) against an independent computation: mpmath at 30
 * digits from the closed forms (the same formulas typed separately in Python), 12 significant digits
 * quoted. Tolerance: relative 1e-10, since the engine's value is exact to 20 digits and the quoted
 * reference is rounded to 12. Only the values are computed here, not the claims (that is the check's job).
 */
class ClassicValuesTest {
    private static final Map<String, ValueResult> VALUES = new HashMap<>();

    @BeforeAll
    static void compute() {
        List<Derivation> derivations = CheckRun.read(ScriptSources.find(List.of(Path.of("derivations/classic"))));
        for (ExhibitResult r : CheckRun.computeExhibits(derivations, CheckSettings.defaults(Duration.ofSeconds(20)))) {
            if (r instanceof ValueResult v) {
                VALUES.put(v.value().id(), v);
            }
        }
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
        // Chinchilla tokens per parameter D_opt/N_opt: Hoffmann et al. Approach 3 and the Besiroglu et al. replication
        "tpp_h3_1e21, 50.0835864156",
        "tpp_h3_1e23, 78.2066724109",
        "tpp_h3_1e25, 122.121518192",
        "tpp_bes_1e21, 21.5894023316",
        "tpp_bes_1e23, 19.2217174594",
        "tpp_bes_1e25, 17.1136938583",
        "loss_h3_1e21, 2.32888294015",
        "loss_h3_1e23, 2.00501012809",
        "loss_h3_1e25, 1.84532012919",
        // Kaplan et al.
        "kaplan_alpha_c, 0.0519869706840",
        "kaplan_n_exponent, 0.684039087948",
        "kaplan_data_exponent, 0.8",
        "kaplan_loss_1e9, 2.37564029513",
        "kaplan_data_2pct_1e9, 2.58082386892e10",
        // Muennighoff et al., R* = 15.39
        "deff_r4, 4.52243657316",
        "deff_r40, 15.2458893281",
        // emergence, A = 10, alpha = 0.5 (N_half = 400 exactly at L = 1)
        "n_half_l1, 400",
        "n_half_l20, 86182.1052947",
        "n_half_l50, 527597.502727",
        // MoE, A = B = 1, alpha 0.3, beta 0.2
        "moe_g8, 0.0124516578409",
        "moe_nt_opt, 2.61532097202e9",
        // reward over-optimisation (issue 19): KL_bon = log n - (n - 1)/n (Gao et al. 2023); peaks with
        // illustrative coefficients a = 1, b = 0.15 (BoN: a/(2b)) and a = 1, b = 0.3 (RL: exp(a/b - 1))
        "kl_bon_16, 1.83508872224",
        "kl_bon_1000, 5.90875527898",
        "bon_peak_illustrative, 3.33333333333",
        "rl_peak_illustrative, 10.3122585013",
        // RL compute (ScaleRL, Khatri et al. 2025): C_f/C_mid = (f/(1 - f))^(1/B), B = 2.01 and 1.77;
        // slope B (A - R0)/4 with A = 0.61, R0 = 0.3 (illustrative)
        "c90_scalerl, 2.98364753148",
        "c90_dapo, 3.4603502688",
        "c99_scalerl, 9.83678842949",
        "slope_mid_scalerl, 0.155775",
        // test-time: k_q = log(1 - q)/log(1 - p), q = 0.9, p = 0.05 and 0.005
        // (mpmath 1.3, mp.dps = 30: log(1 - mpf('0.9'))/log(1 - mpf('0.05')) etc.)
        "samples_p05_q90, 44.8905674804",
        "samples_p005_q90, 459.364764236"})
    void valueMatchesTheIndependentComputation(String id, double expected) {
        ValueResult v = VALUES.get(id);
        assertTrue(v != null, id + " is not a value of derivations/classic/");
        assertTrue(v.number().isPresent(), id + ": " + v.reason());
        assertEquals(expected, v.number().getAsDouble(), 1e-10 * Math.abs(expected), id);
    }

    @ParameterizedTest(name = "{0} has sources")
    @CsvSource({"tpp_h3_1e21", "tpp_bes_1e25", "kaplan_alpha_c", "deff_r4", "n_half_l20", "moe_g8", "kl_bon_16",
        "c90_scalerl", "samples_p05_q90"})
    void everyValueNamesTheSourceOfItsInputs(String id) {
        assertTrue(!VALUES.get(id).value().cites().isEmpty(), id);
    }
}
