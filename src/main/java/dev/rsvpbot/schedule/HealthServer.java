package dev.rsvpbot.schedule;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * A tiny HTTP endpoint with two answers, each 200 or 503 with the {@link HealthReport} text as the body:
 * {@code GET /health} (or {@code /}) says whether the last poll succeeded recently, so one failed poll turns it
 * 503: a readiness or alerting check. {@code GET /live} says whether the scheduler is still running and no poll
 * is stuck, whatever GitHub answered: a liveness probe, which restarts the container only when that can help.
 */
public final class HealthServer implements AutoCloseable {
    private final HttpServer server;

    private HealthServer(HttpServer server) {
        this.server = server;
    }

    /**
     * Starts answering on {@code address} (port 0 picks a free port; see {@link #port()}).
     *
     * @throws ScheduleException when the address cannot be bound (e.g. the port is in use)
     */
    public static HealthServer start(InetSocketAddress address, Supplier<HealthReport> health, Supplier<HealthReport> live) {
        HttpServer server;
        try {
            server = HttpServer.create(address, 0);
        } catch (IOException e) {
            throw new ScheduleException("cannot serve health checks on " + address + ": " + e.getMessage()
                    + "; choose another --health-port or free that one", e);
        }
        server.createContext("/", exchange -> answer(exchange, health, live));
        server.start();
        return new HealthServer(server);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private static void answer(HttpExchange exchange, Supplier<HealthReport> health, Supplier<HealthReport> live)
            throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            int status;
            String body;
            Supplier<HealthReport> check = path.equals("/live") ? live
                    : path.equals("/") || path.equals("/health") ? health : null;
            if (check == null) {
                status = 404;
                body = "not found: ask GET /health (last poll succeeded recently) or GET /live (scheduler running)\n";
            } else if (!method.equals("GET") && !method.equals("HEAD")) {
                status = 405;
                body = "method not allowed: use GET\n";
            } else {
                HealthReport report = check.get();
                status = report.healthy() ? 200 : 503;
                body = report.text();
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
            boolean head = method.equals("HEAD");
            exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
            if (!head) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
        }
    }
}
