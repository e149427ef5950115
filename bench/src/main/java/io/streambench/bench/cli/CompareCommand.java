package io.streambench.bench.cli;

import io.streambench.bench.compare.ChangeRule;
import io.streambench.bench.compare.ComparisonTable;
import io.streambench.bench.compare.FigureChange;
import io.streambench.bench.compare.ResultsComparison;
import io.streambench.bench.results.ResultsFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compares two results files cell by cell and flags regressions: a figure whose runs on the two "
                + "sides do not overlap (the new median outside the old runs' min-max and the old median outside the "
                + "new runs') and whose median is worse by more than the threshold, or a cell that ran correctly "
                + "before and does not now.",
                "A figure needs at least " + FigureChange.ENOUGH_RUNS + " runs on each side (repeat: "
                        + FigureChange.ENOUGH_RUNS + " in the matrix, the default for cells a profile judges); with "
                        + "fewer it is shown as too few repeats to tell and never flagged, unless "
                        + CompareCommand.THRESHOLD_ALONE + " is given."})
final class CompareCommand implements Callable<Integer> {
    static final int REGRESSED = 3;
    static final String THRESHOLD_ALONE = "--threshold-alone-for-few-runs";

    @Parameters(index = "0", paramLabel = "OLD.json", description = "the results to compare against")
    private Path before;

    @Parameters(index = "1", paramLabel = "NEW.json", description = "the new results")
    private Path after;

    @Option(names = "--threshold", defaultValue = "10%",
            description = "flag figures whose runs do not overlap and whose median is worse by more than this "
                    + "(default: ${DEFAULT-VALUE})")
    private String threshold;

    @Option(names = "--fail-on-regression", paramLabel = "PERCENT",
            description = "exit with code " + REGRESSED + " when a figure is flagged at this threshold, e.g. 20%%, or "
                    + "a cell no longer runs correctly")
    private String failOnRegression;

    @Option(names = THRESHOLD_ALONE,
            description = "judge a figure with fewer than " + FigureChange.ENOUGH_RUNS + " runs on a side by the "
                    + "threshold alone, as compare did before repeats (marked threshold only); a single run's noise "
                    + "often exceeds 10-20%%, so unchanged builds get flagged")
    private boolean thresholdAloneForFewRuns;

    @Option(names = "--verbose", description = "show stack traces of errors")
    private boolean verbose;

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        ResultsComparison comparison = ResultsComparison.of(ResultsFile.read(before), ResultsFile.read(after));
        ChangeRule flagged = new ChangeRule(percent(threshold, "--threshold"), thresholdAloneForFewRuns);
        spec.commandLine().getOut().print(ComparisonTable.render(comparison, flagged));
        spec.commandLine().getOut().flush();
        if (failOnRegression != null && comparison.regressed(new ChangeRule(percent(failOnRegression,
                "--fail-on-regression"), thresholdAloneForFewRuns))) {
            spec.commandLine().getErr().printf("streambench: regression beyond %s%n", failOnRegression);
            return REGRESSED;
        }
        return 0;
    }

    /** {@code 20%} or {@code 20} as 0.2. */
    static double percent(String text, String option) {
        String number = text.trim().endsWith("%") ? text.trim().substring(0, text.trim().length() - 1) : text.trim();
        try {
            double value = Double.parseDouble(number) / 100;
            if (value < 0) {
                throw new IllegalArgumentException(option + " must not be negative, was " + text);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " must be a percentage such as 20%, was '" + text + "'");
        }
    }
}
