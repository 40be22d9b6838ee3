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
        if (s instanceof Stmt.FunctionDef f) {
            bound.add(f.name());
        } else if (s instanceof Stmt.AsyncFunctionDef f) {
            bound.add(f.name());
        } else if (s instanceof Stmt.ClassDef c) {
            bound.add(c.name());
        } else if (s instanceof Stmt.Assign a) {
            a.targets().forEach(t -> targets(t, bound));
            exprs(a.value(), bound);
        } else if (s instanceof Stmt.AugAssign a) {
            targets(a.target(), bound);
            exprs(a.value(), bound);
        } else if (s instanceof Stmt.AnnAssign a) {
            if (a.value() != null) {
                targets(a.target(), bound);
                exprs(a.value(), bound);
            }
        } else if (s instanceof Stmt.For f) {
            targets(f.target(), bound);
            exprs(f.iter(), bound);
            f.body().forEach(b -> collect(b, bound, globals));
            f.orelse().forEach(b -> collect(b, bound, globals));
        } else if (s instanceof Stmt.AsyncFor f) {
            targets(f.target(), bound);
            f.body().forEach(b -> collect(b, bound, globals));
            f.orelse().forEach(b -> collect(b, bound, globals));
        } else if (s instanceof Stmt.While w) {
            exprs(w.test(), bound);
            w.body().forEach(b -> collect(b, bound, globals));
            w.orelse().forEach(b -> collect(b, bound, globals));
        } else if (s instanceof Stmt.If i) {
            exprs(i.test(), bound);
            i.body().forEach(b -> collect(b, bound, globals));
            i.orelse().forEach(b -> collect(b, bound, globals));
        } else if (s instanceof Stmt.With w) {
            w.items().forEach(item -> {
                if (item.optionalVars() != null) {
                    targets(item.optionalVars(), bound);
                }
            });
            w.body().forEach(b -> collect(b, bound, globals));
        } else if (s instanceof Stmt.Try t) {
            t.body().forEach(b -> collect(b, bound, globals));
            t.handlers().forEach(h -> {
                if (h.name() != null) {
                    bound.add(h.name());
                }
                h.body().forEach(b -> collect(b, bound, globals));
            });
            t.orelse().forEach(b -> collect(b, bound, globals));
            t.finalbody().forEach(b -> collect(b, bound, globals));
        } else if (s instanceof Stmt.Delete d) {
            d.targets().forEach(t -> targets(t, bound));
        } else if (s instanceof Stmt.Import i) {
            i.names().forEach(a -> bound.add(importedName(a)));
        } else if (s instanceof Stmt.ImportFrom i) {
            i.names().forEach(a -> bound.add(a.asname() != null ? a.asname() : a.name()));
        } else if (s instanceof Stmt.Global g) {
            globals.addAll(g.names());
        } else if (s instanceof Stmt.ExprStmt e) {
            exprs(e.value(), bound);
        } else if (s instanceof Stmt.Return r) {
            if (r.value() != null) {
                exprs(r.value(), bound);
            }
        } else {
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
        if (t instanceof Expr.Name n) {
            bound.add(n.id());
        } else if (t instanceof Expr.Tuple tu) {
            tu.elts().forEach(e -> targets(e, bound));
        } else if (t instanceof Expr.ListExpr l) {
            l.elts().forEach(e -> targets(e, bound));
        } else if (t instanceof Expr.Starred s) {
            targets(s.value(), bound);
        } else {
        }
    }

    /** Walrus targets bind in the enclosing function. */
    private static void exprs(Expr e, Set<String> bound) {
        if (e instanceof Expr.NamedExpr n) {
            targets(n.target(), bound);
        }
    }

    /**
     * A function nested in a function that reads its enclosing function's locals needs a
     * closure, which comes with issue 4; until then say so instead of reading a global.
     */
    static void rejectClosures(Stmt.FunctionDef f, Scope inner, Scope outer) {
        if (outer.kind != Scope.Kind.FUNCTION) {
            return;
        }
        new dev.terrarium.interpreter.ast.AstWalker() {
            @Override
            protected void visit(Expr e) {
                if (e instanceof Expr.Name n && !inner.isLocal(n.id()) && !inner.declaredGlobal.contains(n.id())
                        && outer.isLocal(n.id())) {
                    throw CompileError.missingFeature("a closure over '" + n.id() + "'", n.span().lineno(),
                            n.span().colOffset());
                }
                super.visit(e);
            }
        }.walk(f.body());
    }

    /** Whether {@code e} is a Store/Del context name (used by assertions in the code generator). */
    static boolean isStore(Expr.Name n) {
        return n.ctx() != ExprContext.Load;
    }
}
