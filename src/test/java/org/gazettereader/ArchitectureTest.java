// SPDX-License-Identifier: Apache-2.0
package org.gazettereader;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The dependency rules of STYLE.md: one way, and JavaFX only in ui and app. */
@AnalyzeClasses(packages = "org.gazettereader", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String[] CORE = {
        "org.gazettereader.importing..", "org.gazettereader.library..", "org.gazettereader.search..",
        "org.gazettereader.typeset..", "org.gazettereader.export..", "org.gazettereader.kiosk..",
        "org.gazettereader.config..", "org.gazettereader.model..", "org.gazettereader.bundle.."
    };

    @ArchTest
    static final ArchRule javafxOnlyInUiAndApp = noClasses()
            .that().resideOutsideOfPackages("org.gazettereader.ui..", "org.gazettereader.app..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..",
                    "org.kordamp.ikonli..")
            .because("only the user interface and its wiring may touch JavaFX");

    @ArchTest
    static final ArchRule modelDependsOnNothingOfOurs = noClasses()
            .that().resideInAPackage("org.gazettereader.model..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.gazettereader.importing..", "org.gazettereader.library..", "org.gazettereader.search..",
                    "org.gazettereader.typeset..", "org.gazettereader.export..", "org.gazettereader.kiosk..",
                    "org.gazettereader.cli..", "org.gazettereader.app..", "org.gazettereader.ui..",
                    "org.gazettereader.config..")
            .because("the model is plain records that everything else builds on")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule jsonDependsOnNothingOfOurs = com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes()
            .that().resideInAPackage("org.gazettereader.json..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.gazettereader.json..")
            .because("JSON is a leaf that the library, bundles, kiosk counters and command line all use");

    @ArchTest
    static final ArchRule coreNeverReachesUp = noClasses()
            .that().resideInAnyPackage(CORE)
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.gazettereader.ui..", "org.gazettereader.app..", "org.gazettereader.cli..")
            .because("dependencies point from ui, cli and app down to the core");

    @ArchTest
    static final ArchRule cliNeverUsesUi = neverUses("org.gazettereader.cli..",
            "org.gazettereader.ui..", "org.gazettereader.app..")
            .because("the command line uses the same core as the window, never the window");

    @ArchTest
    static final ArchRule uiDoesNotWire = neverUses("org.gazettereader.ui..",
            "org.gazettereader.app..", "org.gazettereader.cli..")
            .because("app wires the ui, not the other way round");

    @ArchTest
    static final ArchRule importingNeverSearches = neverUses("org.gazettereader.importing..",
            "org.gazettereader.search..", "org.gazettereader.library..")
            .because("reading files into notices knows nothing of where they are kept or how they are found");

    @ArchTest
    static final ArchRule typesetNeverReadsTheLibrary = neverUses("org.gazettereader.typeset..",
            "org.gazettereader.library..", "org.gazettereader.search..")
            .because("pagination lays out the notices it is given, wherever they come from");

    @ArchTest
    static final ArchRule typesetSegmentsInOnePlace = noClasses()
            .that().resideInAPackage("org.gazettereader.typeset..")
            .and().doNotHaveSimpleName("SegmentedWords")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.lucene..")
            .because("titles break at words behind the WordBreaks interface; only its segmenter knows Lucene");

    /** No class in {@code layer} depends on a class in any of {@code others}. */
    private static ArchRule neverUses(String layer, String... others) {
        return noClasses().that().resideInAPackage(layer).should().dependOnClassesThat().resideInAnyPackage(others);
    }

    @ArchTest
    static final ArchRule noCycles = slices().matching("org.gazettereader.(*)..").should().beFreeOfCycles();
}
