package io.streambench.api.fork;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class OwnerOnlyFileTest {
    @TempDir
    Path directory;

    @Test
    void aFileWithSecretsIsReadableByItsOwnerOnlyAlsoWhenItReplacesAnEarlierOne() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX file system");
        Path file = directory.resolve("job.json");
        Files.writeString(file, "an earlier job, readable by all");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        OwnerOnlyFile.write(file, "{\"uri\":\"amqp://guest:secret@127.0.0.1:5672\"}");

        assertThat(Files.readString(file)).isEqualTo("{\"uri\":\"amqp://guest:secret@127.0.0.1:5672\"}");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }
}
