package dev.terrarium.interpreter.compiler;

import static dev.terrarium.interpreter.compiler.Emitter.OBJ;
import static dev.terrarium.interpreter.compiler.Emitter.OPS;
import static dev.terrarium.interpreter.compiler.Emitter.PYDICT;
import static dev.terrarium.interpreter.compiler.Emitter.PYOBJECT;
import static dev.terrarium.interpreter.compiler.Emitter.PYSTR;
import static dev.terrarium.interpreter.compiler.Emitter.UNPACKING;

import dev.terrarium.interpreter.ast.Expr;
import dev.terrarium.interpreter.ast.Node;
import dev.terrarium.interpreter.ast.Span;
import dev.terrarium.interpreter.ast.Stmt;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.objectweb.asm.Label;

/**
 * Generates the body of one code block (the module, or one function) into one JVM
 * method: what to do for each statement and expression. How to encode it is the
 * {@link Emitter}'s business; names are placed by the block's {@link Scope}.
 */
final class CodeGen {
    private final ModuleCompiler module;
    private final Emitter e;
    private final Scope scope;
    private final String qualnamePrefix;
    private int nextTemp;
    /** Enclosing loops and protected regions, innermost on top: what a jump must unwind. */
    final Deque<Block> blocks = new ArrayDeque<>();

    CodeGen(ModuleCompiler module, Emitter e, Scope scope, String qualnamePrefix, int firstTemp) {
        this.module = module;
        this.e = e;
        this.scope = scope;
        this.qualnamePrefix = qualnamePrefix;
        this.nextTemp = firstTemp;
    }

    int maxSlot() {
        return nextTemp;
    }

    int newTemp() {
        return newTemp(OBJ);
    }

    /** Allocates no temporary below {@code slot} from now on (slots used by parts of a split function). */
    void reserveTemps(int slot) {
        nextTemp = Math.max(nextTemp, slot);
    }

    /** Set while generating a function too large for one JVM method: splits its large bodies into parts. */
    FunctionSplitter splitter;

    /** A fresh JVM slot for a value of type {@code descriptor} (recorded so generators can save it). */
    int newTemp(String descriptor) {
        slotTypes.put(nextTemp, descriptor);
        return nextTemp++;
    }

    /** The innermost enclosing class's name, for private name mangling; null outside classes. */
    String mangleClass;

    /**
     * CPython's private name mangling: inside a class body (and the functions in it),
     * {@code __name} (not ending in two underscores) stands for {@code _Class__name}.
     */
    String mangle(String name) {
        if (mangleClass == null || !name.startsWith("__") || name.endsWith("__") || name.indexOf('.') >= 0) {
            return name;
        }
        String cls = mangleClass;
        int i = 0;
        while (i < cls.length() && cls.charAt(i) == '_') {
            i++;
        }
        return i == cls.length() ? name : "_" + cls.substring(i) + name;
    }

    /** Set while generating a generator's body. */
    GeneratorCodeGen generator;

    /** Returns the value on the stack from the function (a generator finishes instead). */
    void emitReturn() {
        if (generator != null) {
            generator.finish();
        } else {
            e.returnValue();
        }
    }

    /** Descriptor of each temporary slot allocated so far. */
    final java.util.Map<Integer, String> slotTypes = new java.util.HashMap<>();

    private static CompileError missing(String what, Node n) {
        Span s = n.span();
        return CompileError.missingFeature(what, s == null ? 0 : s.lineno(), s == null ? 0 : s.colOffset());
    }

    /**
     * Marks the following instructions as {@code n}'s: an exception they raise is reported
     * at n's position, as CPython 3.11 reports each instruction's own position.
     */
    void position(Node n) {
        if (n.span() != null) {
            e.line(module.positionCode(n.span()));
        }
    }

    // ---- statements -------------------------------------------------------------------

    void block(List<Stmt> body) {
        if (splitter != null && splitter.split(this, body)) {
            return;
        }
        for (Stmt s : body) {
            statement(s);
        }
    }

    void statement(Stmt s) {
        position(s);
        if (s instanceof Stmt.ExprStmt x && isYield(x.value())) {
            yieldExpr(x.value(), false);
        } else if (s instanceof Stmt.Assign a && isYield(a.value())) {
            yieldExpr(a.value(), true);
            List<Expr> targets = a.targets();
            for (int i = 0; i < targets.size(); i++) {
                if (i < targets.size() - 1) {
                    e.dup();
                }
                store(targets.get(i));
            }
        } else if (s instanceof Stmt.ExprStmt x && scope.kind == Scope.Kind.MODULE && module.displaysExpressions()) {
            expr(x.value());
            e.invokeStatic("dev/terrarium/runtime/DisplayHook", "display", "(" + OBJ + ")V");
        } else if (s instanceof Stmt.ExprStmt x) {
            expr(x.value());
            e.pop();
        } else if (s instanceof Stmt.Assign a) {
            expr(a.value());
            List<Expr> targets = a.targets();
            for (int i = 0; i < targets.size(); i++) {
                if (i < targets.size() - 1) {
                    e.dup();
                }
                store(targets.get(i));
            }
        } else if (s instanceof Stmt.AugAssign a) {
            augAssign(a);
        } else if (s instanceof Stmt.AnnAssign a) {
            if (a.value() != null) {
                expr(a.value());
                store(a.target());
            }
            annotate(a);
        } else if (s instanceof Stmt.If i) {
            ifStatement(i);
        } else if (s instanceof Stmt.While w) {
            whileLoop(w);
        } else if (s instanceof Stmt.For f) {
            forLoop(f);
        } else if (s instanceof Stmt.Break b) {
            Block.Loop loop = innermostLoop();
            if (loop == null) {
                throw new CompileError("'break' outside loop", b.span().lineno(), b.span().colOffset());
            }
            jumpOut(loop, loop.breakTarget());
        } else if (s instanceof Stmt.Continue c) {
            Block.Loop loop = innermostLoop();
            if (loop == null) {
                throw new CompileError("'continue' not properly in loop", c.span().lineno(), c.span().colOffset());
            }
            jumpOut(loop, loop.continueTarget());
        } else if (s instanceof Stmt.Return r) {
            if (scope.kind != Scope.Kind.FUNCTION) {
                throw new CompileError("'return' outside function", r.span().lineno(), r.span().colOffset());
            }
            if (r.value() == null) {
                pushNone();
            } else {
                expr(r.value());
            }
            if (blocks.isEmpty()) {
                emitReturn();
            } else {
                int result = newTemp();
                e.storeLocal(result);
                unwind(null, () -> {
                    e.loadLocal(result);
                    emitReturn();
                });
            }
        } else if (s instanceof Stmt.Match m) {
            MatchCodeGen.matchStatement(this, m);
        } else if (s instanceof Stmt.Try t) {
            TryCodeGen.tryStatement(this, t);
        } else if (s instanceof Stmt.TryStar t) {
            TryCodeGen.tryStarStatement(this, t);
        } else if (s instanceof Stmt.With w) {
            TryCodeGen.withStatement(this, w, 0);
        } else if (s instanceof Stmt.Raise r) {
            TryCodeGen.raise(this, r);
        } else if (s instanceof Stmt.Assert a) {
            TryCodeGen.assertStatement(this, a);
        } else if (s instanceof Stmt.Pass p) {
        } else if (s instanceof Stmt.Import imp) {
            for (var alias : imp.names()) {
                module.loadGlobals(e);
                e.pushString(alias.name());
                e.pushInt(alias.asname() != null ? 1 : 0);
                position(s);
                e.invokeStatic(OPS, "importName", "(L" + PYDICT + ";Ljava/lang/String;Z)" + OBJ);
                String bound = alias.asname() != null ? alias.asname()
                        : alias.name().contains(".") ? alias.name().substring(0, alias.name().indexOf('.')) : alias.name();
                storeName(bound);
            }
        } else if (s instanceof Stmt.ImportFrom imp) {
            importFrom(imp);
        } else if (s instanceof Stmt.Global || s instanceof Stmt.Nonlocal) {
            // declarations: handled by the symbol table
        } else if (s instanceof Stmt.FunctionDef f) {
            module.function(f, this, qualnamePrefix);
            storeName(f.name());
        } else if (s instanceof Stmt.AsyncFunctionDef f) {
            module.asyncFunction(f, this, qualnamePrefix);
            storeName(f.name());
        } else if (s instanceof Stmt.AsyncFor f) {
            AsyncCodeGen.asyncFor(this, f);
        } else if (s instanceof Stmt.AsyncWith w) {
            AsyncCodeGen.asyncWith(this, w, 0);
        } else if (s instanceof Stmt.ClassDef c) {
            module.classDef(c, this, qualnamePrefix);
            storeName(c.name());
        } else if (s instanceof Stmt.Delete d) {
            d.targets().forEach(this::delete);
        } else {
            throw missing("the " + s.getClass().getSimpleName() + " statement", s);
        }
    }

    private void ifStatement(Stmt.If i) {
        Label orelse = new Label();
        Label end = new Label();
        expr(i.test());
        e.ifFalse(orelse);
        block(i.body());
        if (!i.orelse().isEmpty()) {
            e.jump(end);
        }
        e.label(orelse);
        if (!i.orelse().isEmpty()) {
            block(i.orelse());
        }
        e.label(end);
    }

    private void whileLoop(Stmt.While w) {
        Label top = new Label();
        Label orelse = new Label();
        Label end = new Label();
        e.label(top);
        e.cpuTick();
        position(w);
        expr(w.test());
        e.ifFalse(orelse);
        blocks.push(new Block.Loop(top, end));
        block(w.body());
        blocks.pop();
        e.jump(top);
        e.label(orelse);
        block(w.orelse());
        e.label(end);
    }

    private void forLoop(Stmt.For f) {
        int iterSlot = newTemp();
        int itemSlot = newTemp();
        Label top = new Label();
        Label orelse = new Label();
        Label end = new Label();
        expr(f.iter());
        position(f);
        e.callOps("iter", 1);
        e.storeLocal(iterSlot);
        e.label(top);
        e.cpuTick();
        position(f);
        e.loadLocal(iterSlot);
        e.callOps("next", 1);
        e.storeLocal(itemSlot);
        e.loadLocal(itemSlot);
        e.ifNull(orelse);
        e.loadLocal(itemSlot);
        store(f.target());
        blocks.push(new Block.Loop(top, end));
        block(f.body());
        blocks.pop();
        e.resetLine();
        position(f);
        e.jump(top);
        e.label(orelse);
        block(f.orelse());
        e.label(end);
    }

    private void importFrom(Stmt.ImportFrom imp) {
        module.loadGlobals(e);
        e.pushString(imp.module() == null ? "" : imp.module());
        e.pushInt(imp.level());
        position(imp);
        e.invokeStatic(OPS, "importFrom", "(L" + PYDICT + ";Ljava/lang/String;I)" + OBJ);
        for (var alias : imp.names()) {
            if (alias.name().equals("*")) {
                if (scope.kind != Scope.Kind.MODULE) {
                    throw new CompileError("import * only allowed at module level", imp.span());
                }
                e.dup();
                module.loadGlobals(e);
                e.invokeStatic(OPS, "importStar", "(" + OBJ + "L" + PYDICT + ";)V");
                continue;
            }
            e.dup();
            e.pushString(alias.name());
            position(imp);
            e.invokeStatic(OPS, "importAttr", "(" + OBJ + "Ljava/lang/String;)" + OBJ);
            storeName(alias.asname() != null ? alias.asname() : alias.name());
        }
        e.pop();
    }

    private static boolean isYield(Expr x) {
        return x instanceof Expr.Yield || x instanceof Expr.YieldFrom || x instanceof Expr.Await
                || YieldLinearizer.isAwaitedComprehension(x);
    }

    /** A yield or yield from at statement level (the only place the operand stack is empty). */
    private void yieldExpr(Expr x, boolean needValue) {
        if (generator == null) {
            throw missing("yield here", x);
        }
        if (x instanceof Expr.Yield y) {
            if (y.value() == null) {
                pushNone();
            } else {
                expr(y.value());
            }
            if (scope.isAsyncGenerator) {
                e.invokeStatic(AsyncCodeGen.COROUTINES, "wrapYield", "(" + OBJ + ")" + OBJ);
            }
            generator.yieldValue(y, needValue);
            return;
        }
        if (x instanceof Expr.Await a) {
            expr(a.value());
            position(a);
            e.invokeStatic(AsyncCodeGen.COROUTINES, "getAwaitable", "(" + OBJ + ")" + OBJ);
            delegate(a, true);
        } else if (!(x instanceof Expr.YieldFrom)) {
            // an asynchronous comprehension: its coroutine is awaited
            module.comprehension(x, this, qualnamePrefix);
            position(x);
            e.invokeStatic(AsyncCodeGen.COROUTINES, "getAwaitable", "(" + OBJ + ")" + OBJ);
            delegate(x, true);
        } else {
            Expr.YieldFrom y = (Expr.YieldFrom) x;
            expr(y.value());
            position(y);
            e.callOps("iter", 1);
            delegate(y, false);
        }
        if (!needValue) {
            e.pop();
        }
    }

    /**
     * {@code yield from} or {@code await}, the sub-iterator on the stack (which is otherwise
     * empty): runs it to its end, passing every value it yields up and everything sent or
     * thrown in down; leaves its result on the stack. An await records what it awaits in the
     * coroutine's {@code awaiting} while suspended (cr_await).
     */
    void delegate(Node y, boolean await) {
        if (generator == null) {
            throw missing("await here", y);
        }
        int iterator = newTemp();
        int sent = newTemp();
        e.storeLocal(iterator);
        pushNone();
        e.storeLocal(sent);
        Label loop = new Label();
        Label yieldIt = new Label();
        Label gotSent = new Label();
        Label done = new Label();
        e.label(loop);
        e.loadLocal(iterator);
        e.loadLocal(sent);
        position(y);
        e.invokeStatic(OPS, "delegate", "(" + OBJ + OBJ + ")" + OBJ);
        e.dup();
        e.ifNull(done);
        e.label(yieldIt);
        if (await) {
            e.loadRaw(0);
            e.loadLocal(iterator);
            e.mv.visitFieldInsn(org.objectweb.asm.Opcodes.PUTFIELD, GeneratorCodeGen.GENERATOR, "awaiting", OBJ);
        }
        generator.yieldValue(y, false, false, iterator);
        if (await) {
            e.loadRaw(0);
            e.pushNull();
            e.mv.visitFieldInsn(org.objectweb.asm.Opcodes.PUTFIELD, GeneratorCodeGen.GENERATOR, "awaiting", OBJ);
        }
        // throw() and close() go to the sub-iterator (PEP 380); what it yields next is yielded.
        generator.loadThrown();
        e.ifNull(gotSent);
        e.loadLocal(iterator);
        generator.loadThrown();
        position(y);
        e.invokeStatic(OPS, "delegateThrow", "(" + OBJ + OBJ + ")" + OBJ);
        e.dup();
        e.ifNull(done);
        e.jump(yieldIt);
        e.label(gotSent);
        e.loadRaw(1);
        e.storeLocal(sent);
        e.jump(loop);
        e.label(done);
        e.pop();
        e.loadLocal(iterator);
        e.invokeStatic(OPS, "delegateResult", "(" + OBJ + ")" + OBJ);
    }

    private Block.Loop innermostLoop() {
        for (Block b : blocks) {
            if (b instanceof Block.Loop l) {
                return l;
            }
        }
        return null;
    }

    /** Jumps to {@code target} in {@code loop}, unwinding every block inside that loop. */
    private void jumpOut(Block.Loop loop, Label target) {
        unwind(loop, () -> e.jump(target));
    }

    /**
     * Runs the exit work of every block from the innermost up to (not including)
     * {@code stopAt} (all blocks when null), then {@code jump}: regions are paused so the
     * unwinding code is not covered by them, except clauses pop their exception, finally
     * bodies run inline. Afterwards the blocks and regions are as before.
     */
    void unwind(Block stopAt, Runnable jump) {
        java.util.List<Block> exited = new java.util.ArrayList<>();
        Deque<Block> saved = new ArrayDeque<>(blocks);
        while (!blocks.isEmpty() && blocks.peek() != stopAt) {
            Block b = blocks.pop();
            exited.add(b);
            if (b instanceof Block.Guarded g) {
                g.region().pause();
            } else if (b instanceof Block.Handling h) {
                h.region().pause();
                TryCodeGen.leaveHandler(this, h.boundName());
            } else if (b instanceof Block.Finally f) {
                f.region().pause();
                block(f.finalbody());
            } else if (b instanceof Block.With w) {
                w.region().pause();
                e.loadLocal(w.exitSlot());
                e.invokeStatic(OPS, "withExitNormally", "(" + OBJ + ")V");
            } else if (b instanceof Block.AsyncWith w) {
                w.region().pause();
                AsyncCodeGen.awaitExitNormally(this, w);
            }
        }
        jump.run();
        blocks.clear();
        blocks.addAll(saved);
        for (int i = exited.size() - 1; i >= 0; i--) {
            Block b = exited.get(i);
            if (b instanceof Block.Guarded g) {
                g.region().resume();
            } else if (b instanceof Block.Handling h) {
                h.region().resume();
            } else if (b instanceof Block.Finally f) {
                f.region().resume();
            } else if (b instanceof Block.With w) {
                w.region().resume();
            } else if (b instanceof Block.AsyncWith w) {
                w.region().resume();
            }
        }
    }

    private void augAssign(Stmt.AugAssign a) {
        String op = binaryOpName(a.op(), true);
        if (a.target() instanceof Expr.Name n) {
            loadName(n.id(), n);
            expr(a.value());
            position(a);
            e.callOps(op, 2);
            storeName(n.id());
        } else if (a.target() instanceof Expr.Subscript s) {
            expr(s.value());
            expr(s.slice());
            // stack: obj, key -> obj, key, obj, key
            e.mv.visitInsn(org.objectweb.asm.Opcodes.DUP2);
            position(s);
            e.callOps("getItem", 2);
            expr(a.value());
            position(a);
            e.callOps(op, 2);
            position(s);
            e.invokeStatic(OPS, "setItem", "(" + OBJ + OBJ + OBJ + ")V");
        } else if (a.target() instanceof Expr.Attribute at) {
            expr(at.value());
            e.dup();
            position(at);
            getAttr(mangle(at.attr()));
            expr(a.value());
            position(a);
            e.callOps(op, 2);
            position(at);
            setAttr(mangle(at.attr()));
        } else {
            throw new CompileError("'" + a.target().getClass().getSimpleName()
                + "' is an illegal expression for augmented assignment", a.span().lineno(), a.span().colOffset());
        }
    }

    // ---- names ------------------------------------------------------------------------

    private static final String CELL = "dev/terrarium/runtime/PyCell";

    private void cellValue() {
        e.mv.visitFieldInsn(org.objectweb.asm.Opcodes.GETFIELD, CELL, "value", OBJ);
    }

    /** Makes {@code name} unbound again, without error if it is (CPython's cleanup of {@code except ... as name}). */
    private void pushNamespace() {
        e.loadLocal(scope.namespaceSlot);
    }

    void unbindName(String name) {
        switch (scope.binding(name)) {
            case CLASS_NAMESPACE -> {
                pushNamespace();
                e.pushStrConstant(name);
                e.invokeVirtual("dev/terrarium/runtime/PyDict", "remove", "(" + OBJ + ")" + OBJ);
                e.pop();
            }
            case LOCAL -> {
                e.pushNull();
                e.storeLocal(scope.slot(name));
            }
            case CELL, FREE -> {
                e.loadLocal(scope.slot(name));
                e.pushNull();
                e.mv.visitFieldInsn(org.objectweb.asm.Opcodes.PUTFIELD, CELL, "value", OBJ);
            }
            case GLOBAL -> {
                module.loadGlobals(e);
                e.pushStrConstant(name);
                e.invokeStatic(OPS, "unbindGlobal", "(L" + PYDICT + ";L" + PYSTR + ";)V");
            }
        }
    }

    void loadName(String name, Node where) {
        Scope.Binding binding = scope.binding(name);
        if (binding == Scope.Binding.CLASS_NAMESPACE) {
            position(where);
            pushNamespace();
            module.loadGlobals(e);
            e.pushStrConstant(mangle(name));
            e.invokeStatic(OPS, "loadClassName", "(L" + PYDICT + ";L" + PYDICT + ";L" + PYSTR + ";)" + OBJ);
            return;
        }
        if (binding == Scope.Binding.GLOBAL) {
            position(where);
            module.loadGlobals(e);
            e.invokeSite("GlobalSite", "loadGlobal", "(L" + PYDICT + ";)" + OBJ, mangle(name));
            return;
        }
        Label ok = new Label();
        e.loadLocal(scope.slot(name));
        if (binding != Scope.Binding.LOCAL) {
            cellValue();
        }
        e.dup();
        e.ifNonNull(ok);
        e.pop();
        position(where);
        e.pushString(name);
        e.invokeStatic(OPS, binding == Scope.Binding.FREE ? "unboundFree" : "unboundLocal",
                "(Ljava/lang/String;)Ldev/terrarium/runtime/PyException;");
        e.athrow();
        e.label(ok);
    }

    /**
     * A simple annotation {@code name: ann} in a class body or at module level is evaluated and
     * recorded in the namespace's {@code __annotations__} dict (CPython's SETUP_ANNOTATIONS and
     * STORE_SUBSCR); in a function it is not evaluated at all, as in CPython.
     */
    private void annotate(Stmt.AnnAssign a) {
        if (scope.kind == Scope.Kind.FUNCTION || !a.simple() || !(a.target() instanceof Expr.Name n)) {
            return;
        }
        String text = module.futureAnnotations ? AnnotationText.of(a.annotation()) : null;
        if (text != null) {
            e.pushStrConstant(text);
        } else {
            expr(a.annotation());
        }
        if (scope.kind == Scope.Kind.CLASS) {
            pushNamespace();
        } else {
            module.loadGlobals(e);
        }
        e.swap();
        e.pushStrConstant(mangle(n.id()));
        e.swap();
        e.invokeStatic(OPS, "annotateName", "(L" + PYDICT + ";L" + PYSTR + ";" + OBJ + ")V");
    }

    /** Stores the value on top of the stack into {@code name}. */
    void storeName(String name) {
        switch (scope.binding(name)) {
            case CLASS_NAMESPACE -> {
                pushNamespace();
                e.swap();
                e.pushStrConstant(mangle(name));
                e.swap();
                e.invokeStatic(OPS, "storeClassName", "(L" + PYDICT + ";L" + PYSTR + ";" + OBJ + ")V");
            }
            case LOCAL -> e.storeLocal(scope.slot(name));
            case CELL, FREE -> {
                e.loadLocal(scope.slot(name));
                e.swap();
                e.mv.visitFieldInsn(org.objectweb.asm.Opcodes.PUTFIELD, CELL, "value", OBJ);
            }
            case GLOBAL -> {
                module.loadGlobals(e);
                e.swap();
                e.pushStrConstant(mangle(name));
                e.swap();
                e.invokeStatic(OPS, "storeGlobal", "(L" + PYDICT + ";L" + PYSTR + ";" + OBJ + ")V");
            }
        }
    }

    /** {@code obj.name} of the object on top of the stack, through an inline-cached site. */
    private void getAttr(String name) {
        e.invokeSite("GetAttrSite", "getAttr", "(" + OBJ + ")" + OBJ, name);
    }

    /** {@code obj.name = value} with stack: obj, value; through an inline-cached site. */
    private void setAttr(String name) {
        e.invokeSite("SetAttrSite", "setAttr", "(" + OBJ + OBJ + ")V", name);
    }

    /** Stores the value on top of the stack into an assignment target. */
    void store(Expr target) {
        if (target instanceof Expr.Name n) {
            storeName(n.id());
        } else if (target instanceof Expr.Subscript s) {
            expr(s.value());
            expr(s.slice());
            // stack: value, obj, key -> obj, key, value
            e.mv.visitInsn(org.objectweb.asm.Opcodes.DUP2_X1);
            e.mv.visitInsn(org.objectweb.asm.Opcodes.POP2);
            position(s);
            e.invokeStatic(OPS, "setItem", "(" + OBJ + OBJ + OBJ + ")V");
        } else if (target instanceof Expr.Attribute a) {
            expr(a.value());
            position(a);
            e.swap();
            setAttr(mangle(a.attr()));
        } else if (target instanceof Expr.Tuple t) {
            unpack(t.elts(), target);
        } else if (target instanceof Expr.ListExpr l) {
            unpack(l.elts(), target);
        } else {
            throw new CompileError("cannot assign to " + describe(target), target.span().lineno(),
                target.span().colOffset());
        }
    }

    /** {@code a, b = v} or {@code a, *b, c = v}: the items, then each stored in turn. */
    private void unpack(List<Expr> elts, Expr target) {
        int star = -1;
        for (int i = 0; i < elts.size(); i++) {
            if (elts.get(i) instanceof Expr.Starred) {
                star = i; // at most one: CompileChecks rejected more
            }
        }
        position(target);
        if (star < 0) {
            e.pushInt(elts.size());
            e.invokeStatic(UNPACKING, "unpack", "(" + OBJ + "I)[" + OBJ);
        } else {
            e.pushInt(star);
            e.pushInt(elts.size() - star - 1);
            e.invokeStatic(UNPACKING, "unpackStarred", "(" + OBJ + "II)[" + OBJ);
        }
        int arr = newTemp("[" + OBJ);
        e.storeLocal(arr);
        for (int i = 0; i < elts.size(); i++) {
            e.loadLocal(arr);
            e.arrayLoad(i);
            Expr x = elts.get(i);
            store(x instanceof Expr.Starred st ? st.value() : x);
        }
    }

    private void delete(Expr target) {
        if (target instanceof Expr.Name n) {
            if (scope.binding(n.id()) == Scope.Binding.CLASS_NAMESPACE) {
                position(n);
                pushNamespace();
                e.pushStrConstant(n.id());
                e.invokeStatic(OPS, "deleteClassName", "(L" + PYDICT + ";L" + PYSTR + ";)V");
            } else if (scope.binding(n.id()) == Scope.Binding.GLOBAL) {
                position(n);
                module.loadGlobals(e);
                e.pushStrConstant(n.id());
                e.invokeStatic(OPS, "deleteGlobal", "(L" + PYDICT + ";L" + PYSTR + ";)V");
            } else {
                loadName(n.id(), n);
                e.pop();
                unbindName(n.id());
            }
        } else if (target instanceof Expr.Subscript s) {
            expr(s.value());
            expr(s.slice());
            position(s);
            e.invokeStatic(OPS, "delItem", "(" + OBJ + OBJ + ")V");
        } else if (target instanceof Expr.Attribute a) {
            expr(a.value());
            position(a);
            e.pushString(mangle(a.attr()));
            e.invokeStatic(OPS, "delAttr", "(" + OBJ + "Ljava/lang/String;)V");
        } else if (target instanceof Expr.Tuple t) {
            t.elts().forEach(this::delete);
        } else if (target instanceof Expr.ListExpr l) {
            l.elts().forEach(this::delete);
        } else {
            throw new CompileError("cannot delete " + describe(target), target.span().lineno(),
                target.span().colOffset());
        }
    }

    private static String describe(Expr x) {
        if (x instanceof Expr.Constant) {
            return "literal";
        }
        if (x instanceof Expr.Call) {
            return "function call";
        }
        return "expression";
    }

    // ---- expressions ------------------------------------------------------------------

    void pushNone() {
        e.getStatic("dev/terrarium/runtime/PyNone", "INSTANCE", "Ldev/terrarium/runtime/PyNone;");
    }

    /** Evaluates {@code x}, leaving one PyObject on the stack. */
    void expr(Expr x) {
        if (x instanceof Expr.Constant c) {
            ConstantEmitter.emit(e, c.value(), this);
        } else if (x instanceof Expr.Name n) {
            loadName(n.id(), n);
        } else if (x instanceof Expr.BinOpExpr b) {
            expr(b.left());
            expr(b.right());
            position(b);
            // an inline-cached site: guest classes' operators found once per class (BinaryOpSite)
            e.invokeSite("BinaryOpSite", binaryOpName(b.op(), false), "(" + OBJ + OBJ + ")" + OBJ);
        } else if (x instanceof Expr.UnaryOpExpr u) {
            expr(u.operand());
            position(u);
            e.callOps(switch (u.op()) {
                case Not -> "not";
                case USub -> "neg";
                case UAdd -> "pos";
                case Invert -> "invert";
            }, 1);
        } else if (x instanceof Expr.BoolOpExpr b) {
            boolOp(b);
        } else if (x instanceof Expr.Compare c) {
            compare(c);
        } else if (x instanceof Expr.IfExp i) {
            Label orelse = new Label();
            Label end = new Label();
            expr(i.test());
            e.ifFalse(orelse);
            expr(i.body());
            e.jump(end);
            e.label(orelse);
            expr(i.orelse());
            e.label(end);
        } else if (x instanceof Expr.Call c) {
            call(c);
        } else if (x instanceof Expr.ListExpr l && hasStarred(l.elts())) {
            listWithStarred(l.elts());
        } else if (x instanceof Expr.ListExpr l) {
            objectArray(l.elts());
            e.invokeStatic(OPS, "newList", "([" + OBJ + ")" + OBJ);
        } else if (x instanceof Expr.Tuple t && hasStarred(t.elts())) {
            listWithStarred(t.elts());
            e.invokeStatic(UNPACKING, "listToTuple", "(" + OBJ + ")" + OBJ);
        } else if (x instanceof Expr.Tuple t) {
            objectArray(t.elts());
            e.invokeStatic("dev/terrarium/runtime/PyTuple", "of", "([" + OBJ + ")Ldev/terrarium/runtime/PyTuple;");
        } else if (x instanceof Expr.Dict d) {
            dict(d);
        } else if (x instanceof Expr.Subscript s) {
            expr(s.value());
            expr(s.slice());
            position(s);
            e.callOps("getItem", 2);
        } else if (x instanceof Expr.Slice s) {
            optional(s.lower());
            optional(s.upper());
            optional(s.step());
            e.callOps("slice", 3);
        } else if (x instanceof Expr.Attribute a) {
            expr(a.value());
            position(a);
            getAttr(mangle(a.attr()));
        } else if (x instanceof Expr.SetExpr set) {
            e.invokeStatic(OPS, "newSet", "()" + OBJ);
            for (Expr item : set.elts()) {
                e.dup();
                if (item instanceof Expr.Starred st) {
                    expr(st.value());
                    position(set);
                    e.invokeStatic(UNPACKING, "setUpdate", "(" + OBJ + OBJ + ")V");
                    continue;
                }
                expr(item);
                position(set);
                e.invokeStatic(OPS, "setAdd", "(" + OBJ + OBJ + ")V");
            }
        } else if (x instanceof Expr.ListComp || x instanceof Expr.SetComp || x instanceof Expr.DictComp) {
            module.comprehension(x, this, qualnamePrefix);
        } else if (x instanceof Expr.JoinedStr j) {
            objectArray(j.values());
            e.invokeStatic(OPS, "joinStrings", "([" + OBJ + ")" + OBJ);
        } else if (x instanceof Expr.FormattedValue f) {
            expr(f.value());
            e.pushInt(f.conversion());
            if (f.formatSpec() == null) {
                e.pushNull();
            } else {
                expr(f.formatSpec());
            }
            position(f);
            e.invokeStatic(OPS, "formatValue", "(" + OBJ + "I" + OBJ + ")" + OBJ);
        } else if (x instanceof Expr.Yield || x instanceof Expr.YieldFrom || x instanceof Expr.Await) {
            throw missing("yield inside an expression", x);
        } else if (x instanceof Expr.GeneratorExp) {
            module.comprehension(x, this, qualnamePrefix);
        } else if (x instanceof Expr.Lambda l) {
            module.lambda(l, this, qualnamePrefix);
        } else if (x instanceof Expr.NamedExpr n) {
            expr(n.value());
            e.dup();
            store(n.target());
        } else {
            throw missing("the " + x.getClass().getSimpleName() + " expression", x);
        }
    }

    private void optional(Expr x) {
        if (x == null) {
            pushNone();
        } else {
            expr(x);
        }
    }

    /** {@code new PyObject[] {elts...}}, evaluated left to right. */
    private static boolean hasStarred(List<Expr> elts) {
        for (Expr x : elts) {
            if (x instanceof Expr.Starred) {
                return true;
            }
        }
        return false;
    }

    /** A new list of the items, where {@code *x} items extend it (CPython: LIST_EXTEND). */
    private void listWithStarred(List<Expr> elts) {
        e.newObjectArray(0);
        e.invokeStatic(OPS, "newList", "([" + OBJ + ")" + OBJ);
        for (Expr x : elts) {
            e.dup();
            if (x instanceof Expr.Starred st) {
                expr(st.value());
                position(st);
                e.invokeStatic(UNPACKING, "listExtend", "(" + OBJ + OBJ + ")V");
            } else {
                expr(x);
                e.invokeStatic(OPS, "listAppend", "(" + OBJ + OBJ + ")V");
            }
        }
    }

    private void objectArray(List<Expr> elts) {
        for (Expr x : elts) {
            if (x instanceof Expr.Starred) {
                throw missing("unpacking with *", x);
            }
        }
        e.newObjectArray(elts.size());
        for (int i = 0; i < elts.size(); i++) {
            e.dup();
            e.pushInt(i);
            expr(elts.get(i));
            e.mv.visitInsn(org.objectweb.asm.Opcodes.AASTORE);
        }
    }

    private void dict(Expr.Dict d) {
        e.newObject(PYDICT);
        e.invokeConstructor(PYDICT, "()V");
        for (int i = 0; i < d.keys().size(); i++) {
            Expr k = d.keys().get(i);
            if (k == null) {
                e.dup();
                expr(d.values().get(i));
                position(d);
                e.invokeStatic(UNPACKING, "dictUpdate", "(" + OBJ + OBJ + ")V");
                continue;
            }
            e.dup();
            expr(k);
            expr(d.values().get(i));
            position(d);
            e.invokeStatic(OPS, "setItem", "(" + OBJ + OBJ + OBJ + ")V");
        }
    }

    private void boolOp(Expr.BoolOpExpr b) {
        Label end = new Label();
        List<Expr> values = b.values();
        for (int i = 0; i < values.size(); i++) {
            expr(values.get(i));
            if (i < values.size() - 1) {
                e.dup();
                if (b.op() == dev.terrarium.interpreter.ast.Operators.BoolOp.And) {
                    e.ifFalse(end);
                } else {
                    e.ifTrue(end);
                }
                e.pop();
            }
        }
        e.label(end);
    }

    /** {@code a < b < c}: each operand evaluated once, stopping at the first false link. */
    private void compare(Expr.Compare c) {
        List<Expr> rest = c.comparators();
        expr(c.left());
        if (rest.size() == 1) {
            expr(rest.get(0));
            position(c);
            e.callOps(compareOpName(c.ops().get(0)), 2);
            return;
        }
        Label fail = new Label();
        Label end = new Label();
        for (int i = 0; i < rest.size(); i++) {
            expr(rest.get(i));
            if (i < rest.size() - 1) {
                // stack: left, right -> right, left, right
                e.dupX1();
                position(c);
                e.callOps(compareOpName(c.ops().get(i)), 2);
                e.dup();
                e.ifFalse(fail);
                e.pop();
            } else {
                position(c);
                e.callOps(compareOpName(c.ops().get(i)), 2);
                e.jump(end);
            }
        }
        e.label(fail);
        // stack: right, falseResult -> falseResult
        e.swap();
        e.pop();
        e.label(end);
    }

    private void call(Expr.Call c) {
        if (FrameCallCodeGen.call(this, c)) {
            return;
        }
        boolean unpacking = c.keywords().stream().anyMatch(k -> k.arg() == null)
                || c.args().stream().anyMatch(a -> a instanceof Expr.Starred);
        if (unpacking) {
            callWithUnpacking(c);
            return;
        }
        String[] kwnames = new String[c.keywords().size()];
        for (int i = 0; i < kwnames.length; i++) {
            kwnames[i] = c.keywords().get(i).arg();
        }
        int nargs = c.args().size() + kwnames.length;
        if (nargs == 0 && c.func() instanceof Expr.Name n && n.id().equals("super")
                && scope.binding("super") == Scope.Binding.GLOBAL && scope.frees.contains("__class__")
                && !scope.params.isEmpty()) {
            // Zero-argument super(): the class being defined and this method's first argument,
            // known here at compile time (CPython finds them in the frame at run time).
            position(c);
            e.loadLocal(scope.slot("__class__"));
            loadName(scope.params.get(0), c);
            e.invokeStatic(OPS, "superOf", "(Ldev/terrarium/runtime/PyCell;" + OBJ + ")" + OBJ);
            return;
        }
        if (c.func() instanceof Expr.Attribute a) {
            // CPython's LOAD_METHOD then CALL: a failed lookup is reported at the attribute,
            // a failure of the call at the whole call.
            expr(a.value());
            e.dup();
            position(a);
            e.invokeSite("LoadMethodSite", "loadMethod", "(" + OBJ + ")" + OBJ, mangle(a.attr()));
            e.swap();
            if (fixedArityCall(c, kwnames, "CallMethodSite", "callMethod", 2)) {
                return;
            }
            argumentArray(c, nargs);
            pushKwnames(kwnames);
            position(c);
            e.invokeStatic(OPS, "callMethod", "(" + OBJ + OBJ + "[" + OBJ + "[Ljava/lang/String;)" + OBJ);
            return;
        }
        expr(c.func());
        if (fixedArityCall(c, kwnames, "CallFunctionSite", "call", 1)) {
            return;
        }
        argumentArray(c, nargs);
        pushKwnames(kwnames);
        position(c);
        e.invokeVirtual(PYOBJECT, "call", "([" + OBJ + "[Ljava/lang/String;)" + OBJ);
    }

    /**
     * A call of at most three positional arguments and no keywords, with its first
     * {@code operands} values already on the stack: pushes the arguments and calls through the
     * call site {@code site} (runtime.indy), without an argument array. False (nothing emitted)
     * for any other call.
     */
    private boolean fixedArityCall(Expr.Call c, String[] kwnames, String site, String operation, int operands) {
        int nargs = c.args().size();
        if (kwnames.length != 0 || nargs > 3) {
            return false;
        }
        for (Expr a : c.args()) {
            expr(a);
        }
        position(c);
        e.invokeSite(site, operation, "(" + OBJ.repeat(nargs + operands) + ")" + OBJ);
        return true;
    }

    /** {@code f(*a, b, **k)}: positional arguments gathered in a list, keywords in a dict (CALL_FUNCTION_EX). */
    private void callWithUnpacking(Expr.Call c) {
        int function = newTemp();
        int positional = newTemp();
        int keywords = newTemp();
        expr(c.func());
        e.storeLocal(function);
        e.newObjectArray(0);
        e.invokeStatic(OPS, "newList", "([" + OBJ + ")" + OBJ);
        e.storeLocal(positional);
        for (Expr a : c.args()) {
            e.loadLocal(positional);
            if (a instanceof Expr.Starred st) {
                expr(st.value());
                e.loadLocal(function);
                position(c);
                e.invokeStatic(OPS, "extendArgs", "(" + OBJ + OBJ + OBJ + ")V");
            } else {
                expr(a);
                e.invokeStatic(OPS, "listAppend", "(" + OBJ + OBJ + ")V");
            }
        }
        e.newObject(PYDICT);
        e.invokeConstructor(PYDICT, "()V");
        e.storeLocal(keywords);
        for (var k : c.keywords()) {
            e.loadLocal(keywords);
            if (k.arg() == null) {
                expr(k.value());
                e.loadLocal(function);
                position(c);
                e.invokeStatic(OPS, "mergeKeywords", "(" + OBJ + OBJ + OBJ + ")V");
            } else {
                e.pushString(k.arg());
                expr(k.value());
                e.loadLocal(function);
                position(c);
                e.invokeStatic(OPS, "addKeyword", "(" + OBJ + "Ljava/lang/String;" + OBJ + OBJ + ")V");
            }
        }
        e.loadLocal(function);
        e.loadLocal(positional);
        e.loadLocal(keywords);
        position(c);
        e.invokeStatic(OPS, "callEx", "(" + OBJ + OBJ + OBJ + ")" + OBJ);
    }

    private void argumentArray(Expr.Call c, int nargs) {
        e.newObjectArray(nargs);
        int i = 0;
        for (Expr a : c.args()) {
            e.dup();
            e.pushInt(i++);
            expr(a);
            e.mv.visitInsn(org.objectweb.asm.Opcodes.AASTORE);
        }
        for (var k : c.keywords()) {
            e.dup();
            e.pushInt(i++);
            expr(k.value());
            e.mv.visitInsn(org.objectweb.asm.Opcodes.AASTORE);
        }
    }

    private void pushKwnames(String[] kwnames) {
        if (kwnames.length == 0) {
            e.pushNull();
        } else {
            e.stringArray(kwnames);
        }
    }

    static String binaryOpName(dev.terrarium.interpreter.ast.Operators.BinOp op, boolean inplace) {
        String name = switch (op) {
            case Add -> "add";
            case Sub -> "sub";
            case Mult -> "mul";
            case MatMult -> "matmul";
            case Div -> "truediv";
            case FloorDiv -> "floordiv";
            case Mod -> "mod";
            case Pow -> "pow";
            case LShift -> "lshift";
            case RShift -> "rshift";
            case BitOr -> "or";
            case BitXor -> "xor";
            case BitAnd -> "and";
        };
        return inplace ? "i" + name : name;
    }

    static String compareOpName(dev.terrarium.interpreter.ast.Operators.CmpOp op) {
        return switch (op) {
            case Eq -> "eqObj";
            case NotEq -> "neObj";
            case Lt -> "lt";
            case LtE -> "le";
            case Gt -> "gt";
            case GtE -> "ge";
            case Is -> "is";
            case IsNot -> "isNot";
            case In -> "in";
            case NotIn -> "notIn";
        };
    }

    ModuleCompiler module() {
        return module;
    }

    Scope scope() {
        return scope;
    }

    Emitter emitter() {
        return e;
    }

    static String pystr() {
        return PYSTR;
    }
}
