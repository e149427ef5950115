package io.streambench.bench.fault;

/**
 * A fault and what it cost: when it was injected (epoch ms), how long the recovery action took (the engine's or
 * broker's restart), seconds from the fault until results flowed again and until a result's latency was back
 * under the SLO (null: never), results lost (missing, or with a wrong value: events lost or counted twice) and
 * duplicated against the oracle, and for PostgreSQL how often rows were rewritten (replays the upsert absorbed), and
 * what the restarted engine read.
 */
public record Recovery(String fault, long injectedAt, double recoveryActionSeconds, Double secondsToResults,
                       Double secondsToLatencyUnderSlo, long sloMillis, long lost, long duplicated,
                       Long postgresRewrites, Replay replay) {
}
