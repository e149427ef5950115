package io.streambench.bench.matrix;

import io.streambench.api.json.Json;
import io.streambench.api.pipeline.Pipeline;
import io.streambench.api.pipeline.ReadyPipelines;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a cell's {@code pipeline} names: a ready pipeline by its name, or a pipeline YAML (or JSON) file by its path,
 * relative to the working directory.
 */
public final class PipelineReference {
    private static final Map<Path, String> NAMES_OF_FILES = new ConcurrentHashMap<>();

    private PipelineReference() {
    }

    /**
     * @throws IllegalArgumentException for a name that is neither a ready pipeline nor an existing file, with the
     *                                  nearest ready names
     * @throws io.streambench.api.json.ConfigException for a file that is not a valid pipeline, with the line
     */
    public static Pipeline resolve(String nameOrFile) {
        if (nameOrFile == null) {
            throw new IllegalArgumentException("the cell names no pipeline");
        }
        if (ReadyPipelines.names().contains(nameOrFile)) {
            return ReadyPipelines.byName(nameOrFile);
        }
        Path file = Path.of(nameOrFile);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(NearestNames.unknown("pipeline", nameOrFile, ReadyPipelines.names())
                    + ", and no pipeline file " + file.toAbsolutePath() + " (see examples/pipelines/)");
        }
        return Json.readFile(file, Pipeline.class);
    }

    /**
     * The pipeline's own name for labels and directories: a ready pipeline's name as it is, a file's {@code name:}
     * (its file name if it cannot be read; {@link #resolve} says why when the cell runs).
     */
    public static String nameOf(String nameOrFile) {
        if (nameOrFile == null || ReadyPipelines.names().contains(nameOrFile)) {
            return nameOrFile;
        }
        Path file = Path.of(nameOrFile).toAbsolutePath().normalize();
        return NAMES_OF_FILES.computeIfAbsent(file, unused -> {
            try {
                return resolve(nameOrFile).name();
            } catch (RuntimeException unreadable) {
                String fileName = file.getFileName().toString();
                return fileName.replaceFirst("\\.(ya?ml|json)$", "").replaceAll("[^A-Za-z0-9._-]", "_")
                        .toLowerCase(Locale.ROOT);
            }
        });
    }
}
