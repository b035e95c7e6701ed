package dev.rsvpbot.smoke;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * A stand-in GitHub for {@code scripts/container-smoke.sh}: WireMock on loopback serving the mappings under
 * {@code src/test/resources/smoke} (one seminar issue and its replies). It writes its port to the file named
 * by the first argument and runs until killed; the script reads WireMock's journal through the admin API.
 */
public final class SmokeGithub {
    private SmokeGithub() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: SmokeGithub PORT_FILE MAPPINGS_DIR");
            System.exit(2);
        }
        WireMockServer server = new WireMockServer(WireMockConfiguration.options()
                .bindAddress("127.0.0.1")
                .dynamicPort()
                .usingFilesUnderDirectory(args[1]));
        server.start();
        Path portFile = Path.of(args[0]);
        Path partial = portFile.resolveSibling(portFile.getFileName() + ".tmp");
        Files.writeString(partial, Integer.toString(server.port()));
        Files.move(partial, portFile);
        new CountDownLatch(1).await();
    }
}
