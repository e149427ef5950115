package io.streambench.bench.fault;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.streambench.api.json.DurationText;
import io.streambench.api.pipeline.StartPosition;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fault injected into a cell's load, written {@code kind@time} with the time into the load (so in matrix files and
 * results.json as well):
 * <ul>
 *   <li>{@code kill-engine@30s}: SIGKILL the engine JVM, start it again from its checkpoint;</li>
 *   <li>{@code kill-engine:earliest@30s}, {@code kill-engine:latest@30s}, {@code kill-engine:timestamp@30s}: the same
 *       crash, but the engine starts again without its checkpoint, from that start position (the timestamp is the
 *       moment of the kill);</li>
 *   <li>{@code planned-restart@30s}: a planned stop (Flink stop-with-savepoint, Spark stop between micro-batches) and
 *       a start from where it stopped;</li>
 *   <li>{@code broker-restart@30s}: stop and start the broker;</li>
 *   <li>{@code kill-worker@30s} (also written {@code kill-taskmanager@30s}): SIGKILL one worker of the project-started
 *       cluster the job runs on (a Flink TaskManager, a Spark Worker), not its coordinator; the engine recovers on
 *       the workers left;</li>
 *   <li>{@code poison@30s} or {@code poison:50@30s}: malformed messages into the stream.</li>
 * </ul>
 *
 * @param poisonCount   malformed messages a poison fault writes
 * @param restartFrom   for kill-engine: the start position of a restart without checkpoint; null resumes from it
 */
public record Fault(Kind kind, Duration at, int poisonCount, StartPosition.Kind restartFrom) {
    public enum Kind {
        KILL_ENGINE("kill-engine"),
        PLANNED_RESTART("planned-restart"),
        BROKER_RESTART("broker-restart"),
        KILL_WORKER("kill-worker"),
        POISON("poison");

        private final String wireName;

        Kind(String wireName) {
            this.wireName = wireName;
        }

        public String wireName() {
            return wireName;
        }
    }

    private static final Pattern TEXT =
            Pattern.compile("(kill-engine|planned-restart|broker-restart|kill-worker|kill-taskmanager|poison)"
                    + "(?::([a-z0-9]+))?@(.+)");
    private static final int DEFAULT_POISON = 10;
    private static final String EXPECTED = "expected kill-engine[:earliest|:latest|:timestamp]@<time>, "
            + "planned-restart@<time>, broker-restart@<time>, kill-worker@<time> or poison[:<count>]@<time>, e.g. "
            + "kill-engine@30s";

    public Fault {
        if (restartFrom != null && kind != Kind.KILL_ENGINE) {
            throw new IllegalArgumentException("only kill-engine restarts from a start position");
        }
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Fault parse(String text) {
        Matcher matcher = TEXT.matcher(text.trim());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("unknown fault '" + text + "' (" + EXPECTED + ")");
        }
        Kind kind = switch (matcher.group(1)) {
            case "kill-engine" -> Kind.KILL_ENGINE;
            case "planned-restart" -> Kind.PLANNED_RESTART;
            case "broker-restart" -> Kind.BROKER_RESTART;
            case "kill-worker", "kill-taskmanager" -> Kind.KILL_WORKER;
            default -> Kind.POISON;
        };
        String option = matcher.group(2);
        Duration at = DurationText.parse(matcher.group(3));
        if (option == null) {
            return new Fault(kind, at, kind == Kind.POISON ? DEFAULT_POISON : 0, null);
        }
        return switch (kind) {
            case POISON -> {
                if (!option.chars().allMatch(Character::isDigit)) {
                    throw new IllegalArgumentException("poison takes a count of messages, not '" + option + "', in '"
                            + text + "'");
                }
                yield new Fault(kind, at, Integer.parseInt(option), null);
            }
            case KILL_ENGINE -> new Fault(kind, at, 0, restartPosition(option, text));
            default -> throw new IllegalArgumentException("only poison takes a count and only kill-engine a start "
                    + "position, in '" + text + "' (" + EXPECTED + ")");
        };
    }

    private static StartPosition.Kind restartPosition(String option, String text) {
        return switch (option) {
            case "earliest" -> StartPosition.Kind.EARLIEST;
            case "latest" -> StartPosition.Kind.LATEST;
            case "timestamp" -> StartPosition.Kind.TIMESTAMP;
            default -> throw new IllegalArgumentException("kill-engine restarts from earliest, latest or timestamp, "
                    + "not '" + option + "', in '" + text + "'");
        };
    }

    @JsonValue
    @Override
    public String toString() {
        String option = switch (kind) {
            case POISON -> ":" + poisonCount;
            case KILL_ENGINE -> restartFrom == null ? "" : ":" + restartFrom.name().toLowerCase(Locale.ROOT);
            default -> "";
        };
        return kind.wireName() + option + "@" + DurationText.format(at);
    }
}
