package io.journeymaps.testsupport.process;

import java.io.IOException;
import java.io.InputStream;

import io.journeymaps.standalone.StandaloneHost;

/**
 * The standalone host as a child process of a test: it exits (through the host's own shutdown
 * hook) as soon as its standard input closes, which happens when the test JVM ends in any way,
 * even killed. So a test that dies never leaves a host JVM behind.
 */
public final class WatchedHostMain {
    private WatchedHostMain() {
    }

    public static void main(String[] args) throws Exception {
        Thread watcher = new Thread(WatchedHostMain::exitWhenParentGoes, "parent-watcher");
        watcher.setDaemon(true);
        watcher.start();
        StandaloneHost.main(args);
    }

    private static void exitWhenParentGoes() {
        InputStream in = System.in;
        byte[] buffer = new byte[256];
        try {
            while (in.read(buffer) >= 0) {
                // the parent writes nothing; we only wait for the end of the stream
            }
        } catch (IOException e) {
            // a broken pipe means the same as the end of the stream
        }
        System.out.println("Parent process gone: stopping this host.");
        System.exit(0);
    }
}
