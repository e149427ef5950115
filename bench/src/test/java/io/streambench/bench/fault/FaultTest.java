package io.streambench.bench.fault;

import io.streambench.api.pipeline.StartPosition;
import io.streambench.api.result.ObservedResult;
import io.streambench.api.result.WindowResult;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FaultTest {
    @Test
    void parsesEachKindAndSaysHowToWriteOne() {
        assertThat(Fault.parse("kill-engine@30s"))
                .isEqualTo(new Fault(Fault.Kind.KILL_ENGINE, Duration.ofSeconds(30), 0, null));
        assertThat(Fault.parse("broker-restart@1m").kind()).isEqualTo(Fault.Kind.BROKER_RESTART);
        assertThat(Fault.parse("poison@20s").poisonCount()).isEqualTo(10);
        assertThat(Fault.parse("poison:50@20s")).isEqualTo(new Fault(Fault.Kind.POISON, Duration.ofSeconds(20), 50, null));
        assertThat(Fault.parse("poison:50@20s").toString()).isEqualTo("poison:50@20s");
        assertThatThrownBy(() -> Fault.parse("kill@30s")).hasMessageContaining("expected kill-engine[:earliest");
        assertThatThrownBy(() -> Fault.parse("broker-restart:3@30s")).hasMessageContaining("only poison takes a count");
        assertThatThrownBy(() -> Fault.parse("poison:many@30s")).hasMessageContaining("poison takes a count");
    }

    @Test
    void aClusterWorkerIsKilledByEitherName() {
        assertThat(Fault.parse("kill-worker@20s"))
                .isEqualTo(new Fault(Fault.Kind.KILL_WORKER, Duration.ofSeconds(20), 0, null));
        assertThat(Fault.parse("kill-taskmanager@20s").toString()).isEqualTo("kill-worker@20s");
        assertThatThrownBy(() -> Fault.parse("kill-worker:latest@20s"))
                .hasMessageContaining("only kill-engine a start position");
    }

    @Test
    void aKillCanRestartWithoutCheckpointFromAStartPosition() {
        assertThat(Fault.parse("kill-engine:earliest@25s").restartFrom()).isEqualTo(StartPosition.Kind.EARLIEST);
        assertThat(Fault.parse("kill-engine:timestamp@25s").toString()).isEqualTo("kill-engine:timestamp@25s");
        assertThat(Fault.parse("kill-engine@25s").restartFrom()).as("resumes from its checkpoint").isNull();
        assertThat(Fault.parse("planned-restart@25s").kind()).isEqualTo(Fault.Kind.PLANNED_RESTART);
        assertThatThrownBy(() -> Fault.parse("kill-engine:yesterday@25s"))
                .hasMessageContaining("kill-engine restarts from earliest, latest or timestamp, not 'yesterday'");
    }

    @Test
    void recoveryIsMeasuredFromTheFaultToTheFirstResultAndToTheFirstResultUnderTheSlo() {
        long fault = 100_000;
        List<ObservedResult> observed = List.of(
                result(90_000, 99_000),    // before the fault
                result(95_000, 112_000),   // first result after it: 12 s, engine-added latency 17 s
                result(110_000, 115_000),  // engine-added 5 s: under a 10 s SLO, 15 s after the fault
                result(111_000, 116_000));
        Recovery recovery = RecoveryMeasurement.of(Fault.parse("kill-engine@30s"), fault, fault + 300,
                observed, FaultTest::engineAdded, 10_000, 0, 2, 7L, null);
        assertThat(recovery.secondsToResults()).isEqualTo(12.0);
        assertThat(recovery.secondsToLatencyUnderSlo()).isEqualTo(15.0);
        assertThat(recovery.recoveryActionSeconds()).isEqualTo(0.3);
        assertThat(recovery.duplicated()).isEqualTo(2);
        assertThat(recovery.postgresRewrites()).isEqualTo(7L);
    }

    @Test
    void neverRecoveringIsReportedAsNull() {
        Recovery recovery = RecoveryMeasurement.of(Fault.parse("kill-engine@30s"), 100_000, 100_500,
                List.of(result(90_000, 99_000)), FaultTest::engineAdded, 10_000, 5, 0, null, null);
        assertThat(recovery.secondsToResults()).isNull();
        assertThat(recovery.secondsToLatencyUnderSlo()).isNull();
        assertThat(recovery.lost()).isEqualTo(5);
    }

    /** The simulated availability of these results is their largest send time. */
    private static Optional<Long> engineAdded(ObservedResult observed) {
        return Optional.of(observed.visibleTime() - observed.result().maxSendTime());
    }

    private static ObservedResult result(long maxSendTime, long visible) {
        return new ObservedResult(new WindowResult("k" + visible, 0, 10, 1, maxSendTime), visible, visible);
    }
}
