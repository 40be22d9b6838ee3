package dev.terrarium.controller.vfs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Small helpers shared by the file system tests. */
final class VfsTestSupport {
    private VfsTestSupport() {}

    static final long RDONLY = OpenFlags.O_RDONLY;
    static final long WRONLY = OpenFlags.O_WRONLY;
    static final long RDWR = OpenFlags.O_RDWR;
    static final long CREAT = OpenFlags.O_CREAT;
    static final long EXCL = OpenFlags.O_EXCL;
    static final long TRUNC = OpenFlags.O_TRUNC;
    static final long APPEND = OpenFlags.O_APPEND;
    static final long DIRECTORY = OpenFlags.O_DIRECTORY;
    /** What CPython's open(path, 'w') asks. */
    static final long W = WRONLY | CREAT | TRUNC;

    interface Action {
        void run() throws ErrnoException;
    }

    static void assertErrno(int errno, Action action) {
        ErrnoException e = assertThrows(ErrnoException.class, action::run);
        assertEquals(errno, e.errno, "errno");
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static String readAll(OpenFile file) throws ErrnoException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] chunk = file.read(3); chunk.length > 0; chunk = file.read(3)) {
            out.writeBytes(chunk);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    static String read(VirtualFileSystem vfs, String path) throws ErrnoException {
        OpenFile file = vfs.open(path, RDONLY);
        try {
            return readAll(file);
        } finally {
            file.close();
        }
    }

    static void write(VirtualFileSystem vfs, String path, String text) throws ErrnoException {
        OpenFile file = vfs.open(path, W, 0644);
        try {
            assertEquals(text.length(), file.write(bytes(text)));
        } finally {
            file.close();
        }
    }
}
