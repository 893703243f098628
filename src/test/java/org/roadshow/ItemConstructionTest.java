package org.roadshow;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.roadshow.edit.BlankItems;
import org.roadshow.model.Item;

/**
 * Items are made in few places, so that a new field is a compile error at each of them and nowhere else:
 * the records' own withers, {@link BlankItems}, and the project file's conversion in io.project.
 * Everything else starts from a blank or existing item and changes it with {@code withX}.
 */
@AnalyzeClasses(packages = "org.roadshow", importOptions = ImportOption.DoNotIncludeTests.class)
class ItemConstructionTest {
    @ArchTest
    static final ArchRule itemsAreMadeByFactoriesAndChangedByWithers = noClasses()
            .that().resideOutsideOfPackages("org.roadshow.model..", "org.roadshow.io.project..")
            .and().doNotBelongToAnyOf(BlankItems.class)
            .should().callConstructorWhere(target(owner(assignableTo(Item.class))))
            .because("a positional constructor call outside the factories hides a new field from the compiler");
}
