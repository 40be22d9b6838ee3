package dev.terrarium.interpreter.parser;

import dev.terrarium.interpreter.ast.Alias;
import dev.terrarium.interpreter.ast.Arg;
import dev.terrarium.interpreter.ast.Arguments;
import dev.terrarium.interpreter.ast.Comprehension;
import dev.terrarium.interpreter.ast.ExceptHandler;
import dev.terrarium.interpreter.ast.Expr;
import dev.terrarium.interpreter.ast.Keyword;
import dev.terrarium.interpreter.ast.MatchCase;
import dev.terrarium.interpreter.ast.Module;
import dev.terrarium.interpreter.ast.Pattern;
import dev.terrarium.interpreter.ast.Span;
import dev.terrarium.interpreter.ast.Stmt;
import dev.terrarium.interpreter.ast.WithItem;
import java.util.List;

/**
 * The text of CPython 3.11's {@code ast.dump(tree, include_attributes=True)} for our AST:
 * CPython's node names and field order, optional fields omitted when None, empty lists
 * printed as {@code []}, and positions appended after the fields.
 */
public final class AstDump {
    private AstDump() {}

    public static String dump(Module m) {
        StringBuilder sb = new StringBuilder("Module(body=");
        stmts(sb, m.body());
        return sb.append(", type_ignores=[])").toString();
    }

    /** One node being printed: "Name(" then ", "-separated fields. */
    private static final class Node {
        private final StringBuilder sb;
        private boolean first = true;

        Node(StringBuilder sb, String name) {
            this.sb = sb;
            sb.append(name).append('(');
        }

        StringBuilder field(String name) {
            if (!first) {
                sb.append(", ");
            }
            first = false;
            return sb.append(name).append('=');
        }

        Node raw(String name, String value) {
            field(name).append(value);
            return this;
        }

        Node expr(String name, Expr e) {
            if (e != null) {
                field(name);
                AstDump.expr(sb, e);
            }
            return this;
        }

        Node exprs(String name, List<Expr> es) {
            field(name);
            AstDump.exprs(sb, es);
            return this;
        }

        Node stmts(String name, List<Stmt> ss) {
            field(name);
            AstDump.stmts(sb, ss);
            return this;
        }

        Node str(String name, String s) {
            if (s != null) {
                field(name).append(PyRepr.str(s));
            }
            return this;
        }

        void end(Span s) {
            if (s != null) {
                raw("lineno", Integer.toString(s.lineno()));
                raw("col_offset", Integer.toString(s.colOffset()));
                raw("end_lineno", Integer.toString(s.endLineno()));
                raw("end_col_offset", Integer.toString(s.endColOffset()));
            }
            sb.append(')');
        }
    }

    private static void stmts(StringBuilder sb, List<Stmt> ss) {
        sb.append('[');
        for (int i = 0; i < ss.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            stmt(sb, ss.get(i));
        }
        sb.append(']');
    }

    private static void exprs(StringBuilder sb, List<Expr> es) {
        sb.append('[');
        for (int i = 0; i < es.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            Expr e = es.get(i);
            if (e == null) {
                sb.append("None");
            } else {
                expr(sb, e);
            }
        }
        sb.append(']');
    }

    private static void strings(StringBuilder sb, List<String> ss) {
        sb.append('[');
        for (int i = 0; i < ss.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(PyRepr.str(ss.get(i)));
        }
        sb.append(']');
    }

    private static void stmt(StringBuilder sb, Stmt s) {
        if (s instanceof Stmt.FunctionDef f) {
            Node n = new Node(sb, "FunctionDef").str("name", f.name());
            arguments(n.field("args"), f.args());
            n.stmts("body", f.body()).exprs("decorator_list", f.decoratorList()).expr("returns", f.returns()).end(f.span());
        } else if (s instanceof Stmt.AsyncFunctionDef f) {
            Node n = new Node(sb, "AsyncFunctionDef").str("name", f.name());
            arguments(n.field("args"), f.args());
            n.stmts("body", f.body()).exprs("decorator_list", f.decoratorList()).expr("returns", f.returns()).end(f.span());
        } else if (s instanceof Stmt.ClassDef c) {
            Node n = new Node(sb, "ClassDef").str("name", c.name()).exprs("bases", c.bases());
            keywords(n.field("keywords"), c.keywords());
            n.stmts("body", c.body()).exprs("decorator_list", c.decoratorList()).end(c.span());
        } else if (s instanceof Stmt.Return r) {
            new Node(sb, "Return").expr("value", r.value()).end(r.span());
        } else if (s instanceof Stmt.Delete d) {
            new Node(sb, "Delete").exprs("targets", d.targets()).end(d.span());
        } else if (s instanceof Stmt.Assign a) {
            new Node(sb, "Assign").exprs("targets", a.targets()).expr("value", a.value()).end(a.span());
        } else if (s instanceof Stmt.AugAssign a) {
            new Node(sb, "AugAssign").expr("target", a.target()).raw("op", a.op().name() + "()")
                    .expr("value", a.value()).end(a.span());
        } else if (s instanceof Stmt.AnnAssign a) {
            new Node(sb, "AnnAssign").expr("target", a.target()).expr("annotation", a.annotation())
                    .expr("value", a.value()).raw("simple", a.simple() ? "1" : "0").end(a.span());
        } else if (s instanceof Stmt.For f) {
            new Node(sb, "For").expr("target", f.target()).expr("iter", f.iter()).stmts("body", f.body())
                    .stmts("orelse", f.orelse()).end(f.span());
        } else if (s instanceof Stmt.AsyncFor f) {
            new Node(sb, "AsyncFor").expr("target", f.target()).expr("iter", f.iter()).stmts("body", f.body())
                    .stmts("orelse", f.orelse()).end(f.span());
        } else if (s instanceof Stmt.While w) {
            new Node(sb, "While").expr("test", w.test()).stmts("body", w.body()).stmts("orelse", w.orelse()).end(w.span());
        } else if (s instanceof Stmt.If i) {
            new Node(sb, "If").expr("test", i.test()).stmts("body", i.body()).stmts("orelse", i.orelse()).end(i.span());
        } else if (s instanceof Stmt.With w) {
            Node n = new Node(sb, "With");
            withItems(n.field("items"), w.items());
            n.stmts("body", w.body()).end(w.span());
        } else if (s instanceof Stmt.AsyncWith w) {
            Node n = new Node(sb, "AsyncWith");
            withItems(n.field("items"), w.items());
            n.stmts("body", w.body()).end(w.span());
        } else if (s instanceof Stmt.Match m) {
            Node n = new Node(sb, "Match").expr("subject", m.subject());
            StringBuilder out = n.field("cases").append('[');
            for (int i = 0; i < m.cases().size(); i++) {
                if (i > 0) {
                    out.append(", ");
                }
                MatchCase c = m.cases().get(i);
                Node cn = new Node(out, "match_case");
                pattern(cn.field("pattern"), c.pattern());
                cn.expr("guard", c.guard()).stmts("body", c.body()).end(null);
            }
            out.append(']');
            n.end(m.span());
        } else if (s instanceof Stmt.Raise r) {
            new Node(sb, "Raise").expr("exc", r.exc()).expr("cause", r.cause()).end(r.span());
        } else if (s instanceof Stmt.Try t) {
            tryLike(sb, "Try", t.body(), t.handlers(), t.orelse(), t.finalbody(), t.span());
        } else if (s instanceof Stmt.TryStar t) {
            tryLike(sb, "TryStar", t.body(), t.handlers(), t.orelse(), t.finalbody(), t.span());
        } else if (s instanceof Stmt.Assert a) {
            new Node(sb, "Assert").expr("test", a.test()).expr("msg", a.msg()).end(a.span());
        } else if (s instanceof Stmt.Import i) {
            Node n = new Node(sb, "Import");
            aliases(n.field("names"), i.names());
            n.end(i.span());
        } else if (s instanceof Stmt.ImportFrom i) {
            Node n = new Node(sb, "ImportFrom").str("module", i.module());
            aliases(n.field("names"), i.names());
            n.raw("level", Integer.toString(i.level())).end(i.span());
        } else if (s instanceof Stmt.Global g) {
            Node n = new Node(sb, "Global");
            strings(n.field("names"), g.names());
            n.end(g.span());
        } else if (s instanceof Stmt.Nonlocal g) {
            Node n = new Node(sb, "Nonlocal");
            strings(n.field("names"), g.names());
            n.end(g.span());
        } else if (s instanceof Stmt.ExprStmt e) {
            new Node(sb, "Expr").expr("value", e.value()).end(e.span());
        } else if (s instanceof Stmt.Pass p) {
            new Node(sb, "Pass").end(p.span());
        } else if (s instanceof Stmt.Break b) {
            new Node(sb, "Break").end(b.span());
        } else if (s instanceof Stmt.Continue c) {
            new Node(sb, "Continue").end(c.span());
        }
    }

    private static void tryLike(StringBuilder sb, String name, List<Stmt> body, List<ExceptHandler> handlers,
            List<Stmt> orelse, List<Stmt> finalbody, Span span) {
        Node n = new Node(sb, name).stmts("body", body);
        StringBuilder out = n.field("handlers").append('[');
        for (int i = 0; i < handlers.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            ExceptHandler h = handlers.get(i);
            new Node(out, "ExceptHandler").expr("type", h.type()).str("name", h.name()).stmts("body", h.body())
                    .end(h.span());
        }
        out.append(']');
        n.stmts("orelse", orelse).stmts("finalbody", finalbody).end(span);
    }

    private static void withItems(StringBuilder sb, List<WithItem> items) {
        sb.append('[');
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            WithItem w = items.get(i);
            new Node(sb, "withitem").expr("context_expr", w.contextExpr()).expr("optional_vars", w.optionalVars())
                    .end(null);
        }
        sb.append(']');
    }

    private static void aliases(StringBuilder sb, List<Alias> names) {
        sb.append('[');
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            Alias a = names.get(i);
            new Node(sb, "alias").str("name", a.name()).str("asname", a.asname()).end(a.span());
        }
        sb.append(']');
    }

    private static void keywords(StringBuilder sb, List<Keyword> kws) {
        sb.append('[');
        for (int i = 0; i < kws.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            Keyword k = kws.get(i);
            new Node(sb, "keyword").str("arg", k.arg()).expr("value", k.value()).end(k.span());
        }
        sb.append(']');
    }

    private static void arg(StringBuilder sb, Arg a) {
        new Node(sb, "arg").str("arg", a.arg()).expr("annotation", a.annotation()).end(a.span());
    }

    private static void args(StringBuilder sb, List<Arg> as) {
        sb.append('[');
        for (int i = 0; i < as.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            arg(sb, as.get(i));
        }
        sb.append(']');
    }

    private static void arguments(StringBuilder sb, Arguments a) {
        Node n = new Node(sb, "arguments");
        args(n.field("posonlyargs"), a.posonlyargs());
        args(n.field("args"), a.args());
        if (a.vararg() != null) {
            arg(n.field("vararg"), a.vararg());
        }
        args(n.field("kwonlyargs"), a.kwonlyargs());
        n.exprs("kw_defaults", a.kwDefaults());
        if (a.kwarg() != null) {
            arg(n.field("kwarg"), a.kwarg());
        }
        n.exprs("defaults", a.defaults()).end(null);
    }

    private static void comprehensions(StringBuilder sb, List<Comprehension> gens) {
        sb.append('[');
        for (int i = 0; i < gens.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            Comprehension c = gens.get(i);
            new Node(sb, "comprehension").expr("target", c.target()).expr("iter", c.iter()).exprs("ifs", c.ifs())
                    .raw("is_async", c.isAsync() ? "1" : "0").end(null);
        }
        sb.append(']');
    }

    static void expr(StringBuilder sb, Expr e) {
        if (e instanceof Expr.BoolOpExpr b) {
            new Node(sb, "BoolOp").raw("op", b.op().name() + "()").exprs("values", b.values()).end(b.span());
        } else if (e instanceof Expr.NamedExpr n) {
            new Node(sb, "NamedExpr").expr("target", n.target()).expr("value", n.value()).end(n.span());
        } else if (e instanceof Expr.BinOpExpr b) {
            new Node(sb, "BinOp").expr("left", b.left()).raw("op", b.op().name() + "()").expr("right", b.right())
                    .end(b.span());
        } else if (e instanceof Expr.UnaryOpExpr u) {
            new Node(sb, "UnaryOp").raw("op", u.op().name() + "()").expr("operand", u.operand()).end(u.span());
        } else if (e instanceof Expr.Lambda l) {
            Node n = new Node(sb, "Lambda");
            arguments(n.field("args"), l.args());
            n.expr("body", l.body()).end(l.span());
        } else if (e instanceof Expr.IfExp i) {
            new Node(sb, "IfExp").expr("test", i.test()).expr("body", i.body()).expr("orelse", i.orelse()).end(i.span());
        } else if (e instanceof Expr.Dict d) {
            new Node(sb, "Dict").exprs("keys", d.keys()).exprs("values", d.values()).end(d.span());
        } else if (e instanceof Expr.SetExpr s) {
            new Node(sb, "Set").exprs("elts", s.elts()).end(s.span());
        } else if (e instanceof Expr.ListComp c) {
            Node n = new Node(sb, "ListComp").expr("elt", c.elt());
            comprehensions(n.field("generators"), c.generators());
            n.end(c.span());
        } else if (e instanceof Expr.SetComp c) {
            Node n = new Node(sb, "SetComp").expr("elt", c.elt());
            comprehensions(n.field("generators"), c.generators());
            n.end(c.span());
        } else if (e instanceof Expr.DictComp c) {
            Node n = new Node(sb, "DictComp").expr("key", c.key()).expr("value", c.value());
            comprehensions(n.field("generators"), c.generators());
            n.end(c.span());
        } else if (e instanceof Expr.GeneratorExp c) {
            Node n = new Node(sb, "GeneratorExp").expr("elt", c.elt());
            comprehensions(n.field("generators"), c.generators());
            n.end(c.span());
        } else if (e instanceof Expr.Await a) {
            new Node(sb, "Await").expr("value", a.value()).end(a.span());
        } else if (e instanceof Expr.Yield y) {
            new Node(sb, "Yield").expr("value", y.value()).end(y.span());
        } else if (e instanceof Expr.YieldFrom y) {
            new Node(sb, "YieldFrom").expr("value", y.value()).end(y.span());
        } else if (e instanceof Expr.Compare c) {
            Node n = new Node(sb, "Compare").expr("left", c.left());
            StringBuilder out = n.field("ops").append('[');
            for (int i = 0; i < c.ops().size(); i++) {
                if (i > 0) {
                    out.append(", ");
                }
                out.append(c.ops().get(i).name()).append("()");
            }
            out.append(']');
            n.exprs("comparators", c.comparators()).end(c.span());
        } else if (e instanceof Expr.Call c) {
            Node n = new Node(sb, "Call").expr("func", c.func()).exprs("args", c.args());
            keywords(n.field("keywords"), c.keywords());
            n.end(c.span());
        } else if (e instanceof Expr.FormattedValue f) {
            new Node(sb, "FormattedValue").expr("value", f.value()).raw("conversion", Integer.toString(f.conversion()))
                    .expr("format_spec", f.formatSpec()).end(f.span());
        } else if (e instanceof Expr.JoinedStr j) {
            new Node(sb, "JoinedStr").exprs("values", j.values()).end(j.span());
        } else if (e instanceof Expr.Constant c) {
            new Node(sb, "Constant").raw("value", PyRepr.constant(c.value())).str("kind", c.kind()).end(c.span());
        } else if (e instanceof Expr.Attribute a) {
            new Node(sb, "Attribute").expr("value", a.value()).str("attr", a.attr()).raw("ctx", a.ctx().name() + "()")
                    .end(a.span());
        } else if (e instanceof Expr.Subscript s) {
            new Node(sb, "Subscript").expr("value", s.value()).expr("slice", s.slice()).raw("ctx", s.ctx().name() + "()")
                    .end(s.span());
        } else if (e instanceof Expr.Starred s) {
            new Node(sb, "Starred").expr("value", s.value()).raw("ctx", s.ctx().name() + "()").end(s.span());
        } else if (e instanceof Expr.Name n) {
            new Node(sb, "Name").str("id", n.id()).raw("ctx", n.ctx().name() + "()").end(n.span());
        } else if (e instanceof Expr.ListExpr l) {
            new Node(sb, "List").exprs("elts", l.elts()).raw("ctx", l.ctx().name() + "()").end(l.span());
        } else if (e instanceof Expr.Tuple t) {
            new Node(sb, "Tuple").exprs("elts", t.elts()).raw("ctx", t.ctx().name() + "()").end(t.span());
        } else if (e instanceof Expr.Slice s) {
            new Node(sb, "Slice").expr("lower", s.lower()).expr("upper", s.upper()).expr("step", s.step()).end(s.span());
        }
    }

    private static void patterns(StringBuilder sb, List<Pattern> ps) {
        sb.append('[');
        for (int i = 0; i < ps.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            pattern(sb, ps.get(i));
        }
        sb.append(']');
    }

    private static void pattern(StringBuilder sb, Pattern p) {
        if (p instanceof Pattern.MatchValue v) {
            new Node(sb, "MatchValue").expr("value", v.value()).end(v.span());
        } else if (p instanceof Pattern.MatchSingleton s) {
            new Node(sb, "MatchSingleton").raw("value", PyRepr.constant(s.value())).end(s.span());
        } else if (p instanceof Pattern.MatchSequence s) {
            Node n = new Node(sb, "MatchSequence");
            patterns(n.field("patterns"), s.patterns());
            n.end(s.span());
        } else if (p instanceof Pattern.MatchMapping m) {
            Node n = new Node(sb, "MatchMapping").exprs("keys", m.keys());
            patterns(n.field("patterns"), m.patterns());
            n.str("rest", m.rest()).end(m.span());
        } else if (p instanceof Pattern.MatchClass c) {
            Node n = new Node(sb, "MatchClass").expr("cls", c.cls());
            patterns(n.field("patterns"), c.patterns());
            strings(n.field("kwd_attrs"), c.kwdAttrs());
            patterns(n.field("kwd_patterns"), c.kwdPatterns());
            n.end(c.span());
        } else if (p instanceof Pattern.MatchStar s) {
            new Node(sb, "MatchStar").str("name", s.name()).end(s.span());
        } else if (p instanceof Pattern.MatchAs a) {
            Node n = new Node(sb, "MatchAs");
            if (a.pattern() != null) {
                pattern(n.field("pattern"), a.pattern());
            }
            n.str("name", a.name()).end(a.span());
        } else if (p instanceof Pattern.MatchOr o) {
            Node n = new Node(sb, "MatchOr");
            patterns(n.field("patterns"), o.patterns());
            n.end(o.span());
        }
    }
}
