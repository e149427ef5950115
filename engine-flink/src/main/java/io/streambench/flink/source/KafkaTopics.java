package io.streambench.flink.source;

import io.streambench.api.run.BrokerConnection;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Looks up topics while the job graph is built, so that a missing topic fails before anything starts. */
public final class KafkaTopics {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private KafkaTopics() {
    }

    public static int partitions(BrokerConnection.Kafka kafka, String topic) {
        try (Admin admin = Admin.create(adminProperties(kafka))) {
            TopicDescription description = admin.describeTopics(List.of(topic)).allTopicNames()
                    .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).get(topic);
            return description.partitions().size();
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot read Kafka topic '" + topic + "' at " + kafka.bootstrapServers()
                    + ": " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("no answer from Kafka at " + kafka.bootstrapServers() + " within "
                    + TIMEOUT.toSeconds() + " s while looking up topic '" + topic + "'", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while looking up topic '" + topic + "'", e);
        }
    }

    public static Map<String, Object> adminProperties(BrokerConnection.Kafka kafka) {
        Map<String, Object> properties = new HashMap<>(kafka.clientProperties());
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        properties.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
        properties.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
        return properties;
    }
}
