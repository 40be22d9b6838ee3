package dev.terrarium.interpreter.compiler;

import dev.terrarium.interpreter.ast.Alias;
import dev.terrarium.interpreter.ast.Arg;
import dev.terrarium.interpreter.ast.Expr;
import dev.terrarium.interpreter.ast.Operators.ExprContext;
import dev.terrarium.interpreter.ast.Stmt;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Binds the names of a function body (compare CPython {@code Python/symtable.c}): a
 * name is local if the body binds it (assignment, for target, def, import, del...)
 * and does not declare it global. Nested functions that would need closures are
 * reported as a missing feature rather than silently miscompiled.
 */
final class ScopeAnalyzer {
    private ScopeAnalyzer() {}

    /** The scope of a function whose parameters are {@code params} (already in slot order). */
    static Scope function(List<Arg> params, List<Stmt> body, int firstSlot) {
        Set<String> globals = new HashSet<>();
        Set<String> bound = new LinkedHashSet<>();
        for (Stmt s : body) {
            collect(s, bound, globals);
        }
        Scope scope = new Scope(Scope.Kind.FUNCTION, globals);
        int slot = firstSlot;
        for (Arg a : params) {
            scope.locals.put(a.arg(), slot++);
        }
        for (String name : bound) {
            if (!globals.contains(name) && !scope.locals.containsKey(name)) {
                scope.locals.put(name, slot++);
            }
        }
        return scope;
    }

    private static void collect(Stmt s, Set<String> bound, Set<String> globals) {
        switch (s) {
            case Stmt.FunctionDef f -> bound.add(f.name());
            case Stmt.AsyncFunctionDef f -> bound.add(f.name());
            case Stmt.ClassDef c -> bound.add(c.name());
            case Stmt.Assign a -> {
                a.targets().forEach(t -> targets(t, bound));
                exprs(a.value(), bound);
            }
            case Stmt.AugAssign a -> {
                targets(a.target(), bound);
                exprs(a.value(), bound);
            }
            case Stmt.AnnAssign a -> {
                if (a.value() != null) {
                    targets(a.target(), bound);
                    exprs(a.value(), bound);
                }
            }
            case Stmt.For f -> {
                targets(f.target(), bound);
                exprs(f.iter(), bound);
                f.body().forEach(b -> collect(b, bound, globals));
                f.orelse().forEach(b -> collect(b, bound, globals));
            }
            case Stmt.AsyncFor f -> {
                targets(f.target(), bound);
                f.body().forEach(b -> collect(b, bound, globals));
                f.orelse().forEach(b -> collect(b, bound, globals));
            }
            case Stmt.While w -> {
                exprs(w.test(), bound);
                w.body().forEach(b -> collect(b, bound, globals));
                w.orelse().forEach(b -> collect(b, bound, globals));
            }
            case Stmt.If i -> {
                exprs(i.test(), bound);
                i.body().forEach(b -> collect(b, bound, globals));
                i.orelse().forEach(b -> collect(b, bound, globals));
            }
            case Stmt.With w -> {
                w.items().forEach(item -> {
                    if (item.optionalVars() != null) {
                        targets(item.optionalVars(), bound);
                    }
                });
                w.body().forEach(b -> collect(b, bound, globals));
            }
            case Stmt.Try t -> {
                t.body().forEach(b -> collect(b, bound, globals));
                t.handlers().forEach(h -> {
                    if (h.name() != null) {
                        bound.add(h.name());
                    }
                    h.body().forEach(b -> collect(b, bound, globals));
                });
                t.orelse().forEach(b -> collect(b, bound, globals));
                t.finalbody().forEach(b -> collect(b, bound, globals));
            }
            case Stmt.Delete d -> d.targets().forEach(t -> targets(t, bound));
            case Stmt.Import i -> i.names().forEach(a -> bound.add(importedName(a)));
            case Stmt.ImportFrom i -> i.names().forEach(a -> bound.add(a.asname() != null ? a.asname() : a.name()));
            case Stmt.Global g -> globals.addAll(g.names());
            case Stmt.ExprStmt e -> exprs(e.value(), bound);
            case Stmt.Return r -> {
                if (r.value() != null) {
                    exprs(r.value(), bound);
                }
            }
            default -> {
            }
        }
    }

    private static String importedName(Alias a) {
        if (a.asname() != null) {
            return a.asname();
        }
        int dot = a.name().indexOf('.');
        return dot < 0 ? a.name() : a.name().substring(0, dot);
    }

    private static void targets(Expr t, Set<String> bound) {
        switch (t) {
            case Expr.Name n -> bound.add(n.id());
            case Expr.Tuple tu -> tu.elts().forEach(e -> targets(e, bound));
            case Expr.ListExpr l -> l.elts().forEach(e -> targets(e, bound));
            case Expr.Starred s -> targets(s.value(), bound);
            default -> {
            }
        }
    }

    /** Walrus targets bind in the enclosing function. */
    private static void exprs(Expr e, Set<String> bound) {
        if (e instanceof Expr.NamedExpr n) {
            targets(n.target(), bound);
        }
    }

    /** Whether {@code e} is a Store/Del context name (used by assertions in the code generator). */
    static boolean isStore(Expr.Name n) {
        return n.ctx() != ExprContext.Load;
    }
}
