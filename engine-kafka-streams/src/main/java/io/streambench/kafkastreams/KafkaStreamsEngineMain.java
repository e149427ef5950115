package io.streambench.kafkastreams;

import io.streambench.api.engine.EngineProcess;
import io.streambench.api.engine.LifecycleEvent;

import java.nio.file.Path;

/**
 * Runs one pipeline in this JVM: {@code KafkaStreamsEngineMain <job.json>}. Speaks the lifecycle protocol on standard
 * output; exit code 0 finished or cancelled, 1 failed, 2 bad input, 3 unsupported. {@code KafkaStreamsEngineMain
 * --describe} prints the engine's capabilities as JSON.
 */
public final class KafkaStreamsEngineMain {
    private KafkaStreamsEngineMain() {
    }

    public static void main(String[] args) {
        if (args.length == 1 && args[0].equals("--describe")) {
            System.exit(EngineProcess.describe(new KafkaStreamsEngine()));
        }
        if (args.length == 1) {
            System.exit(EngineProcess.run(new KafkaStreamsEngine(), Path.of(args[0])));
        }
        System.err.println("usage: KafkaStreamsEngineMain <job.json> | --describe");
        System.exit(LifecycleEvent.EXIT_BAD_INPUT);
    }
}
