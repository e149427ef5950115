package io.streambench.kafka;

import io.streambench.api.broker.StreamSpec;
import io.streambench.api.event.ClickEvent;
import io.streambench.api.event.ClickEventCodec;
import io.streambench.api.event.ClickstreamGenerator;
import io.streambench.api.event.GeneratorConfig;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;

/**
 * Compares the loader with Kafka's own ProducerPerformance in the same run, on the same embedded broker, with the
 * producer settings of {@link KafkaEventWriter} for both. Each round sends the same number of records with
 * ProducerPerformance (200-byte values, no key) and with the loader as fast as it goes (generated click events: JSON
 * keyed by user), each in a new JVM with the same heap and to a new topic, in alternating order so that neither always
 * runs on a broker still busy with the other's data. It prints both rates and their ratio per round, then the medians.
 * The goal is a ratio of at least 0.9. It is a benchmark, not a test: run it on an otherwise quiet machine.
 *
 * <pre>
 * ./mvnw -B -q -pl broker-kafka -am package -DskipTests
 * java -cp "broker-kafka/target/classes:$(cat broker-kafka/target/runtime.classpath)" \
 *     io.streambench.kafka.LoaderThroughputCheck [records per run, default 3000000] [rounds, default 3]
 * </pre>
 */
public final class LoaderThroughputCheck {
    private static final int RECORD_SIZE = 200;
    private static final int PARTITIONS = 3;
    private static final List<String> CLIENT_JVM_OPTIONS = List.of("-Xmx1g");
    private static final Duration RUN_TIMEOUT = Duration.ofMinutes(10);
    private static final int SIZE_SAMPLE = 100_000;

    private LoaderThroughputCheck() {
    }

    private record Round(Measurement producerPerformance, Measurement loader) {
        double ratio() {
            return loader.recordsPerSecond() / producerPerformance.recordsPerSecond();
        }
    }

    public static void main(String[] args) throws IOException {
        long records = args.length > 0 ? Long.parseLong(args[0]) : 3_000_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path workDir = Files.createTempDirectory("loader-throughput-check-");
        System.out.printf(Locale.ROOT, "%,d records per run, %d rounds, %d partitions, %d cores, client JVMs %s%n",
                records, rounds, PARTITIONS, Runtime.getRuntime().availableProcessors(), CLIENT_JVM_OPTIONS);
        System.out.println("producer settings of both: " + new TreeMap<>(KafkaClientProperties.PRODUCER_TUNING));
        System.out.printf(Locale.ROOT, "ProducerPerformance: %d-byte values, no key; loader: click events of %.0f bytes "
                + "on average (key and JSON value)%n", RECORD_SIZE, averageRecordBytes(GeneratorConfig.defaults(1)));
        List<Round> results = new ArrayList<>();
        try (KafkaBroker broker = KafkaBroker.embedded(workDir, Map.of())) {
            System.out.println(broker.describe() + ", files in " + workDir);
            for (int round = 1; round <= rounds; round++) {
                Measurement reference;
                Measurement loader;
                if (round % 2 == 1) {
                    reference = producerPerformance(broker, round, records, workDir);
                    loader = loader(broker, round, records, workDir);
                } else {
                    loader = loader(broker, round, records, workDir);
                    reference = producerPerformance(broker, round, records, workDir);
                }
                Round result = new Round(reference, loader);
                results.add(result);
                System.out.printf(Locale.ROOT, "round %d: ProducerPerformance %,.0f records/s, loader %,.0f records/s, "
                        + "ratio %.3f%n", round, reference.recordsPerSecond(), loader.recordsPerSecond(), result.ratio());
            }
        }
        System.out.printf(Locale.ROOT, "median of %d rounds: ProducerPerformance %,.0f records/s, loader %,.0f records/s, "
                        + "ratio %.3f%n", rounds, median(results, round -> round.producerPerformance().recordsPerSecond()),
                median(results, round -> round.loader().recordsPerSecond()), median(results, Round::ratio));
    }

    private static Measurement producerPerformance(KafkaBroker broker, int round, long records, Path workDir) {
        String topic = "producer-performance-" + round;
        broker.createStream(new StreamSpec(topic, PARTITIONS));
        try {
            Measurement measurement = ProducerPerformanceRun.run(topic, records, RECORD_SIZE,
                    KafkaClientProperties.producer(broker.connection()), CLIENT_JVM_OPTIONS,
                    workDir.resolve(topic + ".out"), RUN_TIMEOUT);
            System.out.println("  ProducerPerformance: " + measurement.summary());
            return measurement;
        } finally {
            broker.deleteStream(topic);
        }
    }

    private static Measurement loader(KafkaBroker broker, int round, long records, Path workDir) {
        String topic = "loader-" + round;
        broker.createStream(new StreamSpec(topic, PARTITIONS));
        try {
            Measurement measurement = LoaderRun.run(broker.connection().bootstrapServers(), topic, records,
                    GeneratorConfig.defaults(round), CLIENT_JVM_OPTIONS, workDir.resolve(topic + ".out"), RUN_TIMEOUT);
            System.out.println("  " + measurement.summary());
            return measurement;
        } finally {
            broker.deleteStream(topic);
        }
    }

    private static double averageRecordBytes(GeneratorConfig workload) {
        ClickstreamGenerator generator = new ClickstreamGenerator(workload);
        long bytes = 0;
        for (int i = 0; i < SIZE_SAMPLE; i++) {
            ClickEvent event = generator.next();
            bytes += event.user().getBytes(StandardCharsets.UTF_8).length + ClickEventCodec.encode(event).length;
        }
        return (double) bytes / SIZE_SAMPLE;
    }

    private static double median(List<Round> rounds, ToDoubleFunction<Round> value) {
        double[] sorted = rounds.stream().mapToDouble(value).sorted().toArray();
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
