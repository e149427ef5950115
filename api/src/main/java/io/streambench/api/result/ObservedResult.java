package io.streambench.api.result;

/**
 * A result as a sink holds it: {@code emitTime} is the engine's wall clock when it wrote the result,
 * {@code visibleTime} when the result became visible to readers of the sink (what latency is measured to).
 */
public record ObservedResult(WindowResult result, long emitTime, long visibleTime) {
}
