package io.streambench.flink;

import io.streambench.api.engine.EngineProcess;
import io.streambench.api.engine.LifecycleEvent;

import java.nio.file.Path;

/**
 * Runs one pipeline in this JVM: {@code FlinkEngineMain <job.json> [--cluster host:port | http://host:port]}. Speaks the lifecycle
 * protocol on standard output; exit code 0 finished or cancelled, 1 failed, 2 bad input, 3 unsupported.
 * {@code FlinkEngineMain --describe} prints the engine's capabilities as JSON.
 */
public final class FlinkEngineMain {
    private FlinkEngineMain() {
    }

    public static void main(String[] args) {
        if (args.length == 1 && args[0].equals("--describe")) {
            System.exit(EngineProcess.describe(new FlinkEngine()));
        }
        if (args.length == 1) {
            System.exit(EngineProcess.run(new FlinkEngine(), Path.of(args[0])));
        }
        if (args.length == 3 && args[1].equals("--cluster")) {
            System.exit(EngineProcess.run(FlinkEngine.remote(args[2]), Path.of(args[0])));
        }
        System.err.println("usage: FlinkEngineMain <job.json> [--cluster host:port] | --describe");
        System.exit(LifecycleEvent.EXIT_BAD_INPUT);
    }
}
