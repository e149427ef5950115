package io.streambench.spark.rabbitmq;

import org.apache.spark.sql.connector.read.InputPartition;

import java.util.Map;

/** A part of a batch read of a stream queue: the offsets {@code from <= offset < until}, read by the task itself. */
record StreamRangePartition(String uri, Map<String, String> clientProperties, String queue, long from, long until)
        implements InputPartition {
}
