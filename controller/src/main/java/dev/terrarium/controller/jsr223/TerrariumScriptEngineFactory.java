package dev.terrarium.controller.jsr223;

import dev.terrarium.controller.Terrarium;
import java.util.List;
import java.util.function.Supplier;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;

/**
 * The JSR-223 factory of Terrarium, registered in {@code META-INF/services} under the names
 * "terrarium" and "python", the extension "py" and the MIME type "text/x-python", so that
 * {@code new ScriptEngineManager().getEngineByName("python")} finds it. Each
 * {@code eval} runs the script in a fresh sandbox child (see {@link TerrariumScriptEngine}).
 */
public final class TerrariumScriptEngineFactory implements ScriptEngineFactory {
    private static final List<String> NAMES = List.of("terrarium", "python");
    private final Supplier<Terrarium.Builder> configuration;

    /** Engines with the default configuration ({@link Terrarium#builder()}). */
    public TerrariumScriptEngineFactory() {
        this(Terrarium::builder);
    }

    /**
     * Engines whose runs start from the builder {@code configuration} gives (limits, mounts,
     * isolation, host functions); a new builder is asked for at each eval.
     */
    public TerrariumScriptEngineFactory(Supplier<Terrarium.Builder> configuration) {
        this.configuration = configuration;
    }

    @Override
    public String getEngineName() {
        return "Terrarium";
    }

    @Override
    public String getEngineVersion() {
        return "0.1.0";
    }

    @Override
    public List<String> getExtensions() {
        return List.of("py");
    }

    @Override
    public List<String> getMimeTypes() {
        return List.of("text/x-python", "text/x-script.python");
    }

    @Override
    public List<String> getNames() {
        return NAMES;
    }

    @Override
    public String getLanguageName() {
        return "python";
    }

    @Override
    public String getLanguageVersion() {
        return "3.11";
    }

    @Override
    public Object getParameter(String key) {
        switch (key) {
            case ScriptEngine.ENGINE:
                return getEngineName();
            case ScriptEngine.ENGINE_VERSION:
                return getEngineVersion();
            case ScriptEngine.NAME:
                return NAMES.get(0);
            case ScriptEngine.LANGUAGE:
                return getLanguageName();
            case ScriptEngine.LANGUAGE_VERSION:
                return getLanguageVersion();
            case "THREADING":
                // Each eval is a new interpreter that never sees or changes the bindings.
                return "STATELESS";
            default:
                return null;
        }
    }

    @Override
    public String getMethodCallSyntax(String object, String method, String... args) {
        return object + "." + method + "(" + String.join(", ", args) + ")";
    }

    @Override
    public String getOutputStatement(String toDisplay) {
        StringBuilder literal = new StringBuilder("print('");
        for (int i = 0; i < toDisplay.length(); i++) {
            char c = toDisplay.charAt(i);
            if (c == '\\' || c == '\'') {
                literal.append('\\').append(c);
            } else if (c == '\n') {
                literal.append("\\n");
            } else if (c == '\r') {
                literal.append("\\r");
            } else {
                literal.append(c);
            }
        }
        return literal.append("')").toString();
    }

    @Override
    public String getProgram(String... statements) {
        return String.join("\n", statements) + "\n";
    }

    @Override
    public ScriptEngine getScriptEngine() {
        return new TerrariumScriptEngine(this, configuration);
    }
}
