package io.streambench.spark.rabbitmq;

import org.apache.spark.sql.connector.read.InputPartition;

/** A part of a batch read of a stream queue: the offsets {@code from <= offset < until}, read by the task itself. */
record StreamRangePartition(String uri, String queue, long from, long until) implements InputPartition {
}
