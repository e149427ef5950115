package io.streambench.bench.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.streambench.bench.facts.Figures;
import io.streambench.bench.results.CellResult;
import io.streambench.bench.results.Figure;

import java.util.List;
import java.util.Optional;

/**
 * Bounded runs: how fast the engine drained a pre-loaded backlog, beside how fast a plain consumer read the same
 * backlog in the same run (the broker's own limit).
 */
final class DrainThroughputChart {
    static final String ID = "chart-drain";

    private DrainThroughputChart() {
    }

    static Optional<Chart> of(List<CellResult> cells) {
        List<CellResult> drained = cells.stream()
                .filter(cell -> Figure.DRAIN_RATE.of(cell).isPresent())
                .toList();
        if (drained.isEmpty()) {
            return Optional.empty();
        }
        ChartLabels labels = new ChartLabels(cells);
        ObjectNode option = ChartOptions.base("axis");
        option.set("yAxis", ChartOptions.categoryAxis(drained.stream().map(labels::of).toList()));
        option.set("xAxis", ChartOptions.valueAxis("events/s", false));
        ArrayNode series = option.putArray("series");
        ArrayNode engine = series.addObject().put("type", "bar").put("barMaxWidth", 28)
                .put("name", "engine drain rate (first read to last result)").putArray("data");
        ArrayNode broker = series.addObject().put("type", "bar").put("barMaxWidth", 28)
                .put("name", "raw consumer rate, engine's client, same backlog").putArray("data");
        long withoutRaw = 0;
        for (CellResult cell : drained) {
            engine.add(Figure.DRAIN_RATE.of(cell).orElseThrow());
            Double raw = Figure.RAW_CONSUMER_RATE.of(cell).orElse(null);
            if (Figures.measured(raw)) {
                broker.add(raw);
            } else {
                broker.add("-");
                withoutRaw++;
            }
        }
        String caption = "Bounded runs (batch, available-now): events per second from the engine's first read to its last "
                + "result visible (start-up apart), against a plain consumer with the engine's own client library "
                + "reading the same backlog in the same run, timed the same way."
                + (withoutRaw == 0 ? "" : " " + withoutRaw + " cells have no raw rate: the bench does not read a "
                + "classic or quorum queue beforehand, since reading consumes it.");
        return Optional.of(new Chart(ID, "Drain throughput and the broker's limit", caption,
                ChartOptions.barChartHeight(drained.size(), 2), option));
    }
}
