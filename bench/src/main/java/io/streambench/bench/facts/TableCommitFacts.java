package io.streambench.bench.facts;

import io.streambench.sinks.IcebergCommit;

import java.util.List;

/** What the reports say about an Iceberg cell's table commits: how often results became visible, and the files it cost. */
public final class TableCommitFacts {
    private static final double SECONDS_PER_HOUR = 3600;

    private TableCommitFacts() {
    }

    /**
     * E.g. {@code 13 snapshots, one every 5.0 s; 26 data and 24 delete files added (per hour: 720 snapshots, 3,750
     * files)}; {@code commits} holds at least one, oldest first.
     */
    public static String describe(List<IcebergCommit> commits) {
        long dataFiles = commits.stream().mapToLong(IcebergCommit::addedDataFiles).sum();
        long deleteFiles = commits.stream().mapToLong(IcebergCommit::addedDeleteFiles).sum();
        String files = Figures.count(dataFiles) + " data and " + Figures.count(deleteFiles) + " delete files added";
        double spanSeconds = (commits.get(commits.size() - 1).committedAt() - commits.get(0).committedAt()) / 1000.0;
        if (spanSeconds <= 0) {
            return Figures.count(commits.size()) + (commits.size() == 1 ? " snapshot; " : " snapshots; ") + files;
        }
        double intervals = commits.size() - 1;
        double perHour = SECONDS_PER_HOUR / spanSeconds;
        return Figures.count(commits.size()) + " snapshots, one every " + Figures.seconds(spanSeconds / intervals)
                + "; " + files + " (per hour: " + Figures.count(Math.round(intervals * perHour)) + " snapshots, "
                + Figures.count(Math.round((dataFiles + deleteFiles) * perHour)) + " files)";
    }
}
