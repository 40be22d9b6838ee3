package dev.terrarium.interpreter.compiler;

import dev.terrarium.interpreter.ast.Alias;
import dev.terrarium.interpreter.ast.Arg;
import dev.terrarium.interpreter.ast.Arguments;
import dev.terrarium.interpreter.ast.AstWalker;
import dev.terrarium.interpreter.ast.ExceptHandler;
import dev.terrarium.interpreter.ast.Expr;
import dev.terrarium.interpreter.ast.Module;
import dev.terrarium.interpreter.ast.Node;
import dev.terrarium.interpreter.ast.Operators.ExprContext;
import dev.terrarium.interpreter.ast.Pattern;
import dev.terrarium.interpreter.ast.Stmt;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides where every name of a module lives before code is generated (compare CPython
 * {@code Python/symtable.c}): first each block's bindings, uses and declarations are
 * collected, then free variables are resolved against the enclosing functions, which
 * turns the captured locals into cells.
 */
final class SymbolTable {
    private final Map<Node, Scope> scopes = new IdentityHashMap<>();
    private final Scope module;

    private SymbolTable(Module m, boolean namespace) {
        // Code run with a locals namespace of its own (exec/eval with separate locals) reads
        // and writes names there, as a class body does (CPython's LOAD_NAME/STORE_NAME).
        module = new Scope(namespace ? Scope.Kind.CLASS : Scope.Kind.MODULE, m, null);
        scopes.put(m, module);
        new Collector(module).walk(m.body());
        resolve(module);
        // CPython's compiler checks come after its symbol table, before any code is generated.
        CompileChecks.check(m);
        for (Scope s : scopes.values()) {
            assignSlots(s);
        }
    }

    static SymbolTable build(Module m) {
        return new SymbolTable(m, false);
    }

    /** The symbols of code whose top-level names live in a namespace dict, not in the globals. */
    static SymbolTable buildForNamespace(Module m) {
        return new SymbolTable(m, true);
    }

    Scope module() {
        return module;
    }

    /** The scope of a function or lambda node. */
    Scope of(Node functionOrLambda) {
        return scopes.get(functionOrLambda);
    }

    private static CompileError error(String message, Node at) {
        return at.span() == null ? new CompileError(message, 0, 0) : new CompileError(message, at.span());
    }

    /** Collects one block's names; nested functions get scopes of their own. */
    private final class Collector extends AstWalker {
        private final Scope scope;

        Collector(Scope scope) {
            this.scope = scope;
        }

        private void bind(String name) {
            scope.bound.add(name);
        }

        private Scope child(Node node, Arguments args) {
            Scope child = new Scope(Scope.Kind.FUNCTION, node, scope);
            scopes.put(node, child);
            scope.children.add(child);
            // CPython's co_varnames order: positional, keyword-only, *args, **kwargs.
            for (List<Arg> group : List.of(args.posonlyargs(), args.args(), args.kwonlyargs())) {
                for (Arg a : group) {
                    if (child.params.contains(a.arg())) {
                        throw error("duplicate argument '" + a.arg() + "' in function definition", a);
                    }
                    child.params.add(a.arg());
                }
            }
            for (Arg a : new Arg[] {args.vararg(), args.kwarg()}) {
                if (a != null) {
                    if (child.params.contains(a.arg())) {
                        throw error("duplicate argument '" + a.arg() + "' in function definition", a);
                    }
                    child.params.add(a.arg());
                }
            }
            return child;
        }

        /** A def (async or not): its name binds here, its body is a scope of its own. */
        private void function(Stmt def, String name, Arguments args, List<Expr> decorators, Expr returns,
                List<Stmt> body) {
            bind(name);
            visitAll(decorators);
            visitArguments(args);
            visitOptional(returns);
            Scope child = child(def, args);
            if (def instanceof Stmt.AsyncFunctionDef) {
                child.isAsync = true;
                child.isGenerator = true;
            }
            new Collector(child).walk(body);
        }

        @Override
        protected void visit(Stmt s) {
            if (s instanceof Stmt.FunctionDef f) {
                function(f, f.name(), f.args(), f.decoratorList(), f.returns(), f.body());
                return;
            }
            if (s instanceof Stmt.AsyncFunctionDef f) {
                function(f, f.name(), f.args(), f.decoratorList(), f.returns(), f.body());
                return;
            }
            if (s instanceof Stmt.ClassDef c) {
                bind(c.name());
                visitAll(c.decoratorList());
                visitAll(c.bases());
                c.keywords().forEach(k -> visit(k.value()));
                Scope child = new Scope(Scope.Kind.CLASS, c, scope);
                scopes.put(c, child);
                scope.children.add(child);
                new Collector(child).walk(c.body());
                return;
            }
            if (s instanceof Stmt.Global g) {
                for (String name : g.names()) {
                    if (scope.params.contains(name)) {
                        throw error("name '" + name + "' is parameter and global", s);
                    }
                    if (scope.used.contains(name) || scope.bound.contains(name)) {
                        throw error("name '" + name + "' is " + (scope.bound.contains(name)
                                ? "assigned to before" : "used prior to") + " global declaration", s);
                    }
                    scope.declaredGlobal.add(name);
                }
                return;
            }
            if (s instanceof Stmt.Nonlocal n) {
                if (scope.parent == null) {
                    throw error("nonlocal declaration not allowed at module level", s);
                }
                for (String name : n.names()) {
                    if (scope.params.contains(name)) {
                        throw error("name '" + name + "' is parameter and nonlocal", s);
                    }
                    if (scope.used.contains(name) || scope.bound.contains(name)) {
                        throw error("name '" + name + "' is " + (scope.bound.contains(name)
                                ? "assigned to before" : "used prior to") + " nonlocal declaration", s);
                    }
                    scope.declaredNonlocal.add(name);
                    scope.nonlocalStatements.putIfAbsent(name, s);
                }
                return;
            }
            if (s instanceof Stmt.Import i) {
                for (Alias a : i.names()) {
                    String name = a.asname() != null ? a.asname() : a.name();
                    int dot = name.indexOf('.');
                    bind(a.asname() == null && dot >= 0 ? name.substring(0, dot) : name);
                }
                return;
            }
            if (s instanceof Stmt.ImportFrom i) {
                for (Alias a : i.names()) {
                    bind(a.asname() != null ? a.asname() : a.name());
                }
                return;
            }
            if (s instanceof Stmt.Try || s instanceof Stmt.TryStar) {
                List<ExceptHandler> handlers = s instanceof Stmt.Try t ? t.handlers() : ((Stmt.TryStar) s).handlers();
                for (ExceptHandler h : handlers) {
                    if (h.name() != null) {
                        bind(h.name());
                    }
                }
            }
            if (s instanceof Stmt.AugAssign a && a.target() instanceof Expr.Name n) {
                scope.used.add(n.id());
            }
            super.visit(s);
        }

        /** Capture patterns bind their names, after their sub-patterns (as CPython's symtable). */
        @Override
        protected void visit(Pattern p) {
            super.visit(p);
            if (p instanceof Pattern.MatchAs a && a.name() != null) {
                bind(a.name());
            } else if (p instanceof Pattern.MatchStar s && s.name() != null) {
                bind(s.name());
            } else if (p instanceof Pattern.MatchMapping m && m.rest() != null) {
                bind(m.rest());
            }
        }

        /**
         * {@code (name := value)} inside a comprehension binds {@code name} in the nearest
         * enclosing scope that is not a comprehension (PEP 572): a function's local (which the
         * comprehensions reach as a free variable) or a module global.
         */
        private void bindThroughComprehensions(String name, Expr at) {
            Scope target = scope;
            while (isComprehension(target)) {
                target = target.parent;
            }
            if (target.kind == Scope.Kind.CLASS) {
                throw error("assignment expression within a comprehension cannot be used in a class body", at);
            }
            boolean global = target.kind == Scope.Kind.MODULE || target.declaredGlobal.contains(name);
            for (Scope s = scope; s != target; s = s.parent) {
                (global ? s.declaredGlobal : s.declaredNonlocal).add(name);
            }
            target.bound.add(name);
        }

        private void comprehension(Expr e) {
            List<dev.terrarium.interpreter.ast.Comprehension> gens = generators(e);
            visit(gens.get(0).iter());
            Scope child = new Scope(Scope.Kind.FUNCTION, e, scope);
            scopes.put(e, child);
            scope.children.add(child);
            child.params.add(".0");
            child.isGenerator = e instanceof Expr.GeneratorExp;
            if (CompileChecks.isAsyncComprehension(e)) {
                child.isAsync = true;
                child.isGenerator = true;
                child.isAsyncGenerator = e instanceof Expr.GeneratorExp;
            }
            Collector inner = new Collector(child);
            for (int i = 0; i < gens.size(); i++) {
                dev.terrarium.interpreter.ast.Comprehension g = gens.get(i);
                inner.visit(g.target());
                if (i > 0) {
                    inner.visit(g.iter());
                }
                g.ifs().forEach(inner::visit);
            }
            if (e instanceof Expr.ListComp c) {
                inner.visit(c.elt());
            } else if (e instanceof Expr.SetComp c) {
                inner.visit(c.elt());
            } else if (e instanceof Expr.DictComp c) {
                inner.visit(c.key());
                inner.visit(c.value());
            } else if (e instanceof Expr.GeneratorExp c) {
                inner.visit(c.elt());
            }
        }

        @Override
        protected void visit(Expr e) {
            if (e instanceof Expr.Name n) {
                if (n.ctx() == ExprContext.Load) {
                    scope.used.add(n.id());
                } else {
                    bind(n.id());
                }
                return;
            }
            if (e instanceof Expr.Yield || e instanceof Expr.YieldFrom) {
                if (scope.kind != Scope.Kind.FUNCTION) {
                    throw error("'yield' outside function", e);
                }
                scope.isGenerator = true;
                scope.isAsyncGenerator = scope.isAsync;
            }
            if (e instanceof Expr.Lambda l) {
                visitArguments(l.args());
                Scope child = child(l, l.args());
                new Collector(child).visit(l.body());
                return;
            }
            if (e instanceof Expr.ListComp || e instanceof Expr.SetComp || e instanceof Expr.DictComp
                    || e instanceof Expr.GeneratorExp) {
                comprehension(e);
                return;
            }
            if (e instanceof Expr.NamedExpr n && n.target() instanceof Expr.Name name) {
                if (isComprehension(scope)) {
                    bindThroughComprehensions(name.id(), n);
                } else {
                    bind(name.id());
                }
                visit(n.value());
                return;
            }
            super.visit(e);
        }
    }

    /**
     * A comprehension is a function of its own (as in CPython 3.11): the first iterable is
     * evaluated outside and passed in as the parameter {@code .0}; the rest runs inside.
     */
    static List<dev.terrarium.interpreter.ast.Comprehension> generators(Expr e) {
        if (e instanceof Expr.ListComp c) {
            return c.generators();
        }
        if (e instanceof Expr.SetComp c) {
            return c.generators();
        }
        if (e instanceof Expr.DictComp c) {
            return c.generators();
        }
        return ((Expr.GeneratorExp) e).generators();
    }

    static boolean isComprehension(Scope s) {
        return s.node instanceof Expr.ListComp || s.node instanceof Expr.SetComp || s.node instanceof Expr.DictComp
                || s.node instanceof Expr.GeneratorExp;
    }

    /** Resolves free variables, children first so their needs reach this block's cells. */
    private void resolve(Scope scope) {
        for (Scope child : scope.children) {
            resolve(child);
        }
        if (scope.kind == Scope.Kind.MODULE) {
            return;
        }
        if (scope.kind == Scope.Kind.FUNCTION && (scope.used.contains("super") || scope.used.contains("__class__"))) {
            // Methods that use super() or __class__ get the class being defined through a
            // __class__ cell of the class body (compare CPython's implicit __class__ closure).
            Scope cls = enclosingClass(scope);
            if (cls != null && !scope.bindsLocally("__class__")) {
                capture(scope, cls, "__class__");
            }
        }
        for (String name : scope.declaredNonlocal) {
            Scope owner = enclosingOwner(scope, name);
            if (owner == null) {
                throw error("no binding for nonlocal '" + name + "' found", scope.nonlocalStatements.get(name));
            }
            capture(scope, owner, name);
        }
        for (String name : scope.used) {
            if (scope.bindsLocally(name) || scope.declaredGlobal.contains(name)
                    || scope.declaredNonlocal.contains(name)) {
                continue;
            }
            Scope owner = enclosingOwner(scope, name);
            if (owner != null) {
                capture(scope, owner, name);
            }
        }
    }

    /**
     * The nearest enclosing function that binds {@code name} itself, or null. Class bodies
     * in between are skipped: their names are not visible to the functions inside them.
     */
    private static Scope enclosingOwner(Scope scope, String name) {
        for (Scope s = scope.parent; s != null && s.kind != Scope.Kind.MODULE; s = s.parent) {
            if (s.kind == Scope.Kind.CLASS) {
                continue;
            }
            if (s.declaredGlobal.contains(name)) {
                return null;
            }
            if (s.bindsLocally(name)) {
                return s;
            }
        }
        return null;
    }

    /** The class body that a method (or a function nested in one) belongs to, or null. */
    private static Scope enclosingClass(Scope scope) {
        // (The top block is never a class, even when its names live in a namespace.)
        for (Scope s = scope.parent; s != null && s.parent != null; s = s.parent) {
            if (s.kind == Scope.Kind.CLASS) {
                return s;
            }
        }
        return null;
    }

    /** {@code name} of {@code owner} becomes a cell, free in every block from there down to {@code user}. */
    private static void capture(Scope user, Scope owner, String name) {
        owner.cells.add(name);
        for (Scope s = user; s != owner; s = s.parent) {
            if (!s.frees.contains(name)) {
                s.frees.add(name);
            }
        }
    }

    private static void assignSlots(Scope s) {
        if (s.kind == Scope.Kind.MODULE) {
            s.firstTemp = 1;
            return;
        }
        if (s.kind == Scope.Kind.CLASS) {
            int slot = 0;
            if (!s.frees.isEmpty()) {
                s.closureSlot = slot++;
            }
            s.namespaceSlot = slot++;
            for (String name : s.cells) {
                s.slots.put(name, slot++);
            }
            for (String name : s.frees) {
                s.slots.put(name, slot++);
            }
            s.firstTemp = slot;
            return;
        }
        int slot = 0;
        if (!s.frees.isEmpty()) {
            s.closureSlot = slot++;
        }
        slot += s.params.size(); // the parameters, as passed
        for (int i = 0; i < s.params.size(); i++) {
            String p = s.params.get(i);
            if (!s.cells.contains(p)) {
                s.slots.put(p, s.closureSlot + 1 + i);
            }
        }
        for (String name : s.varnames()) {
            if (!s.slots.containsKey(name)) {
                s.slots.put(name, slot++);
            }
        }
        for (String name : s.frees) {
            s.slots.put(name, slot++);
        }
        s.firstTemp = slot;
    }

    /** The JVM slot where parameter {@code i} arrives. */
    static int parameterSlot(Scope s, int i) {
        return s.closureSlot + 1 + i;
    }
}
