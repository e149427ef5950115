package io.streambench.spark.cluster;

import org.apache.spark.SparkConf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the master and the workers of a project-started cluster share: their address, logs and directories. */
final class ClusterProcess {
    /** The cluster runs on this machine; every process listens on the loopback interface only. */
    static final String HOST = "127.0.0.1";
    private static final String LOG_FILE_PROPERTY = "streambench.log.file";

    private ClusterProcess() {
    }

    /**
     * The process's directory under the cluster's work directory, created; its log goes there unless the one who
     * started it chose a file ({@code -Dstreambench.log.file}). Call before anything logs.
     */
    static Path directory(Path workDir, String name) {
        Path directory = workDir.toAbsolutePath().normalize().resolve(name);
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + directory, e);
        }
        if (System.getProperty(LOG_FILE_PROPERTY) == null) {
            System.setProperty(LOG_FILE_PROPERTY, directory.resolve(name + ".log").toString());
        }
        return directory;
    }

    /** Spark's settings of a cluster process: scratch space (shuffle and spill files) in its own directory. */
    static SparkConf conf(Path directory) {
        return new SparkConf()
                .set("spark.local.dir", directory.resolve("local").toString())
                .set("spark.ui.showConsoleProgress", "false");
    }
}
