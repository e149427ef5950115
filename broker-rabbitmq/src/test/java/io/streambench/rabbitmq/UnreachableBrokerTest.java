package io.streambench.rabbitmq;

import io.streambench.api.broker.BrokerProvider;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class UnreachableBrokerTest {
    private static final Duration BOUND = Duration.ofSeconds(20);

    @Test
    void aPortNothingListensOnGivesOneClearErrorNamingTheAddressAndTheWayOut() throws IOException {
        int port = portNothingListensOn();
        String uri = "amqp://guest:secret@127.0.0.1:" + port;
        assertTimeoutPreemptively(BOUND, () -> assertThatThrownBy(() -> open(uri))
                .isInstanceOf(BrokerUnreachableException.class)
                .hasMessageContaining("amqp://guest@127.0.0.1:" + port)
                .hasMessageContaining("rabbitmq-server -detached")
                .hasMessageContaining("uri=")
                .hasMessageNotContaining("secret"));
    }

    @Test
    void anAddressThatDoesNotAnswerFailsWithinTheConnectionTimeout() {
        // TEST-NET-1 (RFC 5737): reserved for documentation, nothing answers there.
        String uri = "amqp://192.0.2.1:5672?connection_timeout=500";
        assertTimeoutPreemptively(BOUND, () -> assertThatThrownBy(() -> open(uri))
                .isInstanceOf(BrokerUnreachableException.class)
                .hasMessageContaining("192.0.2.1:5672"));
    }

    @Test
    void wrongCredentialsAreReportedAsARefusedLogin() {
        assertThatThrownBy(() -> open("amqp://guest:wrong@127.0.0.1:5672"))
                .isInstanceOf(BrokerUnreachableException.class)
                .hasMessageContaining("amqp://guest@127.0.0.1:5672 refused the login of user 'guest'")
                .hasMessageNotContaining("wrong");
    }

    private static void open(String uri) {
        BrokerProvider.named("rabbitmq").open(Path.of("."), Map.of("deployment", "external", "uri", uri)).close();
    }

    private static int portNothingListensOn() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
