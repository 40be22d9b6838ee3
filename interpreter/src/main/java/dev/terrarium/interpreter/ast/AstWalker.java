package dev.terrarium.interpreter.ast;

import java.util.List;

/**
 * Walks every node under a starting point, children in source order. Subclasses override
 * {@link #visit(Expr)}, {@link #visit(Stmt)} or {@link #visit(Pattern)}, do their work and
 * call {@code super.visit(...)} to go on into the children (or not, to prune).
 */
public abstract class AstWalker {

    public void walk(List<Stmt> body) {
        for (Stmt s : body) {
            visit(s);
        }
    }

    protected void visitAll(List<? extends Expr> exprs) {
        for (Expr e : exprs) {
            if (e != null) {
                visit(e);
            }
        }
    }

    protected void visitOptional(Expr e) {
        if (e != null) {
            visit(e);
        }
    }

    protected void visitArguments(Arguments a) {
        for (List<Arg> group : List.of(a.posonlyargs(), a.args(), a.kwonlyargs())) {
            for (Arg arg : group) {
                visitOptional(arg.annotation());
            }
        }
        if (a.vararg() != null) {
            visitOptional(a.vararg().annotation());
        }
        if (a.kwarg() != null) {
            visitOptional(a.kwarg().annotation());
        }
        visitAll(a.defaults());
        visitAll(a.kwDefaults());
    }

    protected void visitComprehensions(List<Comprehension> generators) {
        for (Comprehension c : generators) {
            visit(c.target());
            visit(c.iter());
            visitAll(c.ifs());
        }
    }

    protected void visit(Stmt s) {
        if (s instanceof Stmt.FunctionDef f) {
            visitAll(f.decoratorList());
            visitArguments(f.args());
            visitOptional(f.returns());
            walk(f.body());
        } else if (s instanceof Stmt.AsyncFunctionDef f) {
            visitAll(f.decoratorList());
            visitArguments(f.args());
            visitOptional(f.returns());
            walk(f.body());
        } else if (s instanceof Stmt.ClassDef c) {
            visitAll(c.decoratorList());
            visitAll(c.bases());
            c.keywords().forEach(k -> visit(k.value()));
            walk(c.body());
        } else if (s instanceof Stmt.Return r) {
            visitOptional(r.value());
        } else if (s instanceof Stmt.Delete d) {
            visitAll(d.targets());
        } else if (s instanceof Stmt.Assign a) {
            visit(a.value());
            visitAll(a.targets());
        } else if (s instanceof Stmt.AugAssign a) {
            visit(a.target());
            visit(a.value());
        } else if (s instanceof Stmt.AnnAssign a) {
            visit(a.target());
            visit(a.annotation());
            visitOptional(a.value());
        } else if (s instanceof Stmt.For f) {
            visit(f.target());
            visit(f.iter());
            walk(f.body());
            walk(f.orelse());
        } else if (s instanceof Stmt.AsyncFor f) {
            visit(f.target());
            visit(f.iter());
            walk(f.body());
            walk(f.orelse());
        } else if (s instanceof Stmt.While w) {
            visit(w.test());
            walk(w.body());
            walk(w.orelse());
        } else if (s instanceof Stmt.If i) {
            visit(i.test());
            walk(i.body());
            walk(i.orelse());
        } else if (s instanceof Stmt.With w) {
            withItems(w.items());
            walk(w.body());
        } else if (s instanceof Stmt.AsyncWith w) {
            withItems(w.items());
            walk(w.body());
        } else if (s instanceof Stmt.Match m) {
            visit(m.subject());
            for (MatchCase c : m.cases()) {
                visit(c.pattern());
                visitOptional(c.guard());
                walk(c.body());
            }
        } else if (s instanceof Stmt.Raise r) {
            visitOptional(r.exc());
            visitOptional(r.cause());
        } else if (s instanceof Stmt.Try t) {
            tryParts(t.body(), t.handlers(), t.orelse(), t.finalbody());
        } else if (s instanceof Stmt.TryStar t) {
            tryParts(t.body(), t.handlers(), t.orelse(), t.finalbody());
        } else if (s instanceof Stmt.Assert a) {
            visit(a.test());
            visitOptional(a.msg());
        } else if (s instanceof Stmt.ExprStmt e) {
            visit(e.value());
        }
        // Import, ImportFrom, Global, Nonlocal, Pass, Break, Continue have no expression children.
    }

    private void withItems(List<WithItem> items) {
        for (WithItem item : items) {
            visit(item.contextExpr());
            visitOptional(item.optionalVars());
        }
    }

    private void tryParts(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody) {
        walk(body);
        for (ExceptHandler h : handlers) {
            visitOptional(h.type());
            walk(h.body());
        }
        walk(orelse);
        walk(finalbody);
    }

    protected void visit(Expr e) {
        if (e instanceof Expr.BoolOpExpr b) {
            visitAll(b.values());
        } else if (e instanceof Expr.NamedExpr n) {
            visit(n.value());
            visit(n.target());
        } else if (e instanceof Expr.BinOpExpr b) {
            visit(b.left());
            visit(b.right());
        } else if (e instanceof Expr.UnaryOpExpr u) {
            visit(u.operand());
        } else if (e instanceof Expr.Lambda l) {
            visitArguments(l.args());
            visit(l.body());
        } else if (e instanceof Expr.IfExp i) {
            visit(i.test());
            visit(i.body());
            visit(i.orelse());
        } else if (e instanceof Expr.Dict d) {
            for (int i = 0; i < d.values().size(); i++) {
                visitOptional(d.keys().get(i));
                visit(d.values().get(i));
            }
        } else if (e instanceof Expr.SetExpr s) {
            visitAll(s.elts());
        } else if (e instanceof Expr.ListComp c) {
            visitComprehensions(c.generators());
            visit(c.elt());
        } else if (e instanceof Expr.SetComp c) {
            visitComprehensions(c.generators());
            visit(c.elt());
        } else if (e instanceof Expr.DictComp c) {
            visitComprehensions(c.generators());
            visit(c.key());
            visit(c.value());
        } else if (e instanceof Expr.GeneratorExp c) {
            visitComprehensions(c.generators());
            visit(c.elt());
        } else if (e instanceof Expr.Await a) {
            visit(a.value());
        } else if (e instanceof Expr.Yield y) {
            visitOptional(y.value());
        } else if (e instanceof Expr.YieldFrom y) {
            visit(y.value());
        } else if (e instanceof Expr.Compare c) {
            visit(c.left());
            visitAll(c.comparators());
        } else if (e instanceof Expr.Call c) {
            visit(c.func());
            visitAll(c.args());
            c.keywords().forEach(k -> visit(k.value()));
        } else if (e instanceof Expr.FormattedValue f) {
            visit(f.value());
            visitOptional(f.formatSpec());
        } else if (e instanceof Expr.JoinedStr j) {
            visitAll(j.values());
        } else if (e instanceof Expr.Attribute a) {
            visit(a.value());
        } else if (e instanceof Expr.Subscript s) {
            visit(s.value());
            visit(s.slice());
        } else if (e instanceof Expr.Starred s) {
            visit(s.value());
        } else if (e instanceof Expr.ListExpr l) {
            visitAll(l.elts());
        } else if (e instanceof Expr.Tuple t) {
            visitAll(t.elts());
        } else if (e instanceof Expr.Slice s) {
            visitOptional(s.lower());
            visitOptional(s.upper());
            visitOptional(s.step());
        }
        // Constant and Name have no children.
    }

    protected void visit(Pattern p) {
        if (p instanceof Pattern.MatchValue v) {
            visit(v.value());
        } else if (p instanceof Pattern.MatchSequence s) {
            s.patterns().forEach(this::visit);
        } else if (p instanceof Pattern.MatchMapping m) {
            visitAll(m.keys());
            m.patterns().forEach(this::visit);
        } else if (p instanceof Pattern.MatchClass c) {
            visit(c.cls());
            c.patterns().forEach(this::visit);
            c.kwdPatterns().forEach(this::visit);
        } else if (p instanceof Pattern.MatchAs a) {
            if (a.pattern() != null) {
                visit(a.pattern());
            }
        } else if (p instanceof Pattern.MatchOr o) {
            o.patterns().forEach(this::visit);
        }
        // MatchSingleton and MatchStar have no children.
    }
}
