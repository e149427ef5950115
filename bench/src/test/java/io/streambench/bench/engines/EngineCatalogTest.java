package io.streambench.bench.engines;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EngineCatalogTest {
    private static final Path SOURCE_TREE = Path.of("..").toAbsolutePath().normalize();

    @Test
    void aSourceTreesEnginesAreItsModulesWithADescriptor() {
        EngineCatalog catalog = EngineCatalog.at(SOURCE_TREE);

        assertThat(catalog.names()).containsExactly("flink", "kafka-streams", "spark");
        assertThat(catalog.descriptor("flink").mainClass()).isEqualTo("io.streambench.flink.FlinkEngineMain");
        assertThat(catalog.descriptor("spark").classpath()).startsWith(SOURCE_TREE.resolve("engine-spark/target/classes")
                .toString());
        assertThat(HomeLayout.matrices(SOURCE_TREE).resolve("demo.yaml")).isRegularFile();
    }

    @Test
    void aDistributionsEnginesAreItsDescriptors(@TempDir Path home) throws IOException {
        Files.createDirectories(home.resolve("engines"));
        Files.writeString(home.resolve("engines/streams.properties"), "name=streams\nmainClass=a.Main\nheap=512m\n");
        Path lib = Files.createDirectories(home.resolve("lib/streams"));
        Files.writeString(lib.resolve("a.jar"), "");
        Files.writeString(lib.resolve("classpath.txt"), "./a.jar");

        EngineCatalog catalog = EngineCatalog.at(home);

        assertThat(catalog.names()).containsExactly("streams");
        assertThat(catalog.descriptor("streams").classpath()).isEqualTo(lib.resolve("a.jar").toString());
        assertThat(HomeLayout.results(home)).isEqualTo(home.resolve("results"));
        assertThatThrownBy(() -> catalog.descriptor("stream"))
                .hasMessage("unknown engine 'stream': did you mean 'streams'? (known: streams)");
    }

    @Test
    void aDirectoryThatIsNoHomeSaysSo(@TempDir Path elsewhere) {
        assertThatThrownBy(() -> EngineCatalog.at(elsewhere).descriptor("flink"))
                .hasMessageContaining("neither a streambench source tree nor a distribution");
    }
}
