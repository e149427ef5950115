package io.streambench.api.fork;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClusterEventTest {
    @Test
    void theReadyLinesAreTheAgreedJson() {
        assertThat(ClusterEvent.clusterReady("127.0.0.1:8081", "http://127.0.0.1:8081").toLine())
                .isEqualTo("{\"event\":\"cluster-ready\",\"endpoint\":\"127.0.0.1:8081\",\"ui\":\"http://127.0.0.1:8081\"}");
        assertThat(ClusterEvent.workerReady("worker-1").toLine())
                .isEqualTo("{\"event\":\"worker-ready\",\"worker\":\"worker-1\"}");
    }

    @Test
    void aLineIsReadBackAndAnythingElseIsNoEvent() {
        assertThat(ClusterEvent.parse("{\"event\":\"cluster-ready\",\"endpoint\":\"spark://h:7077\",\"ui\":\"http://h:8080\"}"))
                .contains(ClusterEvent.clusterReady("spark://h:7077", "http://h:8080"));
        assertThat(ClusterEvent.parse("14:02:41.543 WARN  PluginConfig - The plugins directory does not exist.")).isEmpty();
        assertThat(ClusterEvent.parse("{\"something\":\"else\"}")).isEmpty();
        assertThat(ClusterEvent.parse("{not json")).isEmpty();
    }
}
