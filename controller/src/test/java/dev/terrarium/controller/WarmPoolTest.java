package dev.terrarium.controller;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class WarmPoolTest {

    /** Waits until the pool has a child ready, so the next run is sure to take one. */
    static void awaitReady(WarmPool pool) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (pool.readyCount() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertTrue(pool.readyCount() > 0, "no child became ready");
    }

    @Test
    void eachPooledChildServesOneRunAndKeepsNothing() throws InterruptedException {
        String program = "import sys\nprint(getattr(sys, 'marker', 'fresh'))\nsys.marker = 'reused'\n"
                + "counter = globals().get('counter', 0) + 1\nprint(counter)\n";
        try (Terrarium terrarium = Terrarium.builder().warmPool(1).timeout(Duration.ofSeconds(60)).build()) {
            for (int run = 1; run <= 3; run++) {
                awaitReady(terrarium.pool());
                ExecutionResult result = terrarium.run(program);
                assertEquals("fresh\n1\n", result.stdout(), result.stderr());
                assertEquals(run, terrarium.pool().takenCount());
            }
        }
    }

    @Test
    void closingEndsTheIdleChildren() throws InterruptedException {
        Terrarium terrarium = Terrarium.builder().warmPool(2).build();
        awaitReady(terrarium.pool());
        terrarium.close();
        assertEquals(0, terrarium.pool().readyCount());
        // without ready children a run still works: it launches its own
        ExecutionResult result = terrarium.run("print('still runs')\n");
        assertEquals("still runs\n", result.stdout(), result.stderr());
    }

    @Test
    void eachPooledRunHasItsOwnRandomHashSeedAsSeparateProcessesWould() throws InterruptedException {
        java.util.Set<String> hashes = new java.util.HashSet<>();
        try (Terrarium terrarium = Terrarium.builder().options(SandboxOptions.defaults().withHashSeed(null))
                .warmPool(1).timeout(Duration.ofSeconds(60)).build()) {
            for (int run = 1; run <= 3; run++) {
                awaitReady(terrarium.pool());
                ExecutionResult result = terrarium.run("print(hash('terrarium'), hash(b'pool'))\n");
                assertEquals(Outcome.EXITED, result.outcome(), result.stderr());
                hashes.add(result.stdout());
            }
            assertEquals(3, terrarium.pool().takenCount());
        }
        // three random 32-bit seeds: the same hash twice would be a 1 in 2^31 chance
        assertEquals(3, hashes.size(), hashes.toString());
    }

    @Test
    void aFixedHashSeedStaysTheSameForEveryPooledRun() throws InterruptedException {
        java.util.Set<String> hashes = new java.util.HashSet<>();
        try (Terrarium terrarium = Terrarium.builder().options(SandboxOptions.defaults().withHashSeed(12345L))
                .warmPool(1).timeout(Duration.ofSeconds(60)).build()) {
            for (int run = 1; run <= 2; run++) {
                awaitReady(terrarium.pool());
                hashes.add(terrarium.run("print(hash('terrarium'))\n").stdout());
            }
            assertEquals(2, terrarium.pool().takenCount());
        }
        assertEquals(1, hashes.size(), hashes.toString());
    }
}
