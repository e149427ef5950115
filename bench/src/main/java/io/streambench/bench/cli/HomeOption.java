package io.streambench.bench.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** Where the streambench checkout is: engines are forked from its modules. Set by the launcher script. */
final class HomeOption {
    @Option(names = "--home", description = "streambench checkout (default: the streambench.home property or .)")
    private Path home;

    @Option(names = "--verbose", description = "show stack traces of errors")
    private boolean verbose;

    Path home() {
        return (home != null ? home : Path.of(System.getProperty("streambench.home", "."))).toAbsolutePath().normalize();
    }
}
