package io.streambench.bench.cli;

import io.streambench.bench.compare.ComparisonTable;
import io.streambench.bench.compare.ResultsComparison;
import io.streambench.bench.results.ResultsFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Compares two results files cell by cell and flags regressions: a figure worse by more than "
                + "the threshold, or a cell that ran correctly before and does not now.")
final class CompareCommand implements Callable<Integer> {
    static final int REGRESSED = 3;

    @Parameters(index = "0", paramLabel = "OLD.json", description = "the results to compare against")
    private Path before;

    @Parameters(index = "1", paramLabel = "NEW.json", description = "the new results")
    private Path after;

    @Option(names = "--threshold", defaultValue = "10%",
            description = "flag figures worse by more than this (default: ${DEFAULT-VALUE})")
    private String threshold;

    @Option(names = "--fail-on-regression", paramLabel = "PERCENT",
            description = "exit with code " + REGRESSED + " when a figure is worse by more than this, e.g. 20%, or a "
                    + "cell no longer runs correctly")
    private String failOnRegression;

    @Option(names = "--verbose", description = "show stack traces of errors")
    private boolean verbose;

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        ResultsComparison comparison = ResultsComparison.of(ResultsFile.read(before), ResultsFile.read(after));
        double flagged = percent(threshold, "--threshold");
        spec.commandLine().getOut().print(ComparisonTable.render(comparison, flagged));
        spec.commandLine().getOut().flush();
        if (failOnRegression != null && comparison.regressed(percent(failOnRegression, "--fail-on-regression"))) {
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
