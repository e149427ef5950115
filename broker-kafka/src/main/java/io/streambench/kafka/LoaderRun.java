package io.streambench.kafka;

import io.streambench.api.event.ClickstreamGenerator;
import io.streambench.api.event.GeneratorConfig;
import io.streambench.api.fork.ForkedJvm;
import io.streambench.api.load.LoadProgress;
import io.streambench.api.load.LoadReport;
import io.streambench.api.load.OpenLoopLoader;
import io.streambench.api.run.BrokerConnection;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The loader as fast as it goes, in a JVM of its own so that it starts as cold as ProducerPerformance does: generated
 * click events through {@link OpenLoopLoader} into a {@link KafkaEventWriter}, flushed, then one line with the rate.
 */
final class LoaderRun {
    private static final Duration FLUSH_TIMEOUT = Duration.ofMinutes(2);
    private static final Pattern SUMMARY = Pattern.compile("^loader: (\\d+) records sent, ([0-9.]+) records/sec.*");

    private LoaderRun() {
    }

    static Measurement run(String bootstrapServers, String topic, long records, GeneratorConfig workload,
                           List<String> jvmOptions, Path output, Duration timeout) {
        List<String> lines = ForkedJvm.runToEnd("the loader", ForkedJvm.onThisClasspath("loader-throughput-run", jvmOptions,
                LoaderRun.class.getName(), List.of(bootstrapServers, topic, Long.toString(records),
                        Long.toString(workload.seed()))), output, timeout);
        for (String line : lines) {
            Matcher matcher = SUMMARY.matcher(line);
            if (matcher.matches()) {
                return new Measurement(Long.parseLong(matcher.group(1)), Double.parseDouble(matcher.group(2)), line);
            }
        }
        throw new IllegalStateException("no summary line in the output of the loader; " + ForkedJvm.tail(output));
    }

    /** Arguments: bootstrap servers, topic, records, seed of {@link GeneratorConfig#defaults}. */
    public static void main(String[] args) {
        BrokerConnection.Kafka connection = new BrokerConnection.Kafka(args[0], Map.of());
        long records = Long.parseLong(args[2]);
        GeneratorConfig workload = GeneratorConfig.defaults(Long.parseLong(args[3]));
        try (KafkaEventWriter writer = new KafkaEventWriter(connection, args[1])) {
            LoadReport report = OpenLoopLoader.load(writer, new ClickstreamGenerator(workload), records, null,
                    LoadProgress.NONE, FLUSH_TIMEOUT);
            System.out.printf(Locale.ROOT, "loader: %d records sent, %.1f records/sec in %.3f s%n", report.events(),
                    report.achievedRate(), report.elapsed().toNanos() / 1e9);
        }
    }
}
