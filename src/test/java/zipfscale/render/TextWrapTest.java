package zipfscale.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Reasons are wrapped in their column, never cut (issue 20). */
class TextWrapTest {

    @Test
    void longReason_isWrappedAtSpaces_withEveryWordKept() {
        String reason = ("counterexample at {alpha=1.0067312893043265, Z=961.96513601485458}: lhs = 0.0000017641, "
                + "rhs = 0.0016970; corrected: Sum(p(k)^2, {k, 1, Infinity}) == Zeta(2*alpha)/Z^2 ").repeat(3).trim();
        String wrapped = TextWrap.wrap(reason, 60, "  ");
        String[] lines = wrapped.split(System.lineSeparator());
        assertTrue(lines.length > 3, wrapped);
        for (int i = 0; i < lines.length; i++) {
            String body = i == 0 ? lines[i] : lines[i].substring(2);
            assertTrue(body.length() <= 60, "line " + i + " longer than the width: " + body);
            assertTrue(i == 0 || lines[i].startsWith("  "), "continuation indented: " + lines[i]);
        }
        // nothing cut: joining the lines gives the reason back
        assertEquals(reason, wrapped.replace(System.lineSeparator() + "  ", " "));
    }

    @Test
    void wordLongerThanTheWidth_staysWhole() {
        String word = "x".repeat(30);
        assertEquals("a" + System.lineSeparator() + word + System.lineSeparator() + "b",
                TextWrap.wrap("a " + word + " b", 10, ""));
    }
}
