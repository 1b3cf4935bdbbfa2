package org.collectivization.experiment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.LinkOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.collectivization.runfiles.RunFiles;

/**
 * Where a single run's folder is made, so that a run folder that exists is always whole and no run
 * ever deletes or loses a folder it did not write.
 *
 * <p>A run first <em>claims</em> its destination: it creates a hidden lock file {@code .NAME.lock}
 * beside it (atomically: exactly one process can create it) and its hidden working folder
 * {@code .NAME.partial-RANDOM}, both recording the process, its start time and the host. So a folder
 * that cannot be written is found before the model starts, and two runs never write the same
 * destination. When the run is complete, the working folder is renamed into place and the lock
 * removed. Partial folders and locks left by a process of this host that has ended are removed by the
 * next claim in the same folder; those of a live process, of another host or without an owner record
 * (a study's, an older version's) are never touched.
 */
public final class RunFolder implements AutoCloseable {
    /** The files a run writes at the top of its folder; {@code charts/} holds only PNG and SVG images. */
    static final Set<String> RUN_FILES = Set.of(RunFiles.TIMESERIES, RunFiles.REGIONS, RunFiles.SUMMARY, RunFiles.SCENARIO,
            RunFiles.MANIFEST, RunFiles.REPORT);
    private static final Pattern CHECKPOINT_FILE = Pattern.compile("checkpoint-\\d{4}-\\d{2}\\.ser\\.gz");
    /** The owner record inside a working folder; removed just before the folder is renamed into place. */
    static final String OWNER = ".owner.json";
    /** What a run's manifest says it is. */
    public static final String KIND = "run";
    /** A lock file left empty by a process killed in the instant between creating and writing it. */
    private static final Duration EMPTY_LOCK_AGE = Duration.ofMinutes(1);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The destination: renamed into place when the run is complete. */
    public final Path destination;
    /** The hidden working folder the run writes into. */
    public final Path work;
    /** Hidden folders of ended runs removed when this one was claimed (to tell the user). */
    public final List<Path> removedLeftovers;
    private final Path lock;
    private final boolean replace;
    private boolean sealed;

    private RunFolder(Path destination, Path work, Path lock, boolean replace, List<Path> removed) {
        this.destination = destination;
        this.work = work;
        this.lock = lock;
        this.replace = replace;
        this.removedLeftovers = removed;
    }

    /**
     * Claims {@code base}, or the first of {@code base-2}, {@code base-3}, ... that neither exists nor is
     * claimed by a running process: the default folder of a run.
     */
    public static RunFolder claimNumbered(Path base) {
        Path parent = parentOf(base, "the results folder");
        List<Path> removed = removeLeftovers(parent);
        for (int i = 1; ; i++) {
            Path f = i == 1 ? base : base.resolveSibling(base.getFileName() + "-" + i);
            Path lock = lockOf(f);
            if (!tryLock(lock, Home.shown(parent))) continue;
            if (Files.exists(f)) {
                deleteQuietly(lock);
                continue;
            }
            return new RunFolder(f, makeWork(f, lock, Home.shown(parent)), lock, false, removed);
        }
    }

    /**
     * Claims exactly {@code out} (a run's {@code --out}). It must not exist, unless {@code replace} and it
     * is a complete run folder of this program ({@link #whyNotARun}); it is then replaced only once the
     * new run is complete.
     *
     * @throws FolderException when the folder exists, is not a run, cannot be written, or another run is writing it
     */
    public static RunFolder claimExactly(Path out, boolean replace) {
        Path parent = parentOf(out, "--out " + out);
        List<Path> removed = removeLeftovers(parent);
        Path lock = lockOf(out);
        if (!tryLock(lock, "--out " + out)) {
            throw new FolderException("--out " + out + " is being written by another run (" + describeOwner(lock)
                    + "); wait for it to finish, or choose another folder");
        }
        try {
            if (Files.exists(out)) {
                if (!replace) throw new FolderException("--out " + out + " already exists; choose a new folder (or --force "
                        + "to replace it)");
                String why = whyNotARun(out);
                if (why != null) throw new FolderException("--out " + out + " is not a run folder of this program (" + why
                        + "); --force replaces only run folders, and nothing was touched");
            }
            return new RunFolder(out, makeWork(out, lock, "--out " + out), lock, replace, removed);
        } catch (RuntimeException e) {
            deleteQuietly(lock);
            throw e;
        }
    }

    /**
     * Why {@code dir} is not a complete run folder of this program, or null if it is one: its manifest
     * says it is a run, and it holds nothing but the files a run writes.
     */
    public static String whyNotARun(Path dir) {
        if (!Files.isDirectory(dir)) return "it is not a folder";
        Path manifest = dir.resolve(RunFiles.MANIFEST);
        if (!Files.isRegularFile(manifest)) return "it has no manifest.json";
        try {
            Map<?, ?> m = JSON.readValue(manifest.toFile(), Map.class);
            if (!KIND.equals(m.get("kind")) || !m.containsKey("scenario") || !m.containsKey("seed")) {
                return "its manifest.json is not a run's";
            }
        } catch (IOException | RuntimeException e) {
            return "its manifest.json is not a run's";
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            for (Path p : ds) {
                String name = p.getFileName().toString();
                if (name.equals(RunFiles.CHARTS) && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    String other = onlyImages(p);
                    if (other != null) return "it holds " + RunFiles.CHARTS + "/" + other + ", which a run does not write";
                } else if (!(RUN_FILES.contains(name) || CHECKPOINT_FILE.matcher(name).matches())
                        || !Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    return "it holds " + name + ", which a run does not write";
                }
            }
        } catch (IOException e) {
            return "it cannot be read: " + Failures.reason(e);
        }
        return null;
    }

    private static String onlyImages(Path charts) throws IOException {
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(charts)) {
            for (Path p : ds) {
                String name = p.getFileName().toString();
                if (!(name.endsWith(".png") || name.endsWith(".svg")) || !Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) return name;
            }
        }
        return null;
    }

    /** A file of the run, in the working folder. */
    public Path file(String name) {
        return work.resolve(name);
    }

    /**
     * Renames the complete working folder into place (replacing the old run folder if asked) and returns
     * where the run now is. Should the destination have appeared meanwhile (made by something that does
     * not take locks), the run goes to the first free numbered sibling instead: a finished run is never lost.
     */
    public Path seal() throws IOException {
        Files.deleteIfExists(work.resolve(OWNER));
        Path target = destination;
        if (replace && Files.exists(destination)) {
            Path old = Files.createTempDirectory(destination.toAbsolutePath().getParent(),
                    "." + destination.getFileName() + ".replaced-");
            Files.delete(old);
            Files.move(destination, old);
            deleteQuietly(old);
        }
        for (int i = 2; ; i++) {
            try {
                move(work, target);
                break;
            } catch (FileAlreadyExistsException | java.nio.file.DirectoryNotEmptyException e) {
                target = destination.resolveSibling(destination.getFileName() + "-" + i);
            }
        }
        sealed = true;
        deleteQuietly(lock);
        return target;
    }

    /** Gives up the claim: an unsealed working folder is deleted with the lock. */
    @Override
    public void close() {
        if (!sealed) {
            deleteQuietly(work);
            deleteQuietly(lock);
        }
    }

    // ------------------------------------------------------------------ claiming

    private static Path parentOf(Path dest, String what) {
        Path parent = dest.toAbsolutePath().normalize().getParent();
        Path above = parent;
        while (above != null && !Files.exists(above)) above = above.getParent();
        if (above != null && !Files.isDirectory(above)) throw new FolderException(what + " cannot be created: " + above
                + " is not a folder");
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new FolderException(what + " cannot be created: " + Failures.reason(e));
        }
        return parent;
    }

    private static Path lockOf(Path dest) {
        return dest.toAbsolutePath().normalize().resolveSibling("." + dest.getFileName() + ".lock");
    }

    /** Creates the lock file, or removes a stale one and tries once more; false if a live process holds it. */
    private static boolean tryLock(Path lock, String what) {
        for (int attempt = 0; attempt < 2; attempt++) {
            try {
                Files.write(lock, Owner.current().toJson().getBytes(StandardCharsets.UTF_8), StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE);
                return true;
            } catch (FileAlreadyExistsException e) {
                if (!isStale(lock)) return false;
                deleteQuietly(lock);
            } catch (IOException e) {
                throw new FolderException(what + " cannot be written: " + Failures.reason(e));
            }
        }
        return false;
    }

    private static Path makeWork(Path dest, Path lock, String what) {
        Path parent = lock.getParent();
        Path work = null;
        try {
            work = Files.createTempDirectory(parent, "." + dest.getFileName() + ".partial-");
            Files.writeString(work.resolve(OWNER), Owner.current().toJson(), StandardCharsets.UTF_8);
            return work;
        } catch (IOException e) {
            if (work != null) deleteQuietly(work);
            deleteQuietly(lock);
            throw new FolderException(what + " cannot be written: " + Failures.reason(e));
        }
    }

    private static boolean isStale(Path ownedFile) {
        Optional<Owner> o = Owner.read(ownedFile);
        if (o.isEmpty()) {
            try {
                FileTime t = Files.getLastModifiedTime(ownedFile);
                return Files.size(ownedFile) == 0 && t.toInstant().isBefore(Instant.now().minus(EMPTY_LOCK_AGE));
            } catch (IOException e) {
                return false;
            }
        }
        return o.get().hasEnded();
    }

    private static String describeOwner(Path lock) {
        return Owner.read(lock).map(o -> "process " + o.pid() + " on " + o.host()).orElse("see " + lock);
    }

    private static final Pattern PARTIAL_RUN = Pattern.compile("\\..+\\.partial-.+");
    private static final Pattern LOCK = Pattern.compile("\\..+\\.lock");

    /**
     * Removes from {@code parent} the working folders and locks of single runs started on this host by a
     * process that has ended. A folder without an owner record (a study's {@code .DIR.partial/}, which
     * {@code --resume} needs; a task's; an older version's) is left alone.
     */
    static List<Path> removeLeftovers(Path parent) {
        List<Path> removed = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(parent, ".*")) {
            for (Path p : ds) {
                String name = p.getFileName().toString();
                if (PARTIAL_RUN.matcher(name).matches() && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    Path owner = p.resolve(OWNER);
                    if (Files.isRegularFile(owner) && Owner.read(owner).map(Owner::hasEnded).orElse(false)) {
                        deleteQuietly(p);
                        removed.add(p);
                    }
                } else if (LOCK.matcher(name).matches() && Owner.read(p).map(Owner::hasEnded).orElse(false)) {
                    deleteQuietly(p);
                }
            }
        } catch (IOException e) {
            // a folder that cannot be listed is found, with its reason, when the run claims its destination
        }
        return removed;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        } catch (FileSystemException e) {
            // rename(2) onto an existing empty folder succeeds and onto a full one fails with ENOTEMPTY: either way
            // the destination was there; report it as such so that the caller picks another name
            if (Files.exists(to)) throw new FileAlreadyExistsException(to.toString());
            throw e;
        }
    }

    public static void deleteQuietly(Path p) {
        if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) return;
        try (Stream<Path> s = Files.walk(p)) {
            s.sorted(Comparator.reverseOrder()).forEach(x -> x.toFile().delete());
        } catch (IOException e) {
            // best effort: what is left has a hidden name that marks it as unfinished
        }
    }

    /** A process on a host: who claimed a folder. */
    record Owner(long pid, long startMillis, String host) {
        static Owner current() {
            ProcessHandle self = ProcessHandle.current();
            return new Owner(self.pid(), self.info().startInstant().map(Instant::toEpochMilli).orElse(0L), Host.name());
        }

        String toJson() {
            try {
                return JSON.writeValueAsString(Map.of("pid", pid, "start_millis", startMillis, "host", host));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        static Optional<Owner> read(Path file) {
            try {
                Map<?, ?> m = JSON.readValue(file.toFile(), Map.class);
                return Optional.of(new Owner(((Number) m.get("pid")).longValue(),
                        ((Number) m.get("start_millis")).longValue(), (String) m.get("host")));
            } catch (IOException | RuntimeException e) {
                return Optional.empty();
            }
        }

        /**
         * True when this host's process that made the record is gone: no process has its PID, or the one that
         * has it started at another time (the PID was reused). A record of another host is never ended here.
         */
        boolean hasEnded() {
            if (!Host.name().equals(host)) return false;
            Optional<ProcessHandle> h = ProcessHandle.of(pid);
            if (h.isEmpty() || !h.get().isAlive()) return true;
            Optional<Instant> started = h.get().info().startInstant();
            return started.isPresent() && startMillis != 0 && Math.abs(started.get().toEpochMilli() - startMillis) > 1000;
        }
    }
}
