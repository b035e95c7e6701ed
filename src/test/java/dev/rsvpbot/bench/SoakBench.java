package dev.rsvpbot.bench;

import dev.rsvpbot.github.Soak;

/**
 * The long soak: {@code scripts/soak.sh [CYCLES] [SEED]} (1,000 cycles and seed 1 unless told), the same code as
 * the short {@code SoakTest} in the suite. Prints cycles, requests, writes and heap; exits 1 at the first cycle
 * whose summaries are not one per issue equal to a from-scratch render, or that wrote with nothing new.
 */
public final class SoakBench {
    private SoakBench() {
    }

    public static void main(String[] args) {
        int cycles = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 1L;
        // Every poll logs a line at INFO: a thousand cycles of them would bury the figures.
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("dev.rsvpbot"))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        long start = System.nanoTime();
        try {
            Soak.Result result = Soak.run(seed, cycles);
            System.gc();
            Runtime rt = Runtime.getRuntime();
            System.out.printf("soak, seed %d: %s; heap after the run %.1f MiB (max %.0f MiB); %.1f s%n", seed, result,
                    (rt.totalMemory() - rt.freeMemory()) / 1048576.0, rt.maxMemory() / 1048576.0,
                    (System.nanoTime() - start) / 1e9);
        } catch (AssertionError e) {
            System.out.println("soak FAILED: " + e.getMessage());
            System.exit(1);
        }
    }
}
