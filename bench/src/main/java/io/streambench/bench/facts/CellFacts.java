package io.streambench.bench.facts;

import io.streambench.api.run.DeliveryGuarantee;
import io.streambench.api.run.ExecutionMode;
import io.streambench.bench.matrix.CellSettings;
import io.streambench.bench.results.CellResult;
import io.streambench.bench.results.CellStatus;
import io.streambench.bench.results.Figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What both reports say about a cell: its name as an option, its anchor in the HTML, its place on the continuum. */
public final class CellFacts {
    private CellFacts() {
    }

    /** Engine, broker and mode, e.g. {@code flink / kafka / continuous}. */
    public static String option(CellResult result) {
        CellSettings cell = result.cell();
        return cell.engine() + " / " + cell.broker() + " / " + cell.mode();
    }

    /** The option with what sets it apart from others of the same engine, broker and mode. */
    public static String label(CellResult result) {
        return option(result) + qualifiers(result);
    }

    /** What sets a cell apart from others of the same engine, broker and mode, e.g. {@code  @ 2,000/s, exactly-once}. */
    public static String qualifiers(CellResult result) {
        CellSettings cell = result.cell();
        List<String> qualifiers = new ArrayList<>();
        boolean search = Boolean.TRUE.equals(cell.throughputSearch());
        if (cell.rate() != null) {
            qualifiers.add((search ? "throughput search from " : "") + String.format(Locale.ROOT, "%,.0f/s", cell.rate()));
        } else if (search) {
            qualifiers.add("throughput search");
        }
        if (guarantee(result) == DeliveryGuarantee.EXACTLY_ONCE) {
            qualifiers.add("exactly-once");
        }
        return qualifiers.isEmpty() ? "" : " @ " + String.join(", ", qualifiers);
    }

    /** The delivery guarantee the cell ran with: the default when the cell set none. */
    public static DeliveryGuarantee guarantee(CellResult result) {
        return result.resolved().guarantee();
    }

    /** The sink the cell wrote to: the default when the cell set none. */
    public static String sink(CellResult result) {
        return result.resolved().sink();
    }

    public static boolean isBounded(CellResult result) {
        return result.cell().mode() != null && result.cell().mode().isBounded();
    }

    /**
     * How much running the mode takes, from a scheduled job that finishes (0) through micro-batch (1) to a
     * continuous job (2), which runs around the clock like a server.
     */
    public static int operationalWeight(CellResult result) {
        ExecutionMode mode = result.cell().mode();
        if (mode == null || mode.isBounded()) {
            return 0;
        }
        return mode.kind() == ExecutionMode.Kind.MICROBATCH ? 1 : 2;
    }

    public static boolean hasLatency(CellResult result) {
        return result.latency() != null && result.latency().measured();
    }

    /** The engine-added p99 with a mark when it rests on fewer window firings than a percentile needs. */
    public static String engineAddedP99(CellResult result) {
        CellResult.Latency latency = result.latency();
        return Figures.millis(Figure.P99_LATENCY.of(result).orElseThrow()) + (latency.enoughFirings() ? ""
                : " (from " + latency.firings() + " firings only)");
    }

    public static boolean isOk(CellResult result) {
        return result.status() == CellStatus.OK;
    }

    public static String firstLine(String text) {
        return text == null ? "" : text.lines().findFirst().orElse("");
    }
}
