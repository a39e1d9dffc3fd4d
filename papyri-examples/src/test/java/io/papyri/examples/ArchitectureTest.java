package io.papyri.examples;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import java.util.Arrays;
import java.util.Optional;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module arrows of DESIGN.md, checked on the compiled main classes of every Papyri module on
 * this module's class path.
 */
@AnalyzeClasses(packages = "io.papyri", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String ROOT = "io.papyri.";

    @ArchTest
    static void theRulesSeeTheModulesTheyGuard(JavaClasses classes) {
        assertThat(classes.contain("io.papyri.api.Paper")).as("papyri-api imported").isTrue();
        assertThat(classes.contain("io.papyri.api.spi.TextExtractor")).as("papyri-api SPI imported").isTrue();
        assertThat(classes.contain("io.papyri.core.Papyri")).as("papyri-core imported").isTrue();
        assertThat(classes.contain("io.papyri.examples.cli.PapyriCommand")).as("papyri-examples imported").isTrue();
        assertThat(classes.stream().map(JavaClass::getName))
                .as("test classes are left out").doesNotContain(ArchitectureTest.class.getName());
    }

    @ArchTest
    static final ArchRule API_DEPENDS_ONLY_ON_THE_JDK = classes()
            .that().resideInAPackage("io.papyri.api..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.papyri.api..")
            .because("papyri-api holds the domain records and SPI and depends on nothing outside the JDK");

    @ArchTest
    static final ArchRule CORE_DOES_NOT_DEPEND_ON_PROVIDER_OR_APPLICATION_MODULES = noClasses()
            .that().resideInAPackage("io.papyri.core..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "io.papyri.local..", "io.papyri.aws..", "io.papyri.examples..", "io.papyri.bench..")
            .because("providers plug into core through the SPI, never the other way round");

    // a provider module may have no classes yet; api, core and examples are checked above to be present
    @ArchTest
    static final ArchRule LOCAL_DOES_NOT_DEPEND_ON_AWS_OR_APPLICATIONS = noClasses()
            .that().resideInAPackage("io.papyri.local..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "io.papyri.aws..", "io.papyri.examples..", "io.papyri.bench..")
            .because("provider modules are independent of each other and of the applications")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule AWS_DOES_NOT_DEPEND_ON_LOCAL_OR_APPLICATIONS = noClasses()
            .that().resideInAPackage("io.papyri.aws..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "io.papyri.local..", "io.papyri.examples..", "io.papyri.bench..")
            .because("provider modules are independent of each other and of the applications")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule INTERNAL_PACKAGES_ARE_USED_ONLY_WITHIN_THEIR_MODULE = classes()
            .that().resideInAPackage("io.papyri..")
            .should(useInternalPackagesOfTheirOwnModuleOnly())
            .because("what users must not touch lives in a module's internal packages");

    @ArchTest
    static final ArchRule NO_VAGUE_CLASS_NAMES = noClasses()
            .that().resideInAPackage("io.papyri..")
            .should().haveSimpleNameEndingWith("Manager")
            .orShould().haveSimpleNameEndingWith("Helper")
            .orShould().haveSimpleNameEndingWith("Util")
            .orShould().haveSimpleNameEndingWith("Utils")
            .orShould().haveSimpleNameEndingWith("Impl")
            .because("names say what a thing is in the paper domain");

    /**
     * A class may use {@code io.papyri.<module>...internal...} only when it is itself in
     * {@code io.papyri.<module>}; this holds for every module, present and future.
     */
    private static ArchCondition<JavaClass> useInternalPackagesOfTheirOwnModuleOnly() {
        return new ArchCondition<>("use internal packages of their own module only") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                Optional<String> originModule = module(origin.getPackageName());
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass().getBaseComponentType();
                    String targetPackage = target.getPackageName();
                    Optional<String> targetModule = module(targetPackage);
                    if (targetModule.isPresent() && isInternal(targetPackage) && !targetModule.equals(originModule)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()
                                + " uses the internal package " + targetPackage + " of module papyri-"
                                + targetModule.get()));
                    }
                }
            }
        };
    }

    @ArchTest
    static void theInternalRuleKnowsModulesAndInternalPackages(JavaClasses classes) {
        assertThat(module("io.papyri.core.internal")).contains("core");
        assertThat(module("io.papyri.local.pdf.internal")).contains("local");
        assertThat(module("io.papyri")).isEmpty();
        assertThat(module("org.apache.pdfbox")).isEmpty();
        assertThat(isInternal("io.papyri.local.pdf.internal")).isTrue();
        assertThat(isInternal("io.papyri.core.internalized")).isFalse();
        assertThat(classes.get("io.papyri.core.Papyri").getDirectDependenciesFromSelf())
                .as("core's facade uses core's internal package, which the rule allows")
                .anySatisfy(d -> assertThat(isInternal(d.getTargetClass().getPackageName())).isTrue());
    }

    private static Optional<String> module(String packageName) {
        if (!packageName.startsWith(ROOT)) {
            return Optional.empty();
        }
        String rest = packageName.substring(ROOT.length());
        int dot = rest.indexOf('.');
        return Optional.of(dot < 0 ? rest : rest.substring(0, dot));
    }

    private static boolean isInternal(String packageName) {
        return Arrays.asList(packageName.split("\\.")).contains("internal");
    }
}
