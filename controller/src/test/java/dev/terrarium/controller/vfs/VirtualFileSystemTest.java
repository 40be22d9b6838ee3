package dev.terrarium.controller.vfs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The guest's view of the file system with the default mounts: /work read-only, /tmp in memory, no way out. */
class VirtualFileSystemTest {
    @TempDir
    Path root;
    Path work;
    Path outside;
    VirtualFileSystem vfs;

    @BeforeEach
    void setUp() throws IOException {
        work = Files.createDirectory(root.resolve("work"));
        outside = Files.createDirectory(root.resolve("outside"));
        Files.writeString(work.resolve("a.txt"), "alpha");
        Files.createDirectory(work.resolve("sub"));
        Files.writeString(work.resolve("sub/b.txt"), "beta");
        Files.writeString(outside.resolve("secret.txt"), "secret");
        vfs = VirtualFileSystem.withWorkFolder(work);
    }

    private String read(String path) throws ErrnoException {
        OpenFile file = vfs.open(path, OpenFlags.O_RDONLY);
        try {
            StringBuilder text = new StringBuilder();
            for (byte[] chunk = file.read(2); chunk.length > 0; chunk = file.read(2)) {
                text.append(new String(chunk, StandardCharsets.UTF_8));
            }
            return text.toString();
        } finally {
            file.close();
        }
    }

    private void assertErrno(int errno, String path, long flags) {
        ErrnoException e = assertThrows(ErrnoException.class, () -> vfs.open(path, flags).close(), path);
        assertEquals(errno, e.errno, path);
    }

    private void assertErrno(int errno, String path) {
        assertErrno(errno, path, OpenFlags.O_RDONLY);
    }

    @Test
    void readsFilesByAbsoluteAndRelativePath() throws ErrnoException {
        assertEquals("/work", vfs.cwd());
        assertEquals("alpha", read("a.txt"));
        assertEquals("alpha", read("/work/a.txt"));
        assertEquals("beta", read("sub/b.txt"));
        assertEquals("beta", read("./sub/./b.txt"));
        assertEquals("alpha", read("sub/../a.txt"));
        assertEquals("alpha", read("//work///a.txt"));
    }

    @Test
    void dotDotClampsAtTheGuestRoot() throws ErrnoException {
        assertEquals("alpha", read("/../../work/a.txt"));
        assertEquals("alpha", read("../../../../../work/a.txt"));
        assertErrno(Errno.ENOENT, "../outside/secret.txt");
        assertErrno(Errno.ENOENT, "../../../../../../" + outside.resolve("secret.txt"));
        assertErrno(Errno.ENOENT, outside.resolve("secret.txt").toString());
    }

    @Test
    void onlyTheMountsExistInTheGuestRoot() {
        assertErrno(Errno.ENOENT, "/etc/passwd");
        assertErrno(Errno.EISDIR, "/tmp");
        assertErrno(Errno.EISDIR, "/");
        assertErrno(Errno.EISDIR, "/work");
        assertErrno(Errno.EISDIR, "..");
        assertErrno(Errno.EROFS, "/new.txt", OpenFlags.O_WRONLY | OpenFlags.O_CREAT);
    }

    @Test
    void missingAndMalformedPaths() {
        assertErrno(Errno.ENOENT, "nope.txt");
        assertErrno(Errno.ENOENT, "nope/a.txt");
        assertErrno(Errno.ENOENT, "");
        assertErrno(Errno.EINVAL, "a\0.txt");
        assertErrno(Errno.ENOTDIR, "a.txt/x");
        assertErrno(Errno.ENAMETOOLONG, "x".repeat(256));
        assertErrno(Errno.ENAMETOOLONG, "a/".repeat(2100));
    }

    @Test
    void directoriesAreEisdirUnlessOpenedAsDirectories() throws ErrnoException {
        assertErrno(Errno.EISDIR, "sub");
        OpenFile dir = vfs.open("sub", OpenFlags.O_RDONLY | OpenFlags.O_DIRECTORY);
        assertEquals(Errno.EISDIR, assertThrows(ErrnoException.class, () -> dir.read(10)).errno);
        assertErrno(Errno.ENOTDIR, "a.txt", OpenFlags.O_DIRECTORY);
        assertErrno(Errno.EISDIR, "sub", OpenFlags.O_WRONLY);
    }

    @Test
    void theMountIsReadOnly() throws ErrnoException {
        assertErrno(Errno.EROFS, "a.txt", OpenFlags.O_WRONLY);
        assertErrno(Errno.EROFS, "a.txt", OpenFlags.O_RDWR);
        assertErrno(Errno.EROFS, "a.txt", OpenFlags.O_RDONLY | OpenFlags.O_TRUNC);
        assertErrno(Errno.EROFS, "new.txt", OpenFlags.O_WRONLY | OpenFlags.O_CREAT | OpenFlags.O_TRUNC);
        assertErrno(Errno.EEXIST, "a.txt", OpenFlags.O_WRONLY | OpenFlags.O_CREAT | OpenFlags.O_EXCL);
        assertErrno(Errno.ENOENT, "nope/new.txt", OpenFlags.O_WRONLY | OpenFlags.O_CREAT);
        OpenFile file = vfs.open("a.txt", OpenFlags.O_RDONLY);
        assertEquals(Errno.EBADF, assertThrows(ErrnoException.class, () -> file.write(new byte[1])).errno);
        assertEquals("alpha", Files.exists(work.resolve("a.txt")) ? "alpha" : "gone");
    }

    @Test
    void symlinksInsideTheMountAreFollowed() throws Exception {
        Files.createSymbolicLink(work.resolve("link.txt"), work.resolve("a.txt"));
        Files.createSymbolicLink(work.resolve("rel.txt"), Path.of("sub/b.txt"));
        Files.createSymbolicLink(work.resolve("subdir"), Path.of("sub"));
        assertEquals("alpha", read("link.txt"));
        assertEquals("beta", read("rel.txt"));
        assertEquals("beta", read("subdir/b.txt"));
        assertErrno(Errno.ELOOP, "link.txt", OpenFlags.O_NOFOLLOW);
    }

    @Test
    void symlinksLeadingOutsideAreRefused() throws IOException {
        Files.createSymbolicLink(work.resolve("escape.txt"), outside.resolve("secret.txt"));
        Files.createSymbolicLink(work.resolve("escape-dir"), outside);
        Files.createSymbolicLink(work.resolve("escape-rel"), Path.of("../outside/secret.txt"));
        Files.createSymbolicLink(work.resolve("probe-missing"), outside.resolve("missing.txt"));
        Files.createSymbolicLink(work.resolve("dangling-inside"), work.resolve("missing.txt"));
        Files.createSymbolicLink(work.resolve("loop"), work.resolve("loop"));
        assertErrno(Errno.EACCES, "escape.txt");
        assertErrno(Errno.EACCES, "escape-dir/secret.txt");
        assertErrno(Errno.EACCES, "escape-dir/missing.txt");
        assertErrno(Errno.EACCES, "escape-rel");
        assertErrno(Errno.EACCES, "probe-missing");
        assertErrno(Errno.ENOENT, "dangling-inside");
        assertErrno(Errno.ELOOP, "loop");
    }

    @Test
    void theMountedFolderMayItselfBeReachedThroughASymlink() throws Exception {
        Path link = Files.createSymbolicLink(root.resolve("work-link"), work);
        VirtualFileSystem viaLink = VirtualFileSystem.withWorkFolder(link);
        OpenFile file = viaLink.open("a.txt", OpenFlags.O_RDONLY);
        assertArrayEquals("alpha".getBytes(StandardCharsets.US_ASCII), file.read(100));
        file.close();
    }

    @Test
    void fifosAreRefusedSoTheControllerCannotBlock() throws Exception {
        Path fifo = work.resolve("fifo");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            assumeTrue(false, "no mkfifo here");
            return;
        }
        assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo failed");
        assertErrno(Errno.EACCES, "fifo");
    }
}
