package dev.terrarium.interpreter.compiler;

import dev.terrarium.interpreter.ast.Arg;
import dev.terrarium.interpreter.ast.Arguments;
import dev.terrarium.interpreter.ast.AstWalker;
import dev.terrarium.interpreter.ast.Expr;
import dev.terrarium.interpreter.ast.Node;
import dev.terrarium.interpreter.ast.Stmt;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;

/**
 * The code object of a function, lambda, comprehension or generator expression
 * ({@code f.__code__}, {@code gi_code}): everything CPython's code object tells that the
 * compiler knows (names, argument counts, co_varnames, cells and free variables, the
 * {@code CO_*} flags, the names and docstring the body uses) packed into one dynamic constant
 * whose bootstrap is {@code PyCode.constant}. Built once, on first use; the same constant in
 * the function's {@code def} and its generator's creation is one JVM constant, so
 * {@code gen.gi_code is f.__code__} as in CPython.
 */
final class CodeConstant {
    private CodeConstant() {}

    private static final String PYCODE = "dev/terrarium/runtime/PyCode";
    static final String DESC = "L" + PYCODE + ";";
    /** Longer texts than this (in chars) might not fit a constant-pool entry (65535 bytes of modified UTF-8). */
    private static final int LONGEST = 16_000;

    /** The constant, ready for {@code ldc}. */
    static ConstantDynamic of(String filename, Node node, String name, String qualname, Arguments args, Scope scope,
            boolean futureAnnotations, String doc, List<int[]> yieldSites) {
        List<String> params = new ArrayList<>();
        for (List<Arg> group : List.of(args.posonlyargs(), args.args(), args.kwonlyargs())) {
            for (Arg a : group) {
                params.add(a.arg());
            }
        }
        if (args.vararg() != null) {
            params.add(args.vararg().arg());
        }
        if (args.kwarg() != null) {
            params.add(args.kwarg().arg());
        }
        // co_varnames: the parameters, then the other locals that are not cells
        List<String> varnames = new ArrayList<>(params);
        for (String n : scope.bound) {
            if (!varnames.contains(n) && !scope.cells.contains(n) && !scope.declaredGlobal.contains(n)
                    && !scope.declaredNonlocal.contains(n) && !scope.frees.contains(n)) {
                varnames.add(n);
            }
        }
        int flags = 0x1 | 0x2; // CO_OPTIMIZED | CO_NEWLOCALS
        if (args.vararg() != null) {
            flags |= 0x4;
        }
        if (args.kwarg() != null) {
            flags |= 0x8;
        }
        for (Scope p = scope.parent; p != null; p = p.parent) {
            if (p.kind == Scope.Kind.FUNCTION) {
                flags |= 0x10; // CO_NESTED
                break;
            }
        }
        // An async def (or async comprehension) is compiled as a generator too: its scope's
        // async flags decide, as CPython's compute_code_flags does.
        if (scope.isAsyncGenerator) {
            flags |= 0x200; // CO_ASYNC_GENERATOR
        } else if (scope.isAsync) {
            flags |= 0x80; // CO_COROUTINE
        } else if (scope.isGenerator) {
            flags |= 0x20; // CO_GENERATOR
        }
        if (futureAnnotations) {
            flags |= 0x1000000; // CO_FUTURE_ANNOTATIONS
        }
        int firstLine = node.span().lineno();
        List<Expr> decorators = node instanceof Stmt.FunctionDef f ? f.decoratorList()
                : node instanceof Stmt.AsyncFunctionDef f ? f.decoratorList() : List.of();
        if (!decorators.isEmpty()) {
            firstLine = decorators.get(0).span().lineno();
        }
        boolean hasDoc = doc != null && doc.length() <= LONGEST;
        String packed = String.join("\n", name, qualname, Integer.toString(firstLine),
                Integer.toString(args.posonlyargs().size() + args.args().size()),
                Integer.toString(args.posonlyargs().size()), Integer.toString(args.kwonlyargs().size()),
                Integer.toString(flags), hasDoc ? "1" : "0", String.join(" ", varnames),
                String.join(" ", new TreeSet<>(scope.cells)), String.join(" ", new TreeSet<>(scope.frees)),
                "", sites(yieldSites), scope.isGenerator && yieldSites != null ? slotNames(scope) : "", filename);
        String namesText = String.join(" ", names(node, scope));
        if (packed.length() + namesText.length() <= LONGEST) {
            // co_names is field 11 of 15: before the yield sites, the slot names and the file name
            int at = nthNewline(packed, 11);
            packed = packed.substring(0, at + 1) + namesText + packed.substring(at + 1);
        }
        return new ConstantDynamic("code", DESC, new Handle(Opcodes.H_INVOKESTATIC, PYCODE, "constant",
                "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/Object;Ljava/lang/String;"
                        + "Ljava/lang/String;)" + DESC, false), packed, hasDoc ? doc : "");
    }

    private static int nthNewline(String s, int n) {
        int at = -1;
        for (int i = 0; i < n; i++) {
            at = s.indexOf('\n', at + 1);
        }
        return at;
    }

    /** Each yield's line and delegate slot ({@code line:slot}, state 1 first); empty when unknown. */
    private static String sites(List<int[]> yieldSites) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; yieldSites != null && i < yieldSites.size(); i++) {
            b.append(i == 0 ? "" : " ").append(yieldSites.get(i)[0]).append(':').append(yieldSites.get(i)[1]);
        }
        return b.toString();
    }

    /** The frame slot of each local, cell and free variable ({@code name:slot}), for {@code gi_frame.f_locals}. */
    private static String slotNames(Scope scope) {
        StringBuilder b = new StringBuilder();
        for (var e : scope.slots.entrySet()) {
            if (!scope.declaredGlobal.contains(e.getKey())) {
                b.append(b.length() == 0 ? "" : " ").append(e.getKey()).append(':').append(e.getValue());
            }
        }
        return b.toString();
    }

    /**
     * co_names, best effort: the global names, attributes and imported modules the body uses,
     * in source order (CPython's order is that of its bytecode, which mostly agrees).
     */
    private static Set<String> names(Node node, Scope scope) {
        Set<String> names = new LinkedHashSet<>();
        AstWalker walker = new AstWalker() {
            @Override
            protected void visit(Expr e) {
                if (e instanceof Expr.Name n && scope.binding(n.id()) == Scope.Binding.GLOBAL) {
                    names.add(n.id());
                } else if (e instanceof Expr.Attribute a) {
                    super.visit(e);
                    names.add(a.attr());
                    return;
                } else if (e instanceof Expr.Lambda l) {
                    visitArguments(l.args());
                    return;
                } else if (e instanceof Expr.ListComp || e instanceof Expr.SetComp || e instanceof Expr.DictComp
                        || e instanceof Expr.GeneratorExp) {
                    return; // their own code; only the first iterable is evaluated here (not listed)
                }
                super.visit(e);
            }

            @Override
            protected void visit(Stmt s) {
                if (s instanceof Stmt.FunctionDef f) {
                    visitAll(f.decoratorList());
                    visitArguments(f.args());
                    visitOptional(f.returns());
                    return;
                }
                if (s instanceof Stmt.AsyncFunctionDef f) {
                    visitAll(f.decoratorList());
                    visitArguments(f.args());
                    visitOptional(f.returns());
                    return;
                }
                if (s instanceof Stmt.ClassDef c) {
                    visitAll(c.decoratorList());
                    visitAll(c.bases());
                    return;
                }
                if (s instanceof Stmt.Import i) {
                    for (var a : i.names()) {
                        names.add(a.name());
                    }
                } else if (s instanceof Stmt.ImportFrom i) {
                    if (i.module() != null) {
                        names.add(i.module());
                    }
                    for (var a : i.names()) {
                        if (!a.name().equals("*")) {
                            names.add(a.name());
                        }
                    }
                }
                super.visit(s);
            }
        };
        if (node instanceof Stmt.FunctionDef f) {
            walker.walk(f.body());
        } else if (node instanceof Stmt.AsyncFunctionDef f) {
            walker.walk(f.body());
        } else if (node instanceof Expr.Lambda l) {
            walker.walk(List.of(new Stmt.ExprStmt(l.span(), l.body())));
        }
        return names;
    }
}
