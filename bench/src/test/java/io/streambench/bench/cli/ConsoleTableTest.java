package io.streambench.bench.cli;

import io.streambench.bench.report.Fixture;
import io.streambench.bench.results.CellResult;
import io.streambench.bench.results.CellStatus;
import io.streambench.bench.results.EngineCluster;
import io.streambench.bench.results.EngineLoad;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

class ConsoleTableTest {
    /** The fixture's cell run three times: engine-added p99 71, 80 and 85 ms; CPU-s per million 379, 414 and 431. */
    private static final CellResult REPEATED = Fixture.cell(cell -> cell.repeats().size() > 1);

    @Test
    void aRepeatedCellsLineShowsEachFiguresMedianWithItsRangeAndSpread() {
        String line = printed(out -> ConsoleTable.cellLine(out, REPEATED));

        assertThat(line).contains("p99 80.0 (71.0-85.0, spread 18%, 3 runs)")
                .contains("414 (379-431, spread 13%, 3 runs) cpu-s per million events");
        assertThat(REPEATED.cost().cpuSecondsPerMillionEvents()).as("the median p99 run's own CPU, not shown")
                .isEqualTo(431.2222222222223);
    }

    @Test
    void theTableShowsMediansAndUnderARepeatedCellEveryFiguresSpread() {
        CellResult single = Fixture.cell(cell -> cell.repeats().isEmpty() && cell.status() == CellStatus.OK);

        String table = printed(out -> ConsoleTable.table(out, List.of(REPEATED, single)));

        List<String> lines = table.lines().toList();
        assertThat(lines.get(1)).startsWith(REPEATED.id()).contains(" 80.0 ").contains(" 414 ").doesNotContain("431");
        assertThat(lines.get(2)).startsWith("    3 runs: engine-added p50, ms 54.0 (52.0-57.0, spread 9%); ")
                .contains("; CPU-s per million events 414 (379-431, spread 13%); ");
        assertThat(lines.get(3)).startsWith(single.id());
        assertThat(table).contains("a cell run more than once shows medians");
        assertThat(printed(out -> ConsoleTable.table(out, List.of(single)))).doesNotContain("run more than once")
                .doesNotContain("runs");
    }

    @Test
    void aCellThatFellBehindSaysSoOnItsLineAndInTheTable() {
        CellResult fellBehind = Fixture.fellBehind();

        assertThat(printed(out -> ConsoleTable.cellLine(out, fellBehind))).startsWith("[not-sustained] flink / kafka / "
                + "clicks-per-page-500ms / continuous @ 2000/s for 45s: fell behind 2,000 ev/s: backlog grew by 20,000 "
                + "messages (10.0 s of input) over the measured 20 s; engine-added latency p50 ");
        assertThat(printed(out -> ConsoleTable.table(out, List.of(fellBehind))).lines().toList().get(1))
                .startsWith(fellBehind.id()).contains(" not-sustained ");
    }

    @Test
    void aCellOnAClusterNamesItAndWhatItsEngineSaidOfItsLoad() {
        CellResult single = Fixture.cell(cell -> cell.repeats().isEmpty() && cell.status() == CellStatus.OK);
        EngineCluster cluster = new EngineCluster(EngineCluster.PROJECT, "flink", "127.0.0.1:34841",
                "http://127.0.0.1:34841", 2, 2, List.of(new EngineCluster.Process("coordinator", 4937),
                new EngineCluster.Process("worker-1", 5733), new EngineCluster.Process("worker-2", 5740)), 54.222);
        EngineLoad load = new EngineLoad(List.of(), 12, true, "window",
                "back-pressured: Source: kafka waits 12 % of the time on window, which is 100 % busy");

        List<String> lines = printed(out -> ConsoleTable.cellLine(out, single.toBuilder().cluster(cluster)
                .engineLoad(load).build())).lines().toList();

        assertThat(lines.get(1)).isEqualTo("            on the project flink cluster at "
                + "127.0.0.1:34841: 2 workers x 2 slots, started in 54.2 s (coordinator pid 4937, worker-1 pid 5733, "
                + "worker-2 pid 5740)");
        assertThat(lines.get(2)).isEqualTo("            engine load: back-pressured: Source: kafka waits 12 % of the "
                + "time on window, which is 100 % busy (12 of the engine's 0 readings in the steady stretch)");
        assertThat(printed(out -> ConsoleTable.cellLine(out, single.toBuilder()
                .cluster(EngineCluster.existing("flink", "http://jm:8081")).build())))
                .contains("            on the existing flink cluster at http://jm:8081" + System.lineSeparator());
    }

    private static String printed(Consumer<PrintWriter> print) {
        StringWriter text = new StringWriter();
        print.accept(new PrintWriter(text));
        return text.toString();
    }
}
