package io.streambench.bench.report;

import io.streambench.bench.decision.DecisionReport;
import io.streambench.bench.results.ResultsFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes both reports of a results file into a directory: {@code report.html} and {@code decision.md}. */
public final class ReportFiles {
    public static final String HTML = "report.html";
    public static final String DECISION = "decision.md";

    private ReportFiles() {
    }

    public record Written(Path html, Path decision) {
    }

    public static Written write(ResultsFile results, Path directory) {
        Path html = directory.resolve(HTML);
        Path decision = directory.resolve(DECISION);
        try {
            Files.createDirectories(directory);
            Files.writeString(html, HtmlReport.render(results, DECISION));
            Files.writeString(decision, DecisionReport.render(results, HTML));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the reports into " + directory, e);
        }
        return new Written(html, decision);
    }
}
