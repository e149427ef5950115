package io.streambench.bench.facts;

import io.streambench.sinks.IcebergCommit;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TableCommitFactsTest {
    private static IcebergCommit commit(long at, long dataFiles, long deleteFiles) {
        return new IcebergCommit(at, at, "overwrite", dataFiles, deleteFiles, 10, 0, 0, 10);
    }

    @Test
    void saysHowOftenResultsBecameVisibleAndWhatFilesThatCostPerHour() {
        List<IcebergCommit> everyFiveSeconds = List.of(commit(0, 2, 0), commit(5_000, 2, 2), commit(10_000, 2, 2));
        assertThat(TableCommitFacts.describe(everyFiveSeconds)).isEqualTo("3 snapshots, one every 5.0 s; 6 data and "
                + "4 delete files added (per hour: 720 snapshots, 3,600 files)");
    }

    @Test
    void oneSnapshotHasNoInterval() {
        assertThat(TableCommitFacts.describe(List.of(commit(0, 2, 0)))).isEqualTo("1 snapshot; 2 data and 0 delete "
                + "files added");
    }
}
