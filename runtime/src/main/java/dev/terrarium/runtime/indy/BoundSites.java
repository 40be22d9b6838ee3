package dev.terrarium.runtime.indy;

import java.lang.invoke.CallSite;
import java.lang.invoke.ConstantCallSite;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/** Call sites whose whole logic is one method of a site object holding its cache. */
final class BoundSites {
    private BoundSites() {}

    /**
     * A constant call site of type {@code siteType} calling {@code site.method}, a method of
     * {@code handleType} declared by the site's own class.
     */
    static CallSite of(Object site, String method, MethodType handleType, MethodType siteType)
            throws ReflectiveOperationException {
        return new ConstantCallSite(MethodHandles.lookup().findVirtual(site.getClass(), method, handleType)
                .bindTo(site).asType(siteType));
    }
}
