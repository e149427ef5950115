package io.streambench.kafka;

/** What one throughput run sent, how fast, and the line its tool printed about it. */
record Measurement(long records, double recordsPerSecond, String summary) {
}
