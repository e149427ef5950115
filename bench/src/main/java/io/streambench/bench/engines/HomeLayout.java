package io.streambench.bench.engines;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where things are under a streambench home, which is either a source tree (engines built in their modules, run
 * through {@code ./streambench}) or an unpacked distribution ({@code bin/}, {@code lib/}, {@code engines/}).
 */
public final class HomeLayout {
    private HomeLayout() {
    }

    public static boolean isDistribution(Path home) {
        return Files.isDirectory(home.resolve("engines")) && Files.isDirectory(home.resolve("lib"));
    }

    /** The matrix files shipped with streambench, the demo's among them. */
    public static Path matrices(Path home) {
        return isDistribution(home) ? home.resolve("matrices") : home.resolve("bench/matrices");
    }

    /** Where runs write their results unless told otherwise: a build directory in a source tree. */
    public static Path results(Path home) {
        return isDistribution(home) ? home.resolve("results") : home.resolve("target/streambench");
    }
}
