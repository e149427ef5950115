package io.streambench.bench.run;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClusterAddressTest {
    @Test
    void aClusterThatIsDownIsNamedByItsAddressInOneLine() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        String address = "http://127.0.0.1:" + closedPort;

        assertThatThrownBy(() -> ClusterAddress.requireReachable("flink", address))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("the flink cluster at " + address + " is not reachable: ")
                .satisfies(refused -> org.assertj.core.api.Assertions.assertThat(refused.getMessage()).doesNotContain("\n"));
    }

    @Test
    void aListeningClusterPassesWhateverTheScheme() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThatCode(() -> ClusterAddress.requireReachable("spark", "spark://127.0.0.1:" + socket.getLocalPort()))
                    .doesNotThrowAnyException();
            assertThatCode(() -> ClusterAddress.requireReachable("flink", "127.0.0.1:" + socket.getLocalPort()))
                    .doesNotThrowAnyException();
        }
    }

    @Test
    void anAddressWithoutPortIsRefused() {
        assertThatThrownBy(() -> ClusterAddress.requireReachable("flink", "http://somewhere"))
                .hasMessage("the flink cluster's address must name a host and a port, was 'http://somewhere'");
    }
}
