package io.streambench.spark;

import io.streambench.api.engine.EngineProcess;
import io.streambench.api.engine.LifecycleEvent;

import java.nio.file.Path;

/**
 * Runs one pipeline with this JVM as its driver: {@code SparkEngineMain <job.json> [--cluster <master URL>]}
 * ({@code local[N]} with the job's parallelism by default; {@code spark://host:port} for a standalone cluster,
 * project-started or a user's own). Speaks the lifecycle protocol on standard output; exit code 0 finished or
 * cancelled, 1 failed, 2 bad input, 3 unsupported. {@code SparkEngineMain --describe} prints the engine's capabilities
 * as JSON.
 */
public final class SparkEngineMain {
    private SparkEngineMain() {
    }

    public static void main(String[] args) {
        if (args.length == 1 && args[0].equals("--describe")) {
            System.exit(EngineProcess.describe(new SparkEngine()));
        }
        if (args.length == 1) {
            System.exit(EngineProcess.run(new SparkEngine(), Path.of(args[0])));
        }
        if (args.length == 3 && args[1].equals("--cluster")) {
            System.exit(EngineProcess.run(SparkEngine.onMaster(args[2]), Path.of(args[0])));
        }
        System.err.println("usage: SparkEngineMain <job.json> [--cluster <master URL>] | --describe");
        System.exit(LifecycleEvent.EXIT_BAD_INPUT);
    }
}
