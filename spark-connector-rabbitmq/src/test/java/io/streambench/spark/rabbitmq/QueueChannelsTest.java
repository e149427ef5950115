package io.streambench.spark.rabbitmq;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.MessageProperties;
import io.streambench.api.run.QueueType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Channels opened right after others closed while deliveries to them were still in flight: the race that once failed
 * a query with "Unsolicited delivery" when opening a channel.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("integration")
class QueueChannelsTest {
    private static final int MESSAGES = 20_000;
    private static final int PREFETCH = 2_000;

    private final String queue = "spark-source-channels-" + ProcessHandle.current().pid();
    private Connection connection;

    @BeforeAll
    void fillAStreamQueue() throws Exception {
        connection = QueueConnections.open(TestQueues.URI, "QueueChannelsTest");
        Channel channel = QueueConnections.openChannel(connection);
        channel.queueDeclare(queue, true, false, false, Map.of("x-queue-type", "stream"));
        channel.confirmSelect();
        byte[] body = new byte[512];
        for (int i = 0; i < MESSAGES; i++) {
            channel.basicPublish("", queue, MessageProperties.PERSISTENT_BASIC, body);
        }
        channel.waitForConfirmsOrDie(30_000);
        QueueConnections.close(channel);
    }

    @AfterAll
    void deleteQueue() throws Exception {
        Channel channel = QueueConnections.openChannel(connection);
        channel.queueDelete(queue);
        QueueConnections.close(channel);
        QueueConnections.close(connection);
    }

    @Test
    void aChannelOpenedAfterAnotherClosedDoesNotTakeItsNumber() {
        Channel first = QueueConnections.openChannel(connection);
        int closedNumber = first.getChannelNumber();
        QueueConnections.close(first);

        Channel next = QueueConnections.openChannel(connection);
        try {
            assertThat(next.getChannelNumber()).isNotEqualTo(closedNumber);
        } finally {
            QueueConnections.close(next);
        }
    }

    @Test
    void closingChannelsInTheMiddleOfAFlowOfDeliveriesLeavesTheNextChannelsAndTheConnectionWorking() throws Exception {
        for (int round = 0; round < 50; round++) {
            Channel channel = QueueConnections.openChannel(connection);
            channel.basicQos(PREFETCH, false);
            CountDownLatch delivered = new CountDownLatch(1);
            channel.basicConsume(queue, false, Map.of(QueueType.STREAM_OFFSET, "first"),
                    (tag, delivery) -> delivered.countDown(), tag -> { });
            assertThat(delivered.await(10, TimeUnit.SECONDS)).as("first delivery of round %d", round).isTrue();
            // Closed at once, with up to PREFETCH deliveries on their way to it.
            QueueConnections.close(channel);
        }

        assertThat(connection.isOpen()).isTrue();
        assertThat(readAllOnANewChannel()).isEqualTo(MESSAGES);
    }

    private int readAllOnANewChannel() throws Exception {
        Channel channel = QueueConnections.openChannel(connection);
        try {
            channel.basicQos(PREFETCH, false);
            CountDownLatch all = new CountDownLatch(MESSAGES);
            channel.basicConsume(queue, false, Map.of(QueueType.STREAM_OFFSET, "first"), (tag, delivery) -> {
                all.countDown();
                channel.basicAck(delivery.getEnvelope().getDeliveryTag(), false);
            }, tag -> { });
            all.await(30, TimeUnit.SECONDS);
            return MESSAGES - (int) all.getCount();
        } finally {
            QueueConnections.close(channel);
        }
    }
}
