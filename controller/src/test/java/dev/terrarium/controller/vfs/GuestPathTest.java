package dev.terrarium.controller.vfs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class GuestPathTest {
    private static String resolve(String path) throws ErrnoException {
        return GuestPath.toString(GuestPath.resolve("/work", path));
    }

    @Test
    void resolvesInGuestSpace() throws ErrnoException {
        assertEquals("/work/a.py", resolve("a.py"));
        assertEquals("/work/a.py", resolve("./a.py"));
        assertEquals("/etc/passwd", resolve("../etc/passwd"));
        assertEquals("/etc", resolve("../../../../etc"));
        assertEquals("/", resolve("/.."));
        assertEquals("/", resolve(".."));
        assertEquals("/work", resolve("."));
        assertEquals("/x/y", resolve("//x//./y/"));
        assertEquals("/work/...", resolve("..."));
    }
}
