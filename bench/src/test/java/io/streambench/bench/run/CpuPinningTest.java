package io.streambench.bench.run;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;

class CpuPinningTest {
    @Test
    void tasksetFoundOnThePathGoesBeforeTheCommand(@TempDir Path bin) throws Exception {
        Path taskset = Files.createFile(bin.resolve("taskset"), PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwxr-xr-x")));

        CpuPinning pinning = CpuPinning.of("1", "/nonexistent:" + bin);

        assertThat(pinning.commandPrefix()).containsExactly(taskset.toString(), "-c", "1");
        assertThat(pinning.cpuSet()).isEqualTo("1");
    }

    @Test
    void withoutTasksetTheProcessRunsUnpinnedAndSaysSoByItsCpuSet(@TempDir Path emptyBin) {
        CpuPinning pinning = CpuPinning.of("1", emptyBin.toString());

        assertThat(pinning.commandPrefix()).isEmpty();
        assertThat(pinning.cpuSet()).isNull();
    }

    @Test
    void noCpusAskedForIsNoPinning() {
        assertThat(CpuPinning.of(null)).isEqualTo(CpuPinning.NONE);
    }
}
