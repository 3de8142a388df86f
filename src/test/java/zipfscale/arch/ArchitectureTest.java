package zipfscale.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The arrows of the layout in STYLE.md: only {@code cas} imports Symja, only {@code cli} exits the
 * process, only {@code pipeline} starts processes (pdflatex, git), printers never call Symja, the lower layers never see the upper ones, no cycles.
 */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("zipfscale");

    @Test
    void onlyCasImportsSymja() {
        noClasses().that().resideOutsideOfPackage("zipfscale.cas..")
                .should().dependOnClassesThat().resideInAPackage("org.matheclipse..").check(CLASSES);
    }

    @Test
    void onlyCliExits() {
        noClasses().that().resideOutsideOfPackage("zipfscale.cli..")
                .should().callMethod(System.class, "exit", int.class)
                .orShould().callMethod(Runtime.class, "halt", int.class)
                .orShould().callMethod(Runtime.class, "exit", int.class).check(CLASSES);
    }

    @Test
    void diagImportsNothingOfOurs() {
        noClasses().that().resideInAPackage("zipfscale.diag..").should().dependOnClassesThat()
                .resideInAnyPackage("zipfscale.expr..", "zipfscale.numerics..", "zipfscale.cas..", "zipfscale.claims..",
                        "zipfscale.script..", "zipfscale.asymptotic..", "zipfscale.check..", "zipfscale.fit..",
                        "zipfscale.render..", "zipfscale.pipeline..", "zipfscale.cli..").check(CLASSES);
    }

    @Test
    void numericsAndExprDoNotSeeTheUpperLayers() {
        noClasses().that().resideInAnyPackage("zipfscale.expr..", "zipfscale.numerics..").should().dependOnClassesThat()
                .resideInAnyPackage("zipfscale.cas..", "zipfscale.claims..", "zipfscale.script..", "zipfscale.asymptotic..",
                        "zipfscale.check..", "zipfscale.fit..", "zipfscale.render..", "zipfscale.pipeline..", "zipfscale.cli..").check(CLASSES);
    }

    @Test
    void asymptoticHoldsNoVerdicts() {
        noClasses().that().resideInAPackage("zipfscale.asymptotic..").should().dependOnClassesThat()
                .resideInAnyPackage("zipfscale.script..", "zipfscale.check..", "zipfscale.fit..", "zipfscale.render..",
                        "zipfscale.pipeline..", "zipfscale.cli..").check(CLASSES);
    }

    @Test
    void checkingNeverSeesScriptsRenderingPipelineOrCli() {
        noClasses().that().resideInAnyPackage("zipfscale.check..", "zipfscale.claims..").should().dependOnClassesThat()
                .resideInAnyPackage("zipfscale.script..", "zipfscale.render..", "zipfscale.pipeline..", "zipfscale.cli..")
                .check(CLASSES);
    }

    @Test
    void renderNeverCallsSymjaNorThePipeline() {
        noClasses().that().resideInAPackage("zipfscale.render..").should().dependOnClassesThat()
                .resideInAnyPackage("zipfscale.cas..", "zipfscale.pipeline..", "zipfscale.cli..").check(CLASSES);
    }

    @Test
    void onlyThePipelineStartsProcesses() {
        noClasses().that().resideOutsideOfPackage("zipfscale.pipeline..").should().dependOnClassesThat()
                .belongToAnyOf(ProcessBuilder.class, Process.class).check(CLASSES);
    }

    @Test
    void noCyclesBetweenPackages() {
        slices().matching("zipfscale.(*)..").should().beFreeOfCycles().check(CLASSES);
    }
}
