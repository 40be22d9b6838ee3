package dev.terrarium.controller.child;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassDataArchiveTest {
    @TempDir
    Path dir;

    private final Path java = Paths.get(System.getProperty("java.home"), "bin", "java");

    private List<Path> filesIn(Path cds) throws IOException {
        try (Stream<Path> files = Files.list(cds)) {
            return files.toList();
        }
    }

    @Test
    void noDirectoryOrADirectoryOnTheClassPathMeansNoArchive() throws IOException {
        Path jar = Files.writeString(dir.resolve("a.jar"), "jar");
        assertNull(ClassDataArchive.plan(null, java, List.of(jar.toString()), "Main"));
        assertNull(ClassDataArchive.plan(dir.resolve("cds"), java, List.of(jar.toString(), dir.toString()), "Main"));
    }

    @Test
    void firstRunRecordsLaterRunsMap() throws IOException {
        Path cds = dir.resolve("cds");
        Path jar = Files.writeString(dir.resolve("a.jar"), "jar");
        ClassDataArchive first = ClassDataArchive.plan(cds, java, List.of(jar.toString()), "Main");
        String record = first.jvmArgs().get(0);
        assertTrue(record.startsWith("-XX:ArchiveClassesAtExit=" + cds), record);
        Path pending = Paths.get(record.substring(record.indexOf('=') + 1));
        Files.writeString(pending, "archive"); // what the JVM would do at exit
        first.finish(true);
        assertEquals(1, filesIn(cds).size());

        ClassDataArchive second = ClassDataArchive.plan(cds, java, List.of(jar.toString()), "Main");
        assertEquals(List.of("-XX:SharedArchiveFile=" + filesIn(cds).get(0)), second.jvmArgs());
        second.finish(true);
        assertEquals(1, filesIn(cds).size());
    }

    @Test
    void aNewArchiveReplacesThoseOfEarlierBuilds() throws IOException {
        Path cds = dir.resolve("cds");
        Path jar = Files.writeString(dir.resolve("a.jar"), "jar");
        ClassDataArchive old = ClassDataArchive.plan(cds, java, List.of(jar.toString()), "Main");
        String oldRecord = old.jvmArgs().get(0);
        Files.writeString(Paths.get(oldRecord.substring(oldRecord.indexOf('=') + 1)), "old archive");
        old.finish(true);
        Path unrelated = Files.writeString(cds.resolve("notes.txt"), "kept");
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 5000)); // a rebuild
        ClassDataArchive fresh = ClassDataArchive.plan(cds, java, List.of(jar.toString()), "Main");
        String record = fresh.jvmArgs().get(0);
        Path pending = Paths.get(record.substring(record.indexOf('=') + 1));
        Files.writeString(pending, "new archive");
        fresh.finish(true);
        List<Path> left = filesIn(cds);
        assertEquals(2, left.size(), left.toString());
        assertTrue(left.contains(unrelated));
        Path kept = left.get(left.get(0).equals(unrelated) ? 1 : 0);
        assertEquals("new archive", Files.readString(kept));
    }

    @Test
    void aFailedRunLeavesNoArchive() throws IOException {
        Path cds = dir.resolve("cds");
        Path jar = Files.writeString(dir.resolve("a.jar"), "jar");
        ClassDataArchive plan = ClassDataArchive.plan(cds, java, List.of(jar.toString()), "Main");
        String record = plan.jvmArgs().get(0);
        Files.writeString(Paths.get(record.substring(record.indexOf('=') + 1)), "half");
        plan.finish(false);
        assertEquals(List.of(), filesIn(cds));
    }

    @Test
    void aRebuiltJarGetsAFreshArchive() throws IOException {
        Path cds = dir.resolve("cds");
        Path jar = Files.writeString(dir.resolve("a.jar"), "jar");
        String before = ClassDataArchive.plan(cds, java, List.of(jar.toString()), "Main").jvmArgs().get(0);
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 5000));
        String after = ClassDataArchive.plan(cds, java, List.of(jar.toString()), "Main").jvmArgs().get(0);
        String name = "child-";
        assertNotEquals(before.substring(before.indexOf(name), before.indexOf(name) + 22),
                after.substring(after.indexOf(name), after.indexOf(name) + 22));
        Path lib = Files.createDirectory(dir.resolve("lib"));
        Path libJar = Files.writeString(lib.resolve("dep.jar"), "dep");
        String withLib = ClassDataArchive.plan(cds, java, List.of(jar.toString()), "Main").jvmArgs().get(0);
        Files.setLastModifiedTime(libJar, FileTime.fromMillis(Files.getLastModifiedTime(libJar).toMillis() + 5000));
        String libRebuilt = ClassDataArchive.plan(cds, java, List.of(jar.toString()), "Main").jvmArgs().get(0);
        assertNotEquals(withLib.substring(withLib.indexOf(name), withLib.indexOf(name) + 22),
                libRebuilt.substring(libRebuilt.indexOf(name), libRebuilt.indexOf(name) + 22),
                "a rebuilt jar of lib/ (reached through the manifest) needs a fresh archive too");
        String otherMain = ClassDataArchive.plan(cds, java, List.of(jar.toString()), "Other").jvmArgs().get(0);
        assertFalse(otherMain.contains(after.substring(after.indexOf(name), after.indexOf(name) + 22)));
    }
}
