package io.streambench.bench.cli;

import io.streambench.bench.results.CellStatus;
import io.streambench.bench.results.ResultsFile;

/** The exit codes of streambench, as {@code --help} and the README list them. */
final class ExitCodes {
    static final int OK = 0;
    static final int CELL_FAILED = 1;
    static final int BAD_INPUT = 2;
    static final int NOTHING_RAN = 3;
    /** What a shell reports for a process ended by Ctrl-C (128 + SIGINT). */
    static final int INTERRUPTED = 130;

    // For picocli's exitCodeList ("code:description"); annotations take constants only.
    static final String OK_HELP = "0:every cell that ran was correct";
    static final String CELL_FAILED_HELP = "1:some cell failed, gave wrong results or was interrupted, or streambench "
            + "failed";
    static final String BAD_INPUT_HELP = "2:bad input (an unknown name, an invalid file or value); nothing was started";
    static final String NOTHING_RAN_HELP = "3:nothing ran: every cell is unsupported";
    static final String INTERRUPTED_HELP = "130:interrupted (Ctrl-C)";

    private ExitCodes() {
    }

    static int of(ResultsFile results) {
        boolean allUnsupported = results.cells().stream().allMatch(cell -> cell.status() == CellStatus.UNSUPPORTED);
        if (allUnsupported) {
            return NOTHING_RAN;
        }
        boolean allGood = results.cells().stream().allMatch(cell -> cell.status() == CellStatus.OK
                || cell.status() == CellStatus.UNSUPPORTED);
        return allGood ? OK : CELL_FAILED;
    }
}
