package io.streambench.api.fork;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The generic side of a project-started cluster, with stand-in processes that speak the protocol (Flink's real
 * JobManager and TaskManagers run in engine-flink's FlinkOnProjectClusterTest).
 */
@Tag("integration")
class ProjectClusterTest {
    private static final Duration READY = Duration.ofSeconds(60);

    @TempDir
    Path workDir;

    @Test
    void aClusterIsReadyWhenEveryProcessSaidSoAndLeavesNoneWhenClosed() throws InterruptedException {
        ProjectCluster cluster = ProjectCluster.start(engine(Coordinator.class, Worker.class), workDir, 2, 3, READY);
        List<ProjectCluster.Member> members = cluster.members();
        try {
            assertThat(cluster.endpoint()).isEqualTo("stand-in:1");
            assertThat(cluster.ui()).isEqualTo("http://stand-in:2");
            assertThat(members).extracting(ProjectCluster.Member::role)
                    .containsExactly("coordinator", "worker-1", "worker-2");
            assertThat(cluster.isWhole()).isTrue();

            cluster.killWorker(1);

            assertThat(cluster.isWhole()).isFalse();
        } finally {
            cluster.close();
        }
        assertThat(members).allSatisfy(member -> assertThat(ProcessHandle.of(member.pid())
                .filter(ProcessHandle::isAlive)).as(member.role()).isEmpty());
    }

    @Test
    void aCoordinatorThatDiesBeforeItIsReadyIsReportedWithItsOutput() {
        assertThatThrownBy(() -> ProjectCluster.start(engine(DyingCoordinator.class, Worker.class), workDir, 1, 1,
                READY))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("the stand-in cluster did not start")
                .hasMessageContaining("exited with code 3 before it was ready")
                .hasMessageContaining("no free port here");
    }

    @Test
    void aWorkerThatNeverSaysItIsReadyIsWaitedForBoundedlyAndStopped() {
        assertThatThrownBy(() -> ProjectCluster.start(engine(Coordinator.class, SilentWorker.class), workDir, 1, 1,
                Duration.ofSeconds(15)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("(all its processes are given 15 s)")
                .hasMessageContaining("worker-1 (pid ");
    }

    private static EngineDescriptor engine(Class<?> coordinator, Class<?> worker) {
        return new EngineDescriptor("stand-in", "unused.Main", "64m", List.of(), System.getProperty("java.class.path"),
                coordinator.getName(), worker.getName());
    }

    public static final class Coordinator {
        public static void main(String[] args) {
            StandardInputLifeline.exitWhenItEnds();
            System.out.println(ClusterEvent.clusterReady("stand-in:1", "http://stand-in:2").toLine());
            System.out.flush();
            sleepForever();
        }
    }

    public static final class Worker {
        public static void main(String[] args) {
            StandardInputLifeline.exitWhenItEnds();
            System.out.println("a line that is not the protocol's");
            System.out.println(ClusterEvent.workerReady(Path.of(args[0]).getFileName().toString()).toLine());
            System.out.flush();
            sleepForever();
        }
    }

    public static final class SilentWorker {
        public static void main(String[] args) {
            StandardInputLifeline.exitWhenItEnds();
            sleepForever();
        }
    }

    public static final class DyingCoordinator {
        public static void main(String[] args) {
            System.err.println("no free port here");
            System.exit(3);
        }
    }

    private static void sleepForever() {
        try {
            Thread.sleep(Long.MAX_VALUE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
