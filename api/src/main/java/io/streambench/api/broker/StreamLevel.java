package io.streambench.api.broker;

/**
 * What a broker says of one stream at an instant, as far as it can tell.
 *
 * @param written messages the stream has taken since it was created (Kafka: the sum of its partitions' end offsets);
 *                null where the broker cannot say
 * @param waiting messages waiting to be delivered to a consumer (a classic or quorum queue's depth); null where
 *                messages do not leave the stream when read (Kafka, stream queues)
 */
public record StreamLevel(Long written, Long waiting) {
}
