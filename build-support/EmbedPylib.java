import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Writes {@code dev/terrarium/interpreter/stdlib/PythonLibrary.java} from the modules Terrarium
 * writes in Python (interpreter/src/main/pylib/*.py). The child may not read files, so their
 * sources travel inside the jar as Java text blocks. Run by the interpreter's build
 * (generate-sources, with the JDK's single-file launcher):
 * {@code java EmbedPylib.java PYLIB_DIR OUTPUT_SOURCE_ROOT}.
 */
public final class EmbedPylib {
    public static void main(String[] args) throws IOException {
        Path pylib = Path.of(args[0]);
        Path out = Path.of(args[1], "dev/terrarium/interpreter/stdlib/PythonLibrary.java");
        List<Path> files;
        try (Stream<Path> s = Files.list(pylib)) {
            files = s.filter(p -> p.toString().endsWith(".py")).sorted().collect(Collectors.toList());
        }
        StringBuilder entries = new StringBuilder();
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            if (text.indexOf('\\') >= 0) {
                throw new IllegalStateException(file.getFileName()
                        + ": no backslashes, please (a text block would read them as escapes)");
            }
            String name = file.getFileName().toString().replaceFirst("\\.py$", "");
            if (entries.length() > 0) {
                entries.append(",\n");
            }
            entries.append("        Map.entry(\"").append(name).append("\", \"\"\"\n")
                    .append(text.replace("\"\"\"", "\\\"\"\"")).append("\"\"\")");
        }
        String java = "package dev.terrarium.interpreter.stdlib;\n\n"
                + "import java.util.Map;\n\n"
                + "/**\n"
                + " * Sources of the standard-library modules Terrarium writes in Python (interpreter/src/main/pylib),\n"
                + " * by module name. GENERATED at build time by build-support/EmbedPylib.java.\n"
                + " */\n"
                + "public final class PythonLibrary {\n"
                + "    private PythonLibrary() {}\n\n"
                + "    private static final Map<String, String> SOURCES = Map.ofEntries(\n"
                + entries + ");\n\n"
                + "    /** The source of module {@code name}, or null if it is not one of these. */\n"
                + "    public static String source(String name) {\n"
                + "        return SOURCES.get(name);\n"
                + "    }\n"
                + "}\n";
        Files.createDirectories(out.getParent());
        Files.writeString(out, java, StandardCharsets.UTF_8);
    }
}
