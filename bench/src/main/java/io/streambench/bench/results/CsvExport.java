package io.streambench.bench.results;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** One row per cell with the headline figures (medians for a repeated cell), for spreadsheets. */
public final class CsvExport {
    private static final String HEADER = "id,engine,broker,pipeline,mode,sink,rate,status,expected,matched,missing,extra,"
            + "wrong,duplicated,emission,engine_added_p50_ms,engine_added_p95_ms,engine_added_p99_ms,"
            + "engine_added_p999_ms,engine_added_max_ms,firings,enough_firings,first_result_p99_ms,final_result_p99_ms,"
            + "processing_p50_ms,processing_p99_ms,event_time_p99_ms,harness_p50_ms,harness_p99_ms,load_rate,"
            + "engine_read_rate,"
            + "drain_rate,raw_consumer_rate,sustainable_rate,cpu_s_per_million,peak_rss_mb,startup_s,runtime_s,"
            + "repeats,relative_spread,reason";

    private CsvExport() {
    }

    public static void write(ResultsFile results, Path file) {
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        for (CellResult cell : results.cells()) {
            lines.add(row(cell));
        }
        try {
            Files.write(file, lines);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static String row(CellResult result) {
        CellResult.Correctness c = result.correctness();
        CellResult.Latency l = result.latency();
        CellResult.Throughput t = result.throughput();
        CellResult.Harness h = result.conditions() == null ? null : result.conditions().harness();
        List<Object> values = List.of(result.id(), value(result.cell().engine()), value(result.cell().broker()),
                value(result.cell().pipeline()), value(result.cell().mode()), value(result.cell().sink()),
                value(result.cell().rate()), result.status().wireName(),
                c == null ? "" : c.expected(), c == null ? "" : c.matched(), c == null ? "" : c.missing(),
                c == null ? "" : c.extra(), c == null ? "" : c.wrong(), c == null ? "" : c.duplicated(),
                l == null ? "" : l.emission(),
                median(result, Figure.P50_LATENCY), l == null ? "" : l.engineAdded().p95(),
                median(result, Figure.P99_LATENCY), l == null ? "" : l.engineAdded().p999(),
                l == null ? "" : l.engineAdded().max(), l == null ? "" : l.firings(),
                l == null ? "" : l.enoughFirings(), l == null ? "" : l.firstResult().p99(),
                l == null ? "" : l.finalResult().p99(), l == null ? "" : l.processing().p50(),
                median(result, Figure.PROCESSING_P99), median(result, Figure.EVENT_TIME_P99),
                h == null ? "" : h.arrivalDelay().p50(), h == null ? "" : h.arrivalDelay().p99(),
                t == null ? "" : number(t.loadRate()), median(result, Figure.ENGINE_READ_RATE),
                median(result, Figure.DRAIN_RATE), median(result, Figure.RAW_CONSUMER_RATE),
                median(result, Figure.SUSTAINABLE_RATE), median(result, Figure.CPU_PER_MILLION),
                median(result, Figure.PEAK_RSS), median(result, Figure.STARTUP), median(result, Figure.BATCH_RUNTIME),
                result.repeats().isEmpty() ? 1 : result.repeats().size(),
                number(headlineSpread(result)),
                value(result.reason()));
        List<String> cells = new ArrayList<>();
        values.forEach(value -> cells.add(quote(String.valueOf(value))));
        return String.join(",", cells);
    }

    /** The figure the cell reports, the median of its runs when it was repeated; blank when not measured. */
    private static String median(CellResult result, Figure figure) {
        return number(figure.of(result).orElse(null));
    }

    /** The relative spread of the figure repeated runs are ordered by: engine-added p99, else batch runtime. */
    private static Double headlineSpread(CellResult result) {
        FigureSpread spread = result.spread().get(Figure.P99_LATENCY.key());
        if (spread == null) {
            spread = result.spread().get(Figure.BATCH_RUNTIME.key());
        }
        return spread == null ? null : spread.relativeSpread();
    }

    private static Object value(Object value) {
        return value == null ? "" : value;
    }

    private static String number(Double value) {
        return value == null || value.isNaN() ? "" : String.format(Locale.ROOT, "%.1f", value);
    }

    private static String quote(String text) {
        String oneLine = text.replace('\n', ' ');
        return oneLine.contains(",") || oneLine.contains("\"") ? "\"" + oneLine.replace("\"", "\"\"") + "\"" : oneLine;
    }
}
