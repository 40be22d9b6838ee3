package dev.terrarium.controller.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code terrarium --dump-ast FILE} prints, through the real child, exactly what CPython's
 * {@code print(ast.dump(ast.parse(src, FILE), include_attributes=True))} prints.
 */
class DumpAstCommandTest {
    @TempDir
    Path dir;

    private static final String SOURCE = String.join("\n",
            "# -*- coding: latin-1 -*-",
            "import os.path as p",
            "@dec(1)",
            "def f(a, /, b=2, *args, c, **kw) -> 'é':",
            "    \"\"\"doc\"\"\"",
            "    return [x ** 2 for x in range(a) if x % 2] or {k: v for k, v in kw.items()}",
            "class C(B, metaclass=M):",
            "    x: int = f'{a!r:>{w}} {b=}'",
            "match p:",
            "    case {'k': [1, *rest]} | C(x=0) as y if y:",
            "        pass",
            "");

    @Test
    void printsCPythonsDump() throws IOException, InterruptedException {
        Path file = dir.resolve("prog.py");
        Files.write(file, SOURCE.getBytes(StandardCharsets.ISO_8859_1));
        String expected = cpythonDump(file);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"--dump-ast", file.toString()}, out, err);
        assertEquals("", err.toString(StandardCharsets.UTF_8));
        assertEquals(0, code);
        assertEquals(expected, out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aSyntaxErrorIsReportedAsForARun() throws IOException {
        Path file = Files.writeString(dir.resolve("bad.py"), "x = (1,\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"--dump-ast", file.toString()}, out, err);
        assertEquals(1, code);
        assertEquals("", out.toString(StandardCharsets.UTF_8));
        assertEquals("  File \"/work/bad.py\", line 1\n    x = (1,\n        ^\nSyntaxError: '(' was never closed\n",
                err.toString(StandardCharsets.UTF_8));
    }

    private static String cpythonDump(Path file) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder("python3", "-c",
                    "import ast, sys\nsrc = open(sys.argv[1], 'rb').read()\n"
                            + "sys.stdout.reconfigure(encoding='utf-8')\n"
                            + "print(ast.dump(ast.parse(src, sys.argv[1]), include_attributes=True))",
                    file.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            p = null;
        }
        Assumptions.assumeTrue(p != null, "python3 not available: CPython comparison skipped");
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        Assumptions.assumeTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, "python3 failed: " + out);
        return out;
    }
}
