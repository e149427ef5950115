package io.streambench.bench.fault;

import io.streambench.api.json.DurationText;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fault injected into a cell's load, written {@code kind@time} with the time into the load:
 * {@code kill-engine@30s} (SIGKILL the engine JVM, start it again from its checkpoint), {@code broker-restart@30s}
 * (stop and start the broker), {@code poison@30s} or {@code poison:50@30s} (malformed messages into the stream).
 */
public record Fault(Kind kind, Duration at, int count) {
    public enum Kind {
        KILL_ENGINE("kill-engine"),
        BROKER_RESTART("broker-restart"),
        POISON("poison");

        private final String wireName;

        Kind(String wireName) {
            this.wireName = wireName;
        }

        public String wireName() {
            return wireName;
        }
    }

    private static final Pattern TEXT = Pattern.compile("(kill-engine|broker-restart|poison)(?::(\\d+))?@(.+)");
    private static final int DEFAULT_POISON = 10;

    public static Fault parse(String text) {
        Matcher matcher = TEXT.matcher(text.trim());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("unknown fault '" + text + "' (expected kill-engine@<time>, "
                    + "broker-restart@<time> or poison[:<count>]@<time>, e.g. kill-engine@30s)");
        }
        Kind kind = switch (matcher.group(1)) {
            case "kill-engine" -> Kind.KILL_ENGINE;
            case "broker-restart" -> Kind.BROKER_RESTART;
            default -> Kind.POISON;
        };
        if (matcher.group(2) != null && kind != Kind.POISON) {
            throw new IllegalArgumentException("only poison takes a count, in '" + text + "'");
        }
        int count = matcher.group(2) == null ? DEFAULT_POISON : Integer.parseInt(matcher.group(2));
        return new Fault(kind, DurationText.parse(matcher.group(3)), count);
    }

    @Override
    public String toString() {
        return kind.wireName() + (kind == Kind.POISON ? ":" + count : "") + "@" + DurationText.format(at);
    }
}
