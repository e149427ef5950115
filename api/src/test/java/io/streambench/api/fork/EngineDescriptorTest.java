package io.streambench.api.fork;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EngineDescriptorTest {
    @TempDir
    Path home;

    @Test
    void aDistributionsEngineRunsOnTheJarsBesideItsClassPathFileWhereverItLies() throws IOException {
        Path lib = Files.createDirectories(home.resolve("lib/demo"));
        Files.writeString(lib.resolve("engine.jar"), "");
        Files.writeString(lib.resolve("client.jar"), "");
        Files.writeString(lib.resolve("classpath.txt"), "./engine.jar" + File.pathSeparator + "./client.jar\n");
        Path descriptor = descriptor("demo", "name=demo\nmainClass=demo.Main\nheap=768m\njvmOptions=-Dx=1 -Dy=2\n");

        EngineLauncher launcher = EngineDescriptor.inDistribution(descriptor).launcher();

        assertThat(launcher.engine()).isEqualTo("demo");
        assertThat(launcher.mainClass()).isEqualTo("demo.Main");
        assertThat(launcher.classpath()).isEqualTo(lib.resolve("engine.jar") + File.pathSeparator
                + lib.resolve("client.jar"));
        assertThat(launcher.jvmOptions()).containsAll(EngineLauncher.engineJvmOptions())
                .endsWith("-Xmx768m", "-Dx=1", "-Dy=2");
    }

    @Test
    void aMissingJarIsNamedWithWhatToDo() throws IOException {
        Path lib = Files.createDirectories(home.resolve("lib/demo"));
        Files.writeString(lib.resolve("classpath.txt"), "./gone.jar");
        Path descriptor = descriptor("demo", "name=demo\nmainClass=demo.Main\nheap=1g\n");

        assertThatThrownBy(() -> EngineDescriptor.inDistribution(descriptor))
                .hasMessageContaining(lib.resolve("gone.jar").toString()).hasMessageContaining("unpack it again");
    }

    @Test
    void aMisspelledKeyIsNamedWithTheKnownOnes() throws IOException {
        Path file = descriptor("demo", "name=demo\nmainClass=demo.Main\nheapSize=1g\n");

        assertThatThrownBy(() -> EngineDescriptor.read(file, "x.jar"))
                .hasMessageContaining("unknown keys [heapSize]")
                .hasMessageContaining("known keys: clusterCoordinator, clusterWorker, heap, jvmOptions");
    }

    @Test
    void anEngineRunsAsAProjectClusterWhenItsDescriptorNamesBothProcesses() throws IOException {
        Path both = descriptor("both", "name=both\nmainClass=demo.Main\nheap=1g\n"
                + "clusterCoordinator=demo.Coordinator\nclusterWorker=demo.Worker\n");
        Path none = descriptor("none", "name=none\nmainClass=demo.Main\nheap=1g\n");

        EngineDescriptor cluster = EngineDescriptor.read(both, "x.jar");
        assertThat(cluster.runsAsProjectCluster()).isTrue();
        assertThat(cluster.clusterCoordinator()).isEqualTo("demo.Coordinator");
        assertThat(cluster.clusterWorker()).isEqualTo("demo.Worker");
        assertThat(EngineDescriptor.read(none, "x.jar").runsAsProjectCluster()).isFalse();
    }

    @Test
    void aClusterCoordinatorWithoutWorkerIsRefused() throws IOException {
        Path file = descriptor("half", "name=half\nmainClass=demo.Main\nheap=1g\nclusterCoordinator=demo.C\n");

        assertThatThrownBy(() -> EngineDescriptor.read(file, "x.jar"))
                .hasMessage("engine half: clusterCoordinator and clusterWorker go together");
    }

    @Test
    void anEngineWithoutClusterProcessesIsRefusedAProjectClusterByName() throws IOException {
        EngineDescriptor engine = EngineDescriptor.read(descriptor("solo", "name=solo\nmainClass=demo.Main\nheap=1g\n"),
                "x.jar");

        assertThatThrownBy(() -> ProjectCluster.start(engine, home.resolve("cluster"), 2, 2,
                ProjectCluster.DEFAULT_READY_TIMEOUT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("solo cannot run as a project-started cluster: its descriptor declares no "
                        + "clusterCoordinator and clusterWorker");
    }

    @Test
    void aHeapIsASize() throws IOException {
        Path file = descriptor("demo", "name=demo\nmainClass=demo.Main\nheap=lots\n");

        assertThatThrownBy(() -> EngineDescriptor.read(file, "x.jar"))
                .hasMessage("engine demo: heap must be a size such as 768m or 1g, was 'lots'");
    }

    @Test
    void aDistributionsDescriptorIsNamedAfterItsEngine() throws IOException {
        Path lib = Files.createDirectories(home.resolve("lib/demo"));
        Files.writeString(lib.resolve("classpath.txt"), "");
        Path descriptor = descriptor("demo", "name=other\nmainClass=demo.Main\nheap=1g\n");

        assertThatThrownBy(() -> EngineDescriptor.inDistribution(descriptor))
                .hasMessageContaining("describes engine 'other'; its file must be named other.properties");
    }

    private Path descriptor(String name, String text) throws IOException {
        Path engines = Files.createDirectories(home.resolve("engines"));
        return Files.writeString(engines.resolve(name + ".properties"), text);
    }
}
