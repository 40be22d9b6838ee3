package dev.terrarium.controller.vfs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Descriptors: lowest free first, EBADF for unknown ones, EMFILE at the limit, all closed at the end. */
class FdTableTest {
    /** A file that remembers whether it was closed. */
    static final class Probe implements OpenFile {
        boolean closed;

        @Override
        public byte[] read(int maxBytes) {
            return new byte[0];
        }

        @Override
        public long write(byte[] data) {
            return data.length;
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    private final FdTable table = new FdTable(new EmptyInput(), new EmptyInput(), new EmptyInput());

    @Test
    void handsOutTheLowestFreeDescriptor() throws ErrnoException {
        Probe a = new Probe();
        Probe b = new Probe();
        assertEquals(3, table.add(a));
        assertEquals(4, table.add(b));
        table.close(3);
        assertTrue(a.closed);
        assertEquals(3, table.add(new Probe()));
        assertSame(b, table.get(4));
        table.close(1);
        assertEquals(1, table.add(new Probe()));
    }

    @Test
    void unknownDescriptorsAreEbadf() throws ErrnoException {
        for (long fd : new long[] {-1, 3, 1000, Long.MAX_VALUE, Long.MIN_VALUE, 1L << 32}) {
            assertEquals(Errno.EBADF, assertThrows(ErrnoException.class, () -> table.get(fd)).errno);
            assertEquals(Errno.EBADF, assertThrows(ErrnoException.class, () -> table.close(fd)).errno);
        }
        table.close(2);
        assertEquals(Errno.EBADF, assertThrows(ErrnoException.class, () -> table.close(2)).errno);
    }

    @Test
    void tooManyDescriptorsIsEmfile() throws ErrnoException {
        for (int i = 3; i < FdTable.MAX_FDS; i++) {
            table.add(new Probe());
        }
        assertEquals(Errno.EMFILE, assertThrows(ErrnoException.class, table::checkRoom).errno);
        Probe extra = new Probe();
        assertEquals(Errno.EMFILE, assertThrows(ErrnoException.class, () -> table.add(extra)).errno);
        assertTrue(extra.closed, "a file that gets no descriptor is released");
    }

    @Test
    void closeAllClosesEverything() throws ErrnoException {
        Probe a = new Probe();
        table.add(a);
        table.closeAll();
        assertTrue(a.closed);
        assertEquals(Errno.EBADF, assertThrows(ErrnoException.class, () -> table.get(3)).errno);
    }
}
