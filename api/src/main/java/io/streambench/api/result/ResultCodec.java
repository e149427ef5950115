package io.streambench.api.result;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The wire format of a result in result topics and files: one JSON object,
 * {@code {"key":"page-7","windowStart":..,"windowEnd":..,"value":12,"maxSendTime":..,"emitTime":..}}.
 */
public final class ResultCodec {
    private static final JsonFactory JSON = new JsonFactory();

    private ResultCodec() {
    }

    public static byte[] encode(WindowResult result, long emitTime) {
        try (ByteArrayBuilder out = new ByteArrayBuilder(128);
             JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("key", result.key());
            json.writeNumberField("windowStart", result.windowStart());
            json.writeNumberField("windowEnd", result.windowEnd());
            json.writeNumberField("value", result.value());
            json.writeNumberField("maxSendTime", result.maxSendTime());
            json.writeNumberField("emitTime", emitTime);
            json.writeEndObject();
            json.flush();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode " + result, e);
        }
    }

    /** Decodes a result; {@code visibleTime} is when the sink made it visible (e.g. a record's log-append time). */
    public static ObservedResult decode(byte[] bytes, long visibleTime) {
        String key = null;
        long start = 0;
        long end = 0;
        long value = 0;
        long maxSendTime = 0;
        long emitTime = 0;
        int seen = 0;
        try (JsonParser json = JSON.createParser(bytes)) {
            if (json.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("a result must be a JSON object");
            }
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.currentName();
                json.nextToken();
                switch (field) {
                    case "key" -> key = json.getText();
                    case "windowStart" -> start = json.getLongValue();
                    case "windowEnd" -> end = json.getLongValue();
                    case "value" -> value = json.getLongValue();
                    case "maxSendTime" -> maxSendTime = json.getLongValue();
                    case "emitTime" -> emitTime = json.getLongValue();
                    default -> throw new IllegalArgumentException("unknown result field '" + field + "'");
                }
                seen++;
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("not a result: " + new String(bytes, StandardCharsets.UTF_8), e);
        }
        if (seen != 6 || key == null) {
            throw new IllegalArgumentException("incomplete result: " + new String(bytes, StandardCharsets.UTF_8));
        }
        return new ObservedResult(new WindowResult(key, start, end, value, maxSendTime), emitTime, visibleTime);
    }
}
