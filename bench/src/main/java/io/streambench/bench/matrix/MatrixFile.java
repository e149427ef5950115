package io.streambench.bench.matrix;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.streambench.api.json.Json;
import io.streambench.api.run.Emission;
import io.streambench.api.run.ExecutionMode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A benchmark matrix: defaults, axes whose cross product gives cells, explicit extra cells, and the profiles the
 * decision report answers. Read strictly: an unknown key fails naming it, its place and its line.
 */
public record MatrixFile(String name, String description, CellSettings defaults, Axes axes, List<CellSettings> cells,
                         List<SloProfile> profiles) {
    /**
     * Runs of a cell a profile judges, unless the cell or the defaults set {@code repeat}: a decision rests on each
     * figure's median, and {@code compare} needs three runs a side to tell a change from the noise.
     */
    public static final int JUDGED_CELL_REPEAT = 3;
    private static final CellSettings JUDGED_CELL = CellSettings.builder().repeat(JUDGED_CELL_REPEAT).build();

    @JsonCreator
    public MatrixFile(@JsonProperty("name") String name, @JsonProperty("description") String description,
                      @JsonProperty("defaults") CellSettings defaults, @JsonProperty("axes") Axes axes,
                      @JsonProperty("cells") List<CellSettings> cells, @JsonProperty("profiles") List<SloProfile> profiles) {
        this.name = Objects.requireNonNull(name, "a matrix needs a name");
        this.description = description;
        this.defaults = defaults == null ? CellSettings.EMPTY : defaults;
        this.axes = axes;
        this.cells = cells == null ? List.of() : List.copyOf(cells);
        this.profiles = profiles == null ? List.of() : List.copyOf(profiles);
        if (axes == null && this.cells.isEmpty()) {
            throw new IllegalArgumentException("matrix '" + name + "' has neither axes nor cells");
        }
    }

    public static MatrixFile read(Path file) {
        return Json.readFile(file, MatrixFile.class);
    }

    /**
     * The axes' cross product, then the explicit cells, each over the defaults; a cell a profile judges repeats
     * {@value #JUDGED_CELL_REPEAT} times unless a repeat is set.
     */
    public List<CellSettings> expand() {
        List<CellSettings> expanded = new ArrayList<>();
        if (axes != null) {
            for (CellSettings cell : axes.crossProduct()) {
                expanded.add(resolve(cell));
            }
        }
        cells.forEach(cell -> expanded.add(resolve(cell)));
        return expanded;
    }

    private CellSettings resolve(CellSettings cell) {
        CellSettings overDefaults = cell.over(defaults);
        boolean judged = profiles.stream().anyMatch(profile -> profile.judges(overDefaults));
        return judged ? overDefaults.over(JUDGED_CELL) : overDefaults;
    }

    /**
     * This matrix with only the cells that run on one of the engines and brokers given (all when a list is empty); a
     * broker family such as {@code rabbitmq} stands for all its flavours. The profiles stay.
     */
    public MatrixFile only(List<String> engines, List<String> brokers) {
        List<CellSettings> kept = expand().stream()
                .filter(cell -> engines.isEmpty() || engines.contains(cell.engine()))
                .filter(cell -> brokers.isEmpty() || brokers.stream().anyMatch(broker -> cell.broker().equals(broker)
                        || cell.broker().startsWith(broker + "-")))
                .toList();
        if (kept.isEmpty()) {
            throw new IllegalArgumentException("matrix '" + name + "' has no cell on engine " + engines + " and broker "
                    + brokers);
        }
        String selection = "only the cells on " + (engines.isEmpty() ? "every engine" : String.join(", ", engines))
                + " and " + (brokers.isEmpty() ? "every broker" : String.join(", ", brokers));
        return new MatrixFile(name, (description == null ? "" : description.trim() + " ") + "(" + selection + ")",
                CellSettings.EMPTY, null, kept, profiles);
    }

    /** This matrix with every cell run {@code runs} times, whatever it or the defaults say; the profiles stay. */
    public MatrixFile repeatingEachCell(int runs) {
        if (runs < 1) {
            throw new IllegalArgumentException("repeat must be >= 1, was " + runs);
        }
        CellSettings repeat = CellSettings.builder().repeat(runs).build();
        List<CellSettings> repeated = expand().stream().map(repeat::over).toList();
        return new MatrixFile(name, (description == null ? "" : description.trim() + " ") + "(each cell run " + runs
                + " times)", CellSettings.EMPTY, null, repeated, profiles);
    }

    /** Values to combine; an axis left out takes the defaults' value. */
    public record Axes(List<String> engine, List<String> broker, List<String> pipeline, List<ExecutionMode> mode,
                       List<Double> rate, List<String> sink, List<Integer> parallelism, List<Emission> emission) {
        @JsonCreator
        public Axes(@JsonProperty("engine") List<String> engine, @JsonProperty("broker") List<String> broker,
                    @JsonProperty("pipeline") List<String> pipeline, @JsonProperty("mode") List<ExecutionMode> mode,
                    @JsonProperty("rate") List<Double> rate, @JsonProperty("sink") List<String> sink,
                    @JsonProperty("parallelism") List<Integer> parallelism,
                    @JsonProperty("emission") List<Emission> emission) {
            this.engine = orNull(engine);
            this.broker = orNull(broker);
            this.pipeline = orNull(pipeline);
            this.mode = orNull(mode);
            this.rate = orNull(rate);
            this.sink = orNull(sink);
            this.parallelism = orNull(parallelism);
            this.emission = orNull(emission);
            if (emission != null) {
                emission.stream().filter(value -> value != null && !value.isChoice()).findFirst().ifPresent(value -> {
                    throw new IllegalArgumentException("emission '" + value.wireName() + "' follows from the pipeline;"
                            + " ask for on-watermark, final or every-trigger");
                });
            }
        }

        List<CellSettings> crossProduct() {
            List<Map<String, Object>> combinations = List.of(new LinkedHashMap<>());
            combinations = times(combinations, "engine", engine);
            combinations = times(combinations, "broker", broker);
            combinations = times(combinations, "pipeline", pipeline);
            combinations = times(combinations, "mode", mode);
            combinations = times(combinations, "rate", rate);
            combinations = times(combinations, "sink", sink);
            combinations = times(combinations, "parallelism", parallelism);
            combinations = times(combinations, "emission", emission);
            return combinations.stream().map(Axes::cell).toList();
        }

        private static List<Map<String, Object>> times(List<Map<String, Object>> combinations, String axis, List<?> values) {
            if (values == null) {
                return combinations;
            }
            List<Map<String, Object>> product = new ArrayList<>();
            for (Map<String, Object> combination : combinations) {
                for (Object value : values) {
                    Map<String, Object> extended = new LinkedHashMap<>(combination);
                    extended.put(axis, value);
                    product.add(extended);
                }
            }
            return product;
        }

        private static CellSettings cell(Map<String, Object> values) {
            return CellSettings.builder().engine((String) values.get("engine")).broker((String) values.get("broker"))
                    .pipeline((String) values.get("pipeline")).mode((ExecutionMode) values.get("mode"))
                    .rate((Double) values.get("rate")).parallelism((Integer) values.get("parallelism"))
                    .sink((String) values.get("sink")).emission((Emission) values.get("emission")).build();
        }

        private static <T> List<T> orNull(List<T> values) {
            return values == null || values.isEmpty() ? null : List.copyOf(values);
        }
    }
}
