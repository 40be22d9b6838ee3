package dev.terrarium.controller.child;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The controller's answers to CPU_CHECK, against a CPU clock the test moves by hand. */
class CpuAccountTest {
    private final AtomicLong cpu = new AtomicLong();

    private static long millis(long ms) {
        return ms * 1_000_000L;
    }

    @Test
    void withoutALimitTheChildAsksAsRarelyAsPossible() {
        CpuAccount account = new CpuAccount(null, cpu::get);
        cpu.set(millis(100_000));
        assertEquals(Integer.MAX_VALUE, account.answer(5));
        assertFalse(account.spent());
        assertFalse(account.exceeded(Duration.ZERO));
    }

    @Test
    void theIntervalFollowsTheObservedTickRate() {
        CpuAccount account = new CpuAccount(Duration.ofSeconds(10), cpu::get);
        cpu.set(millis(100));
        // 1,000,000 ticks in 100 ms: 20 ms of CPU is 200,000 ticks
        assertEquals(200_000, account.answer(1_000_000));
        cpu.addAndGet(millis(40));
        // 200,000 ticks took 40 ms: twice as slow, so 100,000 ticks next
        assertEquals(100_000, account.answer(200_000));
    }

    @Test
    void belowTheClockResolutionTheIntervalGrows() {
        CpuAccount account = new CpuAccount(Duration.ofSeconds(10), cpu::get);
        cpu.set(millis(1));
        assertEquals(40_000, account.answer(10_000));
    }

    @Test
    void theNextCheckNeverLiesPastTheLimit() {
        CpuAccount account = new CpuAccount(Duration.ofMillis(1000), cpu::get);
        cpu.set(millis(995));
        // 1,000,000 ticks in 995 ms, 5 ms left: about 5,025 ticks
        long next = account.answer(1_000_000);
        assertTrue(next >= 5_000 && next <= 5_100, String.valueOf(next));
    }

    @Test
    void aSpentLimitAnswersZeroFromThenOn() {
        CpuAccount account = new CpuAccount(Duration.ofMillis(500), cpu::get);
        cpu.set(millis(500));
        assertEquals(0, account.answer(1_000));
        assertTrue(account.spent());
        assertEquals(0, account.answer(1));
    }

    @Test
    void theWatchdogAllowsTheGraceMargin() {
        CpuAccount account = new CpuAccount(Duration.ofMillis(500), cpu::get);
        cpu.set(millis(1400));
        assertFalse(account.exceeded(Duration.ofSeconds(1)));
        cpu.set(millis(1500));
        assertTrue(account.exceeded(Duration.ofSeconds(1)));
        assertTrue(account.spent());
    }
}
