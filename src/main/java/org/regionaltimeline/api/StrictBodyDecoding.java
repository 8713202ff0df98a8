package org.regionaltimeline.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;

/**
 * Every JSON and text body is checked to decode strictly in its charset (UTF-8 unless the Content-Type says otherwise)
 * before it is read: a body with invalid bytes is a 400 problem, never text with U+FFFD stored in the database.
 * The body size is already bounded by {@code quarkus.http.limits.max-body-size} (see {@link BodySizeLimit}).
 */
@Provider
public class StrictBodyDecoding implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (type != null && (type.isCompatible(MediaType.APPLICATION_JSON_TYPE) || type.isCompatible(MediaType.TEXT_PLAIN_TYPE))) {
            byte[] body = context.getInputStream().readAllBytes();
            Charset charset = charset(type);
            String text = TextSanitizer.decodeStrict(body, charset);
            if (!charset.equals(StandardCharsets.UTF_8)) {
                // readers here read UTF-8: hand them the same text in UTF-8, whatever charset the client declared
                body = text.getBytes(StandardCharsets.UTF_8);
                context.setMediaType(new MediaType(type.getType(), type.getSubtype(), StandardCharsets.UTF_8.name()));
            }
            context.setInputStream(new ByteArrayInputStream(body));
        }
        return context.proceed();
    }

    private static Charset charset(MediaType type) {
        String name = type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (name == null || name.isBlank()) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name.strip().replace("\"", ""));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new ApiException(415, "unsupported-media-type", "Unsupported Media Type",
                    "unknown charset '" + name + "'; send UTF-8", null);
        }
    }
}
