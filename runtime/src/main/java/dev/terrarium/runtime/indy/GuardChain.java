package dev.terrarium.runtime.indy;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MutableCallSite;
import java.util.ArrayList;
import java.util.List;

/**
 * The target of a polymorphic inline cache on a {@link MutableCallSite}: a chain of
 * identity tests on the site's first argument, each leading to a handle linked for that
 * value, ending in the site's fallback (which links more) or, once the site has seen too
 * many values or one it cannot link, in a generic handle that is never replaced again.
 */
final class GuardChain {
    /** Values linked per site before it turns generic (compare a JIT's polymorphic limit). */
    static final int LIMIT = 4;

    private final MutableCallSite site;
    private final MethodHandle fallback;
    private final MethodHandle generic;
    private final List<Object> values = new ArrayList<>();
    private final List<MethodHandle> targets = new ArrayList<>();
    private boolean isGeneric;

    GuardChain(MutableCallSite site, MethodHandle fallback, MethodHandle generic) {
        this.site = site;
        this.fallback = fallback;
        this.generic = generic;
        site.setTarget(fallback);
    }

    /** Whether another value may still be linked. */
    boolean canLink() {
        return !isGeneric && values.size() < LIMIT;
    }

    /** Calls with first argument {@code value} (by identity) go to {@code target} from now on. */
    void link(Object value, MethodHandle target) {
        values.add(value);
        targets.add(target.asType(site.type()));
        rebuild();
    }

    /** Every value not linked yet goes to the generic handle from now on. */
    void makeGeneric() {
        isGeneric = true;
        rebuild();
    }

    private void rebuild() {
        MethodHandle chain = isGeneric ? generic : fallback;
        for (int i = values.size() - 1; i >= 0; i--) {
            MethodHandle test = FunctionInvokers.isSame(values.get(i));
            chain = MethodHandles.guardWithTest(test.asType(test.type().changeParameterType(0, site.type().parameterType(0))),
                    targets.get(i), chain);
        }
        site.setTarget(chain);
    }
}
