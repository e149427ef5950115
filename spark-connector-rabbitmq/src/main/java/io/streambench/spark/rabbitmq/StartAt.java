package io.streambench.spark.rabbitmq;

/**
 * Where a query starts reading: {@code earliest}, {@code latest} or {@code timestamp:<epochMillis>}.
 *
 * @param epochMillis the time for {@link Kind#TIMESTAMP}, 0 otherwise
 */
record StartAt(Kind kind, long epochMillis) {
    private static final String TIMESTAMP_PREFIX = "timestamp:";

    enum Kind { EARLIEST, LATEST, TIMESTAMP }

    static final StartAt EARLIEST = new StartAt(Kind.EARLIEST, 0);

    static StartAt parse(String text) {
        if ("earliest".equals(text)) {
            return EARLIEST;
        }
        if ("latest".equals(text)) {
            return new StartAt(Kind.LATEST, 0);
        }
        if (text.startsWith(TIMESTAMP_PREFIX)) {
            try {
                return new StartAt(Kind.TIMESTAMP, Long.parseLong(text.substring(TIMESTAMP_PREFIX.length())));
            } catch (NumberFormatException e) {
                // reported below with the expected forms
            }
        }
        throw new IllegalArgumentException("rabbitmq option startAt must be earliest, latest or timestamp:<epochMillis>, "
                + "was '" + text + "'");
    }

    @Override
    public String toString() {
        return switch (kind) {
            case EARLIEST -> "earliest";
            case LATEST -> "latest";
            case TIMESTAMP -> TIMESTAMP_PREFIX + epochMillis;
        };
    }
}
