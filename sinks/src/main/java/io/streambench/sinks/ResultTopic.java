package io.streambench.sinks;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A Kafka result topic. It uses log-append time: a record's timestamp is when the broker appended it, when it became
 * visible to readers unless it was written in a transaction (see {@link KafkaResultStore}). Results are keyed by result
 * key, so the updates of one result stay in order.
 */
public final class ResultTopic {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private ResultTopic() {
    }

    /** Creates the topic unless it exists. */
    public static void ensure(String bootstrapServers, Map<String, String> clientProperties, String topic, int partitions) {
        NewTopic newTopic = new NewTopic(topic, partitions, (short) 1)
                .configs(Map.of("message.timestamp.type", "LogAppendTime"));
        try (Admin admin = Admin.create(adminProperties(bootstrapServers, clientProperties))) {
            admin.createTopics(List.of(newTopic)).all().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("cannot create result topic '" + topic + "' at " + bootstrapServers
                        + ": " + e.getCause().getMessage(), e.getCause());
            }
        } catch (TimeoutException e) {
            throw new IllegalStateException("no answer from Kafka at " + bootstrapServers + " within "
                    + TIMEOUT.toSeconds() + " s while creating result topic '" + topic + "'", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating result topic '" + topic + "'", e);
        }
    }

    public static void delete(String bootstrapServers, Map<String, String> clientProperties, String topic) {
        try (Admin admin = Admin.create(adminProperties(bootstrapServers, clientProperties))) {
            admin.deleteTopics(List.of(topic)).all().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot delete result topic '" + topic + "' at " + bootstrapServers, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static Map<String, Object> adminProperties(String bootstrapServers, Map<String, String> clientProperties) {
        Map<String, Object> properties = new HashMap<>(clientProperties);
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
        properties.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
        return properties;
    }
}
