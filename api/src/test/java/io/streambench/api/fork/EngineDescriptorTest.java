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
