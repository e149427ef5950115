package io.streambench.bench.fault;

/**
 * Where the restarted engine resumed ({@code checkpoint}, {@code savepoint}, or without either from
 * {@code earliest}, {@code latest} or a timestamp), the events it read before the fault and after the restart,
 * and the events its start position promised to read after the restart (null where the broker cannot say), in
 * words as well.
 */
public record Replay(String resumedFrom, long readBeforeFault, long readAfterRestart, Long promisedRead,
                     String promise) {
}
