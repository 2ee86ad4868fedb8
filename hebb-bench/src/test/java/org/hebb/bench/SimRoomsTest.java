package org.hebb.bench;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * hebb-sim's rooms, read from the compiled classes: other modules use its API package ({@code org.hebb.sim}) and the
 * standalone plasticity rules, never its inside; node groups and synapse tables reach the network only through the
 * narrow {@code Kernel}; the kernel contract depends on no room, and neurons and devices on no synapse or recorder.
 */
class SimRoomsTest {

    /** The rules of org.hebb.sim.synapse that work without a network (a learning agent may use them). */
    private static final Set<String> STANDALONE = Set.of("TraceStdp", "EligibilityTrace", "FlorianStdp", "ThreeFactorStdp");
    private static final String[] INSIDE = {"org.hebb.sim.kernel..", "org.hebb.sim.neuron..", "org.hebb.sim.device..",
        "org.hebb.sim.connect..", "org.hebb.sim.record.."};

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.hebb");
    }

    @Test
    void otherModulesUseOnlyTheApiAndTheStandaloneRules() {
        DescribedPredicate<JavaClass> tables = DescribedPredicate.describe("synapse tables",
                c -> c.getPackageName().equals("org.hebb.sim.synapse")
                        && !STANDALONE.contains(c.getName().substring("org.hebb.sim.synapse.".length()).replaceAll("\\$.*", "")));
        noClasses().that().resideOutsideOfPackage("org.hebb.sim..").should().dependOnClassesThat()
                .resideInAnyPackage(INSIDE).check(classes);
        noClasses().that().resideOutsideOfPackage("org.hebb.sim..").should().dependOnClassesThat(tables).check(classes);
    }

    @Test
    void theRoomsReachTheNetworkOnlyThroughTheKernel() {
        noClasses().that().resideInAnyPackage(INSIDE).or().resideInAPackage("org.hebb.sim.synapse..")
                .should().dependOnClassesThat().haveFullyQualifiedName("org.hebb.sim.Network")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.hebb.sim.Engine").check(classes);
    }

    @Test
    void theKernelContractDependsOnNoRoomAndNeuronsAndDevicesOnNoSynapseOrRecorder() {
        noClasses().that().resideInAPackage("org.hebb.sim.kernel..").should().dependOnClassesThat()
                .resideInAnyPackage("org.hebb.sim.neuron..", "org.hebb.sim.device..", "org.hebb.sim.synapse..",
                        "org.hebb.sim.connect..", "org.hebb.sim.record..").check(classes);
        noClasses().that().resideInAnyPackage("org.hebb.sim.neuron..", "org.hebb.sim.device..").should()
                .dependOnClassesThat().resideInAnyPackage("org.hebb.sim.synapse..", "org.hebb.sim.record..",
                        "org.hebb.sim.connect..").check(classes);
    }
}
