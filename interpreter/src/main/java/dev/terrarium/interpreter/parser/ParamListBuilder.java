package dev.terrarium.interpreter.parser;

import dev.terrarium.interpreter.ast.Arg;
import dev.terrarium.interpreter.ast.Arguments;
import dev.terrarium.interpreter.ast.Expr;
import dev.terrarium.interpreter.ast.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects a flat parameter list (def or lambda) into {@code ast.arguments}, enforcing the
 * order python.gram's parameters rule encodes, with the messages of its invalid_parameters rules.
 */
final class ParamListBuilder {
    private final AstBuilder b;
    private List<Arg> posonly = new ArrayList<>();
    private List<Arg> args = new ArrayList<>();
    private final List<Expr> defaults = new ArrayList<>();
    private Arg vararg;
    private final List<Arg> kwonly = new ArrayList<>();
    private final List<Expr> kwDefaults = new ArrayList<>();
    private Arg kwarg;
    private boolean sawSlash;
    private boolean sawStar;
    private Span bareStar;

    ParamListBuilder(AstBuilder b) {
        this.b = b;
    }

    private PySyntaxError error(String msg, Span at) {
        return b.errors().at("SyntaxError", msg, at);
    }

    void slash(Span at) {
        if (kwarg != null) {
            throw error("arguments cannot follow var-keyword argument", at);
        }
        if (sawSlash) {
            throw error("/ may appear only once", at);
        }
        if (sawStar) {
            throw error("/ must be ahead of *", at);
        }
        if (args.isEmpty()) {
            throw error("at least one argument must precede /", at);
        }
        sawSlash = true;
        posonly = args;
        args = new ArrayList<>();
    }

    void star(Arg a, Span at) {
        if (kwarg != null) {
            throw error("arguments cannot follow var-keyword argument", at);
        }
        if (sawStar) {
            throw error("* argument may appear only once", at);
        }
        sawStar = true;
        vararg = a;
        if (a == null) {
            bareStar = at;
        }
    }

    /** Where "named arguments must follow bare *" is reported, if not at the '*' itself. */
    void reportBareStarAt(Span at) {
        bareStar = at;
    }

    void kwarg(Arg a, Span at) {
        if (kwarg != null) {
            throw error("arguments cannot follow var-keyword argument", at);
        }
        if (bareStar != null && kwonly.isEmpty()) {
            throw error("named arguments must follow bare *", bareStar);
        }
        kwarg = a;
    }

    void plain(Arg a, Expr dflt, Span at) {
        if (kwarg != null) {
            throw error("arguments cannot follow var-keyword argument", at);
        }
        if (sawStar) {
            kwonly.add(a);
            kwDefaults.add(dflt);
            return;
        }
        if (dflt != null) {
            defaults.add(dflt);
        } else if (!defaults.isEmpty()) {
            throw error("non-default argument follows default argument", a.span());
        }
        args.add(a);
    }

    Arguments build(Span whole) {
        if (bareStar != null && kwonly.isEmpty()) {
            throw error("named arguments must follow bare *", bareStar);
        }
        return new Arguments(posonly, args, vararg, kwonly, kwDefaults, kwarg, defaults);
    }
}
