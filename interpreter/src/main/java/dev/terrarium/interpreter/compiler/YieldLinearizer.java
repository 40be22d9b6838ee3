package dev.terrarium.interpreter.compiler;

import dev.terrarium.interpreter.ast.Comprehension;
import dev.terrarium.interpreter.ast.ExceptHandler;
import dev.terrarium.interpreter.ast.Expr;
import dev.terrarium.interpreter.ast.Operators.ExprContext;
import dev.terrarium.interpreter.ast.Keyword;
import dev.terrarium.interpreter.ast.MatchCase;
import dev.terrarium.interpreter.ast.Module;
import dev.terrarium.interpreter.ast.Operators.BoolOp;
import dev.terrarium.interpreter.ast.Operators.UnaryOp;
import dev.terrarium.interpreter.ast.Span;
import dev.terrarium.interpreter.ast.Stmt;
import dev.terrarium.interpreter.ast.WithItem;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Rewrites function bodies so that every {@code yield} is a statement of its own or the value
 * of an assignment to a name, the two places where the generator code resumes with an empty
 * JVM operand stack ({@link GeneratorCodeGen}). An expression such as
 * {@code total = f(x) + (yield n)} becomes {@code $y0 = f(x); $y1 = yield n; total = $y0 + $y1}:
 * everything Python evaluates before the yield is evaluated first and kept in a temporary
 * local whose name no Python code can spell, in Python's order. Short-circuiting operators
 * and conditional expressions whose later operands yield become {@code if} statements, so
 * that an operand that Python would skip is still skipped.
 *
 * <p>The new statements carry the spans of the expressions they came from, so tracebacks
 * are unchanged. What it cannot rewrite faithfully (a yield in a chained comparison after the
 * first comparison, in an assignment target, in an assert message, in a decorator or default
 * evaluated by an enclosing scope...) it leaves alone, and the code generator reports it.
 */
final class YieldLinearizer {
    /** Temporaries start with a character no identifier has. */
    static final String TEMP_PREFIX = "$y";

    private int temps;

    private YieldLinearizer() {}

    static Module rewrite(Module module) {
        return new Module(rewriteScopes(module.body()));
    }

    /** Statements outside any function: only the functions (and classes) inside are rewritten. */
    private static List<Stmt> rewriteScopes(List<Stmt> body) {
        List<Stmt> out = new ArrayList<>(body.size());
        for (Stmt s : body) {
            out.add(inScope(s));
        }
        return out;
    }

    private static Stmt inScope(Stmt s) {
        if (s instanceof Stmt.FunctionDef f) {
            return new Stmt.FunctionDef(f.span(), f.name(), f.args(), new YieldLinearizer().stmts(f.body()),
                    f.decoratorList(), f.returns());
        } else if (s instanceof Stmt.AsyncFunctionDef f) {
            return new Stmt.AsyncFunctionDef(f.span(), f.name(), f.args(), new YieldLinearizer().stmts(f.body()),
                    f.decoratorList(), f.returns());
        } else if (s instanceof Stmt.ClassDef c) {
            return new Stmt.ClassDef(c.span(), c.name(), c.bases(), c.keywords(), rewriteScopes(c.body()),
                    c.decoratorList());
        }
        return mapBodies(s, YieldLinearizer::rewriteScopes);
    }

    // ---- statements --------------------------------------------------------------------

    private List<Stmt> stmts(List<Stmt> in) {
        List<Stmt> out = new ArrayList<>(in.size());
        for (Stmt s : in) {
            stmt(s, out);
        }
        return out;
    }

    private void stmt(Stmt s, List<Stmt> out) {
        if (s instanceof Stmt.FunctionDef || s instanceof Stmt.AsyncFunctionDef || s instanceof Stmt.ClassDef) {
            out.add(inScope(s));
        } else if (s instanceof Stmt.ExprStmt x && misplaced(x.value(), true)) {
            out.add(new Stmt.ExprStmt(x.span(), lin(x.value(), out)));
        } else if (s instanceof Stmt.Assign a && misplaced(a.value(), true) && !anyYield(a.targets())) {
            out.add(new Stmt.Assign(a.span(), a.targets(), lin(a.value(), out)));
        } else if (s instanceof Stmt.AnnAssign a && a.value() != null && misplaced(a.value(), false)
                && !hasYield(a.target())) {
            out.add(new Stmt.AnnAssign(a.span(), a.target(), a.annotation(), lin(a.value(), out), a.simple()));
        } else if (s instanceof Stmt.AugAssign a && misplaced(a.value(), false)) {
            augAssign(a, out);
        } else if (s instanceof Stmt.Return r && r.value() != null && misplaced(r.value(), false)) {
            out.add(new Stmt.Return(r.span(), lin(r.value(), out)));
        } else if (s instanceof Stmt.If i && misplaced(i.test(), false)) {
            out.add(new Stmt.If(i.span(), lin(i.test(), out), stmts(i.body()), stmts(i.orelse())));
        } else if (s instanceof Stmt.For f && misplaced(f.iter(), false) && !hasYield(f.target())) {
            out.add(new Stmt.For(f.span(), f.target(), lin(f.iter(), out), stmts(f.body()), stmts(f.orelse())));
        } else if (s instanceof Stmt.While w && misplaced(w.test(), false) && !jumpsOut(w.orelse())) {
            // while T: B else: E  ==  while True: <T's statements>; if not T: E; break; B
            List<Stmt> loop = new ArrayList<>();
            Expr test = lin(w.test(), loop);
            List<Stmt> exit = new ArrayList<>(stmts(w.orelse()));
            exit.add(new Stmt.Break(w.test().span()));
            loop.add(new Stmt.If(w.test().span(), new Expr.UnaryOpExpr(w.test().span(), UnaryOp.Not, test), exit,
                    List.of()));
            loop.addAll(stmts(w.body()));
            out.add(new Stmt.While(w.span(), trueConstant(w.test().span()), loop, List.of()));
        } else if (s instanceof Stmt.With w && anyYieldInItems(w.items())) {
            with(w, out);
        } else if (s instanceof Stmt.Raise r && (misplaced(r.exc(), false) || misplaced(r.cause(), false))) {
            List<Expr> parts = lin(nonNull(r.exc(), r.cause()), out);
            Expr exc = r.exc() == null ? null : parts.get(0);
            Expr cause = r.cause() == null ? null : parts.get(parts.size() - 1);
            out.add(new Stmt.Raise(r.span(), exc, cause));
        } else if (s instanceof Stmt.Assert a && misplaced(a.test(), false) && !hasYield(a.msg())) {
            out.add(new Stmt.Assert(a.span(), lin(a.test(), out), a.msg()));
        } else if (s instanceof Stmt.Match m && misplaced(m.subject(), false)) {
            Expr subject = lin(m.subject(), out);
            out.add(mapBodies(new Stmt.Match(m.span(), subject, m.cases()), this::stmts));
        } else {
            out.add(mapBodies(s, this::stmts));
        }
    }

    /** {@code t op= v} with a yield in v: t's parts and old value are read first, as CPython does. */
    private void augAssign(Stmt.AugAssign a, List<Stmt> out) {
        Expr target = a.target();
        Span at = target.span();
        Expr store;
        Expr load;
        if (target instanceof Expr.Name n) {
            store = n;
            load = new Expr.Name(n.span(), n.id(), ExprContext.Load);
        } else if (target instanceof Expr.Attribute at2 && !hasYield(at2.value())) {
            Expr obj = spill(at2.value(), out);
            store = new Expr.Attribute(at2.span(), obj, at2.attr(), ExprContext.Store);
            load = new Expr.Attribute(at2.span(), obj, at2.attr(), ExprContext.Load);
        } else if (target instanceof Expr.Subscript sub && !hasYield(sub.value()) && !hasYield(sub.slice())) {
            Expr obj = spill(sub.value(), out);
            Expr key = spill(sub.slice(), out);
            store = new Expr.Subscript(sub.span(), obj, key, ExprContext.Store);
            load = new Expr.Subscript(sub.span(), obj, key, ExprContext.Load);
        } else {
            out.add(a);
            return;
        }
        Expr.Name old = temp(at);
        out.add(assign(old, load));
        Expr value = lin(a.value(), out);
        out.add(new Stmt.AugAssign(a.span(), store(old), a.op(), value));
        out.add(new Stmt.Assign(a.span(), List.of(store), old));
    }

    /** A with statement whose i-th item yields: the items before it enclose the rest (as Python nests them). */
    private void with(Stmt.With w, List<Stmt> out) {
        List<WithItem> items = w.items();
        int first = 0;
        while (!hasYield(items.get(first).contextExpr())) {
            first++;
        }
        if (hasYield(items.get(first).optionalVars())) {
            out.add(w);
            return;
        }
        if (first > 0) {
            Stmt.With inner = new Stmt.With(w.span(), items.subList(first, items.size()), w.body());
            List<Stmt> body = new ArrayList<>();
            stmt(inner, body);
            out.add(new Stmt.With(w.span(), items.subList(0, first), body));
            return;
        }
        WithItem item = items.get(0);
        Expr manager = lin(item.contextExpr(), out);
        List<Stmt> body = items.size() == 1 ? stmts(w.body()) : new ArrayList<>();
        if (items.size() > 1) {
            stmt(new Stmt.With(w.span(), items.subList(1, items.size()), w.body()), body);
        }
        out.add(new Stmt.With(w.span(), List.of(new WithItem(manager, item.optionalVars())), body));
    }

    /** The statement with each of its nested statement lists passed through {@code f}. */
    private static Stmt mapBodies(Stmt s, Function<List<Stmt>, List<Stmt>> f) {
        if (s instanceof Stmt.If i) {
            return new Stmt.If(i.span(), i.test(), f.apply(i.body()), f.apply(i.orelse()));
        } else if (s instanceof Stmt.While w) {
            return new Stmt.While(w.span(), w.test(), f.apply(w.body()), f.apply(w.orelse()));
        } else if (s instanceof Stmt.For x) {
            return new Stmt.For(x.span(), x.target(), x.iter(), f.apply(x.body()), f.apply(x.orelse()));
        } else if (s instanceof Stmt.AsyncFor x) {
            return new Stmt.AsyncFor(x.span(), x.target(), x.iter(), f.apply(x.body()), f.apply(x.orelse()));
        } else if (s instanceof Stmt.With w) {
            return new Stmt.With(w.span(), w.items(), f.apply(w.body()));
        } else if (s instanceof Stmt.AsyncWith w) {
            return new Stmt.AsyncWith(w.span(), w.items(), f.apply(w.body()));
        } else if (s instanceof Stmt.Try t) {
            return new Stmt.Try(t.span(), f.apply(t.body()), handlers(t.handlers(), f), f.apply(t.orelse()),
                    f.apply(t.finalbody()));
        } else if (s instanceof Stmt.TryStar t) {
            return new Stmt.TryStar(t.span(), f.apply(t.body()), handlers(t.handlers(), f), f.apply(t.orelse()),
                    f.apply(t.finalbody()));
        } else if (s instanceof Stmt.Match m) {
            List<MatchCase> cases = new ArrayList<>(m.cases().size());
            for (MatchCase c : m.cases()) {
                cases.add(new MatchCase(c.pattern(), c.guard(), f.apply(c.body())));
            }
            return new Stmt.Match(m.span(), m.subject(), cases);
        }
        return s;
    }

    private static List<ExceptHandler> handlers(List<ExceptHandler> hs, Function<List<Stmt>, List<Stmt>> f) {
        List<ExceptHandler> out = new ArrayList<>(hs.size());
        for (ExceptHandler h : hs) {
            out.add(new ExceptHandler(h.span(), h.type(), h.name(), f.apply(h.body())));
        }
        return out;
    }

    // ---- expressions -------------------------------------------------------------------

    /**
     * An expression free of yields, computing what {@code x} computes, after the statements
     * appended to {@code pre} have run.
     */
    private Expr lin(Expr x, List<Stmt> pre) {
        if (x == null || !hasYield(x)) {
            return x;
        }
        if (x instanceof Expr.Yield y) {
            Expr.Name t = temp(y.span());
            pre.add(assign(t, new Expr.Yield(y.span(), lin(y.value(), pre))));
            return load(t);
        } else if (x instanceof Expr.YieldFrom y) {
            Expr.Name t = temp(y.span());
            pre.add(assign(t, new Expr.YieldFrom(y.span(), lin(y.value(), pre))));
            return load(t);
        } else if (x instanceof Expr.Await y) {
            Expr.Name t = temp(y.span());
            pre.add(assign(t, new Expr.Await(y.span(), lin(y.value(), pre))));
            return load(t);
        } else if (x instanceof Expr.BinOpExpr b) {
            List<Expr> p = lin(List.of(b.left(), b.right()), pre);
            return new Expr.BinOpExpr(b.span(), p.get(0), b.op(), p.get(1));
        } else if (x instanceof Expr.UnaryOpExpr u) {
            return new Expr.UnaryOpExpr(u.span(), u.op(), lin(u.operand(), pre));
        } else if (x instanceof Expr.BoolOpExpr b) {
            return boolOp(b, pre);
        } else if (x instanceof Expr.IfExp i) {
            return ifExp(i, pre);
        } else if (x instanceof Expr.Compare c && !anyYield(c.comparators().subList(Math.min(1, c.comparators().size()),
                c.comparators().size()))) {
            List<Expr> p = lin(List.of(c.left(), c.comparators().get(0)), pre);
            List<Expr> comparators = new ArrayList<>(c.comparators());
            comparators.set(0, p.get(1));
            return new Expr.Compare(c.span(), p.get(0), c.ops(), comparators);
        } else if (x instanceof Expr.Call c) {
            List<Expr> parts = new ArrayList<>();
            parts.add(c.func());
            parts.addAll(c.args());
            for (Keyword k : c.keywords()) {
                parts.add(k.value());
            }
            List<Expr> p = lin(parts, pre);
            List<Keyword> keywords = new ArrayList<>(c.keywords().size());
            int n = 1 + c.args().size();
            for (int i = 0; i < c.keywords().size(); i++) {
                Keyword k = c.keywords().get(i);
                keywords.add(new Keyword(k.span(), k.arg(), p.get(n + i)));
            }
            return new Expr.Call(c.span(), p.get(0), p.subList(1, n), keywords);
        } else if (x instanceof Expr.Attribute a) {
            return new Expr.Attribute(a.span(), lin(a.value(), pre), a.attr(), a.ctx());
        } else if (x instanceof Expr.Subscript s) {
            List<Expr> p = lin(List.of(s.value(), s.slice()), pre);
            return new Expr.Subscript(s.span(), p.get(0), p.get(1), s.ctx());
        } else if (x instanceof Expr.Starred s) {
            return new Expr.Starred(s.span(), lin(s.value(), pre), s.ctx());
        } else if (x instanceof Expr.ListExpr l) {
            return new Expr.ListExpr(l.span(), lin(l.elts(), pre), l.ctx());
        } else if (x instanceof Expr.Tuple t) {
            return new Expr.Tuple(t.span(), lin(t.elts(), pre), t.ctx());
        } else if (x instanceof Expr.SetExpr s) {
            return new Expr.SetExpr(s.span(), lin(s.elts(), pre));
        } else if (x instanceof Expr.Dict d) {
            return dict(d, pre);
        } else if (x instanceof Expr.Slice s) {
            List<Expr> p = lin(nonNull(s.lower(), s.upper(), s.step()), pre);
            int i = 0;
            Expr lower = s.lower() == null ? null : p.get(i++);
            Expr upper = s.upper() == null ? null : p.get(i++);
            Expr step = s.step() == null ? null : p.get(i);
            return new Expr.Slice(s.span(), lower, upper, step);
        } else if (x instanceof Expr.JoinedStr j) {
            return new Expr.JoinedStr(j.span(), lin(j.values(), pre));
        } else if (x instanceof Expr.FormattedValue f && !hasYield(f.formatSpec())) {
            return new Expr.FormattedValue(f.span(), lin(f.value(), pre), f.conversion(), f.formatSpec());
        } else if (x instanceof Expr.NamedExpr n) {
            return new Expr.NamedExpr(n.span(), n.target(), lin(n.value(), pre));
        } else if (isAwaitedComprehension(x)) {
            Expr.Name t = temp(x.span());
            pre.add(assign(t, linFirstIter(x, pre)));
            return load(t);
        } else if (x instanceof Expr.ListComp c) {
            return new Expr.ListComp(c.span(), c.elt(), firstIter(c.generators(), pre));
        } else if (x instanceof Expr.SetComp c) {
            return new Expr.SetComp(c.span(), c.elt(), firstIter(c.generators(), pre));
        } else if (x instanceof Expr.DictComp c) {
            return new Expr.DictComp(c.span(), c.key(), c.value(), firstIter(c.generators(), pre));
        } else if (x instanceof Expr.GeneratorExp c) {
            return new Expr.GeneratorExp(c.span(), c.elt(), firstIter(c.generators(), pre));
        }
        // Not rewritable here: the code generator reports the yield.
        return x;
    }

    /**
     * Operands evaluated left to right: those before the last one that yields are computed
     * into temporaries first; those after it stay where they are.
     */
    private List<Expr> lin(List<Expr> xs, List<Stmt> pre) {
        int last = -1;
        for (int i = 0; i < xs.size(); i++) {
            if (hasYield(xs.get(i))) {
                last = i;
            }
        }
        if (last < 0) {
            return xs;
        }
        List<Expr> out = new ArrayList<>(xs.size());
        for (int i = 0; i < xs.size(); i++) {
            Expr x = xs.get(i);
            if (i < last) {
                if (x instanceof Expr.Starred s) {
                    // *it is iterated where it stands, before the yield: keep its items
                    Expr items = new Expr.Tuple(s.span(), List.of(new Expr.Starred(s.span(), lin(s.value(), pre),
                            ExprContext.Load)), ExprContext.Load);
                    out.add(new Expr.Starred(s.span(), spill(items, pre), s.ctx()));
                } else {
                    out.add(spill(lin(x, pre), pre));
                }
            } else if (i == last) {
                out.add(lin(x, pre));
            } else {
                out.add(x);
            }
        }
        return out;
    }

    private Expr dict(Expr.Dict d, List<Stmt> pre) {
        List<Expr> parts = new ArrayList<>();
        for (int i = 0; i < d.keys().size(); i++) {
            if (d.keys().get(i) != null) {
                parts.add(d.keys().get(i));
            }
            parts.add(d.values().get(i));
        }
        List<Expr> p = lin(parts, pre);
        List<Expr> keys = new ArrayList<>(d.keys().size());
        List<Expr> values = new ArrayList<>(d.keys().size());
        int j = 0;
        for (int i = 0; i < d.keys().size(); i++) {
            keys.add(d.keys().get(i) == null ? null : p.get(j++));
            values.add(p.get(j++));
        }
        return new Expr.Dict(d.span(), keys, values);
    }

    /** {@code a and (yield)}: the later operands run only as far as Python's short-circuit goes. */
    private Expr boolOp(Expr.BoolOpExpr b, List<Stmt> pre) {
        List<Expr> values = b.values();
        if (!anyYield(values.subList(1, values.size()))) {
            List<Expr> rest = new ArrayList<>(values);
            rest.set(0, lin(values.get(0), pre));
            return new Expr.BoolOpExpr(b.span(), b.op(), rest);
        }
        Expr.Name t = temp(b.span());
        pre.add(assign(t, lin(values.get(0), pre)));
        List<Stmt> current = pre;
        for (int i = 1; i < values.size(); i++) {
            List<Stmt> inner = new ArrayList<>();
            inner.add(assign(t, lin(values.get(i), inner)));
            Expr test = b.op() == BoolOp.And ? load(t) : new Expr.UnaryOpExpr(b.span(), UnaryOp.Not, load(t));
            current.add(new Stmt.If(b.span(), test, inner, List.of()));
            current = inner;
        }
        return load(t);
    }

    private Expr ifExp(Expr.IfExp i, List<Stmt> pre) {
        Expr test = lin(i.test(), pre);
        if (!hasYield(i.body()) && !hasYield(i.orelse())) {
            return new Expr.IfExp(i.span(), test, i.body(), i.orelse());
        }
        Expr.Name t = temp(i.span());
        List<Stmt> then = new ArrayList<>();
        then.add(assign(t, lin(i.body(), then)));
        List<Stmt> otherwise = new ArrayList<>();
        otherwise.add(assign(t, lin(i.orelse(), otherwise)));
        pre.add(new Stmt.If(i.span(), test, then, otherwise));
        return load(t);
    }

    /** The comprehension {@code x} with its first iterable linearized. */
    private Expr linFirstIter(Expr x, List<Stmt> pre) {
        if (x instanceof Expr.ListComp c) {
            return new Expr.ListComp(c.span(), c.elt(), firstIter(c.generators(), pre));
        } else if (x instanceof Expr.SetComp c) {
            return new Expr.SetComp(c.span(), c.elt(), firstIter(c.generators(), pre));
        }
        Expr.DictComp c = (Expr.DictComp) x;
        return new Expr.DictComp(c.span(), c.key(), c.value(), firstIter(c.generators(), pre));
    }

    /** A comprehension's first iterable is evaluated in the enclosing function, so it may yield. */
    private List<Comprehension> firstIter(List<Comprehension> gens, List<Stmt> pre) {
        List<Comprehension> out = new ArrayList<>(gens);
        Comprehension g = gens.get(0);
        out.set(0, new Comprehension(g.target(), lin(g.iter(), pre), g.ifs(), g.isAsync()));
        return out;
    }

    /** The value of {@code x} fixed now: a temporary, unless it is a constant. */
    private Expr spill(Expr x, List<Stmt> pre) {
        if (x instanceof Expr.Constant || x instanceof Expr.Name n && n.id().startsWith(TEMP_PREFIX)) {
            return x;
        }
        Expr.Name t = temp(x.span());
        pre.add(assign(t, x));
        return load(t);
    }

    private Expr.Name temp(Span at) {
        return new Expr.Name(at, TEMP_PREFIX + temps++, ExprContext.Store);
    }

    private static Expr.Name load(Expr.Name n) {
        return new Expr.Name(n.span(), n.id(), ExprContext.Load);
    }

    private static Expr.Name store(Expr.Name n) {
        return new Expr.Name(n.span(), n.id(), ExprContext.Store);
    }

    private static Stmt assign(Expr.Name target, Expr value) {
        return new Stmt.Assign(value.span(), List.of(store(target)), value);
    }

    private static Expr trueConstant(Span at) {
        return new Expr.Constant(at, dev.terrarium.interpreter.ast.ConstantValue.TRUE, null);
    }

    private static List<Expr> nonNull(Expr... xs) {
        List<Expr> out = new ArrayList<>();
        for (Expr x : xs) {
            if (x != null) {
                out.add(x);
            }
        }
        return out;
    }

    // ---- where yields are --------------------------------------------------------------

    /**
     * A yield inside {@code x} that the code generator cannot take as it is: any yield, except
     * {@code x} itself being one when {@code topLevelOk} (a statement or an assignment's value).
     */
    private static boolean misplaced(Expr x, boolean topLevelOk) {
        if (x == null) {
            return false;
        }
        if (topLevelOk && (x instanceof Expr.Yield y)) {
            return hasYield(y.value());
        }
        if (topLevelOk && (x instanceof Expr.YieldFrom y)) {
            return hasYield(y.value());
        }
        if (topLevelOk && (x instanceof Expr.Await y)) {
            return hasYield(y.value());
        }
        if (topLevelOk && isAwaitedComprehension(x)) {
            return hasYield(SymbolTable.generators(x).get(0).iter());
        }
        return hasYield(x);
    }

    private static boolean anyYield(List<Expr> xs) {
        for (Expr x : xs) {
            if (hasYield(x)) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyYieldInItems(List<WithItem> items) {
        for (WithItem w : items) {
            if (hasYield(w.contextExpr())) {
                return true;
            }
        }
        return false;
    }

    /** An asynchronous list, set or dict comprehension: a coroutine awaited where it stands. */
    static boolean isAwaitedComprehension(Expr x) {
        return !(x instanceof Expr.GeneratorExp) && CompileChecks.isAsyncComprehension(x);
    }

    /** Whether evaluating {@code x} in this scope may yield (lambdas and comprehensions are scopes of their own). */
    static boolean hasYield(Expr x) {
        if (x == null) {
            return false;
        }
        if (x instanceof Expr.Yield || x instanceof Expr.YieldFrom || x instanceof Expr.Await) {
            return true;
        }
        if (x instanceof Expr.Lambda) {
            return false;
        }
        if (isAwaitedComprehension(x)) {
            return true;
        }
        if (x instanceof Expr.ListComp c) {
            return hasYield(c.generators().get(0).iter());
        } else if (x instanceof Expr.SetComp c) {
            return hasYield(c.generators().get(0).iter());
        } else if (x instanceof Expr.DictComp c) {
            return hasYield(c.generators().get(0).iter());
        } else if (x instanceof Expr.GeneratorExp c) {
            return hasYield(c.generators().get(0).iter());
        }
        boolean[] found = {false};
        forEachChild(x, c -> found[0] |= hasYield(c));
        return found[0];
    }

    private static void forEachChild(Expr x, java.util.function.Consumer<Expr> f) {
        if (x instanceof Expr.BoolOpExpr b) {
            b.values().forEach(f);
        } else if (x instanceof Expr.NamedExpr n) {
            f.accept(n.value());
        } else if (x instanceof Expr.BinOpExpr b) {
            f.accept(b.left());
            f.accept(b.right());
        } else if (x instanceof Expr.UnaryOpExpr u) {
            f.accept(u.operand());
        } else if (x instanceof Expr.IfExp i) {
            f.accept(i.test());
            f.accept(i.body());
            f.accept(i.orelse());
        } else if (x instanceof Expr.Dict d) {
            d.keys().forEach(f);
            d.values().forEach(f);
        } else if (x instanceof Expr.SetExpr s) {
            s.elts().forEach(f);
        } else if (x instanceof Expr.Await a) {
            f.accept(a.value());
        } else if (x instanceof Expr.Compare c) {
            f.accept(c.left());
            c.comparators().forEach(f);
        } else if (x instanceof Expr.Call c) {
            f.accept(c.func());
            c.args().forEach(f);
            c.keywords().forEach(k -> f.accept(k.value()));
        } else if (x instanceof Expr.FormattedValue v) {
            f.accept(v.value());
            f.accept(v.formatSpec());
        } else if (x instanceof Expr.JoinedStr j) {
            j.values().forEach(f);
        } else if (x instanceof Expr.Attribute a) {
            f.accept(a.value());
        } else if (x instanceof Expr.Subscript s) {
            f.accept(s.value());
            f.accept(s.slice());
        } else if (x instanceof Expr.Starred s) {
            f.accept(s.value());
        } else if (x instanceof Expr.ListExpr l) {
            l.elts().forEach(f);
        } else if (x instanceof Expr.Tuple t) {
            t.elts().forEach(f);
        } else if (x instanceof Expr.Slice s) {
            f.accept(s.lower());
            f.accept(s.upper());
            f.accept(s.step());
        }
    }

    /** Whether {@code body} has a break or continue that belongs to the loop around it. */
    private static boolean jumpsOut(List<Stmt> body) {
        for (Stmt s : body) {
            if (s instanceof Stmt.Break || s instanceof Stmt.Continue) {
                return true;
            }
            if (s instanceof Stmt.For || s instanceof Stmt.While || s instanceof Stmt.AsyncFor
                    || s instanceof Stmt.FunctionDef || s instanceof Stmt.AsyncFunctionDef || s instanceof Stmt.ClassDef) {
                continue;
            }
            List<List<Stmt>> nested = new ArrayList<>();
            mapBodies(s, b -> {
                nested.add(b);
                return b;
            });
            for (List<Stmt> b : nested) {
                if (jumpsOut(b)) {
                    return true;
                }
            }
        }
        return false;
    }
}
