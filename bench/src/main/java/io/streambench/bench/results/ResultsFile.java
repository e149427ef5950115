package io.streambench.bench.results;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.streambench.api.json.Json;
import io.streambench.bench.matrix.MatrixFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code results.json}: one record per matrix cell, with the machine, the versions and the matrix that produced it.
 * Reports are rendered from this file only, so that they can be rendered again or compared without re-running.
 */
public record ResultsFile(int schemaVersion, String startedAt, String finishedAt, Machine machine,
                          Map<String, String> versions, MatrixFile matrix, List<CellResult> cells) {
    public static final int SCHEMA_VERSION = 3;

    @JsonCreator
    public ResultsFile(@JsonProperty("schemaVersion") int schemaVersion, @JsonProperty("startedAt") String startedAt,
                       @JsonProperty("finishedAt") String finishedAt, @JsonProperty("machine") Machine machine,
                       @JsonProperty("versions") Map<String, String> versions, @JsonProperty("matrix") MatrixFile matrix,
                       @JsonProperty("cells") List<CellResult> cells) {
        if (schemaVersion != SCHEMA_VERSION) {
            throw new IllegalArgumentException("results schema version " + schemaVersion + " is not supported (this "
                    + "streambench reads version " + SCHEMA_VERSION + ")");
        }
        this.schemaVersion = schemaVersion;
        this.startedAt = startedAt;
        this.finishedAt = finishedAt;
        this.machine = machine;
        this.versions = Map.copyOf(versions);
        this.matrix = matrix;
        this.cells = List.copyOf(cells);
    }

    public void write(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, Json.json().writerWithDefaultPrettyPrinter().writeValueAsString(this));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    public static ResultsFile read(Path file) {
        return Json.readFile(file, ResultsFile.class);
    }
}
