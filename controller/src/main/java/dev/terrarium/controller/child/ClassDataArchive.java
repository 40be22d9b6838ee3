package dev.terrarium.controller.child;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            List<String> facts = new ArrayList<>();
            facts.add(java.toRealPath().toString());
            facts.add(Long.toString(Files.getLastModifiedTime(java.toRealPath()).toMillis()));
            facts.add(mainClass);
            for (String entry : classPath) {
                Path jar = Paths.get(entry);
                if (!Files.isRegularFile(jar)) {
                    return null;
                }
                facts.add(entry);
                facts.add(Long.toString(Files.size(jar)));
                facts.add(Long.toString(Files.getLastModifiedTime(jar).toMillis()));
            }
            byte[] hash = digest.digest(String.join("\n", facts).getBytes(StandardCharsets.UTF_8));
            StringBuilder name = new StringBuilder("child-");
            for (int i = 0; i < 8; i++) {
                name.append(String.format("%02x", hash[i]));
            }
            Files.createDirectories(directory);
            Path archive = directory.resolve(name + ".jsa");
            if (Files.isRegularFile(archive)) {
                return new ClassDataArchive(archive, null);
            }
            Path pending = Files.createTempFile(directory, name + "-", ".jsa.tmp");
            Files.delete(pending); // the JVM creates it at exit
            return new ClassDataArchive(archive, pending);
        } catch (IOException | NoSuchAlgorithmException e) {
            return null; // no archive: slower start, same behaviour
        }
    }

    /** The JVM options that map the archive, or record it at exit. */
    List<String> jvmArgs() {
        return pending == null
                ? List.of("-XX:SharedArchiveFile=" + archive)
                : List.of("-XX:ArchiveClassesAtExit=" + pending);
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
