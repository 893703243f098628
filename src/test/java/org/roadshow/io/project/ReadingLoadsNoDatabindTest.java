package org.roadshow.io.project;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Reading a project file (the sample while the window starts, any current file, broken ones) must not
 * load jackson-databind: its cold start (an ObjectMapper, deserializers built by reflection, ~400 classes)
 * cost about 0.4 s of start-up. Saving and migrating an older format still use it.
 */
class ReadingLoadsNoDatabindTest {
    @Test
    void readingInAFreshJvmLoadsNoDatabindClass() throws Exception {
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-Xlog:class+load=info:stdout",
                "-cp", System.getProperty("java.class.path"), ReadingChild.class.getName());
        Process child = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the child ended");
        assertEquals(0, child.exitValue(), output);
        assertTrue(output.contains(ReadingChild.DONE), output);
        assertTrue(output.contains(" " + ProjectReader.class.getName() + " "), "the log names the classes read with");
        List<String> databind = output.lines().filter(l -> l.contains("] com.fasterxml.jackson.databind."))
                .map(l -> l.replaceAll(".*\\] (\\S+) source:.*", "$1")).toList();
        assertTrue(databind.isEmpty(), databind.size() + " databind classes loaded while reading, the first: "
                + databind.subList(0, Math.min(5, databind.size())));
    }

    @Test
    void theReadingClassesDoNotReferToDatabind() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ProjectReader.class.getPackageName());
        noClasses().that().belongToAnyOf(ProjectReader.class, DtoReader.class, JsonValues.class, TextValues.class,
                        BadValueException.class, JsonErrors.class, FormatVersion.class, ProjectJsonFactory.class,
                        ReadContext.class, Convert.class, JsonObject.class, SampleProjects.class)
                .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson.databind..")
                .because("only saving and migrating an older format may build the databind mapper")
                .check(classes);
    }
}
