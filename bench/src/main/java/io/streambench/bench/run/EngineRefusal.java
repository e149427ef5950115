package io.streambench.bench.run;

/** The forked engine refused a job its described capabilities had let through; the message is the engine's reason. */
final class EngineRefusal extends RuntimeException {
    EngineRefusal(String reason) {
        super(reason);
    }
}
