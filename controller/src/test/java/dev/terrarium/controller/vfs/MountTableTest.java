package dev.terrarium.controller.vfs;

import static dev.terrarium.controller.vfs.VfsTestSupport.RDONLY;
import static dev.terrarium.controller.vfs.VfsTestSupport.RDWR;
import static dev.terrarium.controller.vfs.VfsTestSupport.W;
import static dev.terrarium.controller.vfs.VfsTestSupport.assertErrno;
import static dev.terrarium.controller.vfs.VfsTestSupport.bytes;
import static dev.terrarium.controller.vfs.VfsTestSupport.read;
import static dev.terrarium.controller.vfs.VfsTestSupport.readAll;
import static dev.terrarium.controller.vfs.VfsTestSupport.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The mount table: the skeleton between mounts, read-only, read-write and overlay mounts, escapes. */
class MountTableTest {
    @TempDir
    Path root;
    Path work;
    Path data;
    Path outside;

    @BeforeEach
    void setUp() throws IOException {
        work = Files.createDirectory(root.resolve("work"));
        data = Files.createDirectory(root.resolve("data"));
        outside = Files.createDirectory(root.resolve("outside"));
        Files.writeString(work.resolve("w.txt"), "work");
        Files.writeString(data.resolve("keep.txt"), "keep");
        Files.writeString(data.resolve("change.txt"), "old");
        Files.writeString(data.resolve("remove.txt"), "gone soon");
        Files.createDirectory(data.resolve("sub"));
        Files.writeString(data.resolve("sub/s.txt"), "sub");
        Files.writeString(outside.resolve("secret.txt"), "secret");
    }

    private VirtualFileSystem vfs(MountMode dataMode, Quota quota) throws IOException {
        return new VirtualFileSystem(List.of(new Mount(work, "/work", MountMode.RO), Mount.memory("/tmp"),
                new Mount(data, "/mnt/data", dataMode)), quota, "/work");
    }

    private VirtualFileSystem vfs(MountMode dataMode) throws IOException {
        return vfs(dataMode, Quota.defaults());
    }

    // ---- the skeleton ---------------------------------------------------------------------

    @Test
    void theSkeletonHoldsTheMountPointsAndCannotChange() throws Exception {
        VirtualFileSystem vfs = vfs(MountMode.RW);
        assertEquals(List.of("mnt", "tmp", "work"), vfs.list("/"));
        assertEquals(List.of("data"), vfs.list("/mnt"));
        assertTrue(vfs.stat("/mnt", true).isDirectory());
        assertTrue(vfs.stat("/", false).isDirectory());
        assertErrno(Errno.ENOENT, () -> vfs.list("/etc"));
        assertErrno(Errno.ENOENT, () -> vfs.stat("/etc/passwd", true));
        assertErrno(Errno.EROFS, () -> vfs.mkdir("/new", 0755));
        assertErrno(Errno.EROFS, () -> vfs.open("/mnt/new.txt", W, 0644));
        assertErrno(Errno.EEXIST, () -> vfs.mkdir("/tmp", 0755));
        assertErrno(Errno.EEXIST, () -> vfs.mkdir("/mnt", 0755));
        assertErrno(Errno.EBUSY, () -> vfs.rmdir("/tmp"));
        assertErrno(Errno.EBUSY, () -> vfs.rmdir("/mnt"));
        assertErrno(Errno.EBUSY, () -> vfs.rename("/tmp", "/tmp2"));
        assertErrno(Errno.EISDIR, () -> vfs.unlink("/"));
        assertErrno(Errno.EISDIR, () -> vfs.unlink("/mnt/data"));
        assertErrno(Errno.ENOENT, () -> vfs.unlink("/nothing"));
        assertErrno(Errno.EISDIR, () -> vfs.truncate("/mnt", 0));
        vfs.chdir("/mnt");
        assertEquals("keep", read(vfs, "data/keep.txt"));
        assertErrno(Errno.EISDIR, () -> vfs.open("/", RDONLY));
        vfs.open("/", RDONLY | VfsTestSupport.DIRECTORY).close();
    }

    @Test
    void eachMountHasItsOwnDeviceNumberAndPathsTheirOwnInodes() throws Exception {
        VirtualFileSystem vfs = vfs(MountMode.RW);
        Stat keep = vfs.stat("/mnt/data/keep.txt", true);
        Stat w = vfs.stat("/work/w.txt", true);
        assertTrue(keep.dev() != w.dev());
        assertTrue(keep.ino() != vfs.stat("/mnt/data/change.txt", true).ino());
        assertEquals(keep.ino(), vfs.stat("/mnt/data/../data/keep.txt", true).ino());
        OpenFile file = vfs.open("/mnt/data/keep.txt", RDONLY);
        assertEquals(keep.ino(), file.stat().ino());
        assertEquals(4, file.stat().size());
        file.close();
    }

    @Test
    void aLaterMountAtTheSamePathReplacesTheEarlier() throws Exception {
        VirtualFileSystem vfs = new VirtualFileSystem(List.of(new Mount(work, "/work", MountMode.RO),
                new Mount(data, "/work", MountMode.RO)), Quota.defaults(), "/work");
        assertEquals("keep", read(vfs, "keep.txt"));
        assertErrno(Errno.ENOENT, () -> vfs.stat("w.txt", true));
    }

    @Test
    void anOverlayReplacedByALaterMountIsNeverCommitted() throws Exception {
        Path other = Files.createDirectory(root.resolve("other"));
        VirtualFileSystem vfs = new VirtualFileSystem(List.of(new Mount(data, "/x", MountMode.OVERLAY),
                new Mount(other, "/x", MountMode.OVERLAY)), Quota.defaults(), "/x");
        write(vfs, "/x/new.txt", "n");
        vfs.commitOverlays();
        assertEquals(List.of("new.txt"), listHost(other));
        assertFalse(Files.exists(data.resolve("new.txt")));
    }

    @Test
    void anOpenFileCanStillBeStatedAfterItIsRemoved() throws Exception {
        VirtualFileSystem vfs = vfs(MountMode.RW);
        OpenFile file = vfs.open("/mnt/data/keep.txt", RDWR);
        vfs.unlink("/mnt/data/keep.txt");
        file.write(bytes("kept!"));
        assertEquals(5, file.stat().size());
        assertTrue(file.stat().isRegular());
        file.close();
    }

    @Test
    void aMissingHostFolderIsAClearError() {
        IOException e = assertThrows(IOException.class, () -> new VirtualFileSystem(
                List.of(new Mount(root.resolve("missing"), "/x", MountMode.RW)), Quota.defaults(), "/"));
        assertTrue(e.getMessage().contains("cannot mount " + root.resolve("missing") + " at /x"), e.getMessage());
    }

    // ---- read-only ------------------------------------------------------------------------

    @Test
    void aReadOnlyMountRefusesEveryChange() throws Exception {
        VirtualFileSystem vfs = vfs(MountMode.RO);
        assertErrno(Errno.EROFS, () -> vfs.open("/mnt/data/new.txt", W, 0644));
        assertErrno(Errno.EROFS, () -> vfs.open("/mnt/data/keep.txt", RDWR));
        assertErrno(Errno.EROFS, () -> vfs.mkdir("/mnt/data/d", 0755));
        assertErrno(Errno.EROFS, () -> vfs.rmdir("/mnt/data/sub"));
        assertErrno(Errno.EROFS, () -> vfs.unlink("/mnt/data/keep.txt"));
        assertErrno(Errno.EROFS, () -> vfs.rename("/mnt/data/keep.txt", "/mnt/data/k.txt"));
        assertErrno(Errno.EROFS, () -> vfs.truncate("/mnt/data/keep.txt", 0));
        assertErrno(Errno.EEXIST, () -> vfs.mkdir("/mnt/data/sub", 0755));
        assertEquals("keep", read(vfs, "/mnt/data/keep.txt"));
        OpenFile existing = vfs.open("/mnt/data/keep.txt", RDONLY | OpenFlags.O_CREAT, 0644);
        assertEquals("keep", readAll(existing), "O_CREAT on an existing file creates nothing");
        existing.close();
        assertErrno(Errno.ENOENT, () -> vfs.unlink("/mnt/data/missing"));
        assertEquals(0, vfs.stat("w.txt", true).mode() & 0222, "no write bits on a read-only mount");
        assertEquals(List.of("change.txt", "keep.txt", "remove.txt", "sub"), vfs.list("/mnt/data"));
        assertEquals("keep", Files.readString(data.resolve("keep.txt")));
    }

    // ---- read-write -----------------------------------------------------------------------

    @Test
    void aReadWriteMountChangesTheHostAtOnce() throws Exception {
        VirtualFileSystem vfs = vfs(MountMode.RW);
        write(vfs, "/mnt/data/new.txt", "new");
        assertEquals("new", Files.readString(data.resolve("new.txt")));
        vfs.unlink("/mnt/data/remove.txt");
        assertFalse(Files.exists(data.resolve("remove.txt")));
        vfs.rename("/mnt/data/sub", "/mnt/data/sub2");
        assertEquals("sub", Files.readString(data.resolve("sub2/s.txt")));
        OpenFile file = vfs.open("/mnt/data/change.txt", RDWR);
        file.seek(0, 2);
        file.write(bytes("er"));
        file.close();
        assertEquals("older", Files.readString(data.resolve("change.txt")));
    }

    @Test
    void createdFilesGetTheGuestsModeLessGroupAndOtherWrite() throws Exception {
        VirtualFileSystem vfs = vfs(MountMode.RW);
        vfs.open("/mnt/data/private.txt", W, 0600).close();
        vfs.open("/mnt/data/shared.txt", W, 0666).close();
        vfs.mkdir("/mnt/data/tool", 0777);
        assertEquals("rw-------", perms(data.resolve("private.txt")));
        assertEquals("rw-r--r--", perms(data.resolve("shared.txt")));
        assertEquals("rwxr-xr-x", perms(data.resolve("tool")));
        assertEquals(0100600, vfs.stat("/mnt/data/private.txt", true).mode());
    }

    private static String perms(Path path) throws IOException {
        return java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    @Test
    void linksOutOfAWritableMountAreRefused() throws Exception {
        Files.createSymbolicLink(data.resolve("escape.txt"), outside.resolve("secret.txt"));
        Files.createSymbolicLink(data.resolve("escape-dir"), outside);
        Files.createSymbolicLink(data.resolve("inside.txt"), data.resolve("keep.txt"));
        VirtualFileSystem vfs = vfs(MountMode.RW);
        assertErrno(Errno.EACCES, () -> vfs.open("/mnt/data/escape.txt", W, 0644));
        assertErrno(Errno.EACCES, () -> vfs.open("/mnt/data/escape.txt", RDONLY));
        assertErrno(Errno.EACCES, () -> vfs.open("/mnt/data/escape-dir/new.txt", W, 0644));
        assertErrno(Errno.EACCES, () -> vfs.mkdir("/mnt/data/escape-dir/d", 0755));
        assertErrno(Errno.EACCES, () -> vfs.truncate("/mnt/data/escape.txt", 0));
        assertErrno(Errno.EACCES, () -> vfs.stat("/mnt/data/escape.txt", true));
        assertErrno(Errno.EACCES, () -> vfs.list("/mnt/data/escape-dir"));
        assertErrno(Errno.EACCES, () -> vfs.rename("/mnt/data/escape-dir/secret.txt", "/mnt/data/got.txt"));
        assertTrue(vfs.stat("/mnt/data/escape.txt", false).isSymlink(), "lstat describes the link itself");
        assertEquals("keep", read(vfs, "/mnt/data/inside.txt"));
        vfs.unlink("/mnt/data/escape.txt"); // removes the link, never its target
        assertEquals("secret", Files.readString(outside.resolve("secret.txt")));
        assertEquals(List.of("secret.txt"), listHost(outside));
    }

    @Test
    void dotDotClampsAtTheGuestRootWhenWriting() throws Exception {
        VirtualFileSystem vfs = vfs(MountMode.RW);
        write(vfs, "/mnt/data/../../../../mnt/data/clamped.txt", "c");
        assertEquals("c", Files.readString(data.resolve("clamped.txt")));
        assertErrno(Errno.EROFS, () -> vfs.open("/mnt/data/../../../../../escaped.txt", W, 0644));
        assertErrno(Errno.ENOENT, () -> vfs.open("/mnt/data/../../../outside/secret.txt", RDONLY));
        assertFalse(Files.exists(root.resolve("escaped.txt")));
    }

    @Test
    void fifosAreRefusedOnWritableMounts() throws Exception {
        Path fifo = data.resolve("fifo");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            assumeTrue(false, "no mkfifo here");
            return;
        }
        assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo failed");
        VirtualFileSystem vfs = vfs(MountMode.RW);
        assertErrno(Errno.EACCES, () -> vfs.open("/mnt/data/fifo", W, 0644));
        assertErrno(Errno.EACCES, () -> vfs.open("/mnt/data/fifo", RDONLY));
        assertErrno(Errno.EACCES, () -> vfs.stat("/mnt/data/fifo", true));
        assertErrno(Errno.EACCES, () -> vfs.truncate("/mnt/data/fifo", 0));
        VirtualFileSystem overlay = vfs(MountMode.OVERLAY);
        assertFalse(overlay.list("/mnt/data").contains("fifo"), "an overlay leaves out what it cannot offer");
    }

    // ---- overlay --------------------------------------------------------------------------

    private void changeEverything(VirtualFileSystem vfs) throws Exception {
        write(vfs, "/mnt/data/new.txt", "new");
        OpenFile change = vfs.open("/mnt/data/change.txt", RDWR);
        assertEquals("old", readAll(change));
        change.write(bytes("er"));
        change.close();
        vfs.unlink("/mnt/data/remove.txt");
        vfs.mkdir("/mnt/data/newdir", 0755);
        vfs.rename("/mnt/data/sub/s.txt", "/mnt/data/newdir/moved.txt");
        vfs.rmdir("/mnt/data/sub");
    }

    @Test
    void anOverlayKeepsChangesInMemory() throws Exception {
        VirtualFileSystem vfs = vfs(MountMode.OVERLAY);
        changeEverything(vfs);
        assertEquals("older", read(vfs, "/mnt/data/change.txt"));
        assertEquals("sub", read(vfs, "/mnt/data/newdir/moved.txt"));
        assertEquals(List.of("change.txt", "keep.txt", "new.txt", "newdir"), vfs.list("/mnt/data"));
        // the host has not changed
        assertEquals(List.of("change.txt", "keep.txt", "remove.txt", "sub"), listHost(data));
        assertEquals("old", Files.readString(data.resolve("change.txt")));
        assertEquals("sub", Files.readString(data.resolve("sub/s.txt")));
    }

    @Test
    void aCommitMakesTheHostMatchTheOverlay() throws Exception {
        VirtualFileSystem vfs = vfs(MountMode.OVERLAY);
        changeEverything(vfs);
        vfs.commitOverlays();
        assertEquals(List.of("change.txt", "keep.txt", "new.txt", "newdir"), listHost(data));
        assertEquals("older", Files.readString(data.resolve("change.txt")));
        assertEquals("keep", Files.readString(data.resolve("keep.txt")));
        assertEquals("new", Files.readString(data.resolve("new.txt")));
        assertEquals("sub", Files.readString(data.resolve("newdir/moved.txt")));
    }

    @Test
    void renamingADirectoryThatCameFromTheHostIsExdev() throws Exception {
        VirtualFileSystem vfs = vfs(MountMode.OVERLAY);
        assertErrno(Errno.EXDEV, () -> vfs.rename("/mnt/data/sub", "/mnt/data/other"));
        vfs.mkdir("/mnt/data/fresh", 0755);
        vfs.rename("/mnt/data/fresh", "/mnt/data/renamed");
        assertTrue(vfs.stat("/mnt/data/renamed", true).isDirectory());
    }

    @Test
    void anOverlayNeverWritesThroughAHiddenLink() throws Exception {
        Files.createSymbolicLink(data.resolve("escape.txt"), outside.resolve("secret.txt"));
        VirtualFileSystem vfs = vfs(MountMode.OVERLAY);
        assertFalse(vfs.list("/mnt/data").contains("escape.txt"));
        write(vfs, "/mnt/data/escape.txt", "mine");
        vfs.commitOverlays();
        assertEquals("secret", Files.readString(outside.resolve("secret.txt")));
        assertFalse(Files.isSymbolicLink(data.resolve("escape.txt")));
        assertEquals("mine", Files.readString(data.resolve("escape.txt")));
    }

    @Test
    void copyingUpAFileLargerThanTheQuotaIsEnospc() throws Exception {
        Files.writeString(data.resolve("big.txt"), "b".repeat(100));
        VirtualFileSystem vfs = vfs(MountMode.OVERLAY, new Quota(1000, 50, 10));
        assertEquals("b".repeat(100), read(vfs, "/mnt/data/big.txt"));
        assertErrno(Errno.ENOSPC, () -> vfs.open("/mnt/data/big.txt", RDWR));
        vfs.open("/mnt/data/big.txt", W, 0644).close(); // truncating needs no copy
        assertEquals("", read(vfs, "/mnt/data/big.txt"));
        assertEquals(100, Files.size(data.resolve("big.txt")));
    }

    @Test
    void copiesUpCountAsWrittenSoTheyCannotFillTheControllersMemory() throws Exception {
        Files.writeString(data.resolve("a.txt"), "a".repeat(100));
        Files.writeString(data.resolve("b.txt"), "b".repeat(100));
        VirtualFileSystem vfs = vfs(MountMode.OVERLAY, new Quota(150, 1000, 10));
        vfs.open("/mnt/data/a.txt", RDWR).close();
        assertErrno(Errno.ENOSPC, () -> vfs.open("/mnt/data/b.txt", RDWR));
        assertEquals("b".repeat(100), read(vfs, "/mnt/data/b.txt"));
    }

    @Test
    void aListingThatWouldNotFitOneReplyIsEnomem() throws Exception {
        VirtualFileSystem vfs = vfs(MountMode.RO, new Quota(1L << 30, 1L << 20, 10_000));
        vfs.mkdir("/tmp/many", 0755);
        String longName = "n".repeat(245);
        for (int i = 0; i < 4000; i++) {
            vfs.mkdir("/tmp/many/" + longName + String.format("%05d", i), 0755);
        }
        assertEquals(4000, vfs.list("/tmp/many").size(), "about 1 MB of names still fit");
        for (int i = 4000; i < 4200; i++) {
            vfs.mkdir("/tmp/many/" + longName + String.format("%05d", i), 0755);
        }
        assertErrno(Errno.ENOMEM, () -> vfs.list("/tmp/many"));
        assertEquals(4, vfs.list("/mnt/data").size());
    }

    @Test
    void mountSpecsParseLikeTheCommandLine() {
        assertEquals(new Mount(Paths.get("in"), "/in", MountMode.RO), Mount.parse("in:/in"));
        assertEquals(new Mount(Paths.get("out"), "/data/out", MountMode.RW), Mount.parse("out:/data/out:rw"));
        assertEquals(new Mount(Paths.get("c:x"), "/g", MountMode.OVERLAY), Mount.parse("c:x:/g:overlay"));
        assertEquals(new Mount(Paths.get("d"), "/g", MountMode.RO), Mount.parse("d:/g:ro"));
        assertThrows(IllegalArgumentException.class, () -> Mount.parse("d:g"));
        assertThrows(IllegalArgumentException.class, () -> Mount.parse("d"));
        assertThrows(IllegalArgumentException.class, () -> Mount.parse(":/g"));
        assertThrows(IllegalArgumentException.class, () -> Mount.parse("d:/g:rx"));
    }

    private static List<String> listHost(Path folder) throws IOException {
        try (var stream = Files.list(folder)) {
            return stream.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
