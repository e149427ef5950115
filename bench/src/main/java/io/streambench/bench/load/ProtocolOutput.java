package io.streambench.bench.load;

import java.io.PrintStream;

/** The loader's standard output, kept for {@link LoaderLine}s only; lines from several threads never interleave. */
final class ProtocolOutput {
    private final PrintStream out;

    ProtocolOutput(PrintStream out) {
        this.out = out;
    }

    synchronized void print(LoaderLine line) {
        out.println(line.toJson());
        out.flush();
    }
}
