package org.sahelsim.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the shape of the code, on the compiled classes (ArchUnit), so that a dependency by a
 * full class name, a static call or a type in a signature counts as much as an import: no cycle
 * between packages; the model runs without a display; levers never touch the recording code; the
 * lower layers never depend on the upper ones (the file format is above the model and the model
 * never calls it); all randomness derives from the run's seed.
 */
class ArchitectureTest {
    /** The model and what it is built from: they run without a display and without the tools above them. */
    private static final String[] MODEL = {"org.sahelsim.domain..", "org.sahelsim.data..", "org.sahelsim.scenario..",
        "org.sahelsim.world..", "org.sahelsim.model..", "org.sahelsim.rules..", "org.sahelsim.levers..",
        "org.sahelsim.record.."};
    /**
     * Everything built on the model: the input files' format, running, analysing, reporting, the
     * look of groups, the window and the command line.
     */
    private static final String[] ABOVE_MODEL = {"org.sahelsim.format..", "org.sahelsim.run..", "org.sahelsim.sweep..",
        "org.sahelsim.analysis..", "org.sahelsim.report..", "org.sahelsim.palette..", "org.sahelsim.validation..", "org.sahelsim.robustness..",
        "org.sahelsim.gui..", "org.sahelsim.tools..", "org.sahelsim.bench..", "org.sahelsim.cli.."};

    private static JavaClasses classes;

    @BeforeAll
    static void importMain() {
        classes = MainClasses.all();
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("org.sahelsim.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void modelClassesNeverUseSwingAwtOrMasonDisplay() {
        noClasses().that().resideInAnyPackage(MODEL).should().dependOnClassesThat()
                .resideInAnyPackage("java.awt..", "javax.swing..", "sim.display..", "sim.portrayal..", "org.jfree..")
                .because("the model must run without a display").check(classes);
    }

    @Test
    void leversNeverTouchTheRecordingCode() {
        noClasses().that().resideInAPackage("org.sahelsim.levers..").should().dependOnClassesThat()
                .resideInAnyPackage("org.sahelsim.record..", "org.sahelsim.model..", "org.sahelsim.run..")
                .because("a lever changes mechanisms' inputs, never metrics or events").check(classes);
    }

    @Test
    void theModelNeverDependsOnWhatIsBuiltOnIt() {
        noClasses().that().resideInAnyPackage(MODEL).should().dependOnClassesThat().resideInAnyPackage(ABOVE_MODEL)
                .because("dependencies point downward only").check(classes);
    }

    @Test
    void theModelNeverCallsTheFileFormatWhileItRuns() {
        // the scenario records are the model's input; reading, binding, overriding and writing
        // YAML live above it (a timed input is a typed edit of the lever records, read once)
        noClasses().that().resideInAnyPackage(MODEL).should().dependOnClassesThat()
                .resideInAPackage("org.sahelsim.format..")
                .because("the model never calls the file layer while it runs").check(classes);
    }

    @Test
    void theFileLayerKnowsTheRecordsAndTheFactsNotTheWorkingModel() {
        classes().that().resideInAPackage("org.sahelsim.format..").should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "org.sahelsim.format..", "org.sahelsim.scenario..", "org.sahelsim.domain..",
                        "org.sahelsim.data..", "org.sahelsim.record..", "org.snakeyaml..", "org.apache.commons..")
                .because("one reader, binder and writer of the input files, on the records alone").check(classes);
    }

    @Test
    void oneReaderAndOneWriterOfYaml() {
        noClasses().that().haveNameNotMatching("org\\.sahelsim\\.format\\.Yaml(Reader|Writer)(\\$.*)?")
                .should().dependOnClassesThat().resideInAPackage("org.snakeyaml..")
                .because("every YAML file is read by YamlReader (positions, did-you-mean, safe limits) and written"
                        + " by YamlWriter").check(classes);
    }

    @Test
    void theDomainTypesAndTheFactsDependOnNothingOfTheProject() {
        noClasses().that().resideInAnyPackage("org.sahelsim.domain..", "org.sahelsim.data..").should()
                .dependOnClassesThat().resideInAnyPackage("org.sahelsim.scenario..", "org.sahelsim.world..",
                        "org.sahelsim.model..", "org.sahelsim.rules..", "org.sahelsim.levers..", "org.sahelsim.record..")
                .check(classes);
    }

    @Test
    void runnersNeverDependOnReportsSweepsOrWhatUsesThem() {
        noClasses().that().resideInAPackage("org.sahelsim.run..").should().dependOnClassesThat()
                .resideInAnyPackage("org.sahelsim.report..", "org.sahelsim.sweep..", "org.sahelsim.validation..",
                        "org.sahelsim.robustness..", "org.sahelsim.gui..", "org.sahelsim.cli..", "org.jfree..",
                        "java.awt..", "javax.swing..")
                .because("run is replications, seeds, threads and streaming sinks; reports and sweeps are built on it")
                .check(classes);
        noClasses().that().resideInAnyPackage("org.sahelsim.analysis..", "org.sahelsim.report..", "org.sahelsim.sweep..",
                "org.sahelsim.validation..").should().dependOnClassesThat()
                .resideInAnyPackage("org.sahelsim.robustness..", "org.sahelsim.cli..", "org.sahelsim.gui..")
                .because("robustness sits above them, the window and the command line above everything").check(classes);
    }

    @Test
    void theLookOfGroupsDependsOnlyOnTheDomainSoReportAndWindowShareIt() {
        classes().that().resideInAPackage("org.sahelsim.palette..").should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "org.sahelsim.domain..", "org.sahelsim.palette..")
                .because("the report and the window both draw groups with it").check(classes);
    }

    @Test
    void onlyTheCommandLineOpensTheWindow() {
        noClasses().that().resideOutsideOfPackages("org.sahelsim.gui..", "org.sahelsim.cli..").should()
                .dependOnClassesThat().resideInAPackage("org.sahelsim.gui..")
                .because("the app imports the model, never the reverse").check(classes);
    }

    @Test
    void noUnseededRandomness() {
        noClasses().should().callConstructor(Random.class).orShould().callConstructor(Random.class, long.class)
                .orShould().callMethod(Math.class, "random").orShould().dependOnClassesThat().areAssignableTo(ThreadLocalRandom.class)
                .because("all randomness derives from the run's seed (one MASON generator per mechanism)").check(classes);
    }
}
