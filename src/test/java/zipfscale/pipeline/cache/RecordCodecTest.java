package zipfscale.pipeline.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zipfscale.asymptotic.ProofStep;
import zipfscale.asymptotic.RichText;
import zipfscale.asymptotic.SideCondition;
import zipfscale.asymptotic.StepRelation;
import zipfscale.check.Evidence;
import zipfscale.expr.Constant;
import zipfscale.expr.Expr;

/**
 * The cache codec round-trips the justification steps of an evidence record exactly (words, formulas,
 * relations, a null statement, notes and rich discharges), and an entry of the previous format
 * ({@code zipfscale-cache 1}, whose steps were strings) is ignored, not misread.
 */
class RecordCodecTest {
    private static Evidence evidence() {
        Expr x = Expr.sym("x");
        Expr alpha = Expr.sym("alpha");
        ProofStep lemma = new ProofStep(RichText.of("lemma zipf_tail"), "eq. (7)",
                StepRelation.sim(Expr.sym("f"), Expr.pow(x, Expr.sub(Expr.num(1), alpha))),
                RichText.of("as ", StepRelation.of(x, "->", Constant.INFINITY), ", with ",
                        StepRelation.equal(Expr.sym("c"), Expr.frac(1, 3))),
                List.of(new SideCondition(StepRelation.positive(Expr.sub(alpha, Expr.num(1))),
                        RichText.of("interval arithmetic over ", StepRelation.greater(alpha, Expr.num(1))))));
        ProofStep words = ProofStep.of("leading term of the left side: ", Expr.call("Gamma", alpha));
        return new Evidence("Symja Simplify(lhs - rhs) = 0", List.of(lemma, words), List.of(), 3, null, 42, 40);
    }

    @Test
    void evidenceWithSteps_roundTripsExactly() {
        RecordCodec codec = new RecordCodec(List.of());
        Evidence e = evidence();
        JsonNode written = codec.write(e, Evidence.class);
        assertEquals(e, codec.read(written, Evidence.class));
        assertTrue(written.toString().contains("\"@type\":\"Formula\""), written.toString());
    }

    @Test
    void anEntryOfTheOldFormat_isIgnored(@TempDir Path dir) throws Exception {
        String payload = "{\"symbolic\":null,\"steps\":[\"old text step\"]}";
        String key = "k0";
        Files.writeString(dir.resolve(key), "zipfscale-cache 1 " + key + " " + Hashes.sha256(payload) + "\n" + payload,
                StandardCharsets.UTF_8);
        VerdictCache cache = VerdictCache.at(dir);
        assertTrue(cache.load(key, Evidence.class, Evidence.class, List.of()).isEmpty());
        assertEquals(1, cache.ignored());
    }
}
