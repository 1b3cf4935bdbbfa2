package org.collectivization.gui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.collectivization.experiment.LeverChange;

/**
 * The record of a classroom run, itself a scenario: it {@code extends} the scenario the class started
 * from (by a path relative to the record), sets the run's seed and size, and lists the class's lever
 * changes, each with the month from whose start it applied. {@code bin/collectivization run RECORD.yaml}
 * replays the run exactly.
 */
final class ClassroomRecord {
    private ClassroomRecord() {}

    static String defaultName(LocalDateTime now) {
        return "class-run-" + DateTimeFormatter.ofPattern("yyyyMMdd-HHmm").format(now);
    }

    static String yaml(Path recordFile, Path startedFrom, String startedName, long seed, int households,
                       List<LeverChange> changes, LocalDateTime now) {
        Path folder = recordFile.toAbsolutePath().normalize().getParent();
        Path parent = startedFrom.toAbsolutePath().normalize();
        String extendsPath;
        try {
            extendsPath = folder.relativize(parent).toString().replace('\\', '/');
        } catch (IllegalArgumentException e) {
            extendsPath = parent.toString();  // another drive: only an absolute path reaches it
        }
        String name = recordFile.getFileName().toString().replaceFirst("\\.ya?ml$", "");
        StringBuilder b = new StringBuilder();
        b.append("# The record of a classroom run, saved by the GUI on ")
                .append(DateTimeFormatter.ofPattern("yyyy-MM-dd 'at' HH:mm").format(now)).append(".\n");
        b.append("# Replay it headless, exactly:  bin/collectivization run ").append(shown(recordFile)).append('\n');
        b.append("# Each lever change applies from the start of its month, in the order listed.\n");
        b.append("extends: ").append(quote(extendsPath)).append('\n');
        b.append("name: ").append(quote(name)).append('\n');
        b.append("description: ").append(quote(startedName + ", with the levers the class changed ("
                + (changes.isEmpty() ? "none" : changes.size() + (changes.size() == 1 ? " change" : " changes")) + ")")).append('\n');
        b.append("run:\n");
        b.append("  seed: ").append(seed).append('\n');
        b.append("  households: ").append(households).append('\n');
        b.append("lever_changes:");
        if (changes.isEmpty()) {
            b.append(" []\n");
        } else {
            b.append('\n');
            for (LeverChange c : changes) {
                b.append("  - {month: ").append(quote(c.month())).append(", key: ").append(c.key()).append(", value: ")
                        .append(c.value() instanceof Double ? c.valueText() : quote(c.valueText())).append("}\n");
            }
        }
        return b.toString();
    }

    /** The file as a command typed in the project's folder names it (bin/collectivization runs from there). */
    static String shown(Path file) {
        Path here = Path.of("").toAbsolutePath().normalize();
        Path f = file.toAbsolutePath().normalize();
        return (f.startsWith(here) ? here.relativize(f) : f).toString().replace('\\', '/');
    }

    static void write(Path recordFile, String yaml) throws IOException {
        Path parent = recordFile.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        Files.writeString(recordFile, yaml, StandardCharsets.UTF_8);
    }

    /** A YAML double-quoted string. */
    static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char ch : s.toCharArray()) {
            if (ch == '"' || ch == '\\') b.append('\\');
            if (ch < 0x20) b.append(String.format("\\u%04x", (int) ch));
            else b.append(ch);
        }
        return b.append('"').toString();
    }
}
