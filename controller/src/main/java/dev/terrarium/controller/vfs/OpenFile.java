package dev.terrarium.controller.vfs;

/** What a guest file descriptor refers to: a host file, a directory, or a standard stream. */
public interface OpenFile {

    /** Up to {@code maxBytes} bytes (at least 1 requested); empty at end of file. */
    byte[] read(int maxBytes) throws ErrnoException;

    /** Writes {@code data}, returning how many bytes were written. */
    long write(byte[] data) throws ErrnoException;

    /** Releases whatever the descriptor holds on the host; never fails. */
    void close();
}
