package io.streambench.api.broker;

/**
 * How fast a plain consumer read a backlog: {@code messages} from the first one read to the last in {@code seconds}.
 *
 * @param client the client library and version that read, e.g. {@code kafka-clients 3.4.0}
 */
public record ConsumerRate(String client, long messages, double seconds) {
    public double rate() {
        return messages / seconds;
    }
}
