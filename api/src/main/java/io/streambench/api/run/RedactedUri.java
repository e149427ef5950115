package io.streambench.api.run;

import java.util.regex.Pattern;

/**
 * A connection URI as it may appear in messages, logs and results: without its password, in either form a URI carries
 * one. The user information keeps its user ({@code amqp://user:secret@host} becomes {@code amqp://user@host}); a
 * password query parameter keeps its name ({@code jdbc:postgresql://host/db?user=u&password=secret} becomes
 * {@code ...&password=***}). Plain text, not {@link java.net.URI}: the URIs that most need it in a message are the
 * malformed ones, which {@code URI} refuses or reads another way than the client did.
 */
public final class RedactedUri {
    private static final String AUTHORITY_START = "://";
    private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)([?&;][\\w.-]*password=)[^&;#]*");

    private RedactedUri() {
    }

    public static String of(String uri) {
        if (uri == null) {
            return null;
        }
        return withoutPasswordParameters(withoutUserPassword(uri));
    }

    private static String withoutUserPassword(String uri) {
        int start = uri.indexOf(AUTHORITY_START);
        if (start < 0) {
            return uri;
        }
        start += AUTHORITY_START.length();
        int end = endOfUserInformation(uri, start);
        int colon = uri.indexOf(':', start);
        if (end < 0 || colon < 0 || colon > end) {
            return uri;
        }
        return uri.substring(0, colon) + uri.substring(end);
    }

    /**
     * Where the user information ends: at the authority's last {@code @}, {@code -1} if it has none. A password
     * typed with an unescaped {@code /}, {@code ?} or {@code #} seems to end the authority early; so when that
     * authority has no {@code @} but one follows, the user information runs to the last {@code @}: hiding too much
     * (a path with an {@code @}) is better than showing part of a password.
     */
    private static int endOfUserInformation(String uri, int start) {
        int authorityEnd = start;
        while (authorityEnd < uri.length() && "/?#".indexOf(uri.charAt(authorityEnd)) < 0) {
            authorityEnd++;
        }
        int inAuthority = uri.lastIndexOf('@', authorityEnd - 1);
        return inAuthority >= start ? inAuthority : uri.lastIndexOf('@');
    }

    private static String withoutPasswordParameters(String uri) {
        return PASSWORD_PARAMETER.matcher(uri).replaceAll("$1***");
    }
}
