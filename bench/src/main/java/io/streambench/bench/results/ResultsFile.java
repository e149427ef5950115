package io.streambench.bench.results;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.streambench.api.json.Json;
import io.streambench.bench.matrix.MatrixFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;

/**
 * {@code results.json}: one record per matrix cell, with the machine, the versions and the matrix that produced it.
 * Reports are rendered from this file only, so that they can be rendered again or compared without re-running.
 */
public record ResultsFile(int schemaVersion, String startedAt, String finishedAt, Machine machine,
                          Map<String, String> versions, MatrixFile matrix, List<CellResult> cells) {
    /** 4: each cell's resolved settings, the engine's own readings of its load and the cluster it ran on. */
    public static final int SCHEMA_VERSION = 4;
    /** The oldest schema this version reads: what 4 added is absent from it (the resolved settings are derived). */
    private static final int OLDEST_READABLE = 3;

    @JsonCreator
    public ResultsFile(@JsonProperty("schemaVersion") int schemaVersion, @JsonProperty("startedAt") String startedAt,
                       @JsonProperty("finishedAt") String finishedAt, @JsonProperty("machine") Machine machine,
                       @JsonProperty("versions") Map<String, String> versions, @JsonProperty("matrix") MatrixFile matrix,
                       @JsonProperty("cells") List<CellResult> cells) {
        if (schemaVersion < OLDEST_READABLE || schemaVersion > SCHEMA_VERSION) {
            throw new IllegalArgumentException("results schema version " + schemaVersion + " is not supported (this "
                    + "streambench reads versions " + OLDEST_READABLE + " to " + SCHEMA_VERSION + ")");
        }
        this.schemaVersion = schemaVersion;
        this.startedAt = startedAt;
        this.finishedAt = finishedAt;
        this.machine = machine;
        this.versions = Map.copyOf(versions);
        this.matrix = matrix;
        this.cells = List.copyOf(cells);
    }

    /**
     * Writes through a temporary file moved into place, so that a reader (or a run killed mid-write) finds the
     * previous complete file or this one, never part of one.
     */
    public void write(Path file) {
        try {
            Path directory = file.toAbsolutePath().getParent();
            Files.createDirectories(directory);
            Path partial = Files.createTempFile(directory, file.getFileName().toString(), ".partial");
            Files.writeString(partial, Json.json().writerWithDefaultPrettyPrinter().writeValueAsString(this));
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** @throws IllegalArgumentException for a file that is not a run's results.json, saying so */
    public static ResultsFile read(Path file) {
        JsonNode tree;
        try {
            tree = Json.json().readTree(file.toFile());
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + " as a streambench results file (the "
                    + "results.json of a run): " + (e instanceof JsonProcessingException json
                    ? json.getOriginalMessage().replaceFirst(" \\(start marker at .*", "").replaceFirst("\\n.*", "")
                    : e.toString()), e);
        }
        if (tree == null || !tree.isObject() || !tree.has("schemaVersion") || !tree.has("cells")) {
            throw new IllegalArgumentException(file + " is not a streambench results file: a run's results.json is an "
                    + "object with schemaVersion, matrix and cells");
        }
        return Json.readFile(file, ResultsFile.class);
    }
}
