package io.streambench.flink.sink;

import io.streambench.api.run.BrokerConnection;
import io.streambench.flink.source.KafkaTopics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Result topics use log-append time: a record's timestamp is when it became visible to readers, which is what
 * latency is measured to.
 */
final class ResultTopics {
    private ResultTopics() {
    }

    static void ensure(BrokerConnection.Kafka kafka, String topic, int partitions) {
        NewTopic newTopic = new NewTopic(topic, partitions, (short) 1)
                .configs(Map.of("message.timestamp.type", "LogAppendTime"));
        try (Admin admin = Admin.create(KafkaTopics.adminProperties(kafka))) {
            admin.createTopics(List.of(newTopic)).all().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("cannot create result topic '" + topic + "' at "
                        + kafka.bootstrapServers() + ": " + e.getCause().getMessage(), e.getCause());
            }
        } catch (TimeoutException e) {
            throw new IllegalStateException("no answer from Kafka at " + kafka.bootstrapServers()
                    + " while creating result topic '" + topic + "'", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating result topic '" + topic + "'", e);
        }
    }
}
