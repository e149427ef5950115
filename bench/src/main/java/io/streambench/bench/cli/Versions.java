package io.streambench.bench.cli;

import picocli.CommandLine;

/** {@code --version}: this build and the Java it runs on. */
final class Versions implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = Versions.class.getPackage().getImplementationVersion();
        return new String[]{"streambench " + (version == null ? "(development build)" : version),
                "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"};
    }
}
