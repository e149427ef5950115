package io.streambench.api.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The one place that reads and writes the project's JSON and YAML. Reading is strict: an unknown or misspelled key,
 * an unknown type name, a missing required value or a trailing token fails with a {@link ConfigException} that names
 * the key, its path and its line.
 */
public final class Json {
    private static final ObjectMapper JSON = configure(JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)).build();
    private static final ObjectMapper YAML = configure(YAMLMapper.builder(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .disable(YAMLGenerator.Feature.USE_NATIVE_TYPE_ID)
            .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)).build();

    private static final Set<String> NON_FINITE = Set.of("NaN", "Infinity", "-Infinity");

    private Json() {
    }

    private static <B extends com.fasterxml.jackson.databind.cfg.MapperBuilder<?, B>> B configure(B builder) {
        SimpleModule durations = new SimpleModule("streambench-durations");
        durations.addSerializer(Duration.class, new JsonSerializer<>() {
            @Override
            public void serialize(Duration value, JsonGenerator out, SerializerProvider provider) throws IOException {
                out.writeString(DurationText.format(value));
            }
        });
        durations.addDeserializer(Duration.class, new JsonDeserializer<>() {
            @Override
            public Duration deserialize(JsonParser in, DeserializationContext context) throws IOException {
                return DurationText.parse(in.getValueAsString());
            }
        });
        return builder.addModule(durations).addModule(finiteNumbers())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                // Values are records, whose state is their components; isX() methods are derived facts.
                .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .serializationInclusion(JsonInclude.Include.NON_NULL);
    }

    /**
     * JSON has no NaN or infinity: such a figure (nothing to divide by) is written as null and read back as NaN, so
     * that every file is valid JSON that any tool reads.
     */
    private static SimpleModule finiteNumbers() {
        SimpleModule finite = new SimpleModule("streambench-finite-numbers");
        JsonSerializer<Double> nullUnlessFinite = new JsonSerializer<>() {
            @Override
            public void serialize(Double value, JsonGenerator out, SerializerProvider provider) throws IOException {
                if (Double.isFinite(value)) {
                    out.writeNumber(value);
                } else {
                    out.writeNull();
                }
            }
        };
        finite.addSerializer(Double.class, nullUnlessFinite);
        finite.addSerializer(Double.TYPE, nullUnlessFinite);
        finite.addDeserializer(Double.TYPE, new JsonDeserializer<>() {
            @Override
            public Double deserialize(JsonParser in, DeserializationContext context) throws IOException {
                if (in.currentToken().isNumeric()) {
                    return in.getDoubleValue();
                }
                // Files written before non-finite figures became null hold them as "NaN" or "Infinity".
                if (in.currentToken() == JsonToken.VALUE_STRING && NON_FINITE.contains(in.getText())) {
                    return Double.parseDouble(in.getText());
                }
                return (Double) context.handleUnexpectedToken(Double.TYPE, in);
            }

            @Override
            public Double getNullValue(DeserializationContext context) {
                return Double.NaN;
            }
        });
        return finite;
    }

    public static ObjectMapper json() {
        return JSON;
    }

    public static ObjectMapper yaml() {
        return YAML;
    }

    public static String toJson(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    public static String toYaml(Object value) {
        try {
            return YAML.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as YAML", e);
        }
    }

    public static <T> T fromJson(String text, Class<T> type, String sourceName) {
        return read(JSON, text, type, sourceName);
    }

    public static <T> T fromYaml(String text, Class<T> type, String sourceName) {
        return read(YAML, text, type, sourceName);
    }

    /** Reads a {@code .json} file as JSON and anything else as YAML. */
    public static <T> T readFile(Path file, Class<T> type) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        ObjectMapper mapper = file.getFileName().toString().endsWith(".json") ? JSON : YAML;
        return read(mapper, text, type, file.toString());
    }

    private static <T> T read(ObjectMapper mapper, String text, Class<T> type, String sourceName) {
        try {
            T value = mapper.readValue(text, type);
            if (value == null) {
                throw new ConfigException(sourceName + ": empty document, expected " + describe(type));
            }
            return value;
        } catch (ValueInstantiationException e) {
            throw new ConfigException(sourceName + ": " + unknownKey(mapper, text, type).orElseGet(() -> explain(e, text)), e);
        } catch (JsonMappingException e) {
            throw new ConfigException(sourceName + ": " + explain(e, text), e);
        } catch (JsonProcessingException e) {
            throw new ConfigException(sourceName + ": " + where(e.getLocation()) + "not valid "
                    + (mapper == JSON ? "JSON" : "YAML") + ": " + e.getOriginalMessage(), e);
        }
    }

    private static Optional<String> unknownKey(ObjectMapper mapper, String text, Class<?> type) {
        try {
            return UnknownKeys.find(mapper, mapper.readTree(text), mapper.constructType(type))
                    .map(found -> lineOfKey(text, found.key(), null) + "unknown key '" + found.key() + "'"
                            + (found.path().isEmpty() ? "" : " in " + found.path()) + "; known keys: " + found.knownKeys());
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    private static String explain(JsonMappingException e, String text) {
        List<JsonMappingException.Reference> references = e.getPath();
        if (e instanceof UnrecognizedPropertyException unknown) {
            String parent = path(references.subList(0, Math.max(0, references.size() - 1)));
            return lineOfKey(text, unknown.getPropertyName(), e.getLocation()) + "unknown key '"
                    + unknown.getPropertyName() + "'" + (parent.isEmpty() ? "" : " in " + parent)
                    + "; known keys: " + known(unknown.getKnownPropertyIds());
        }
        String path = path(references);
        String in = path.isEmpty() ? "" : "at " + path + ": ";
        if (e instanceof ValueInstantiationException && e.getCause() != null) {
            // Raised once the whole object is read, so the parser's location is its end: the path says more.
            return in + e.getCause().getMessage();
        }
        String at = where(e.getLocation()) + in;
        if (e instanceof InvalidTypeIdException badType) {
            Class<?> base = badType.getBaseType().getRawClass();
            return at + "unknown " + describe(base) + " type '" + badType.getTypeId() + "'; known types: "
                    + subtypeNames(base);
        }
        if (e.getCause() instanceof IllegalArgumentException) {
            return at + e.getCause().getMessage();
        }
        return at + e.getOriginalMessage();
    }

    private static String path(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                path.append(path.length() > 0 ? "." : "").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String subtypeNames(Class<?> base) {
        JsonSubTypes subtypes = base.getAnnotation(JsonSubTypes.class);
        return subtypes == null ? "(none declared)"
                : Arrays.stream(subtypes.value()).map(JsonSubTypes.Type::name).collect(Collectors.joining(", "));
    }

    /**
     * The line of an unknown key. YAML parsers report the position after the key's value, which may be the next
     * line; the key itself is on the last line at or before that position that starts with it.
     */
    private static String lineOfKey(String text, String key, JsonLocation location) {
        String[] lines = text.split("\n", -1);
        Pattern keyLine = Pattern.compile("(^|[{,])\\s*(- )?\"?" + Pattern.quote(key) + "\"?\\s*:");
        int last = location == null || location.getLineNr() < 1 ? lines.length : Math.min(location.getLineNr(), lines.length);
        for (int line = last; line >= 1; line--) {
            if (keyLine.matcher(lines[line - 1]).find()) {
                return "line " + line + ": ";
            }
        }
        return where(location);
    }

    private static String where(JsonLocation location) {
        return location == null || location.getLineNr() < 0 ? ""
                : "line " + location.getLineNr() + ", column " + location.getColumnNr() + ": ";
    }

    private static String known(Collection<Object> ids) {
        return ids == null ? "(none)" : ids.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
    }

    private static String describe(Class<?> type) {
        return type.getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
    }
}
