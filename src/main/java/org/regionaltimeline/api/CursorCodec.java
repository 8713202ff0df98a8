package org.regionaltimeline.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The one cursor codec. A cursor is opaque to clients: base64url of {@code v1|n|<scope>|<key>|<id>}, where the scope
 * fingerprints the list and its filters, so a cursor used with other filters is rejected rather than silently wrong.
 */
public final class CursorCodec {

    private static final String VERSION = "v1";

    private CursorCodec() {
    }

    public static String encode(String scope, Keyset keyset) {
        String raw = String.join("|", VERSION, keyset.forward() ? "n" : "p", fingerprint(scope), keyset.key(), keyset.id());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @return the keyset, or null when {@code cursor} is null or blank
     * @throws ApiException 400 when the cursor is malformed or belongs to another list or filter
     */
    public static Keyset decode(String scope, String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        String raw;
        try {
            raw = new String(Base64.getUrlDecoder().decode(cursor.trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalidParam("cursor", "not a cursor issued by this API");
        }
        String[] parts = raw.split("\\|", -1);
        if (parts.length != 5 || !VERSION.equals(parts[0]) || !(parts[1].equals("n") || parts[1].equals("p"))
                || parts[4].isEmpty() || parts[3].length() > 64 || parts[4].length() > 64) {
            throw ApiException.invalidParam("cursor", "not a cursor issued by this API");
        }
        if (!parts[2].equals(fingerprint(scope))) {
            throw ApiException.invalidParam("cursor", "this cursor belongs to another list or other filters");
        }
        return new Keyset(parts[3], parts[4], parts[1].equals("n"));
    }

    private static String fingerprint(String scope) {
        return Integer.toHexString(scope.hashCode());
    }
}
