package io.streambench.bench.cli;

import io.streambench.api.broker.BrokerProvider;
import io.streambench.api.engine.Capability;
import io.streambench.api.engine.EngineCapabilities;
import io.streambench.api.engine.Feature;
import io.streambench.api.engine.Requirements;
import io.streambench.api.fork.ForkedEngine;
import io.streambench.api.pipeline.Pipeline;
import io.streambench.api.pipeline.ReadyPipelines;
import io.streambench.api.run.Emission;
import io.streambench.api.run.ExecutionMode;
import io.streambench.api.run.JobSpec;
import io.streambench.api.run.RunSettings;
import io.streambench.bench.engines.BrokerFlavor;
import io.streambench.bench.engines.EngineCatalog;
import io.streambench.bench.matrix.PipelineText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

@Command(name = "list", mixinStandardHelpOptions = true,
        description = "Engines, brokers, ready pipelines, execution modes, and which engine supports what (with why not).")
final class ListCommand implements Runnable {
    private static final List<ExecutionMode> MODES = List.of(ExecutionMode.batch(), ExecutionMode.availableNow(),
            ExecutionMode.microbatch(Duration.ofSeconds(10)), ExecutionMode.continuous());

    @Mixin
    private HomeOption home;

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        Map<String, ForkedEngine> engines = describeEngines(out);
        out.println();
        out.println("Brokers");
        ServiceLoader.load(BrokerProvider.class).forEach(provider -> out.printf("  %-10s settings: %s%n", provider.name(),
                provider.settingKeys().stream().sorted().collect(Collectors.joining(", "))));
        out.printf("  as matrix axes: %s%n", java.util.Arrays.stream(BrokerFlavor.values()).map(BrokerFlavor::wireName)
                .collect(Collectors.joining(", ")));
        out.println();
        out.println("Ready pipelines");
        ReadyPipelines.all().forEach(p -> out.printf("  %-28s %s%n", p.name(), PipelineText.describe(p)));
        out.println();
        out.println("Execution modes: batch, available-now, microbatch:<interval> (e.g. microbatch:10s), continuous");
        out.println();
        out.println("Emissions (when windowed results are written; --emission or emission: in a matrix)");
        java.util.Arrays.stream(Emission.values()).filter(Emission::isChoice).forEach(emission ->
                out.printf("  %-14s %s%n", emission.wireName(), emission.description()));
        engines.forEach((name, engine) -> refusedEmissions(name, engine.capabilities(), out));
        out.println();
        capabilityMatrix(out, engines);
        out.flush();
    }

    private Map<String, ForkedEngine> describeEngines(PrintWriter out) {
        out.println("Engines (each runs in a JVM of its own)");
        Map<String, ForkedEngine> described = new LinkedHashMap<>();
        EngineCatalog catalog = EngineCatalog.at(home.home());
        for (String name : catalog.names()) {
            try {
                ForkedEngine engine = catalog.forked(name);
                out.printf("  %-8s %s, writes windowed results %s by default (%s)%n", name,
                        engine.version(), engine.capabilities().defaultEmission().wireName(),
                        engine.capabilities().defaultEmission().description());
                described.put(name, engine);
            } catch (RuntimeException e) {
                out.printf("  %-8s not available: %s%n", name, e.getMessage());
            }
        }
        return described;
    }

    /** Emissions an engine refuses in a streaming mode where it runs windows at all. */
    private static void refusedEmissions(String engine, EngineCapabilities capabilities, PrintWriter out) {
        for (Emission emission : Emission.values()) {
            if (!emission.isChoice()) {
                continue;
            }
            java.util.Arrays.stream(ExecutionMode.Kind.values()).filter(mode -> !mode.isBounded())
                    .filter(mode -> capabilities.supports(new Capability(mode, Feature.TUMBLING_WINDOWS)))
                    .map(mode -> new Capability(mode, Feature.writing(emission)))
                    .filter(capability -> !capabilities.supports(capability)).findFirst()
                    .ifPresent(refused -> out.printf("  %s cannot emit %s: %s%n", engine,
                            emission.wireName(), capabilities.refusals().get(refused)));
        }
    }

    private static void capabilityMatrix(PrintWriter out, Map<String, ForkedEngine> engines) {
        out.printf("Capability matrix: ready pipelines supported, of %d%n", ReadyPipelines.all().size());
        out.printf("  %-7s %-17s %8s %14s %11s %11s%n", "engine", "broker", "batch", "available-now", "microbatch",
                "continuous");
        Map<String, List<String>> whyNot = new LinkedHashMap<>();
        engines.forEach((name, engine) -> {
            EngineCapabilities capabilities = engine.capabilities();
            for (BrokerFlavor broker : BrokerFlavor.values()) {
                List<String> cells = new ArrayList<>();
                for (ExecutionMode mode : MODES) {
                    int supported = 0;
                    for (Pipeline pipeline : ReadyPipelines.all()) {
                        JobSpec job = new JobSpec("list", pipeline, RunSettings.of(mode), broker.exampleConnection(), ".");
                        var refusal = capabilities.firstRefusal(Requirements.of(job));
                        if (refusal.isEmpty()) {
                            supported++;
                        } else {
                            String why = name + ": " + refusal.get().capability().feature().description()
                                    + " in %s: " + refusal.get().reason();
                            List<String> modes = whyNot.computeIfAbsent(why, reason -> new ArrayList<>());
                            if (!modes.contains(mode.kind().wireName())) {
                                modes.add(mode.kind().wireName());
                            }
                        }
                    }
                    cells.add(supported == 0 ? "-" : String.valueOf(supported));
                }
                out.printf("  %-7s %-17s %8s %14s %11s %11s%n", name, broker.wireName(),
                        cells.get(0), cells.get(1), cells.get(2), cells.get(3));
            }
        });
        out.println();
        out.println("Why not");
        whyNot.forEach((why, modes) -> out.println("  " + String.format(why, String.join(", ", modes) + " mode")));
        out.println();
        out.println("Also refused, whatever the pipeline (sinks, guarantees, start positions and their pairs)");
        engines.forEach((name, engine) -> otherRefusals(name, engine.capabilities(), whyNot.keySet(), out));
    }

    /**
     * Refusals the capability matrix does not show, because they depend on a run's settings rather than on its pipeline,
     * in the modes the engine runs at all; each with the modes it holds in.
     */
    static void otherRefusals(String engine, EngineCapabilities capabilities, Set<String> shown,
                                      PrintWriter out) {
        List<ExecutionMode.Kind> runs = Arrays.stream(ExecutionMode.Kind.values())
                .filter(mode -> capabilities.supported().stream().anyMatch(capability -> capability.mode() == mode))
                .toList();
        Map<String, List<String>> modesByReason = new LinkedHashMap<>();
        Set<Feature> emissions = Set.of(Feature.EMIT_ON_WATERMARK, Feature.EMIT_FINAL, Feature.EMIT_EVERY_TRIGGER);
        for (Feature feature : Feature.values()) {
            String prefix = engine + ": " + feature.description() + " in %s: ";
            if (emissions.contains(feature) || shown.stream().anyMatch(why -> why.startsWith(prefix))) {
                continue;
            }
            for (ExecutionMode.Kind mode : runs) {
                String reason = capabilities.refusals().get(new Capability(mode, feature));
                if (reason != null) {
                    modesByReason.computeIfAbsent(prefix + reason, why -> new ArrayList<>()).add(mode.wireName());
                }
            }
        }
        modesByReason.forEach((why, modes) -> out.println("  " + String.format(why, String.join(", ", modes)
                + " mode")));
    }
}
