package io.streambench.bench.cli;

import io.streambench.bench.matrix.CellSettings;
import io.streambench.bench.matrix.MatrixFile;
import io.streambench.bench.results.CellResult;
import io.streambench.bench.run.CellEstimate;
import io.streambench.bench.run.CellRunner;
import io.streambench.bench.run.EngineSet;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What {@code run --dry-run} prints: every cell of the expanded matrix, whether it would run or why not (the same
 * checks a run makes before it starts anything), and how long the cells that run would take, estimated.
 */
final class PlanPrinter {
    private PlanPrinter() {
    }

    /** @return whether any cell would run */
    static boolean print(MatrixFile matrix, Path home, PrintWriter out) {
        List<CellSettings> cells = matrix.expand();
        EngineSet engines = new EngineSet(home);
        Duration total = Duration.ZERO;
        int running = 0;
        out.printf("plan of matrix '%s': %d cells%n", matrix.name(), cells.size());
        for (int index = 0; index < cells.size(); index++) {
            CellSettings cell = cells.get(index);
            String id = cell.id(index + 1);
            Optional<CellResult> refused = CellRunner.refusal(cell, id, home.resolve("target/plan").resolve(id), engines);
            if (refused.isPresent()) {
                out.printf("  %-60s %s: %s%n", id, refused.get().status().wireName(),
                        ConsoleTable.firstLine(refused.get().reason()));
            } else {
                Duration estimate = CellEstimate.of(cell);
                total = total.plus(estimate);
                running++;
                out.printf("  %-60s runs, %s%n", id, CellEstimate.describe(estimate));
            }
        }
        out.printf("%d of %d cells would run, in %s (estimated; nothing was started)%n", running, cells.size(),
                CellEstimate.describe(total));
        out.flush();
        return running > 0;
    }
}
