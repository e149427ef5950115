package io.streambench.spark.rabbitmq;

import org.apache.spark.sql.connector.read.InputPartition;

import java.util.List;

/** The messages of one micro-batch, taken from the driver's buffer, in delivery order. */
record BufferedMessagesPartition(List<QueueMessage> messages) implements InputPartition {
    BufferedMessagesPartition {
        messages = List.copyOf(messages);
    }
}
