package org.collectivization.cli;

import java.util.List;

/** The arguments the program was started with (for the manifest). */
final class ProcessInfo {
    private static volatile List<String> args = List.of();

    private ProcessInfo() {}

    static void remember(String... a) {
        args = List.of(a);
    }

    static List<String> arguments() {
        List<String> a = args;
        return a.isEmpty() ? a : a.subList(1, a.size());
    }
}
