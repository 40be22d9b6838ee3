package dev.terrarium.interpreter.child;

import dev.terrarium.interpreter.Interpreter;
import dev.terrarium.runtime.external.ExternalCall;
import dev.terrarium.runtime.external.Op;
import dev.terrarium.runtime.external.Request;

/**
 * Entry point of the sandbox child JVM, started by the controller. Opens the pipe to the
 * controller, runs the guest program, and reports its exit status with {@link Op#EXIT};
 * the process then ends by returning from {@code main}. The exit status travels over
 * the pipe, never as the JVM's own status, so a child that dies any other way is
 * recognised by the controller as a crash. With the argument {@code --dump-ast} the child
 * prints the script's AST instead of running it.
 *
 * <p>With {@code --warm-up} (the children of the controller's warm pool) the child warms up
 * ({@link WarmUp}) before it greets the controller, so that its parser, compiler and runtime
 * are ready while it waits to be used; other children skip that work.
 */
public final class ChildMain {
    private ChildMain() {}

    public static void main(String[] args) {
        if (java.util.Arrays.asList(args).contains("--warm-up")) {
            WarmUp.run();
        }
        serve(PipeEndpoint.open(), args);
    }

    /**
     * Runs the guest over {@code door}, after the handshake, and sends EXIT: the child's work
     * with the arguments of its command line. The controller's in-process mode calls it with
     * an endpoint over in-memory pipes, so both modes start the guest the same way.
     */
    public static void serve(ExternalCall door, String[] args) {
        boolean dumpAst = java.util.Arrays.asList(args).contains("--dump-ast");
        int status = Interpreter.runMain(door, dumpAst);
        door.call(Request.of(Op.EXIT, (long) status));
    }
}
