package org.collectivization.experiment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** This machine's name, as recorded in manifests and in the owner record of a run being written. */
public final class Host {
    private static final String NAME = find();

    private Host() {}

    public static String name() {
        return NAME;
    }

    private static String find() {
        try {
            // the kernel's own name for the host: no name lookup, which can hang for seconds on a badly set-up network
            String n = Files.readString(Path.of("/proc/sys/kernel/hostname")).trim();
            if (!n.isEmpty()) return n;
        } catch (IOException | RuntimeException e) {
            // not Linux: ask the network layer
        }
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
