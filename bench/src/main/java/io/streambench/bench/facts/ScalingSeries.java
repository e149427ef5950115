package io.streambench.bench.facts;

import io.streambench.bench.results.CellResult;
import io.streambench.bench.results.CellStatus;
import io.streambench.bench.results.Figure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The same pipeline's sustainable throughput at several parallelisms on a project-started cluster of one shape (the
 * scalability measurement of Theodolite): what the scaling chart draws and the capacity estimate extrapolates.
 *
 * @param name    engine / broker / mode / pipeline on N workers x S slots
 * @param points  by parallelism, ascending; one per parallelism (the first cell that measured it)
 */
public record ScalingSeries(String name, String engine, String pipeline, int workers, int slots,
                            List<Point> points) {

    /**
     * @param steadyCpuPerMillion the steady cost, engine, broker and cluster; null where not measured
     */
    public record Point(int parallelism, double sustainableRate, Double steadyCpuPerMillion, String cellId) {
    }

    /** Every series of two or more parallelisms among correct cells that ran a throughput search on a cluster. */
    public static List<ScalingSeries> of(List<CellResult> cells) {
        Map<String, List<CellResult>> byShape = new LinkedHashMap<>();
        for (CellResult cell : cells) {
            if (cell.status() != CellStatus.OK || cell.cluster() == null || cell.cluster().workers() == null
                    || Figure.SUSTAINABLE_RATE.of(cell).isEmpty()) {
                continue;
            }
            byShape.computeIfAbsent(CellFacts.option(cell) + " / " + cell.cell().pipeline() + " on "
                    + cell.cluster().workers() + " x " + cell.cluster().slots(), name -> new ArrayList<>()).add(cell);
        }
        List<ScalingSeries> series = new ArrayList<>();
        byShape.forEach((name, shaped) -> {
            Map<Integer, Point> points = new LinkedHashMap<>();
            for (CellResult cell : shaped) {
                points.putIfAbsent(cell.resolved().parallelism(), new Point(cell.resolved().parallelism(),
                        Figure.SUSTAINABLE_RATE.of(cell).orElseThrow(),
                        Figure.STEADY_CPU_PER_MILLION.of(cell).orElse(null), cell.id()));
            }
            if (points.size() >= 2) {
                CellResult first = shaped.get(0);
                series.add(new ScalingSeries(name, first.cell().engine(), first.cell().pipeline(),
                        first.cluster().workers(), first.cluster().slots(), points.values().stream()
                        .sorted(Comparator.comparingInt(Point::parallelism)).toList()));
            }
        });
        return series;
    }

    /** Throughput per parallel instance at the lowest parallelism measured: the base the efficiencies divide by. */
    public double ratePerInstanceAtBase() {
        Point base = points.get(0);
        return base.sustainableRate() / base.parallelism();
    }

    /**
     * Scaling efficiency at a point: its throughput against the base's per-instance throughput times its parallelism
     * (1: linear; below: each added instance adds less).
     */
    public double efficiency(Point point) {
        return point.sustainableRate() / (ratePerInstanceAtBase() * point.parallelism());
    }

    public Point largest() {
        return points.get(points.size() - 1);
    }
}
