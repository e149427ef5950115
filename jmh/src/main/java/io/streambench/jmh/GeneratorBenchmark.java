package io.streambench.jmh;

import io.streambench.api.event.ClickEvent;
import io.streambench.api.event.ClickstreamGenerator;
import io.streambench.api.event.GeneratorConfig;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/** The generator must never be the bottleneck of a load: well over a million events per second on one core. */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class GeneratorBenchmark {
    private ClickstreamGenerator generator;

    @Setup
    public void start() {
        generator = new ClickstreamGenerator(GeneratorConfig.defaults(1));
    }

    @Benchmark
    public ClickEvent nextEvent() {
        return generator.next();
    }
}
