package io.streambench.api.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** DESIGN.md's first rule, checked: {@code api} knows no engine, no broker client and none of the other modules. */
@AnalyzeClasses(packages = "io.streambench.api", importOptions = ImportOption.DoNotIncludeTests.class)
class ApiArchitectureTest {
    @ArchTest
    static final ArchRule apiKnowsNoEngine = noClasses().that().resideInAPackage("io.streambench.api..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.flink..", "org.apache.spark..",
                    "scala..")
            .because("every engine translates the pipeline model; the model depends on none of them");

    @ArchTest
    static final ArchRule apiKnowsNoBrokerClient = noClasses().that().resideInAPackage("io.streambench.api..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.kafka..", "com.rabbitmq..")
            .because("brokers are reached through the broker SPI, implemented in their own modules");

    @ArchTest
    static final ArchRule apiKnowsNoOtherModule = noClasses().that().resideInAPackage("io.streambench.api..")
            .should().dependOnClassesThat().resideInAnyPackage("io.streambench.flink..", "io.streambench.spark..",
                    "io.streambench.kafka..", "io.streambench.rabbitmq..", "io.streambench.sinks..",
                    "io.streambench.bench..")
            .because("api is what every other module builds on");
}
