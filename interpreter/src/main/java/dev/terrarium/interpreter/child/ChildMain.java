package dev.terrarium.interpreter.child;

import dev.terrarium.interpreter.Interpreter;
import dev.terrarium.runtime.HashSeed;
import dev.terrarium.runtime.external.Op;
import dev.terrarium.runtime.external.Request;

/**
 * Entry point of the sandbox child JVM, started by the controller. Opens the pipe to the
 * controller, runs the guest program, and reports its exit status with {@link Op#EXIT};
 * the process then ends by returning from {@code main}. The exit status travels over
 * the pipe, never as the JVM's own status, so a child that dies any other way is
 * recognised by the controller as a crash. With the argument {@code --dump-ast} the child
 * prints the script's AST instead of running it; with {@code --hash-seed=N} it hashes
 * strings as CPython with {@code PYTHONHASHSEED=N} (see {@link HashSeed}).
 */
public final class ChildMain {
    private ChildMain() {}

    public static void main(String[] args) {
        boolean dumpAst = false;
        for (String arg : args) {
            if (arg.equals("--dump-ast")) {
                dumpAst = true;
            } else if (arg.startsWith("--hash-seed=")) {
                // first of all: no str may be hashed before the key is set
                HashSeed.use(Long.parseLong(arg.substring("--hash-seed=".length())));
            }
        }
        PipeEndpoint door = PipeEndpoint.open();
        int status = Interpreter.runMain(door, dumpAst);
        door.call(Request.of(Op.EXIT, (long) status));
    }
}
