package org.hebb.bench;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The reactor's layering, read from the compiled classes of every module (ArchUnit reads Java 25 class files): a
 * module's classes depend on the hebb modules it may depend on and on no other. sim and gym depend on nothing of
 * hebb; learn on sim and gym; l2l on learn (not on sim or gym directly); report, spark and nir on l2l (and what l2l
 * brings, but not on sim or gym directly); nothing but bench on cli.
 */
class ArchitectureTest {

    private static final List<String> MODULES = List.of("sim", "gym", "learn", "l2l", "report", "spark", "nir", "cli",
            "bench");

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.hebb");
    }

    @ParameterizedTest(name = "{0} may use only {1}")
    @CsvSource(delimiter = ';', value = {
        "sim;    sim",
        "gym;    gym",
        "learn;  learn sim gym",
        "l2l;    l2l learn",
        "report; report l2l learn",
        "spark;  spark l2l learn",
        "nir;    nir l2l learn sim",
        "cli;    cli sim gym learn l2l report spark nir",
    })
    void aModuleUsesOnlyWhatItMayDependOn(String module, String allowed) {
        List<String> ok = List.of(allowed.trim().split("\\s+"));
        String[] forbidden = MODULES.stream().filter(m -> !ok.contains(m)).map(m -> "org.hebb." + m + "..")
                .toArray(String[]::new);
        noClasses().that().resideInAPackage("org.hebb." + module + "..").should().dependOnClassesThat()
                .resideInAnyPackage(forbidden).allowEmptyShould(module.equals("spark"))
                .check(classes);
    }

    @ParameterizedTest(name = "hebb-{0} has classes")
    @CsvSource({"sim", "gym", "learn", "l2l", "report", "nir", "cli", "bench"})
    void everyModuleIsImported(String module) {
        assertThat(classes.stream().filter(c -> c.getPackageName().startsWith("org.hebb." + module)).count())
                .as("classes of hebb-" + module).isPositive();
    }
}
