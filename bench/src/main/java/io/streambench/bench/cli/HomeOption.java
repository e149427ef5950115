package io.streambench.bench.cli;

import io.streambench.bench.engines.EngineCatalog;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;

/**
 * Where streambench is: a source tree, whose engine modules the engines are forked from, or an unpacked distribution.
 * Set by the launcher script.
 */
final class HomeOption {
    @Option(names = "--home", description = "streambench source tree or unpacked distribution (default: the streambench.home property or .)")
    private Path home;

    @Option(names = "--verbose", description = "show stack traces of errors")
    private boolean verbose;

    /** The engines found under the home, by their descriptors. */
    List<String> engineNames() {
        return EngineCatalog.at(home()).names();
    }

    Path home() {
        return (home != null ? home : Path.of(System.getProperty("streambench.home", "."))).toAbsolutePath().normalize();
    }
}
