package io.streambench.jmh;

import io.streambench.api.event.ClickEvent;
import io.streambench.api.event.ClickEventCodec;
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
import org.openjdk.jmh.annotations.Warmup;

import java.util.List;
import java.util.concurrent.TimeUnit;

/** The wire format both brokers carry: every loaded event is encoded once and decoded once per engine. */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EventCodecBenchmark {
    private List<ClickEvent> events;
    private List<byte[]> encoded;
    private int next;

    @Setup
    public void generate() {
        events = ClickstreamGenerator.generate(GeneratorConfig.defaults(1), 4_096);
        encoded = events.stream().map(ClickEventCodec::encode).toList();
    }

    @Benchmark
    public byte[] encode() {
        return ClickEventCodec.encode(events.get(next++ & 4_095));
    }

    @Benchmark
    public ClickEvent decode() {
        return ClickEventCodec.decode(encoded.get(next++ & 4_095));
    }
}
