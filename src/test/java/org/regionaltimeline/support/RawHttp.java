package org.regionaltimeline.support;

import io.restassured.RestAssured;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** Sends bytes no HTTP client library would send (malformed escapes, raw bytes in the request line) and reads the answer. */
public final class RawHttp {

    private RawHttp() {
    }

    public static String send(String request) {
        return send(request.getBytes(StandardCharsets.ISO_8859_1));
    }

    public static String send(byte[] request) {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request);
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
