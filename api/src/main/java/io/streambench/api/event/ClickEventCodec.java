package io.streambench.api.event;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The wire format of a click event in both brokers: one JSON object, e.g.
 * {@code {"sequence":7,"user":"user-3","session":"user-3-s1","page":"page-12","action":"click","amountCents":0,
 * "eventTime":1700000000000,"sendTime":1700000000005}}. Decoding is strict: a missing, unknown, duplicated or
 * mistyped field is a {@link MalformedEventException} naming the field.
 */
public final class ClickEventCodec {
    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final int PREVIEW_CHARS = 160;
    private static final String[] FIELDS =
            {"sequence", "user", "session", "page", "action", "amountCents", "eventTime", "sendTime"};

    private ClickEventCodec() {
    }

    public static byte[] encode(ClickEvent event) {
        try (ByteArrayBuilder out = new ByteArrayBuilder(192);
             JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeNumberField("sequence", event.sequence());
            json.writeStringField("user", event.user());
            json.writeStringField("session", event.session());
            json.writeStringField("page", event.page());
            json.writeStringField("action", event.action().wireName());
            json.writeNumberField("amountCents", event.amountCents());
            json.writeNumberField("eventTime", event.eventTime());
            json.writeNumberField("sendTime", event.sendTime());
            json.writeEndObject();
            json.flush();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode " + event, e);
        }
    }

    public static String encodeToString(ClickEvent event) {
        return new String(encode(event), StandardCharsets.UTF_8);
    }

    public static ClickEvent decode(String text) {
        return decode(text.getBytes(StandardCharsets.UTF_8));
    }

    public static ClickEvent decode(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new MalformedEventException("malformed click event: empty message");
        }
        try (JsonParser json = JSON.createParser(bytes)) {
            return readEvent(json, bytes);
        } catch (MalformedEventException e) {
            throw e;
        } catch (IOException | IllegalArgumentException e) {
            throw malformed(firstLine(e.getMessage()), bytes, e);
        }
    }

    private static ClickEvent readEvent(JsonParser json, byte[] bytes) throws IOException {
        if (json.nextToken() != JsonToken.START_OBJECT) {
            throw malformed("expected a JSON object", bytes, null);
        }
        long sequence = 0;
        long amountCents = 0;
        long eventTime = 0;
        long sendTime = 0;
        String user = null;
        String session = null;
        String page = null;
        Action action = null;
        boolean[] seen = new boolean[FIELDS.length];
        for (JsonToken token = json.nextToken(); token != JsonToken.END_OBJECT; token = json.nextToken()) {
            String field = json.currentName();
            JsonToken value = json.nextToken();
            int index = fieldIndex(field);
            if (index < 0) {
                throw malformed("unknown field '" + field + "'", bytes, null);
            }
            seen[index] = true;
            switch (index) {
                case 0 -> sequence = readLong(json, value, field, bytes);
                case 1 -> user = readText(json, value, field, bytes);
                case 2 -> session = readText(json, value, field, bytes);
                case 3 -> page = readText(json, value, field, bytes);
                case 4 -> action = readAction(json, value, bytes);
                case 5 -> amountCents = readLong(json, value, field, bytes);
                case 6 -> eventTime = readLong(json, value, field, bytes);
                default -> sendTime = readLong(json, value, field, bytes);
            }
        }
        if (hasTrailingContent(json)) {
            throw malformed("trailing content after the JSON object", bytes, null);
        }
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < FIELDS.length; i++) {
            if (!seen[i]) {
                missing.add(FIELDS[i]);
            }
        }
        if (!missing.isEmpty()) {
            throw malformed("missing field" + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing), bytes, null);
        }
        try {
            return new ClickEvent(sequence, user, session, page, action, amountCents, eventTime, sendTime);
        } catch (IllegalArgumentException e) {
            throw malformed(e.getMessage(), bytes, e);
        }
    }

    private static boolean hasTrailingContent(JsonParser json) {
        try {
            return json.nextToken() != null;
        } catch (IOException e) {
            return true;
        }
    }

    private static int fieldIndex(String field) {
        for (int i = 0; i < FIELDS.length; i++) {
            if (FIELDS[i].equals(field)) {
                return i;
            }
        }
        return -1;
    }

    private static long readLong(JsonParser json, JsonToken value, String field, byte[] bytes) throws IOException {
        if (value != JsonToken.VALUE_NUMBER_INT) {
            throw malformed("field '" + field + "' must be an integer, was " + describe(json, value), bytes, null);
        }
        return json.getLongValue();
    }

    private static String readText(JsonParser json, JsonToken value, String field, byte[] bytes) throws IOException {
        if (value != JsonToken.VALUE_STRING) {
            throw malformed("field '" + field + "' must be a string, was " + describe(json, value), bytes, null);
        }
        return json.getText();
    }

    private static Action readAction(JsonParser json, JsonToken value, byte[] bytes) throws IOException {
        String text = readText(json, value, "action", bytes);
        try {
            return Action.fromWireName(text);
        } catch (IllegalArgumentException e) {
            throw malformed("field 'action': " + e.getMessage(), bytes, null);
        }
    }

    private static String describe(JsonParser json, JsonToken value) throws IOException {
        return value.isStructStart() ? (value == JsonToken.START_OBJECT ? "an object" : "an array") : json.getText();
    }

    private static MalformedEventException malformed(String problem, byte[] bytes, Throwable cause) {
        return new MalformedEventException("malformed click event: " + problem + "; input: " + preview(bytes), cause);
    }

    private static String preview(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        return text.length() <= PREVIEW_CHARS ? text : text.substring(0, PREVIEW_CHARS) + "...";
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable JSON";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
