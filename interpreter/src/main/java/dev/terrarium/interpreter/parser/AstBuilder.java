package dev.terrarium.interpreter.parser;

import static dev.terrarium.grammar.PythonParser.*;

import dev.terrarium.interpreter.ast.Alias;
import dev.terrarium.interpreter.ast.Arg;
import dev.terrarium.interpreter.ast.Arguments;
import dev.terrarium.interpreter.ast.Comprehension;
import dev.terrarium.interpreter.ast.ConstantValue;
import dev.terrarium.interpreter.ast.ExceptHandler;
import dev.terrarium.interpreter.ast.Expr;
import dev.terrarium.interpreter.ast.Keyword;
import dev.terrarium.interpreter.ast.MatchCase;
import dev.terrarium.interpreter.ast.Module;
import dev.terrarium.interpreter.ast.Operators.BinOp;
import dev.terrarium.interpreter.ast.Operators.BoolOp;
import dev.terrarium.interpreter.ast.Operators.CmpOp;
import dev.terrarium.interpreter.ast.Operators.ExprContext;
import dev.terrarium.interpreter.ast.Operators.UnaryOp;
import dev.terrarium.interpreter.ast.Pattern;
import dev.terrarium.interpreter.ast.Span;
import dev.terrarium.interpreter.ast.Stmt;
import dev.terrarium.interpreter.ast.WithItem;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Parse tree to AST, mirroring the actions of CPython 3.11's Grammar/python.gram: the same
 * node kinds, fields, expression contexts and positions (lines 1-based, columns in UTF-8
 * bytes). Checks that python.gram makes with its invalid_* rules and that our looser
 * grammar leaves to this stage (assignment targets, parameter order, argument order) are
 * reported as {@link PySyntaxError}s with CPython's messages.
 *
 * <p>An instance also serves the sub-parses of f-string replacement fields; then its
 * positions are shifted into the enclosing source as CPython's fstring_compile_expr does.
 */
final class AstBuilder {
    private final SourceText src;
    private final FrontEndErrors errors;
    private final int lineShift;
    private final int firstLineColShift;
    private final List<Token> tokens;

    AstBuilder(SourceText src, List<Token> tokens, FrontEndErrors errors, int lineShift, int firstLineColShift) {
        this.src = src;
        this.tokens = tokens;
        this.errors = errors;
        this.lineShift = lineShift;
        this.firstLineColShift = firstLineColShift;
    }

    FrontEndErrors errors() {
        return errors;
    }

    // ------------------------------------------------------------------ positions

    Span span(Token start, Token stop) {
        int line = start.getLine();
        int col = src.byteCol(line, start.getStartIndex());
        int endIndex = stop.getStopIndex() + 1;
        int endLine;
        if (stop.getStopIndex() < stop.getStartIndex()) {
            endIndex = stop.getStartIndex();
            endLine = stop.getLine();
        } else if (stop.getType() == STRING || stop.getType() == NEWLINE) {
            endLine = src.lineOf(stop.getStopIndex());
        } else {
            endLine = stop.getLine();
        }
        int endCol = src.byteCol(endLine, endIndex);
        return shift(line, col, endLine, endCol);
    }

    private Span shift(int line, int col, int endLine, int endCol) {
        return new Span(line + lineShift, line == 1 ? col + firstLineColShift : col,
                endLine + lineShift, endLine == 1 ? endCol + firstLineColShift : endCol);
    }

    Span span(ParserRuleContext ctx) {
        return span(ctx.getStart(), ctx.getStop());
    }

    /**
     * The span of a compound statement: CPython ends it at the last token its rule consumed
     * that is not NEWLINE/INDENT/DEDENT, which includes a trailing ';' of the last line.
     */
    private Span compoundSpan(Token start, ParserRuleContext ctx) {
        int i = ctx.getStop().getTokenIndex();
        while (i > 0) {
            int t = tokens.get(i).getType();
            if (t != NEWLINE && t != INDENT && t != DEDENT && t != Token.EOF) {
                break;
            }
            i--;
        }
        return span(start, tokens.get(i));
    }

    private PySyntaxError error(String msg, Span at) {
        return errors.at("SyntaxError", msg, at);
    }

    // ------------------------------------------------------------------ module and statements

    Module module(File_inputContext ctx) {
        List<Stmt> body = new ArrayList<>();
        for (StmtContext s : ctx.stmt()) {
            stmt(s, body);
        }
        return new Module(List.copyOf(body));
    }

    private void stmt(StmtContext ctx, List<Stmt> out) {
        if (ctx.compound_stmt() != null) {
            out.add(compound(ctx.compound_stmt()));
        } else {
            for (Simple_stmtContext s : ctx.simple_stmts().simple_stmt()) {
                out.add(simple(s));
            }
        }
    }

    private List<Stmt> block(BlockContext ctx) {
        List<Stmt> out = new ArrayList<>();
        if (ctx.simple_stmts() != null) {
            for (Simple_stmtContext s : ctx.simple_stmts().simple_stmt()) {
                out.add(simple(s));
            }
        } else {
            for (StmtContext s : ctx.stmt()) {
                stmt(s, out);
            }
        }
        return out;
    }

    private Stmt simple(Simple_stmtContext ctx) {
        ParseTree c = ctx.getChild(0);
        Span sp = span(ctx);
        if (c instanceof Expr_stmtContext e) {
            return exprStmt(e);
        } else if (c instanceof Return_stmtContext r) {
            return new Stmt.Return(sp, r.star_expressions() == null ? null : starExpressions(r.star_expressions()));
        } else if (c instanceof Import_stmtContext i) {
            return importStmt(i);
        } else if (c instanceof Raise_stmtContext r) {
            List<ExpressionContext> es = r.expression();
            return new Stmt.Raise(sp, es.isEmpty() ? null : expression(es.get(0)),
                    es.size() > 1 ? expression(es.get(1)) : null);
        } else if (c instanceof Del_stmtContext d) {
            Expr target = starExpressions(d.star_expressions());
            List<Expr> targets = new ArrayList<>();
            if (target instanceof Expr.Tuple t && !d.star_expressions().COMMA().isEmpty()) {
                for (Expr e : t.elts()) {
                    targets.add(Targets.toDel(this, e));
                }
            } else {
                targets.add(Targets.toDel(this, target));
            }
            return new Stmt.Delete(sp, targets);
        } else if (c instanceof Assert_stmtContext a) {
            return new Stmt.Assert(sp, expression(a.expression(0)),
                    a.expression().size() > 1 ? expression(a.expression(1)) : null);
        } else if (c instanceof Global_stmtContext g) {
            return new Stmt.Global(sp, names(g.name()));
        } else if (c instanceof Nonlocal_stmtContext n) {
            return new Stmt.Nonlocal(sp, names(n.name()));
        }
        int type = ((TerminalNode) c).getSymbol().getType();
        return switch (type) {
            case PASS -> new Stmt.Pass(sp);
            case BREAK -> new Stmt.Break(sp);
            default -> new Stmt.Continue(sp);
        };
    }

    private List<String> names(List<NameContext> names) {
        List<String> out = new ArrayList<>();
        for (NameContext n : names) {
            out.add(name(n));
        }
        return out;
    }

    private static boolean startsWith(ParserRuleContext ctx, int tokenType) {
        return ctx.getStart().getType() == tokenType;
    }

    private Stmt exprStmt(Expr_stmtContext ctx) {
        Span sp = span(ctx);
        ParseTree first = ctx.getChild(0);
        Expr head = first instanceof Yield_exprContext y ? yieldExpr(y) : starExpressions((Star_expressionsContext) first);
        if (ctx.annassign() != null) {
            AnnassignContext ann = ctx.annassign();
            Star_expressionsContext targetCtx = (Star_expressionsContext) first;
            boolean parenthesized = startsWith(targetCtx, LPAR);
            if (head instanceof Expr.Tuple) {
                throw error("only single target (not tuple) can be annotated", head.span());
            }
            if (head instanceof Expr.ListExpr) {
                throw error("only single target (not list) can be annotated", head.span());
            }
            if (!(head instanceof Expr.Name || head instanceof Expr.Attribute || head instanceof Expr.Subscript)) {
                throw error("illegal target for annotation", head.span());
            }
            Expr target = Targets.toStore(this, head, false);
            Expr value = null;
            if (ann.yield_expr() != null) {
                value = yieldExpr(ann.yield_expr());
            } else if (ann.star_expressions() != null) {
                value = starExpressions(ann.star_expressions());
            }
            return new Stmt.AnnAssign(sp, target, expression(ann.expression()), value,
                    head instanceof Expr.Name && !parenthesized);
        }
        if (ctx.augassign() != null) {
            if (!(head instanceof Expr.Name || head instanceof Expr.Attribute || head instanceof Expr.Subscript)) {
                throw error("'" + Targets.describe(head) + "' is an illegal expression for augmented assignment",
                        head.span());
            }
            ParseTree rhs = ctx.getChild(2);
            Expr value = rhs instanceof Yield_exprContext y ? yieldExpr(y) : starExpressions((Star_expressionsContext) rhs);
            return new Stmt.AugAssign(sp, Targets.toStore(this, head, false), augOp(ctx.augassign()), value);
        }
        List<Assign_rhsContext> rhs = ctx.assign_rhs();
        if (rhs.isEmpty()) {
            return new Stmt.ExprStmt(sp, head);
        }
        List<Expr> parts = new ArrayList<>();
        List<Boolean> bareYield = new ArrayList<>();
        parts.add(head);
        bareYield.add(first instanceof Yield_exprContext);
        for (Assign_rhsContext r : rhs) {
            parts.add(r.yield_expr() != null ? yieldExpr(r.yield_expr()) : starExpressions(r.star_expressions()));
            bareYield.add(r.yield_expr() != null);
        }
        List<Expr> targets = new ArrayList<>();
        boolean simplePair = parts.size() == 2;
        for (int i = 0; i < parts.size() - 1; i++) {
            if (bareYield.get(i)) {
                throw error("assignment to yield expression not possible", parts.get(i).span());
            }
            targets.add(Targets.toStore(this, parts.get(i), simplePair && isSingleOperand(parts.get(1))));
        }
        return new Stmt.Assign(sp, targets, parts.get(parts.size() - 1));
    }

    /** Whether the value side is a plain bitwise_or-level operand (for CPython's "Maybe you meant '=='" hint). */
    private static boolean isSingleOperand(Expr e) {
        return !(e instanceof Expr.Tuple || e instanceof Expr.Yield || e instanceof Expr.YieldFrom
                || e instanceof Expr.Lambda || e instanceof Expr.IfExp || e instanceof Expr.BoolOpExpr
                || e instanceof Expr.Compare || e instanceof Expr.Starred);
    }

    private static BinOp augOp(AugassignContext ctx) {
        return switch (ctx.getStart().getType()) {
            case PLUSEQUAL -> BinOp.Add;
            case MINEQUAL -> BinOp.Sub;
            case STAREQUAL -> BinOp.Mult;
            case ATEQUAL -> BinOp.MatMult;
            case SLASHEQUAL -> BinOp.Div;
            case PERCENTEQUAL -> BinOp.Mod;
            case AMPEREQUAL -> BinOp.BitAnd;
            case VBAREQUAL -> BinOp.BitOr;
            case CIRCUMFLEXEQUAL -> BinOp.BitXor;
            case LEFTSHIFTEQUAL -> BinOp.LShift;
            case RIGHTSHIFTEQUAL -> BinOp.RShift;
            case DOUBLESTAREQUAL -> BinOp.Pow;
            default -> BinOp.FloorDiv;
        };
    }

    private Stmt importStmt(Import_stmtContext ctx) {
        Span sp = span(ctx);
        if (ctx.import_name() != null) {
            List<Alias> names = new ArrayList<>();
            for (Dotted_as_nameContext d : ctx.import_name().dotted_as_name()) {
                names.add(new Alias(span(d), dottedName(d.dotted_name()), d.name() == null ? null : name(d.name())));
            }
            return new Stmt.Import(sp, names);
        }
        Import_fromContext f = ctx.import_from();
        int level = 0;
        for (ParseTree c : f.children) {
            if (c instanceof TerminalNode t) {
                if (t.getSymbol().getType() == DOT) {
                    level += 1;
                } else if (t.getSymbol().getType() == ELLIPSIS) {
                    level += 3;
                }
            }
        }
        String module = f.dotted_name() == null ? null : dottedName(f.dotted_name());
        Import_from_targetsContext t = f.import_from_targets();
        List<Alias> names = new ArrayList<>();
        if (t.STAR() != null) {
            names.add(new Alias(span(t), "*", null));
        } else {
            for (Import_as_nameContext n : t.import_as_name()) {
                names.add(new Alias(span(n), name(n.name(0)), n.name().size() > 1 ? name(n.name(1)) : null));
            }
        }
        return new Stmt.ImportFrom(sp, module, names, level);
    }

    private String dottedName(Dotted_nameContext ctx) {
        StringBuilder sb = new StringBuilder();
        for (NameContext n : ctx.name()) {
            if (sb.length() > 0) {
                sb.append('.');
            }
            sb.append(name(n));
        }
        return sb.toString();
    }

    private Stmt compound(Compound_stmtContext ctx) {
        ParseTree c = ctx.getChild(0);
        if (c instanceof Function_defContext f) {
            return functionDef(f);
        } else if (c instanceof If_stmtContext i) {
            return ifStmt(i);
        } else if (c instanceof Class_defContext k) {
            return classDef(k);
        } else if (c instanceof With_stmtContext w) {
            return withStmt(w);
        } else if (c instanceof For_stmtContext f) {
            return forStmt(f);
        } else if (c instanceof Try_stmtContext t) {
            return tryStmt(t);
        } else if (c instanceof While_stmtContext w) {
            List<Stmt> body = block(w.block());
            List<Stmt> orelse = w.else_block() == null ? List.of() : block(w.else_block().block());
            return new Stmt.While(compoundSpan(w.getStart(), w),
                    namedExpression(w.named_expression()), body, orelse);
        }
        return matchStmt((Match_stmtContext) c);
    }

    private List<Expr> decorators(DecoratorsContext ctx) {
        List<Expr> out = new ArrayList<>();
        if (ctx != null) {
            for (Named_expressionContext n : ctx.named_expression()) {
                out.add(namedExpression(n));
            }
        }
        return out;
    }

    private Stmt functionDef(Function_defContext ctx) {
        List<Expr> decorators = decorators(ctx.decorators());
        Token start = ctx.ASYNC() != null ? ctx.ASYNC().getSymbol() : ctx.DEF().getSymbol();
        String name = name(ctx.name());
        Arguments args = ctx.parameters() == null ? Arguments.EMPTY : parameters(ctx.parameters());
        Expr returns = ctx.expression() == null ? null : expression(ctx.expression());
        List<Stmt> body = block(ctx.block());
        Span sp = compoundSpan(start, ctx);
        if (ctx.ASYNC() != null) {
            return new Stmt.AsyncFunctionDef(sp, name, args, body, decorators, returns);
        }
        return new Stmt.FunctionDef(sp, name, args, body, decorators, returns);
    }

    private Stmt classDef(Class_defContext ctx) {
        List<Expr> decorators = decorators(ctx.decorators());
        List<Expr> bases = new ArrayList<>();
        List<Keyword> keywords = new ArrayList<>();
        if (ctx.arguments() != null) {
            arguments(ctx.arguments(), bases, keywords, null, ctx.RPAR().getSymbol());
        }
        List<Stmt> body = block(ctx.block());
        return new Stmt.ClassDef(compoundSpan(ctx.CLASS().getSymbol(), ctx), name(ctx.name()), bases, keywords, body,
                decorators);
    }

    private Stmt ifStmt(If_stmtContext ctx) {
        List<Stmt> orelse = ctx.else_block() == null ? List.of() : block(ctx.else_block().block());
        List<Elif_clauseContext> elifs = ctx.elif_clause();
        for (int i = elifs.size() - 1; i >= 0; i--) {
            Elif_clauseContext e = elifs.get(i);
            List<Stmt> body = block(e.block());
            Stmt s = new Stmt.If(compoundSpan(e.getStart(), ctx),
                    namedExpression(e.named_expression()), body, orelse);
            orelse = List.of(s);
        }
        List<Stmt> body = block(ctx.block());
        return new Stmt.If(compoundSpan(ctx.getStart(), ctx),
                namedExpression(ctx.named_expression()), body, orelse);
    }

    private Stmt forStmt(For_stmtContext ctx) {
        Expr target = Targets.toStore(this, starTargets(ctx.star_targets()), false);
        Expr iter = starExpressions(ctx.star_expressions());
        List<Stmt> body = block(ctx.block());
        List<Stmt> orelse = ctx.else_block() == null ? List.of() : block(ctx.else_block().block());
        Span sp = compoundSpan(ctx.getStart(), ctx);
        if (ctx.ASYNC() != null) {
            return new Stmt.AsyncFor(sp, target, iter, body, orelse);
        }
        return new Stmt.For(sp, target, iter, body, orelse);
    }

    private Stmt withStmt(With_stmtContext ctx) {
        List<WithItem> items = new ArrayList<>();
        for (With_itemContext w : ctx.with_item()) {
            Expr target = null;
            if (w.star_target() != null) {
                target = Targets.toStore(this, starTarget(w.star_target()), false);
            }
            items.add(new WithItem(expression(w.expression()), target));
        }
        List<Stmt> body = block(ctx.block());
        Span sp = compoundSpan(ctx.getStart(), ctx);
        if (ctx.ASYNC() != null) {
            return new Stmt.AsyncWith(sp, items, body);
        }
        return new Stmt.With(sp, items, body);
    }

    private Stmt tryStmt(Try_stmtContext ctx) {
        List<Stmt> body = block(ctx.block());
        List<ExceptHandler> handlers = new ArrayList<>();
        for (Except_blockContext e : ctx.except_block()) {
            List<Stmt> hb = block(e.block());
            handlers.add(new ExceptHandler(compoundSpan(e.getStart(), e),
                    e.expression() == null ? null : expression(e.expression()),
                    e.name() == null ? null : name(e.name()), hb));
        }
        for (Except_star_blockContext e : ctx.except_star_block()) {
            List<Stmt> hb = block(e.block());
            handlers.add(new ExceptHandler(compoundSpan(e.getStart(), e), expression(e.expression()),
                    e.name() == null ? null : name(e.name()), hb));
        }
        List<Stmt> orelse = ctx.else_block() == null ? List.of() : block(ctx.else_block().block());
        List<Stmt> finalbody = ctx.finally_block() == null ? List.of() : block(ctx.finally_block().block());
        Span sp = compoundSpan(ctx.getStart(), ctx);
        if (!ctx.except_star_block().isEmpty()) {
            return new Stmt.TryStar(sp, body, handlers, orelse, finalbody);
        }
        return new Stmt.Try(sp, body, handlers, orelse, finalbody);
    }

    private Stmt matchStmt(Match_stmtContext ctx) {
        Star_named_expressionsContext s = ctx.star_named_expressions();
        Expr subject;
        if (s.star_named_expression().size() == 1 && s.COMMA().isEmpty()) {
            subject = starNamedExpression(s.star_named_expression(0));
        } else {
            subject = new Expr.Tuple(span(s), starNamedList(s.star_named_expression()), ExprContext.Load);
        }
        List<MatchCase> cases = new ArrayList<>();
        for (Case_blockContext c : ctx.case_block()) {
            Pattern p = Patterns.patterns(this, c.patterns());
            Expr guard = c.named_expression() == null ? null : namedExpression(c.named_expression());
            cases.add(new MatchCase(p, guard, block(c.block())));
        }
        return new Stmt.Match(compoundSpan(ctx.getStart(), ctx), subject, cases);
    }

    // ------------------------------------------------------------------ parameters

    Arguments parameters(ParametersContext ctx) {
        ParamListBuilder b = new ParamListBuilder(this);
        for (Param_itemContext p : ctx.param_item()) {
            if (p instanceof SlashParamContext s) {
                b.slash(span(s));
            } else if (p instanceof StarParamContext s) {
                Arg a = null;
                if (s.name() != null) {
                    Expr ann = s.star_expression() == null ? null : starExpression(s.star_expression());
                    a = new Arg(span(s.name().getStart(), s.getStop()), name(s.name()), ann);
                }
                b.star(a, span(s));
            } else if (p instanceof KwParamContext k) {
                Expr ann = k.expression() == null ? null : expression(k.expression());
                b.kwarg(new Arg(span(k.name().getStart(), k.getStop()), name(k.name()), ann), span(k));
            } else {
                PlainParamContext pp = (PlainParamContext) p;
                ExpressionContext annCtx = pp.COLON() != null ? pp.expression(0) : null;
                ExpressionContext defCtx = pp.EQUAL() != null ? pp.expression(pp.expression().size() - 1) : null;
                Expr ann = annCtx == null ? null : expression(annCtx);
                Token stop = annCtx == null ? pp.name().getStop() : annCtx.getStop();
                Arg a = new Arg(span(pp.name().getStart(), stop), name(pp.name()), ann);
                b.plain(a, defCtx == null ? null : expression(defCtx), span(pp));
            }
        }
        return b.build(span(ctx));
    }

    private Arguments lambdaParameters(Lambda_parametersContext ctx) {
        ParamListBuilder b = new ParamListBuilder(this);
        for (Lambda_paramContext p : ctx.lambda_param()) {
            if (p instanceof LambdaSlashContext s) {
                b.slash(span(s));
            } else if (p instanceof LambdaStarContext s) {
                b.star(s.name() == null ? null : new Arg(span(s.name()), name(s.name()), null), span(s));
            } else if (p instanceof LambdaKwContext k) {
                b.kwarg(new Arg(span(k.name()), name(k.name()), null), span(k));
            } else {
                LambdaPlainContext pp = (LambdaPlainContext) p;
                b.plain(new Arg(span(pp.name()), name(pp.name()), null),
                        pp.expression() == null ? null : expression(pp.expression()), span(pp));
            }
        }
        return b.build(span(ctx));
    }

    // ------------------------------------------------------------------ expressions

    Expr starExpressions(Star_expressionsContext ctx) {
        List<Star_expressionContext> list = ctx.star_expression();
        if (list.size() == 1 && ctx.COMMA().isEmpty()) {
            return starExpression(list.get(0));
        }
        List<Expr> elts = new ArrayList<>(list.size());
        for (Star_expressionContext s : list) {
            elts.add(starExpression(s));
        }
        return new Expr.Tuple(span(ctx), elts, ExprContext.Load);
    }

    Expr starExpression(Star_expressionContext ctx) {
        if (ctx.getChildCount() == 1) {
            return expression((ExpressionContext) ctx.getChild(0));
        }
        if (ctx.STAR() != null) {
            return new Expr.Starred(span(ctx), bitwiseOr(ctx.bitwise_or()), ExprContext.Load);
        }
        return expression(ctx.expression());
    }

    private List<Expr> starNamedList(List<Star_named_expressionContext> list) {
        List<Expr> elts = new ArrayList<>(list.size());
        for (Star_named_expressionContext s : list) {
            elts.add(starNamedExpression(s));
        }
        return elts;
    }

    Expr starNamedExpression(Star_named_expressionContext ctx) {
        if (ctx.STAR() != null) {
            return new Expr.Starred(span(ctx), bitwiseOr(ctx.bitwise_or()), ExprContext.Load);
        }
        return namedExpression(ctx.named_expression());
    }

    Expr namedExpression(Named_expressionContext ctx) {
        if (ctx.getChildCount() == 1) {
            return expression((ExpressionContext) ctx.getChild(0));
        }
        if (ctx.COLONEQUAL() != null) {
            Expr.Name target = new Expr.Name(span(ctx.name()), name(ctx.name()), ExprContext.Store);
            return new Expr.NamedExpr(span(ctx), target, expression(ctx.expression()));
        }
        return expression(ctx.expression());
    }

    Expr expression(ExpressionContext ctx) {
        // Most nodes of the expression levels below have one child: take it without the
        // generated accessors' scans and lists.
        if (ctx.getChildCount() == 1 && ctx.getChild(0) instanceof DisjunctionContext d) {
            return disjunction(d);
        }
        if (ctx.lambdef() != null) {
            LambdefContext l = ctx.lambdef();
            Arguments args = l.lambda_parameters() == null ? Arguments.EMPTY : lambdaParameters(l.lambda_parameters());
            return new Expr.Lambda(span(l), args, expression(l.expression()));
        }
        if (ctx.IF() != null) {
            return new Expr.IfExp(span(ctx), disjunction(ctx.disjunction(1)), disjunction(ctx.disjunction(0)),
                    expression(ctx.expression()));
        }
        return disjunction(ctx.disjunction(0));
    }

    Expr disjunction(DisjunctionContext ctx) {
        if (ctx.getChildCount() == 1) {
            return conjunction((ConjunctionContext) ctx.getChild(0));
        }
        List<ConjunctionContext> list = ctx.conjunction();
        if (list.size() == 1) {
            return conjunction(list.get(0));
        }
        List<Expr> values = new ArrayList<>(list.size());
        for (ConjunctionContext c : list) {
            values.add(conjunction(c));
        }
        return new Expr.BoolOpExpr(span(ctx), BoolOp.Or, values);
    }

    private Expr conjunction(ConjunctionContext ctx) {
        if (ctx.getChildCount() == 1) {
            return inversion((InversionContext) ctx.getChild(0));
        }
        List<InversionContext> list = ctx.inversion();
        if (list.size() == 1) {
            return inversion(list.get(0));
        }
        List<Expr> values = new ArrayList<>(list.size());
        for (InversionContext c : list) {
            values.add(inversion(c));
        }
        return new Expr.BoolOpExpr(span(ctx), BoolOp.And, values);
    }

    private Expr inversion(InversionContext ctx) {
        if (ctx.getChildCount() == 1) {
            return comparison((ComparisonContext) ctx.getChild(0));
        }
        if (ctx.NOT() != null) {
            return new Expr.UnaryOpExpr(span(ctx), UnaryOp.Not, inversion(ctx.inversion()));
        }
        return comparison(ctx.comparison());
    }

    private Expr comparison(ComparisonContext ctx) {
        if (ctx.getChildCount() == 1) {
            return bitwiseOr((Bitwise_orContext) ctx.getChild(0));
        }
        List<Bitwise_orContext> operands = ctx.bitwise_or();
        Expr left = bitwiseOr(operands.get(0));
        if (operands.size() == 1) {
            return left;
        }
        List<CmpOp> ops = new ArrayList<>();
        List<Expr> comparators = new ArrayList<>();
        for (int i = 1; i < operands.size(); i++) {
            ops.add(cmpOp(ctx.comp_op(i - 1)));
            comparators.add(bitwiseOr(operands.get(i)));
        }
        return new Expr.Compare(span(ctx), left, ops, comparators);
    }

    private static CmpOp cmpOp(Comp_opContext ctx) {
        int first = ctx.getStart().getType();
        boolean two = ctx.getChildCount() == 2;
        return switch (first) {
            case EQEQUAL -> CmpOp.Eq;
            case NOTEQUAL -> CmpOp.NotEq;
            case LESSEQUAL -> CmpOp.LtE;
            case LESS -> CmpOp.Lt;
            case GREATEREQUAL -> CmpOp.GtE;
            case GREATER -> CmpOp.Gt;
            case NOT -> CmpOp.NotIn;
            case IN -> CmpOp.In;
            default -> two ? CmpOp.IsNot : CmpOp.Is;
        };
    }

    /*
     * The binary operators from | down to * are one left-recursive rule; ANTLR nests its
     * contexts down the left spine. We walk the spine iteratively, so that a chain of
     * 100 000 terms (which CPython parses) does not exhaust the Java stack.
     */
    Expr bitwiseOr(Bitwise_orContext ctx) {
        if (ctx.getChildCount() < 3) {
            return operand(ctx);
        }
        List<Bitwise_orContext> spine = new ArrayList<>();
        Bitwise_orContext c = ctx;
        while (c.getChildCount() == 3) {
            spine.add(c);
            c = (Bitwise_orContext) c.getChild(0);
        }
        Expr left = operand(c);
        for (int i = spine.size() - 1; i >= 0; i--) {
            Bitwise_orContext b = spine.get(i);
            left = new Expr.BinOpExpr(span(b), left, binOp(b.op.getType()), bitwiseOr((Bitwise_orContext) b.getChild(2)));
        }
        return left;
    }

    /** A bitwise_or node that is not a binary operation: a power, or a unary operator (factor). */
    private Expr operand(Bitwise_orContext ctx) {
        if (ctx.getChildCount() == 1) {
            return power((PowerContext) ctx.getChild(0));
        }
        return new Expr.UnaryOpExpr(span(ctx), unaryOp(ctx.op.getType()), bitwiseOr((Bitwise_orContext) ctx.getChild(1)));
    }

    private static UnaryOp unaryOp(int token) {
        return switch (token) {
            case PLUS -> UnaryOp.UAdd;
            case MINUS -> UnaryOp.USub;
            default -> UnaryOp.Invert;
        };
    }

    private static BinOp binOp(int token) {
        return switch (token) {
            case STAR -> BinOp.Mult;
            case SLASH -> BinOp.Div;
            case DOUBLESLASH -> BinOp.FloorDiv;
            case PERCENT -> BinOp.Mod;
            case AT -> BinOp.MatMult;
            case PLUS -> BinOp.Add;
            case MINUS -> BinOp.Sub;
            case LEFTSHIFT -> BinOp.LShift;
            case RIGHTSHIFT -> BinOp.RShift;
            case AMPER -> BinOp.BitAnd;
            case CIRCUMFLEX -> BinOp.BitXor;
            default -> BinOp.BitOr;
        };
    }

    private Expr factor(FactorContext ctx) {
        if (ctx.getChildCount() == 1) {
            return power((PowerContext) ctx.getChild(0));
        }
        return new Expr.UnaryOpExpr(span(ctx), unaryOp(ctx.op.getType()), factor(ctx.factor()));
    }

    private Expr power(PowerContext ctx) {
        if (ctx.getChildCount() == 1) {
            return primary((PrimaryContext) ctx.getChild(0));
        }
        Expr base = primary(ctx.primary());
        if (ctx.AWAIT() != null) {
            base = new Expr.Await(span(ctx.AWAIT().getSymbol(), ctx.primary().getStop()), base);
        }
        if (ctx.DOUBLESTAR() != null) {
            return new Expr.BinOpExpr(span(ctx), base, BinOp.Pow, factor(ctx.factor()));
        }
        return base;
    }

    Expr primary(PrimaryContext ctx) {
        if (ctx instanceof AtomPrimaryContext a) {
            return atom(a.atom());
        }
        // Trailers nest down the left spine (a.b(c)[d]); build bottom-up without recursion.
        List<PrimaryContext> spine = new ArrayList<>();
        PrimaryContext c = ctx;
        while (!(c instanceof AtomPrimaryContext)) {
            spine.add(c);
            if (c instanceof AttributeContext a) {
                c = a.primary();
            } else if (c instanceof CallContext k) {
                c = k.primary();
            } else {
                c = ((SubscriptContext) c).primary();
            }
        }
        Expr e = atom(((AtomPrimaryContext) c).atom());
        for (int i = spine.size() - 1; i >= 0; i--) {
            PrimaryContext p = spine.get(i);
            if (p instanceof AttributeContext a) {
                e = new Expr.Attribute(span(a), e, name(a.name()), ExprContext.Load);
            } else if (p instanceof CallContext k) {
                List<Expr> args = new ArrayList<>();
                List<Keyword> keywords = new ArrayList<>();
                if (k.arguments() != null) {
                    arguments(k.arguments(), args, keywords, k, k.RPAR().getSymbol());
                }
                e = new Expr.Call(span(k), e, args, keywords);
            } else {
                SubscriptContext s = (SubscriptContext) p;
                e = new Expr.Subscript(span(s), e, slices(s.slices()), ExprContext.Load);
            }
        }
        return e;
    }

    /**
     * Arguments of a call or class header. Order errors are positioned at {@code close}, the
     * closing parenthesis, which is where CPython's invalid_arguments rule reports them.
     */
    private void arguments(ArgumentsContext ctx, List<Expr> args, List<Keyword> keywords, CallContext call,
            Token close) {
        Span closeSpan = span(close, close);
        List<ArgumentContext> list = ctx.argument();
        boolean sawKeyword = false;
        boolean sawDoubleStar = false;
        for (ArgumentContext a : list) {
            if (a instanceof KeywordArgContext k) {
                sawKeyword = true;
                keywords.add(new Keyword(span(k), name(k.name()), expression(k.expression())));
            } else if (a instanceof DoubleStarArgContext d) {
                sawDoubleStar = true;
                keywords.add(new Keyword(span(d), null, expression(d.expression())));
            } else if (a instanceof StarArgContext s) {
                if (sawDoubleStar) {
                    throw error("iterable argument unpacking follows keyword argument unpacking", span(s));
                }
                args.add(new Expr.Starred(span(s), expression(s.expression()), ExprContext.Load));
            } else {
                PositionalArgContext p = (PositionalArgContext) a;
                if (sawDoubleStar) {
                    throw error("positional argument follows keyword argument unpacking", closeSpan);
                }
                if (sawKeyword) {
                    throw error("positional argument follows keyword argument", closeSpan);
                }
                Expr value = namedExpression(p.named_expression());
                if (p.comp_for() != null) {
                    boolean sole = list.size() == 1 && ctx.COMMA().isEmpty();
                    if (call == null) {
                        // a class header takes no bare generator: CPython fails at its 'for'
                        Token kw = p.comp_for().for_if_clause(0).FOR().getSymbol();
                        throw error("invalid syntax", span(kw, kw));
                    }
                    if (!sole) {
                        throw error("Generator expression must be parenthesized", span(p));
                    }
                    value = new Expr.GeneratorExp(span(call.LPAR().getSymbol(), call.RPAR().getSymbol()), value,
                            comprehension(p.comp_for()));
                }
                args.add(value);
            }
        }
    }

    private Expr slices(SlicesContext ctx) {
        List<SliceContext> list = ctx.slice();
        if (list.size() == 1 && ctx.COMMA().isEmpty() && !(list.get(0) instanceof StarSliceContext)) {
            return slice(list.get(0));
        }
        List<Expr> elts = new ArrayList<>();
        for (SliceContext s : list) {
            elts.add(slice(s));
        }
        return new Expr.Tuple(span(ctx), elts, ExprContext.Load);
    }

    private Expr slice(SliceContext ctx) {
        if (ctx instanceof RangeSliceContext r) {
            return new Expr.Slice(span(r), r.lower == null ? null : expression(r.lower),
                    r.upper == null ? null : expression(r.upper), r.step == null ? null : expression(r.step));
        } else if (ctx instanceof StarSliceContext s) {
            return new Expr.Starred(span(s), bitwiseOr(s.bitwise_or()), ExprContext.Load);
        }
        return namedExpression(((PlainSliceContext) ctx).named_expression());
    }

    private Expr atom(AtomContext ctx) {
        Span sp = span(ctx);
        if (ctx instanceof NameAtomContext n) {
            return new Expr.Name(sp, name(n.name()), ExprContext.Load);
        } else if (ctx instanceof NumberAtomContext) {
            return new Expr.Constant(sp, Literals.number(ctx.getStart().getText()), null);
        } else if (ctx instanceof StringAtomContext s) {
            return Literals.strings(this, s.strings());
        } else if (ctx instanceof TrueAtomContext) {
            return new Expr.Constant(sp, ConstantValue.TRUE, null);
        } else if (ctx instanceof FalseAtomContext) {
            return new Expr.Constant(sp, ConstantValue.FALSE, null);
        } else if (ctx instanceof NoneAtomContext) {
            return new Expr.Constant(sp, ConstantValue.NONE, null);
        } else if (ctx instanceof EllipsisAtomContext) {
            return new Expr.Constant(sp, ConstantValue.ELLIPSIS, null);
        } else if (ctx instanceof ParenAtomContext p) {
            if (p.yield_expr() != null) {
                return yieldExpr(p.yield_expr());
            }
            Testlist_compContext t = p.testlist_comp();
            if (t == null) {
                return new Expr.Tuple(sp, List.of(), ExprContext.Load);
            }
            if (t.comp_for() != null) {
                return new Expr.GeneratorExp(sp, comprehensionElt(t.star_named_expression(0)), comprehension(t.comp_for()));
            }
            if (t.star_named_expression().size() == 1 && t.COMMA().isEmpty()) {
                Expr inner = starNamedExpression(t.star_named_expression(0));
                if (inner instanceof Expr.Starred) {
                    throw error("cannot use starred expression here", inner.span());
                }
                return inner;
            }
            return new Expr.Tuple(sp, starNamedList(t.star_named_expression()), ExprContext.Load);
        } else if (ctx instanceof ListAtomContext l) {
            Testlist_compContext t = l.testlist_comp();
            if (t == null) {
                return new Expr.ListExpr(sp, List.of(), ExprContext.Load);
            }
            if (t.comp_for() != null) {
                return new Expr.ListComp(sp, comprehensionElt(t.star_named_expression(0)), comprehension(t.comp_for()));
            }
            return new Expr.ListExpr(sp, starNamedList(t.star_named_expression()), ExprContext.Load);
        }
        BraceAtomContext b = (BraceAtomContext) ctx;
        if (b.set_maker() != null) {
            Set_makerContext s = b.set_maker();
            if (s.comp_for() != null) {
                return new Expr.SetComp(sp, comprehensionElt(s.star_named_expression(0)), comprehension(s.comp_for()));
            }
            return new Expr.SetExpr(sp, starNamedList(s.star_named_expression()));
        }
        Dict_makerContext d = b.dict_maker();
        if (d == null) {
            return new Expr.Dict(sp, List.of(), List.of());
        }
        if (d.comp_for() != null) {
            Dict_itemContext item = d.dict_item(0);
            if (item.DOUBLESTAR() != null) {
                throw error("dict unpacking cannot be used in dict comprehension", span(item));
            }
            return new Expr.DictComp(sp, expression(item.expression(0)), expression(item.expression(1)),
                    comprehension(d.comp_for()));
        }
        List<Expr> keys = new ArrayList<>();
        List<Expr> values = new ArrayList<>();
        for (Dict_itemContext item : d.dict_item()) {
            if (item.DOUBLESTAR() != null) {
                keys.add(null);
                values.add(bitwiseOr(item.bitwise_or()));
            } else {
                keys.add(expression(item.expression(0)));
                values.add(expression(item.expression(1)));
            }
        }
        return new Expr.Dict(sp, keys, values);
    }

    private Expr comprehensionElt(Star_named_expressionContext ctx) {
        Expr e = starNamedExpression(ctx);
        if (e instanceof Expr.Starred) {
            throw error("iterable unpacking cannot be used in comprehension", e.span());
        }
        return e;
    }

    private List<Comprehension> comprehension(Comp_forContext ctx) {
        List<Comprehension> out = new ArrayList<>();
        for (For_if_clauseContext c : ctx.for_if_clause()) {
            Expr target = Targets.toStore(this, starTargets(c.star_targets()), false);
            List<DisjunctionContext> ds = c.disjunction();
            List<Expr> ifs = new ArrayList<>();
            for (int i = 1; i < ds.size(); i++) {
                ifs.add(disjunction(ds.get(i)));
            }
            out.add(new Comprehension(target, disjunction(ds.get(0)), ifs, c.ASYNC() != null));
        }
        return out;
    }

    Expr yieldExpr(Yield_exprContext ctx) {
        if (ctx.FROM() != null) {
            return new Expr.YieldFrom(span(ctx), expression(ctx.expression()));
        }
        return new Expr.Yield(span(ctx), ctx.star_expressions() == null ? null : starExpressions(ctx.star_expressions()));
    }

    /** Targets of for loops and comprehensions, still in Load context. */
    private Expr starTargets(Star_targetsContext ctx) {
        List<Star_targetContext> list = ctx.star_target();
        if (list.size() == 1 && ctx.COMMA().isEmpty()) {
            return starTarget(list.get(0));
        }
        List<Expr> elts = new ArrayList<>();
        for (Star_targetContext t : list) {
            elts.add(starTarget(t));
        }
        return new Expr.Tuple(span(ctx), elts, ExprContext.Load);
    }

    private Expr starTarget(Star_targetContext ctx) {
        Expr e = primary(ctx.primary());
        if (ctx.STAR() != null) {
            return new Expr.Starred(span(ctx), e, ExprContext.Load);
        }
        return e;
    }

    // ------------------------------------------------------------------ names

    /** An identifier, NFKC-normalised as CPython does for non-ASCII names. */
    String name(NameContext ctx) {
        return identifier(ctx.getStart().getText());
    }

    static String identifier(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 128) {
                return Normalizer.normalize(text, Normalizer.Form.NFKC);
            }
        }
        return text;
    }
}
