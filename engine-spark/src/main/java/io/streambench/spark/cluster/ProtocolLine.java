package io.streambench.spark.cluster;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Standard output of a cluster process, reserved for the cluster protocol: one JSON object per line, such as
 * {@code {"event":"cluster-ready","endpoint":"spark://host:port","ui":"http://host:port"}}. Whatever else the JVM
 * prints goes to standard error.
 */
final class ProtocolLine {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final PrintStream out;

    private ProtocolLine(PrintStream out) {
        this.out = out;
    }

    /** Takes standard output for the protocol; {@code System.out} is standard error from then on. */
    static ProtocolLine takeStandardOutput() {
        PrintStream protocol = System.out;
        System.setOut(System.err);
        return new ProtocolLine(protocol);
    }

    /** Prints {@code event} with its fields. */
    void print(String event, Map<String, String> fields) {
        Map<String, String> line = new LinkedHashMap<>();
        line.put("event", event);
        line.putAll(fields);
        try {
            out.println(JSON.writeValueAsString(line));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write protocol line " + line, e);
        }
        out.flush();
    }
}
