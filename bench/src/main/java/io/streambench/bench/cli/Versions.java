package io.streambench.bench.cli;

import picocli.CommandLine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * {@code --version}: this build's version, the commit it was built from when the launcher knows it (a git checkout),
 * and the Java it runs on.
 */
final class Versions implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String commit = System.getProperty("streambench.commit", "");
        return new String[]{"streambench " + projectVersion() + (commit.isBlank() ? "" : " (commit " + commit + ")"),
                "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"};
    }

    static String projectVersion() {
        try (InputStream in = Versions.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "(version unknown: version.properties is missing from the build)";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "(version unknown)");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read version.properties", e);
        }
    }
}
