package io.streambench.rabbitmq;

import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.ConnectionFactoryConfigurator;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Client properties of the AMQP connections: amqp-client's own configuration keys without their {@code rabbitmq.}
 * prefix, applied by the client itself. The client ignores a key it does not know, so a typo is refused here, naming
 * the key and the known ones. The address and the credentials come from the URI and may not be set this way.
 */
public final class AmqpClientProperties {
    /** The setting prefix of the rabbitmq broker provider for client properties. */
    public static final String SETTING_PREFIX = "client.";
    private static final Set<String> FROM_URI = Set.of(ConnectionFactoryConfigurator.USERNAME,
            ConnectionFactoryConfigurator.PASSWORD, ConnectionFactoryConfigurator.VIRTUAL_HOST,
            ConnectionFactoryConfigurator.HOST, ConnectionFactoryConfigurator.PORT);
    private static final Set<String> KNOWN = knownKeys();

    private AmqpClientProperties() {
    }

    /** @throws IllegalArgumentException for a key amqp-client does not know or one the URI sets */
    public static void requireKnown(Map<String, String> properties) {
        properties.keySet().forEach(key -> {
            if (FROM_URI.contains(key)) {
                throw new IllegalArgumentException("rabbitmq client property '" + key + "' comes from the uri "
                        + "(amqp://user:password@host:port/vhost); set it there");
            }
            boolean known = KNOWN.contains(key)
                    || key.startsWith(ConnectionFactoryConfigurator.CLIENT_PROPERTIES_PREFIX);
            if (!known) {
                throw new IllegalArgumentException("unknown rabbitmq client property '" + key + "' (amqp-client knows: "
                        + String.join(", ", KNOWN) + ", " + ConnectionFactoryConfigurator.CLIENT_PROPERTIES_PREFIX + "*)");
            }
        });
    }

    static void applyTo(ConnectionFactory factory, Map<String, String> properties) {
        if (!properties.isEmpty()) {
            factory.load(properties, "");
        }
    }

    private static Set<String> knownKeys() {
        return Arrays.stream(ConnectionFactoryConfigurator.class.getFields())
                .filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType() == String.class)
                .map(AmqpClientProperties::value)
                .filter(key -> key.contains(".") && !key.endsWith(".") && !FROM_URI.contains(key))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static String value(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read amqp-client's key " + field.getName(), e);
        }
    }
}
