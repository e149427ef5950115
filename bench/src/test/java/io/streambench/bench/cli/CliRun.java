package io.streambench.bench.cli;

import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/** Runs the CLI in this JVM, capturing what it prints. */
record CliRun(int exitCode, String out, String err) {
    /** The source tree this module is built in, whose engine modules the CLI finds engines in. */
    static final Path HOME = Path.of("..").toAbsolutePath().normalize();

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = Streambench.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new CliRun(exitCode, out.toString(), err.toString());
    }
}
