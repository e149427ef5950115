package io.streambench.kafka;

import io.streambench.api.run.BrokerConnection;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.utils.Utils;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Checks that an external cluster answers before anything is done with it, so that a wrong address gives one clear
 * error at once instead of clients that retry for a minute each.
 */
final class KafkaReachability {
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);
    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(30);
    private static final String HOW_TO_GET_ONE = "start a broker there, give the address of a running one "
            + "(--kafka-bootstrap host:port), or leave out --kafka-bootstrap to have streambench start its own";

    private KafkaReachability() {
    }

    static void require(BrokerConnection.Kafka connection) {
        String servers = connection.bootstrapServers();
        List<String> refusals = new ArrayList<>();
        boolean anyListens = false;
        for (String server : servers.split(",")) {
            String refusal = refusal(server.strip());
            if (refusal == null) {
                anyListens = true;
            } else {
                refusals.add(refusal);
            }
        }
        if (!anyListens) {
            throw new IllegalStateException("no Kafka broker is reachable at " + servers + " (" + String.join("; ", refusals)
                    + "); " + HOW_TO_GET_ONE);
        }
        requireAnswer(connection);
    }

    /** Why nothing accepts a connection at {@code host:port}, or null if something does. */
    private static String refusal(String server) {
        String host = Utils.getHost(server);
        Integer port = Utils.getPort(server);
        if (host == null || port == null) {
            throw new IllegalArgumentException("bootstrapServers must be host:port[,host:port...], was '" + server + "'");
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), (int) CONNECT_TIMEOUT.toMillis());
            return null;
        } catch (IOException e) {
            return server + ": " + e.getMessage();
        }
    }

    private static void requireAnswer(BrokerConnection.Kafka connection) {
        Admin admin = Admin.create(KafkaClientProperties.admin(connection));
        try {
            admin.describeCluster(new DescribeClusterOptions().timeoutMs((int) ANSWER_TIMEOUT.toMillis()))
                    .clusterId().get(ANSWER_TIMEOUT.toMillis() + CONNECT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            String reason = e instanceof ExecutionException ? e.getCause().getMessage() : "no answer";
            throw new IllegalStateException("something listens at " + connection.bootstrapServers()
                    + " but no Kafka broker answered within " + ANSWER_TIMEOUT.toSeconds() + " s (" + reason
                    + "; check client.* settings such as client.security.protocol); " + HOW_TO_GET_ONE, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reaching Kafka at " + connection.bootstrapServers(), e);
        } finally {
            admin.close(CONNECT_TIMEOUT);
        }
    }
}
