package io.streambench.kafka;

import io.streambench.api.fork.ForkedJvm;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Kafka's own producer benchmark, {@code org.apache.kafka.tools.ProducerPerformance}, run as fast as it goes in a JVM
 * of its own on the Kafka server class path, which has kafka-tools.
 */
final class ProducerPerformanceRun {
    private static final String MAIN_CLASS = "org.apache.kafka.tools.ProducerPerformance";
    private static final Pattern SUMMARY = Pattern.compile("^(\\d+) records sent, ([0-9.]+) records/sec.*");

    private ProducerPerformanceRun() {
    }

    /**
     * @return records per second as ProducerPerformance reports them, and its summary line
     */
    static Measurement run(String topic, long records, int recordSize, Map<String, Object> producerProperties,
                           List<String> jvmOptions, Path output, Duration timeout) {
        List<String> arguments = new ArrayList<>(List.of("--topic", topic, "--num-records", Long.toString(records),
                "--record-size", Integer.toString(recordSize), "--throughput", "-1", "--producer-props"));
        producerProperties.forEach((key, value) -> arguments.add(key + "=" + value));
        List<String> options = new ArrayList<>(jvmOptions);
        options.add("-Dstreambench.kafka.log.level=WARN");
        ProcessBuilder producerPerformance = ForkedJvm.onClasspath("kafka-producer-performance",
                KafkaServerClasspath.classpath(), options, MAIN_CLASS, arguments);
        List<String> lines = ForkedJvm.runToEnd("ProducerPerformance", producerPerformance, output, timeout);
        // One summary every few seconds, the total at the end.
        for (int i = lines.size() - 1; i >= 0; i--) {
            Matcher matcher = SUMMARY.matcher(lines.get(i));
            if (matcher.matches()) {
                return new Measurement(Long.parseLong(matcher.group(1)), Double.parseDouble(matcher.group(2)), lines.get(i));
            }
        }
        throw new IllegalStateException("no summary line in the output of ProducerPerformance; " + ForkedJvm.tail(output));
    }
}
