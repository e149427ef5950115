package io.streambench.bench.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The bench drives engines only as forked JVMs and brokers only through the broker SPI: no engine or broker client
 * class on its side, so that neither engine's dependencies can leak into the other's measurements. Its packages
 * depend on each other in one direction only.
 */
@AnalyzeClasses(packages = "io.streambench.bench", importOptions = ImportOption.DoNotIncludeTests.class)
class BenchArchitectureTest {
    @ArchTest
    static final ArchRule benchKnowsNoEngineClass = noClasses().that().resideInAPackage("io.streambench.bench..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.flink..", "org.apache.spark..",
                    "io.streambench.flink..", "io.streambench.spark..")
            .because("engines run in JVMs of their own, started from their modules");

    @ArchTest
    static final ArchRule benchKnowsNoBrokerClient = noClasses().that().resideInAPackage("io.streambench.bench..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.kafka..", "com.rabbitmq..")
            .because("brokers are opened through the broker SPI");

    @ArchTest
    static final ArchRule benchPackagesAreFreeOfCycles = slices().matching("io.streambench.bench.(*)..")
            .should().beFreeOfCycles()
            .because("a package that depends on another in a cycle cannot be understood, tested or moved alone");
}
