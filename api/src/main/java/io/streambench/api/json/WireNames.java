package io.streambench.api.json;

import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Looks up an enum constant by the name it has in JSON, YAML and on the command line. */
public final class WireNames {
    private WireNames() {
    }

    public static <E extends Enum<E>> E parse(Class<E> type, String text, Function<E, String> wireName, String what) {
        for (E constant : type.getEnumConstants()) {
            if (wireName.apply(constant).equals(text)) {
                return constant;
            }
        }
        throw new IllegalArgumentException("unknown " + what + " '" + text + "' (expected one of "
                + Arrays.stream(type.getEnumConstants()).map(wireName).collect(Collectors.joining(", ")) + ")");
    }
}
