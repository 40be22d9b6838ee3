package dev.terrarium.interpreter.compiler;

import dev.terrarium.interpreter.ast.Alias;
import dev.terrarium.interpreter.ast.Arg;
import dev.terrarium.interpreter.ast.Arguments;
import dev.terrarium.interpreter.ast.AstWalker;
import dev.terrarium.interpreter.ast.Comprehension;
import dev.terrarium.interpreter.ast.ExceptHandler;
import dev.terrarium.interpreter.ast.Expr;
import dev.terrarium.interpreter.ast.Keyword;
import dev.terrarium.interpreter.ast.Module;
import dev.terrarium.interpreter.ast.Node;
import dev.terrarium.interpreter.ast.Operators.ExprContext;
import dev.terrarium.interpreter.ast.Span;
import dev.terrarium.interpreter.ast.Stmt;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The SyntaxErrors CPython's compiler (Python/compile.c) raises after the symbol table, for
 * programs its parser accepts: statements outside the block they belong to ('return' outside
 * function, 'break' outside loop, 'await' outside async function, ...), misplaced starred
 * expressions, repeated keyword arguments and assignments to {@code __debug__}. One walk in
 * source order, so that the first such error of a module is the one CPython reports.
 */
final class CompileChecks extends AstWalker {
    private enum Block { MODULE, CLASS, FUNCTION, ASYNC_FUNCTION, LAMBDA }

    private Block block = Block.MODULE;
    /** Whether the innermost function is an async generator (its return may not carry a value). */
    private boolean asyncGenerator;
    private int loops;
    /** The innermost comprehension whose body is being walked, or null. */
    private Expr comprehension;
    /** Whether the node being visited sits where a starred expression may stand. */
    private boolean starredAllowed;

    private CompileChecks() {}

    /** @throws CompileError with CPython's message for the first error in source order */
    static void check(Module m) {
        new CompileChecks().walk(m.body());
    }

    private static CompileError error(String message, Span at) {
        return at == null ? new CompileError(message, 0, 0) : new CompileError(message, at);
    }

    @Override
    protected void visit(Stmt s) {
        starredAllowed = false;
        if (s instanceof Stmt.FunctionDef f) {
            function(f, f.name(), f.args(), f.decoratorList(), f.returns(), f.body(), Block.FUNCTION);
        } else if (s instanceof Stmt.AsyncFunctionDef f) {
            function(f, f.name(), f.args(), f.decoratorList(), f.returns(), f.body(), Block.ASYNC_FUNCTION);
        } else if (s instanceof Stmt.ClassDef c) {
            classDef(c);
        } else if (s instanceof Stmt.Return r) {
            if (block == Block.MODULE || block == Block.CLASS) {
                throw error("'return' outside function", r.span());
            }
            if (r.value() != null && asyncGenerator) {
                throw error("'return' with value in async generator", r.span());
            }
            super.visit(s);
        } else if (s instanceof Stmt.Break b) {
            if (loops == 0) {
                throw error("'break' outside loop", b.span());
            }
        } else if (s instanceof Stmt.Continue c) {
            if (loops == 0) {
                throw error("'continue' not properly in loop", c.span());
            }
        } else if (s instanceof Stmt.For f) {
            loop(f.target(), f.iter(), f.body(), f.orelse());
        } else if (s instanceof Stmt.AsyncFor f) {
            requireAsync("'async for' outside async function", s);
            loop(f.target(), f.iter(), f.body(), f.orelse());
        } else if (s instanceof Stmt.While w) {
            visit(w.test());
            loops++;
            walk(w.body());
            loops--;
            walk(w.orelse());
        } else if (s instanceof Stmt.AsyncWith) {
            requireAsync("'async with' outside async function", s);
            super.visit(s);
        } else if (s instanceof Stmt.Import i) {
            imported(i.names(), s);
        } else if (s instanceof Stmt.ImportFrom i) {
            imported(i.names(), s);
        } else if (s instanceof Stmt.Try t) {
            handlerNames(t.handlers());
            super.visit(s);
        } else if (s instanceof Stmt.TryStar t) {
            handlerNames(t.handlers());
            super.visit(s);
        } else {
            super.visit(s);
        }
    }

    private void requireAsync(String message, Stmt s) {
        if (block != Block.ASYNC_FUNCTION || comprehension != null) {
            throw error(message, s.span());
        }
    }

    private void loop(Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse) {
        visit(target);
        visit(iter);
        loops++;
        walk(body);
        loops--;
        walk(orelse);
    }

    private void function(Stmt def, String name, Arguments args, List<Expr> decorators, Expr returns,
            List<Stmt> body, Block kind) {
        forbidden(name, def.span());
        forbiddenArgs(args, def.span());
        visitAll(decorators);
        visitArguments(args);
        visitOptional(returns);
        inBlock(kind, kind == Block.ASYNC_FUNCTION && YieldFinder.containsYield(body), () -> walk(body));
    }

    /** Walks a new code block: no loop around it, no comprehension, its own kind. */
    private void inBlock(Block kind, boolean isAsyncGenerator, Runnable walkBody) {
        Block outerBlock = block;
        boolean outerAsyncGenerator = asyncGenerator;
        int outerLoops = loops;
        Expr outerComprehension = comprehension;
        block = kind;
        asyncGenerator = isAsyncGenerator;
        loops = 0;
        comprehension = null;
        walkBody.run();
        block = outerBlock;
        asyncGenerator = outerAsyncGenerator;
        loops = outerLoops;
        comprehension = outerComprehension;
    }

    private void classDef(Stmt.ClassDef c) {
        forbidden(c.name(), c.span());
        visitAll(c.decoratorList());
        starredAllowed = true;
        visitAll(c.bases());
        keywords(c.keywords(), c.span());
        inBlock(Block.CLASS, false, () -> walk(c.body()));
    }

    @Override
    protected void visitArguments(Arguments a) {
        for (List<Arg> group : List.of(a.posonlyargs(), a.args(), a.kwonlyargs())) {
            for (Arg arg : group) {
                starredAllowed = false;
                visitOptional(arg.annotation());
            }
        }
        if (a.vararg() != null) {
            starredAllowed = true; // def f(*args: *Ts)
            visitOptional(a.vararg().annotation());
        }
        if (a.kwarg() != null) {
            starredAllowed = false;
            visitOptional(a.kwarg().annotation());
        }
        starredAllowed = false;
        visitAll(a.defaults());
        starredAllowed = false;
        visitAll(a.kwDefaults());
    }

    @Override
    protected void visit(Expr e) {
        boolean allowedHere = starredAllowed;
        if (e instanceof Expr.Starred st) {
            if (!allowedHere) {
                throw error(st.ctx() == ExprContext.Store ? "starred assignment target must be in a list or tuple"
                        : "can't use starred expression here", e.span());
            }
        } else if (e instanceof Expr.Tuple t) {
            if (t.ctx() == ExprContext.Store) {
                singleStar(t.elts(), e);
            }
        } else if (e instanceof Expr.ListExpr l) {
            if (l.ctx() == ExprContext.Store) {
                singleStar(l.elts(), e);
            }
        } else if (e instanceof Expr.Name n) {
            if (n.ctx() != ExprContext.Load && n.id().equals("__debug__")) {
                throw error(n.ctx() == ExprContext.Del ? "cannot delete __debug__" : "cannot assign to __debug__", e.span());
            }
        } else if (e instanceof Expr.Attribute a) {
            if (a.ctx() == ExprContext.Store && a.attr().equals("__debug__")) {
                throw error("cannot assign to __debug__", e.span());
            }
        } else if (e instanceof Expr.Call c) {
            starredAllowed = false;
            visit(c.func());
            starredAllowed = true;
            visitAll(c.args());
            keywords(c.keywords(), c.span());
            starredAllowed = allowedHere;
            return;
        } else if (e instanceof Expr.Lambda l) {
            forbiddenArgs(l.args(), e.span());
            lambda(l);
            starredAllowed = allowedHere;
            return;
        } else if (e instanceof Expr.Await) {
            await(e);
        } else if (e instanceof Expr.Yield || e instanceof Expr.YieldFrom) {
            yieldInComprehension(e);
        } else if (e instanceof Expr.ListComp || e instanceof Expr.SetComp || e instanceof Expr.DictComp
                || e instanceof Expr.GeneratorExp) {
            comprehension(e);
            starredAllowed = allowedHere;
            return;
        }
        starredAllowed = e instanceof Expr.Tuple || e instanceof Expr.ListExpr || e instanceof Expr.SetExpr;
        super.visit(e);
        starredAllowed = allowedHere;
    }

    private static void singleStar(List<Expr> elts, Expr target) {
        int stars = 0;
        for (Expr x : elts) {
            if (x instanceof Expr.Starred && ++stars > 1) {
                throw error("multiple starred expressions in assignment", target.span());
            }
        }
    }

    private void keywords(List<Keyword> keywords, Span at) {
        Set<String> seen = new HashSet<>();
        for (Keyword k : keywords) {
            if (k.arg() != null) {
                forbidden(k.arg(), at);
                if (!seen.add(k.arg())) {
                    throw error("keyword argument repeated: " + k.arg(), k.span());
                }
            }
        }
        for (Keyword k : keywords) {
            starredAllowed = false;
            visit(k.value());
        }
    }

    private void lambda(Expr.Lambda l) {
        starredAllowed = false;
        visitArguments(l.args());
        inBlock(Block.LAMBDA, false, () -> {
            starredAllowed = false;
            visit(l.body());
        });
    }

    /** CPython's compiler_visit_expr1, Await_kind. */
    private void await(Expr e) {
        if (comprehension != null) {
            return; // an await makes its comprehension asynchronous: checked where that starts
        }
        if (block == Block.MODULE || block == Block.CLASS) {
            throw error("'await' outside function", e.span());
        }
        if (block != Block.ASYNC_FUNCTION) {
            throw error("'await' outside async function", e.span());
        }
    }

    /** CPython's symtable_raise_if_comprehension_block and compiler_visit_expr1, YieldFrom_kind. */
    private void yieldInComprehension(Expr e) {
        if (comprehension != null) {
            throw error("'yield' inside " + comprehensionKind(comprehension), e.span());
        }
        if (e instanceof Expr.YieldFrom && block == Block.ASYNC_FUNCTION) {
            throw error("'yield from' inside async function", e.span());
        }
    }

    private static String comprehensionKind(Expr comp) {
        if (comp instanceof Expr.ListComp) {
            return "list comprehension";
        }
        if (comp instanceof Expr.SetComp) {
            return "set comprehension";
        }
        if (comp instanceof Expr.DictComp) {
            return "dict comprehension";
        }
        return "generator expression";
    }

    /**
     * A comprehension is a function of its own: its first iterable is evaluated outside. One
     * that awaits (or has an async for) outside an async function is an error, except a
     * generator expression, which then simply makes an asynchronous generator (CPython's
     * compiler_comprehension).
     */
    private void comprehension(Expr comp) {
        List<Comprehension> gens = SymbolTable.generators(comp);
        starredAllowed = false;
        visit(gens.get(0).iter());
        boolean isAsync = gens.stream().anyMatch(Comprehension::isAsync) || AwaitFinder.containsAwait(comp, gens);
        if (isAsync && !(comp instanceof Expr.GeneratorExp) && block != Block.ASYNC_FUNCTION && comprehension == null) {
            throw error("asynchronous comprehension outside of an asynchronous function", comp.span());
        }
        Expr outer = comprehension;
        comprehension = comp;
        for (int i = 0; i < gens.size(); i++) {
            Comprehension g = gens.get(i);
            starredAllowed = false;
            visit(g.target());
            if (i > 0) {
                starredAllowed = false;
                visit(g.iter());
            }
            for (Expr cond : g.ifs()) {
                starredAllowed = false;
                visit(cond);
            }
        }
        for (Expr part : elements(comp)) {
            starredAllowed = false;
            visit(part);
        }
        comprehension = outer;
    }

    private static List<Expr> elements(Expr e) {
        if (e instanceof Expr.ListComp c) {
            return List.of(c.elt());
        }
        if (e instanceof Expr.SetComp c) {
            return List.of(c.elt());
        }
        if (e instanceof Expr.DictComp c) {
            return List.of(c.key(), c.value());
        }
        return List.of(((Expr.GeneratorExp) e).elt());
    }

    private static void forbidden(String name, Span at) {
        if ("__debug__".equals(name)) {
            throw error("cannot assign to __debug__", at);
        }
    }

    private static void forbiddenArgs(Arguments a, Span at) {
        for (List<Arg> group : List.of(a.posonlyargs(), a.args(), a.kwonlyargs())) {
            for (Arg arg : group) {
                forbidden(arg.arg(), at);
            }
        }
        for (Arg arg : new Arg[] {a.vararg(), a.kwarg()}) {
            if (arg != null) {
                forbidden(arg.arg(), at);
            }
        }
    }

    private static void imported(List<Alias> names, Stmt at) {
        for (Alias a : names) {
            String bound = a.asname() != null ? a.asname() : a.name();
            forbidden(bound, at.span());
        }
    }

    private static void handlerNames(List<ExceptHandler> handlers) {
        for (ExceptHandler h : handlers) {
            forbidden(h.name(), h.span());
        }
    }

    /** Whether a function body yields, not counting the functions, lambdas and classes inside it. */
    private static final class YieldFinder extends AstWalker {
        private boolean found;

        static boolean containsYield(List<Stmt> body) {
            YieldFinder f = new YieldFinder();
            f.walk(body);
            return f.found;
        }

        @Override
        protected void visit(Stmt s) {
            if (!(s instanceof Stmt.FunctionDef || s instanceof Stmt.AsyncFunctionDef || s instanceof Stmt.ClassDef)) {
                super.visit(s);
            }
        }

        @Override
        protected void visit(Expr e) {
            if (e instanceof Expr.Yield || e instanceof Expr.YieldFrom) {
                found = true;
            } else if (!(e instanceof Expr.Lambda)) {
                super.visit(e);
            }
        }
    }

    /**
     * Whether {@code x} is an asynchronous comprehension: an async for clause, or an await in
     * its own body. Such a list, set or dict comprehension is a coroutine its scope awaits;
     * such a generator expression is an async generator.
     */
    static boolean isAsyncComprehension(Expr x) {
        if (!(x instanceof Expr.ListComp || x instanceof Expr.SetComp || x instanceof Expr.DictComp
                || x instanceof Expr.GeneratorExp)) {
            return false;
        }
        List<Comprehension> gens = SymbolTable.generators(x);
        return gens.stream().anyMatch(Comprehension::isAsync) || AwaitFinder.containsAwait(x, gens);
    }

    /** Whether a comprehension's own body (not its first iterable, not nested scopes) awaits. */
    private static final class AwaitFinder extends AstWalker {
        private boolean found;

        static boolean containsAwait(Node comp, List<Comprehension> gens) {
            AwaitFinder f = new AwaitFinder();
            for (int i = 0; i < gens.size(); i++) {
                f.visit(gens.get(i).target());
                if (i > 0) {
                    f.visit(gens.get(i).iter());
                }
                gens.get(i).ifs().forEach(f::visit);
            }
            elements((Expr) comp).forEach(f::visit);
            return f.found;
        }

        @Override
        protected void visit(Expr e) {
            if (e instanceof Expr.Await) {
                found = true;
            } else if (e instanceof Expr.Lambda || e instanceof Expr.ListComp || e instanceof Expr.SetComp
                    || e instanceof Expr.DictComp || e instanceof Expr.GeneratorExp) {
                return;
            } else {
                super.visit(e);
            }
        }
    }
}
