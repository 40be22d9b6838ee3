package dev.terrarium.controller.vfs;

import static dev.terrarium.controller.vfs.VfsTestSupport.APPEND;
import static dev.terrarium.controller.vfs.VfsTestSupport.CREAT;
import static dev.terrarium.controller.vfs.VfsTestSupport.DIRECTORY;
import static dev.terrarium.controller.vfs.VfsTestSupport.EXCL;
import static dev.terrarium.controller.vfs.VfsTestSupport.RDONLY;
import static dev.terrarium.controller.vfs.VfsTestSupport.RDWR;
import static dev.terrarium.controller.vfs.VfsTestSupport.TRUNC;
import static dev.terrarium.controller.vfs.VfsTestSupport.WRONLY;
import static dev.terrarium.controller.vfs.VfsTestSupport.assertErrno;
import static dev.terrarium.controller.vfs.VfsTestSupport.bytes;
import static dev.terrarium.controller.vfs.VfsTestSupport.read;
import static dev.terrarium.controller.vfs.VfsTestSupport.readAll;
import static dev.terrarium.controller.vfs.VfsTestSupport.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * POSIX behaviour of every writable kind of mount: the same assertions run against the
 * in-memory /tmp, a read-write host folder and an overlay, each mounted at /data.
 */
class WritableMountsTest {
    @TempDir
    Path root;

    private VirtualFileSystem mount(String mode) throws IOException {
        Path work = Files.createDirectories(root.resolve("work"));
        Path data = Files.createDirectories(root.resolve("data"));
        Mount mount = mode.equals("memory") ? Mount.memory("/data")
                : new Mount(data, "/data", MountMode.valueOf(mode.toUpperCase(java.util.Locale.ROOT)));
        return new VirtualFileSystem(List.of(new Mount(work, "/work", MountMode.RO), Mount.memory("/tmp"), mount),
                Quota.defaults(), "/data");
    }

    @ParameterizedTest
    @ValueSource(strings = {"memory", "rw", "overlay"})
    void createWriteSeekRead(String mode) throws Exception {
        VirtualFileSystem vfs = mount(mode);
        OpenFile file = vfs.open("f.txt", RDWR | CREAT | EXCL, 0644);
        assertEquals(5, file.write(bytes("hello")));
        assertEquals(0, file.seek(0, 0));
        assertEquals("hello", readAll(file));
        assertEquals(2, file.seek(-3, 2));
        file.write(bytes("LLO!"));
        assertEquals(6, file.seek(0, 1));
        assertEquals(6, file.stat().size());
        assertTrue(file.stat().isRegular());
        assertErrno(Errno.EINVAL, () -> file.seek(-1, 0));
        assertErrno(Errno.EINVAL, () -> file.seek(0, 3));
        file.close();
        assertEquals("heLLO!", read(vfs, "/data/f.txt"));
        assertEquals(6, vfs.stat("f.txt", true).size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"memory", "rw", "overlay"})
    void openFlagCombinations(String mode) throws Exception {
        VirtualFileSystem vfs = mount(mode);
        assertErrno(Errno.ENOENT, () -> vfs.open("f.txt", WRONLY));
        write(vfs, "f.txt", "abc");
        assertErrno(Errno.EEXIST, () -> vfs.open("f.txt", WRONLY | CREAT | EXCL, 0644));
        assertErrno(Errno.EINVAL, () -> vfs.open("f.txt", 3));
        assertErrno(Errno.ENOTDIR, () -> vfs.open("f.txt", RDONLY | DIRECTORY));
        assertErrno(Errno.ENOTDIR, () -> vfs.open("f.txt/x", RDONLY));

        OpenFile append = vfs.open("f.txt", WRONLY | APPEND);
        append.seek(0, 0);
        append.write(bytes("def"));
        assertErrno(Errno.EBADF, () -> append.read(10));
        append.close();
        assertEquals("abcdef", read(vfs, "f.txt"));

        OpenFile readOnly = vfs.open("f.txt", RDONLY);
        assertErrno(Errno.EBADF, () -> readOnly.write(bytes("x")));
        assertErrno(Errno.EINVAL, () -> readOnly.truncate(0));
        readOnly.close();

        OpenFile truncating = vfs.open("f.txt", RDWR | TRUNC);
        assertEquals("", readAll(truncating));
        truncating.write(bytes("xy"));
        truncating.close();
        assertEquals("xy", read(vfs, "f.txt"));

        vfs.mkdir("d", 0755);
        assertErrno(Errno.EISDIR, () -> vfs.open("d", RDONLY));
        assertErrno(Errno.EISDIR, () -> vfs.open("d", WRONLY));
        assertErrno(Errno.EISDIR, () -> vfs.open("d", RDONLY | DIRECTORY | CREAT, 0644).close());
        OpenFile dir = vfs.open("d", RDONLY | DIRECTORY);
        assertTrue(dir.stat().isDirectory());
        assertErrno(Errno.EISDIR, () -> dir.read(1));
        dir.close();
        assertErrno(Errno.EINVAL, () -> vfs.open("new", WRONLY | CREAT | DIRECTORY, 0644));
    }

    @ParameterizedTest
    @ValueSource(strings = {"memory", "rw", "overlay"})
    void directories(String mode) throws Exception {
        VirtualFileSystem vfs = mount(mode);
        vfs.mkdir("b", 0755);
        vfs.mkdir("a", 0755);
        write(vfs, "c.txt", "c");
        write(vfs, "a/inner.txt", "i");
        assertEquals(List.of("a", "b", "c.txt"), vfs.list("."));
        assertEquals(List.of("a", "b", "c.txt"), vfs.list("/data/"));
        assertEquals(List.of("inner.txt"), vfs.list("a"));
        assertErrno(Errno.ENOTDIR, () -> vfs.list("c.txt"));
        assertErrno(Errno.ENOENT, () -> vfs.list("missing"));
        assertErrno(Errno.EEXIST, () -> vfs.mkdir("a", 0755));
        assertErrno(Errno.EEXIST, () -> vfs.mkdir("c.txt", 0755));
        assertErrno(Errno.ENOENT, () -> vfs.mkdir("x/y", 0755));
        assertErrno(Errno.ENOTEMPTY, () -> vfs.rmdir("a"));
        assertErrno(Errno.ENOTDIR, () -> vfs.rmdir("c.txt"));
        assertErrno(Errno.EISDIR, () -> vfs.unlink("a"));
        assertErrno(Errno.ENOENT, () -> vfs.unlink("missing"));
        assertErrno(Errno.EBUSY, () -> vfs.rmdir("/data"));
        vfs.unlink("a/inner.txt");
        vfs.rmdir("a");
        assertEquals(List.of("b", "c.txt"), vfs.list("."));
        assertErrno(Errno.ENOENT, () -> vfs.stat("a", true));

        vfs.chdir("b");
        assertEquals("/data/b", vfs.cwd());
        write(vfs, "in-b.txt", "b!");
        assertEquals("b!", read(vfs, "/data/b/in-b.txt"));
        assertErrno(Errno.ENOTDIR, () -> vfs.chdir("in-b.txt"));
        assertErrno(Errno.ENOENT, () -> vfs.chdir("nowhere"));
        vfs.chdir("../../..");
        assertEquals("/", vfs.cwd());
    }

    @ParameterizedTest
    @ValueSource(strings = {"memory", "rw", "overlay"})
    void renameReplaces(String mode) throws Exception {
        VirtualFileSystem vfs = mount(mode);
        write(vfs, "a.txt", "A");
        write(vfs, "b.txt", "B");
        vfs.mkdir("d", 0755);
        vfs.mkdir("e", 0755);
        write(vfs, "e/x", "x");
        vfs.rename("a.txt", "b.txt");
        assertEquals("A", read(vfs, "b.txt"));
        assertErrno(Errno.ENOENT, () -> vfs.stat("a.txt", false));
        assertErrno(Errno.ENOENT, () -> vfs.rename("a.txt", "c.txt"));
        assertErrno(Errno.EISDIR, () -> vfs.rename("b.txt", "d"));
        assertErrno(Errno.ENOTDIR, () -> vfs.rename("d", "b.txt"));
        assertErrno(Errno.ENOTEMPTY, () -> vfs.rename("d", "e"));
        assertErrno(Errno.EINVAL, () -> vfs.rename("e", "e/sub"));
        assertErrno(Errno.EXDEV, () -> vfs.rename("b.txt", "/tmp/b.txt"));
        assertErrno(Errno.EXDEV, () -> vfs.rename("b.txt", "/work/b.txt"));
        vfs.rename("b.txt", "d/moved.txt");
        vfs.rename("e", "d/e2");
        assertEquals("A", read(vfs, "d/moved.txt"));
        assertEquals("x", read(vfs, "d/e2/x"));
        vfs.rename("d/moved.txt", "d/moved.txt");
        assertEquals(List.of("d"), vfs.list("."));
    }

    @ParameterizedTest
    @ValueSource(strings = {"memory", "rw", "overlay"})
    void aTrailingSlashInsistsOnADirectory(String mode) throws Exception {
        VirtualFileSystem vfs = mount(mode);
        write(vfs, "f.txt", "f");
        vfs.mkdir("d/", 0755);
        assertErrno(Errno.ENOTDIR, () -> vfs.open("f.txt/", RDONLY));
        assertErrno(Errno.ENOTDIR, () -> vfs.open("f.txt/.", RDONLY));
        assertErrno(Errno.ENOTDIR, () -> vfs.stat("f.txt/", true));
        assertErrno(Errno.ENOTDIR, () -> vfs.unlink("f.txt/"));
        assertErrno(Errno.ENOTDIR, () -> vfs.truncate("f.txt/", 0));
        assertErrno(Errno.ENOTDIR, () -> vfs.rename("f.txt", "g/"));
        assertErrno(Errno.ENOTDIR, () -> vfs.rename("d/", "f.txt"));
        assertErrno(Errno.EISDIR, () -> vfs.open("new/", VfsTestSupport.W, 0644));
        assertErrno(Errno.EISDIR, () -> vfs.unlink("d/"));
        assertTrue(vfs.stat("d/", true).isDirectory());
        vfs.open("d/.", RDONLY | DIRECTORY).close();
        vfs.rename("d/", "e/");
        assertEquals(List.of("e", "f.txt"), vfs.list("./"));
        assertEquals("f", read(vfs, "f.txt"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"memory", "rw", "overlay"})
    void truncate(String mode) throws Exception {
        VirtualFileSystem vfs = mount(mode);
        write(vfs, "t.txt", "abcdef");
        vfs.truncate("t.txt", 3);
        assertEquals("abc", read(vfs, "t.txt"));
        vfs.truncate("t.txt", 5);
        assertEquals("abc\0\0", read(vfs, "t.txt"));
        OpenFile file = vfs.open("t.txt", RDWR);
        file.truncate(1);
        assertEquals(1, file.stat().size());
        file.close();
        assertEquals("a", read(vfs, "t.txt"));
        assertErrno(Errno.EINVAL, () -> vfs.truncate("t.txt", -1));
        assertErrno(Errno.ENOENT, () -> vfs.truncate("nope", 0));
        vfs.mkdir("d", 0755);
        assertErrno(Errno.EISDIR, () -> vfs.truncate("d", 0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"memory", "rw", "overlay"})
    void quotasAnswerEnospcAndKeepEarlierFiles(String mode) throws Exception {
        Path work = Files.createDirectories(root.resolve("work"));
        Path data = Files.createDirectories(root.resolve("data"));
        Mount mount = mode.equals("memory") ? Mount.memory("/data")
                : new Mount(data, "/data", MountMode.valueOf(mode.toUpperCase(java.util.Locale.ROOT)));
        VirtualFileSystem vfs = new VirtualFileSystem(List.of(new Mount(work, "/work", MountMode.RO), mount),
                new Quota(100, 40, 4), "/data");
        write(vfs, "one.txt", "x".repeat(40));
        OpenFile big = vfs.open("two.txt", VfsTestSupport.W, 0644);
        assertErrno(Errno.ENOSPC, () -> big.write(bytes("y".repeat(41)))); // larger than the largest file
        big.write(bytes("y".repeat(30)));
        assertErrno(Errno.ENOSPC, () -> big.write(bytes("y".repeat(11))));
        assertErrno(Errno.ENOSPC, () -> big.truncate(41));
        big.close();
        assertEquals(30, vfs.stat("two.txt", true).size());
        write(vfs, "three.txt", "z".repeat(30)); // 100 bytes written in all
        assertErrno(Errno.ENOSPC, () -> vfs.open("three.txt", WRONLY | APPEND).write(bytes("!")));
        assertErrno(Errno.ENOSPC, () -> vfs.truncate("one.txt", 41));
        vfs.mkdir("four", 0755); // the 4th creation
        assertErrno(Errno.ENOSPC, () -> vfs.open("five.txt", VfsTestSupport.W, 0644));
        assertErrno(Errno.ENOSPC, () -> vfs.mkdir("five", 0755));
        assertEquals("x".repeat(40), read(vfs, "one.txt"));
        assertEquals("y".repeat(30), read(vfs, "two.txt"));
        assertEquals("z".repeat(30), read(vfs, "three.txt"));
        assertFalse(vfs.list(".").contains("five.txt"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"memory", "rw", "overlay"})
    void writingPastTheEndChargesTheHole(String mode) throws Exception {
        Path work = Files.createDirectories(root.resolve("work"));
        Path data = Files.createDirectories(root.resolve("data"));
        Mount mount = mode.equals("memory") ? Mount.memory("/data")
                : new Mount(data, "/data", MountMode.valueOf(mode.toUpperCase(java.util.Locale.ROOT)));
        VirtualFileSystem vfs = new VirtualFileSystem(List.of(new Mount(work, "/work", MountMode.RO), mount),
                new Quota(100, 1000, 10), "/data");
        OpenFile file = vfs.open("sparse", VfsTestSupport.W, 0644);
        file.seek(95, 0);
        assertEquals(5, file.write(bytes("12345"))); // 95 zeros and 5 bytes: 100 in all
        file.seek(200, 0);
        assertErrno(Errno.ENOSPC, () -> file.write(bytes("x")));
        assertEquals(100, file.stat().size());
        file.close();
        assertEquals("\0".repeat(95) + "12345", read(vfs, "sparse"));
    }
}
