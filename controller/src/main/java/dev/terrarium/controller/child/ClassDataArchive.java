package dev.terrarium.controller.child;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The child's AppCDS archive (JDK 17 dynamic archive): mapped at start-up when present,
 * recorded at the child's exit when not. One archive per JDK, class path (paths, sizes,
 * modification times) and main class, named by a digest of them, so a rebuilt jar gets a
 * fresh archive instead of a stale one that the JVM would silently reject. The JVM writes
 * a new archive to a private temporary file, moved into place only after a clean exit, so
 * concurrent runs never map a half-written archive.
 */
final class ClassDataArchive {
    private final Path archive;
    private final Path pending;

    private ClassDataArchive(Path archive, Path pending) {
        this.archive = archive;
        this.pending = pending;
    }

    /**
     * The archive plan for a child launched with {@code java}, {@code classPath} (absolute
     * entries) and {@code mainClass}, or null when archives cannot be used: no directory
     * configured, or a class path entry that is not a jar (JDK 17 archives only jars).
     */
    static ClassDataArchive plan(Path directory, Path java, List<String> classPath, String mainClass) {
        if (directory == null) {
            return null;
        }
        try {
            List<String> facts = new ArrayList<>();
            facts.add(java.toRealPath().toString());
            facts.add(Long.toString(Files.getLastModifiedTime(java.toRealPath()).toMillis()));
            facts.add(mainClass);
            for (String entry : classPath) {
                Path jar = Paths.get(entry);
                if (!Files.isRegularFile(jar)) {
                    return null;
                }
                addJar(facts, jar);
                addManifestLibs(facts, jar);
            }
            String hex = Long.toHexString(fnv1a64(String.join("\n", facts)));
            String name = "child-" + "0".repeat(16 - hex.length()) + hex;
            Files.createDirectories(directory);
            Path archive = directory.resolve(name + ".jsa");
            if (Files.isRegularFile(archive)) {
                return new ClassDataArchive(archive, null);
            }
            // Private to this run (Files.createTempFile would cost a SecureRandom start-up).
            Path pending = directory.resolve(name + "-" + ProcessHandle.current().pid() + "-"
                    + Long.toHexString(System.nanoTime()) + ".jsa.tmp");
            return new ClassDataArchive(archive, pending);
        } catch (IOException e) {
            return null; // no archive: slower start, same behaviour
        }
    }

    private static void addJar(List<String> facts, Path jar) throws IOException {
        facts.add(jar.toString());
        facts.add(Long.toString(Files.size(jar)));
        facts.add(Long.toString(Files.getLastModifiedTime(jar).toMillis()));
    }

    /**
     * The jars of {@code lib/} beside {@code jar}: terrarium.jar reaches the child's code
     * through its manifest Class-Path there, and the JVM rejects an archive when any of
     * them changed, so they are part of the key. (Listing a folder is cheaper than
     * opening the jar to read its manifest.)
     */
    private static void addManifestLibs(List<String> facts, Path jar) throws IOException {
        Path lib = jar.toAbsolutePath().resolveSibling("lib");
        if (!Files.isDirectory(lib)) {
            return;
        }
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(lib, "*.jar")) {
            List<Path> sorted = new ArrayList<>();
            jars.forEach(sorted::add);
            sorted.sort(null);
            for (Path libJar : sorted) {
                addJar(facts, libJar);
            }
        }
    }

    /**
     * FNV-1a, 64 bits: enough to tell class paths apart, and unlike MessageDigest it costs
     * no security-provider start-up (35 ms or more, measured) on the controller's critical path.
     */
    static long fnv1a64(String text) {
        long hash = 0xcbf29ce484222325L;
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        for (byte b : bytes) {
            hash ^= b & 0xFF;
            hash *= 0x100000001b3L;
        }
        return hash;
    }

    /** The JVM options that map the archive, or record it at exit. */
    List<String> jvmArgs() {
        return pending == null
                ? List.of("-XX:SharedArchiveFile=" + archive)
                : List.of("-XX:ArchiveClassesAtExit=" + pending);
    }

    /**
     * Deletes the archives of earlier builds beside the new one: each rebuild of the jar names
     * a new archive (3 to 5 MB), and the old ones would pile up. A child still mapping one is
     * unaffected (the mapping outlives the name).
     */
    private void deleteStaleSiblings() {
        Path dir = archive.getParent();
        if (dir == null) {
            return;
        }
        try (java.nio.file.DirectoryStream<Path> old = Files.newDirectoryStream(dir, "child-*.jsa")) {
            for (Path p : old) {
                if (!p.equals(archive)) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException | java.nio.file.DirectoryIteratorException ignored) {
            // stale archives stay; they cost disk, not correctness
        }
    }

    /** After the child has exited: keeps a recorded archive if the child exited cleanly. */
    void finish(boolean cleanExit) {
        if (pending == null) {
            return;
        }
        try {
            if (cleanExit && Files.size(pending) > 0) {
                try {
                    Files.move(pending, archive, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(pending, archive, StandardCopyOption.REPLACE_EXISTING);
                }
                deleteStaleSiblings();
            }
        } catch (IOException ignored) {
            // no archive this time
        } finally {
            try {
                Files.deleteIfExists(pending);
            } catch (IOException ignored) {
                // left for the next clean build
            }
        }
    }
}
