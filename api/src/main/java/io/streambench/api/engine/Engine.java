package io.streambench.api.engine;

import io.streambench.api.run.Emission;
import io.streambench.api.run.JobSpec;

/**
 * A stream processing engine that runs pipelines. Implementations are found with {@link java.util.ServiceLoader}
 * (see {@link Engines}) and run the job in the calling JVM; the bench runs each engine in a JVM of its own.
 */
public interface Engine {
    /** Lower-case name used everywhere: {@code flink}, {@code spark}. */
    String name();

    String version();

    EngineCapabilities capabilities();

    /**
     * Starts the job and returns at once. Implementations call {@link #checkSupported} first, so that an unsupported
     * combination fails before anything starts.
     */
    JobHandle submit(JobSpec job);

    /**
     * When this engine writes the job's results: what the job asks for, or the engine's default; final results in
     * bounded modes; {@link Emission#ON_COMPLETION} for pipelines without an event-time window.
     */
    default Emission emissionFor(JobSpec job) {
        return Emission.resolve(job, capabilities().defaultEmission());
    }

    default void checkSupported(JobSpec job) {
        capabilities().firstRefusal(Requirements.of(job)).or(() -> Requirements.unreplayableStart(job))
                .ifPresent(refusal -> {
                    throw new UnsupportedCombinationException(name(), refusal.capability(), refusal.reason());
                });
    }
}
