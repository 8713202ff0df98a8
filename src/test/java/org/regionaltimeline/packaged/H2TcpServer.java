package org.regionaltimeline.packaged;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.h2.tools.Server;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;

/**
 * Starts an H2 TCP server on a free loopback port with a fresh data directory, the way the native binary is run in
 * production (embedded H2 cannot be compiled into a native executable), and points the packaged app at it.
 */
public class H2TcpServer implements QuarkusTestResourceLifecycleManager {

    private Server server;

    @Override
    public Map<String, String> start() {
        try {
            Path dir = Files.createTempDirectory("timeline-h2-");
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            server = Server.createTcpServer("-tcp", "-tcpPort", String.valueOf(port), "-baseDir", dir.toString(), "-ifNotExists").start();
            return Map.of("quarkus.datasource.jdbc.url", "jdbc:h2:tcp://localhost:" + port + "/timeline",
                    // the packaged app runs the prod profile: its first admin comes from configuration, as in production
                    "timeline.admin.password", PackagedAppIT.ADMIN_PASSWORD);
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("cannot start the H2 TCP server", e);
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
