package io.streambench.jmh;

import io.streambench.api.event.ClickEvent;
import io.streambench.api.event.ClickstreamGenerator;
import io.streambench.api.event.GeneratorConfig;
import io.streambench.api.oracle.ComparisonReport;
import io.streambench.api.oracle.EventTimeSemantics;
import io.streambench.api.oracle.OracleResult;
import io.streambench.api.oracle.ReferenceOracle;
import io.streambench.api.oracle.ResultComparison;
import io.streambench.api.pipeline.Pipeline;
import io.streambench.api.pipeline.ReadyPipelines;
import io.streambench.api.result.WindowResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The oracle and the comparison run once per bench cell over every event of the load; each operation here is one
 * pass over 100,000 events (report events/s = ops/s x 100,000).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class OracleBenchmark {
    @Param({"clicks-per-page-tumbling", "views-per-category-sliding", "user-sessions", "purchases-per-user-count",
            "enriched-clicks"})
    private String pipelineName;

    private Pipeline pipeline;
    private List<ClickEvent> events;
    private List<WindowResult> expected;

    @Setup
    public void generate() {
        pipeline = ReadyPipelines.byName(pipelineName);
        events = ClickstreamGenerator.generate(GeneratorConfig.defaults(1), 100_000);
        expected = ReferenceOracle.compute(pipeline, events, EventTimeSemantics.STREAMING).results();
    }

    @Benchmark
    public OracleResult oracle() {
        return ReferenceOracle.compute(pipeline, events, EventTimeSemantics.STREAMING);
    }

    @Benchmark
    public ComparisonReport comparison() {
        return ResultComparison.compareFinal(expected, expected);
    }
}
