package io.streambench.bench.run;

import io.streambench.api.json.Json;
import io.streambench.api.load.LoadProgress;
import io.streambench.bench.matrix.MatrixFile;
import io.streambench.bench.results.CellStatus;
import io.streambench.bench.results.ResultsFile;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Flink and a Spark cell leave nothing in the system's temporary directory: what the engines write there (Flink's
 * RPC jar and blob store, Spark's block manager) goes to the cell's own directory and is removed with the engine JVM.
 */
@Tag("integration")
class TempFilesTest {
    private static final Path HOME = Path.of("..").toAbsolutePath().normalize();
    private static final Path SYSTEM_TEMP = Path.of(System.getProperty("java.io.tmpdir"));

    @TempDir
    Path output;

    @Test
    void aFlinkAndASparkCellLeaveNothingInTheSystemTempDirectory() throws IOException, InterruptedException {
        MatrixFile matrix = Json.fromYaml("""
                name: temp-files
                defaults: {broker: kafka, pipeline: clicks-per-page-tumbling, mode: batch, events: 20000}
                cells:
                  - {engine: flink}
                  - {engine: spark}
                """, MatrixFile.class, "test matrix");
        Set<String> before = entries(SYSTEM_TEMP);

        ResultsFile results = new MatrixRunner(HOME, output.resolve("run"), Map.of(), null,
                (task, total) -> LoadProgress.NONE, cell -> { }).run(matrix);

        Set<String> added = entries(SYSTEM_TEMP);
        added.removeAll(before);
        // The test's own: JUnit's temporary directories, Surefire's, the JVMs' performance data.
        added.removeIf(name -> name.startsWith("junit") || name.startsWith("surefire") || name.startsWith("hsperfdata_"));
        assertThat(results.cells()).allSatisfy(cell -> assertThat(cell.status()).as(cell.id() + ": " + cell.reason())
                .isEqualTo(CellStatus.OK));
        assertThat(added).as("left in %s by the cells", SYSTEM_TEMP).isEmpty();
        // Removed as each engine JVM's exit is noticed, which may trail the end of its cell a little.
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!cellTemporaryDirectories().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(cellTemporaryDirectories()).as("cell temporary directories after the engines exited").isEmpty();
    }

    private List<Path> cellTemporaryDirectories() throws IOException {
        try (Stream<Path> found = Files.find(output.resolve("run"), 3,
                (path, attributes) -> path.getFileName().toString().startsWith("tmp-") && attributes.isDirectory())) {
            return found.toList();
        }
    }

    private static Set<String> entries(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return new HashSet<>(files.map(path -> path.getFileName().toString()).toList());
        }
    }
}
