package org.roadshow;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layering in ENGINEERING.md: JavaFX only in ui and app; a model of plain records; the parts of the
 * ui (window, sidebar, details, forms, views, dialogs) depend on each other without cycles.
 */
@AnalyzeClasses(packages = "org.roadshow", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchRule noJavaFxBelowTheUi = noClasses()
            .that().resideInAnyPackage("org.roadshow.model..", "org.roadshow.edit..", "org.roadshow.plan..",
                    "org.roadshow.io..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..")
            .because("model, edit, plan and io are plain Java, testable without a screen and reused by the CLI");

    @ArchTest
    static final ArchRule theModelIsPlainRecords = noClasses()
            .that().resideInAPackage("org.roadshow.model..")
            .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson..", "java.io..",
                    "java.nio.file..")
            .because("the file format lives in io.project's DTOs, not in the model");

    @ArchTest
    static final ArchRule nothingBelowTheUiKnowsTheUiOrTheApp = noClasses()
            .that().resideInAnyPackage("org.roadshow.model..", "org.roadshow.edit..", "org.roadshow.plan..",
                    "org.roadshow.io..")
            .should().dependOnClassesThat().resideInAnyPackage("org.roadshow.ui..", "org.roadshow.app..");

    @ArchTest
    static final ArchRule theUiPartsHaveNoCycles = slices().matching("org.roadshow.ui.(*)..")
            .should().beFreeOfCycles()
            .because("each part of the window can be read, tested and changed without the ones that use it");

    @ArchTest
    static final ArchRule everyUiClassBelongsToAPart = noClasses()
            .should().resideInAPackage("org.roadshow.ui")
            .because("the ui is split by what the parts are: window, sidebar, details, form, command, document, "
                    + "settings, theme, common, and one package per view or dialog");
}
