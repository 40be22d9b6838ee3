package dev.terrarium.interpreter.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The embedded sources are exactly the files of src/main/pylib (generated at build time by build-support/EmbedPylib.java). */
class PythonLibraryTest {

    @Test
    void embeddedSourcesMatchThePylibFiles() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("src/main/pylib"))) {
            files = s.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        assertTrue(files.size() >= 2, "pylib files not found from " + Path.of("").toAbsolutePath());
        for (Path f : files) {
            String name = f.getFileName().toString().replaceFirst("\\.py$", "");
            assertEquals(Files.readString(f, StandardCharsets.UTF_8), PythonLibrary.source(name),
                    name + ".py differs from its embedded copy: rebuild");
        }
        assertNull(PythonLibrary.source("no_such_module"));
    }
}
