package dev.terrarium.interpreter.parser;

import static dev.terrarium.grammar.PythonParser.*;

import dev.terrarium.interpreter.ast.ConstantValue;
import dev.terrarium.interpreter.ast.Expr;
import dev.terrarium.interpreter.ast.Operators.BinOp;
import dev.terrarium.interpreter.ast.Operators.ExprContext;
import dev.terrarium.interpreter.ast.Operators.UnaryOp;
import dev.terrarium.interpreter.ast.Pattern;
import dev.terrarium.interpreter.ast.Span;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/** The patterns of match statements (python.gram's patterns rules) to {@code ast.pattern} nodes. */
final class Patterns {
    private Patterns() {}

    static Pattern patterns(AstBuilder b, PatternsContext ctx) {
        List<Maybe_star_patternContext> list = ctx.maybe_star_pattern();
        if (list.size() == 1 && ctx.COMMA().isEmpty()) {
            if (list.get(0).STAR() != null) {
                throw loneStar(b, ctx);
            }
            return pattern(b, list.get(0).pattern());
        }
        return new Pattern.MatchSequence(b.span(ctx), starPatterns(b, list));
    }

    /**
     * {@code case *a:} or {@code case (*a):}: python.gram has no such pattern (a star needs a
     * comma or brackets), so CPython stops at the token after it.
     */
    private static PySyntaxError loneStar(AstBuilder b, ParserRuleContext ctx) {
        Token after = ctx instanceof ParenPatternContext p ? p.RPAR().getSymbol() : tokenAfter(ctx);
        return b.errors().at("SyntaxError", "invalid syntax", b.span(after, after));
    }

    /** The first token after {@code ctx} in its parent rule. */
    private static Token tokenAfter(ParserRuleContext ctx) {
        ParserRuleContext parent = ctx.getParent();
        int i = parent.children.indexOf(ctx);
        ParseTree next = parent.getChild(i + 1);
        return next instanceof TerminalNode t ? t.getSymbol() : ((ParserRuleContext) next).getStart();
    }

    private static List<Pattern> starPatterns(AstBuilder b, List<Maybe_star_patternContext> list) {
        List<Pattern> out = new ArrayList<>();
        for (Maybe_star_patternContext m : list) {
            out.add(maybeStar(b, m));
        }
        return out;
    }

    private static Pattern maybeStar(AstBuilder b, Maybe_star_patternContext m) {
        if (m.STAR() != null) {
            String n = b.name(m.name());
            return new Pattern.MatchStar(b.span(m), n.equals("_") ? null : n);
        }
        return pattern(b, m.pattern());
    }

    static Pattern pattern(AstBuilder b, PatternContext ctx) {
        Pattern p = orPattern(b, ctx.or_pattern());
        if (ctx.AS() != null) {
            String n = b.name(ctx.name());
            if (n.equals("_")) {
                throw b.errors().at("SyntaxError", "cannot use '_' as a target", b.span(ctx.name()));
            }
            return new Pattern.MatchAs(b.span(ctx), p, n);
        }
        return p;
    }

    private static Pattern orPattern(AstBuilder b, Or_patternContext ctx) {
        List<Closed_patternContext> list = ctx.closed_pattern();
        if (list.size() == 1) {
            return closed(b, list.get(0));
        }
        List<Pattern> out = new ArrayList<>();
        for (Closed_patternContext c : list) {
            out.add(closed(b, c));
        }
        return new Pattern.MatchOr(b.span(ctx), out);
    }

    private static Pattern closed(AstBuilder b, Closed_patternContext ctx) {
        Span sp = b.span(ctx);
        if (ctx instanceof NumberPatternContext n) {
            return new Pattern.MatchValue(sp, number(b, n.signed_number(), n.children));
        } else if (ctx instanceof StringPatternContext s) {
            return new Pattern.MatchValue(sp, string(b, s.strings()));
        } else if (ctx instanceof SingletonPatternContext) {
            return new Pattern.MatchSingleton(sp, singleton(ctx.getStart().getType()));
        } else if (ctx instanceof NamePatternContext n) {
            List<NameContext> names = n.name_or_attr().name();
            if (names.size() == 1) {
                String id = b.name(names.get(0));
                return new Pattern.MatchAs(sp, null, id.equals("_") ? null : id);
            }
            return new Pattern.MatchValue(sp, nameOrAttr(b, n.name_or_attr()));
        } else if (ctx instanceof ClassPatternContext c) {
            Expr cls = nameOrAttr(b, c.name_or_attr());
            List<Pattern> positional = new ArrayList<>();
            List<String> kwdAttrs = new ArrayList<>();
            List<Pattern> kwdPatterns = new ArrayList<>();
            for (Pattern_argContext a : c.pattern_arg()) {
                if (a.EQUAL() != null) {
                    kwdAttrs.add(b.name(a.name()));
                    kwdPatterns.add(pattern(b, a.pattern()));
                } else {
                    if (!kwdAttrs.isEmpty()) {
                        throw b.errors().at("SyntaxError", "positional patterns follow keyword patterns", b.span(a));
                    }
                    positional.add(pattern(b, a.pattern()));
                }
            }
            return new Pattern.MatchClass(sp, cls, positional, kwdAttrs, kwdPatterns);
        } else if (ctx instanceof ParenPatternContext p) {
            List<Maybe_star_patternContext> list = p.maybe_star_pattern();
            if (list.size() == 1 && p.COMMA().isEmpty()) {
                if (list.get(0).STAR() != null) {
                    throw loneStar(b, p);
                }
                return pattern(b, list.get(0).pattern());
            }
            return new Pattern.MatchSequence(sp, starPatterns(b, list));
        } else if (ctx instanceof ListPatternContext l) {
            return new Pattern.MatchSequence(sp, starPatterns(b, l.maybe_star_pattern()));
        }
        MappingPatternContext m = (MappingPatternContext) ctx;
        List<Expr> keys = new ArrayList<>();
        List<Pattern> values = new ArrayList<>();
        String rest = null;
        for (Mapping_itemContext item : m.mapping_item()) {
            // python.gram: '**' and its target (never '_') come once, last; keys are literals or dotted names.
            if (rest != null) {
                Token t = item.getStart();
                throw b.errors().at("SyntaxError", "invalid syntax", b.span(t, t));
            }
            if (item.DOUBLESTAR() != null) {
                rest = b.name(item.name());
                if (rest.equals("_")) {
                    throw b.errors().at("SyntaxError", "invalid syntax", b.span(item.name()));
                }
                continue;
            }
            if (item.name_or_attr() != null && item.name_or_attr().name().size() == 1) {
                Token colon = item.COLON().getSymbol();
                throw b.errors().at("SyntaxError", "invalid syntax", b.span(colon, colon));
            }
            Expr key;
            if (item.signed_number() != null) {
                key = number(b, item.signed_number(), item.children);
            } else if (item.strings() != null) {
                key = string(b, item.strings());
            } else if (item.name_or_attr() != null) {
                key = nameOrAttr(b, item.name_or_attr());
            } else {
                key = new Expr.Constant(b.span(item.getStart(), item.getStart()), singleton(item.getStart().getType()), null);
            }
            keys.add(key);
            values.add(pattern(b, item.pattern()));
        }
        return new Pattern.MatchMapping(sp, keys, values, rest);
    }

    private static ConstantValue singleton(int type) {
        return switch (type) {
            case NONE -> ConstantValue.NONE;
            case TRUE -> ConstantValue.TRUE;
            default -> ConstantValue.FALSE;
        };
    }

    private static Expr string(AstBuilder b, StringsContext s) {
        Expr e = Literals.strings(b, s);
        if (e instanceof Expr.JoinedStr) {
            throw b.errors().at("SyntaxError", "patterns may only match literals and attribute lookups", e.span());
        }
        return e;
    }

    /** A signed number, optionally followed by {@code + imag} or {@code - imag} (a complex literal). */
    private static Expr number(AstBuilder b, Signed_numberContext sn, List<ParseTree> siblings) {
        Token num = sn.NUMBER().getSymbol();
        Expr value = new Expr.Constant(b.span(num, num), Literals.number(num.getText()), null);
        if (sn.MINUS() != null) {
            value = new Expr.UnaryOpExpr(b.span(sn), UnaryOp.USub, value);
        }
        int idx = siblings.indexOf(sn);
        if (idx >= 0 && idx + 2 < siblings.size() && siblings.get(idx + 1) instanceof TerminalNode op
                && (op.getSymbol().getType() == PLUS || op.getSymbol().getType() == MINUS)) {
            Token imagTok = ((TerminalNode) siblings.get(idx + 2)).getSymbol();
            ConstantValue imag = Literals.number(imagTok.getText());
            Expr right = new Expr.Constant(b.span(imagTok, imagTok), imag, null);
            if (!(imag instanceof ConstantValue.Imaginary)) {
                throw b.errors().at("SyntaxError", "imaginary number required in complex literal", right.span());
            }
            BinOp bop = op.getSymbol().getType() == PLUS ? BinOp.Add : BinOp.Sub;
            return new Expr.BinOpExpr(b.span(sn.getStart(), imagTok), value, bop, right);
        }
        return value;
    }

    private static Expr nameOrAttr(AstBuilder b, Name_or_attrContext ctx) {
        List<NameContext> names = ctx.name();
        Expr e = new Expr.Name(b.span(names.get(0)), b.name(names.get(0)), ExprContext.Load);
        for (int i = 1; i < names.size(); i++) {
            e = new Expr.Attribute(b.span(ctx.getStart(), names.get(i).getStop()), e, b.name(names.get(i)),
                    ExprContext.Load);
        }
        return e;
    }
}
