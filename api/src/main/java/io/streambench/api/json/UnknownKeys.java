package io.streambench.api.json;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Finds the first key a document has that its target type does not. Jackson reports unknown keys of record types
 * only after constructing the record, so a typo that also leaves the record invalid would otherwise surface as the
 * validation error; this scan lets the typo be named instead.
 */
final class UnknownKeys {
    record Found(String path, String key, String knownKeys) {
    }

    private UnknownKeys() {
    }

    static Optional<Found> find(ObjectMapper mapper, JsonNode node, JavaType type) {
        return find(mapper, node, type, "");
    }

    private static Optional<Found> find(ObjectMapper mapper, JsonNode node, JavaType type, String path) {
        if (node == null || type == null) {
            return Optional.empty();
        }
        if (node.isArray() && type.isCollectionLikeType()) {
            for (int i = 0; i < node.size(); i++) {
                Optional<Found> found = find(mapper, node.get(i), type.getContentType(), path + "[" + i + "]");
                if (found.isPresent()) {
                    return found;
                }
            }
            return Optional.empty();
        }
        if (!node.isObject() || type.isMapLikeType() || type.isContainerType()) {
            return Optional.empty();
        }
        JsonSubTypes subtypes = type.getRawClass().getAnnotation(JsonSubTypes.class);
        JsonTypeInfo typeInfo = type.getRawClass().getAnnotation(JsonTypeInfo.class);
        if (subtypes != null && typeInfo != null && typeInfo.include() == JsonTypeInfo.As.WRAPPER_OBJECT && node.size() == 1) {
            String typeName = node.fieldNames().next();
            return Arrays.stream(subtypes.value()).filter(subtype -> subtype.name().equals(typeName)).findFirst()
                    .flatMap(subtype -> find(mapper, node.get(typeName), mapper.constructType(subtype.value()), path));
        }
        BeanDescription description = mapper.getDeserializationConfig().introspect(type);
        Map<String, BeanPropertyDefinition> properties = new TreeMap<>();
        description.findProperties().forEach(property -> properties.put(property.getName(), property));
        if (properties.isEmpty()) {
            return Optional.empty();
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            BeanPropertyDefinition property = properties.get(field.getKey());
            if (property == null) {
                return Optional.of(new Found(path, field.getKey(), String.join(", ", properties.keySet())));
            }
            Optional<Found> found = find(mapper, field.getValue(), property.getPrimaryType(),
                    path.isEmpty() ? field.getKey() : path + "." + field.getKey());
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }
}
