package zipfscale.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import zipfscale.check.CheckResult;
import zipfscale.check.Evidence;
import zipfscale.check.Verdict;
import zipfscale.claims.Claim;
import zipfscale.claims.Derivation;
import zipfscale.pipeline.CheckRun;

/**
 * {@code --junit} (issue 16): the XML validates against the JUnit schema Jenkins reads
 * (src/test/resources/junit/junit-ci.xsd, restated from jenkinsci/xunit-plugin junit-10.xsd), REFUTED is
 * a failure with the witness, UNDECIDED an error with the reason, CHECKED and PROVED pass with the evidence
 * in system-out; hostile text (markup, control characters) stays well-formed. The schema rejects a
 * document with an attribute CI tools do not know, so validation is not vacuous.
 */
class JunitReportTest {

    private static Schema schema() throws SAXException {
        return SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(new StreamSource(JunitReportTest.class.getResourceAsStream("/junit/junit-ci.xsd")));
    }

    private static void validate(String xml) throws SAXException, IOException {
        schema().newValidator().validate(new StreamSource(new StringReader(xml)));
    }

    private static String report(Path dir) throws IOException {
        Path file = dir.resolve("j.zs");
        Files.writeString(file, String.join("\n",
                "derivation j \"JUnit\"",
                "assume x > 0",
                "claim a \"proved\":",
                "    x + x == 2*x",
                "claim b \"refuted\":",
                "    x + 1 == x + 2",
                "claim c \"undecided, by hand\":",
                "    x == x",
                "claim d \"checked, by hand\":",
                "    x == x",
                ""));
        List<Derivation> ds = CheckRun.read(List.of(file));
        List<CheckResult> rs = new ArrayList<>(CheckRun.check(ds, zipfscale.check.CheckSettings.defaults(
                java.time.Duration.ofSeconds(20))));
        List<Claim> claims = ds.get(0).claims();
        rs.set(2, new CheckResult(ds.get(0), claims.get(2), Verdict.UNDECIDED,
                "Symja timed out <after> 10 s & \u0001 \"quoted\"", Evidence.none()));
        rs.set(3, new CheckResult(ds.get(0), claims.get(3), Verdict.CHECKED, "numbers agree", rs.get(0).evidence()));
        assertEquals(Verdict.PROVED, rs.get(0).verdict());
        assertEquals(Verdict.REFUTED, rs.get(1).verdict());
        return JunitReport.print(rs, List.of(), List.of());
    }

    @Test
    void report_validatesAgainstTheCiSchema_withFailureErrorAndPasses(@TempDir Path dir) throws Exception {
        String xml = report(dir);
        validate(xml);
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(xml)));
        NodeList cases = doc.getElementsByTagName("testcase");
        assertEquals(4, cases.getLength());
        Element refuted = (Element) cases.item(1);
        Element failure = (Element) refuted.getElementsByTagName("failure").item(0);
        assertEquals("REFUTED", failure.getAttribute("type"));
        assertTrue(failure.getAttribute("message").contains("counterexample"), failure.getAttribute("message"));
        assertTrue(failure.getTextContent().contains("lhs = "), "the witness point: " + failure.getTextContent());
        Element undecided = (Element) cases.item(2);
        Element error = (Element) undecided.getElementsByTagName("error").item(0);
        assertTrue(error.getAttribute("message").contains("Symja timed out <after> 10 s & \uFFFD \"quoted\""));
        for (int i : new int[] {0, 3}) {
            Element pass = (Element) cases.item(i);
            assertEquals(0, pass.getElementsByTagName("failure").getLength() + pass.getElementsByTagName("error").getLength());
            assertTrue(pass.getElementsByTagName("system-out").item(0).getTextContent().contains("points: "));
        }
        Element suites = doc.getDocumentElement();
        assertEquals("4", suites.getAttribute("tests"));
        assertEquals("1", suites.getAttribute("failures"));
        assertEquals("1", suites.getAttribute("errors"));
    }

    @Test
    void schema_rejectsAnAttributeCiToolsDoNotRead(@TempDir Path dir) throws Exception {
        String xml = report(dir).replaceFirst("<testcase ", "<testcase line=\"3\" ");
        assertThrows(SAXException.class, () -> validate(xml));
    }
}
