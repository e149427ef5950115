package io.streambench.bench.cli;

import io.streambench.bench.report.ReportFiles;

import java.io.PrintWriter;

/** Tells the console where the reports went. */
final class ReportPaths {
    private ReportPaths() {
    }

    static void print(PrintWriter out, ReportFiles.Written written) {
        out.printf("report:   %s%n", written.html());
        out.printf("decision: %s%n", written.decision());
        out.flush();
    }
}
