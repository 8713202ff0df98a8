package org.regionaltimeline.hostile;

import io.restassured.response.Response;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Hostile values and the assertions every answer to them must pass. */
final class Hostile {

    /** Strings an attacker or a broken client sends: injections, traversal, encodings, Unicode edge cases. */
    static final List<String> VALUES = List.of(
            "'; DROP TABLE event; --",
            "' OR '1'='1",
            "1 UNION SELECT username, password_hash FROM app_user --",
            "\"; SHUTDOWN; --",
            "<script>alert(1)</script>",
            "\"><img src=x onerror=alert(1)>",
            "%00",
            "%",
            "_",
            "%25%32%65",
            "\\",
            "../../etc/passwd",
            "..%2F..%2Fetc%2Fpasswd",
            "${jndi:ldap://example.invalid/a}",
            "#{7*7}",
            "{}",
            "[]",
            "null",
            "-1",
            "0",
            "99999999999999999999999",
            "1e309",
            "NaN",
            "2024-02-30",
            "２０２４－１１－２８",
            "２０２４",
            "６５２３００",
            "\u202Egnp.exe",
            "\u200F\u200E\u061C",
            "昌\u200B吉",
            "\uFEFF652300",
            "🏗️🚧👷‍♀️",
            "𠀀𪚥",
            "ﷺ",
            "Z̷̛̤̈́a̸l̶g̵o̷",
            " ",
            "",
            "昌吉".repeat(120),
            "x".repeat(511),
            "x".repeat(3000));

    private Hostile() {
    }

    /** Never a 5xx; every error is problem+json. */
    static void assertHandled(Response response, String what) {
        int status = response.statusCode();
        assertTrue(status < 500, () -> what + " → " + status + " " + response.asString());
        if (status >= 400) {
            String type = response.contentType();
            assertTrue(type != null && type.startsWith("application/problem+json"),
                    () -> what + " → " + status + " with Content-Type " + type + ": " + response.asString());
            assertTrue(response.jsonPath().getInt("status") == status, () -> what + " → problem status differs: " + response.asString());
        }
    }
}
