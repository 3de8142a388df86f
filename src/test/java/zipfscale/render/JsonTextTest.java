package zipfscale.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link JsonText} against Jackson's own {@code ObjectMapper} (the independent reference: the text every
 * report was written with before): the same text, indented and compact, and the same trees read back, on
 * 400 random trees with every node kind, escapes, non-ASCII text and non-finite doubles.
 */
class JsonTextTest {
    private static final ObjectMapper COMPACT = new ObjectMapper();
    private static final ObjectMapper INDENTED = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final String[] TEXT = {"", "a", "x \"quoted\" \\ back", "tab\tnew\nline", "\u03b1 > 1",
        "\u0001 control", "R^{*}", "emoji \ud83d\ude00"};

    private static JsonNode tree(Random r, int depth) {
        int kind = depth == 0 ? 2 + r.nextInt(9) : r.nextInt(11);
        switch (kind) {
            case 0: {
                ObjectNode o = F.objectNode();
                int n = r.nextInt(4);
                for (int i = 0; i < n; i++) {
                    o.set(TEXT[r.nextInt(TEXT.length)] + i, tree(r, depth - 1));
                }
                return o;
            }
            case 1: {
                ArrayNode a = F.arrayNode();
                int n = r.nextInt(4);
                for (int i = 0; i < n; i++) {
                    a.add(tree(r, depth - 1));
                }
                return a;
            }
            case 2:
                return F.textNode(TEXT[r.nextInt(TEXT.length)]);
            case 3:
                return F.numberNode(r.nextInt());
            case 4:
                return F.numberNode(r.nextLong());
            case 5:
                return F.numberNode(new BigInteger(100, r));
            case 6: {
                double[] special = {Double.NaN, Double.POSITIVE_INFINITY, -0.0, Double.MIN_VALUE, 1e300};
                return F.numberNode(r.nextInt(4) == 0 ? special[r.nextInt(special.length)] : r.nextGaussian() * 1e5);
            }
            case 7:
                return F.numberNode(new BigDecimal(new BigInteger(80, r), r.nextInt(40) - 20));
            case 8:
                return F.booleanNode(r.nextBoolean());
            case 9:
                return F.nullNode();
            default:
                return F.numberNode(r.nextFloat());
        }
    }

    @Test
    void writesWhatObjectMapperWrites() throws IOException {
        Random r = new Random(20261202L);
        for (int i = 0; i < 400; i++) {
            JsonNode t = tree(r, 4);
            assertEquals(INDENTED.writeValueAsString(t), JsonText.pretty(t));
            assertEquals(COMPACT.writeValueAsString(t), JsonText.compact(t));
        }
    }

    @Test
    void readsWhatObjectMapperReads() throws IOException {
        Random r = new Random(20261203L);
        for (int i = 0; i < 400; i++) {
            String text = COMPACT.writeValueAsString(tree(r, 4));
            assertEquals(COMPACT.readTree(text), JsonText.parse(text), text);
            String pretty = INDENTED.writeValueAsString(tree(r, 3));
            assertEquals(COMPACT.readTree(pretty), JsonText.parse(pretty), pretty);
        }
    }

    @Test
    void malformedOrTrailingTextIsRejected() {
        for (String bad : new String[] {"", "   ", "{", "{\"a\":}", "[1,]", "{} {}", "[1] x", "nul"}) {
            assertThrows(IOException.class, () -> JsonText.parse(bad), bad);
        }
    }
}
