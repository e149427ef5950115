package io.streambench.api.oracle;

/**
 * A window is late once the watermark has passed its end plus the allowed lateness: Flink's
 * {@code maxTimestamp + allowedLateness <= watermark} with its watermark {@code maxEventTime - bound - 1}, and Spark's
 * {@code end <= watermark} with its delay {@code bound + allowedLateness}, both come down to this.
 */
record Lateness(long allowedLatenessMillis) {
    boolean isLate(long windowEnd, long watermark) {
        return watermark != OutputModel.NO_WATERMARK && windowEnd + allowedLatenessMillis <= watermark;
    }
}
