package dev.rsvpbot.bench;

import dev.rsvpbot.classify.Lexicon;
import dev.rsvpbot.classify.ReplyClassifier;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;

/**
 * The classifier's cost in CPU time of the measuring thread, which, unlike JMH's wall clock, other processes on a
 * shared 2-core machine barely disturb. Companion to {@link ClassifyBenchmark}, same inputs.
 * Run: {@code java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" dev.rsvpbot.bench.ClassifyCpuTime}
 */
public final class ClassifyCpuTime {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private ClassifyCpuTime() {
    }

    public static void main(String[] args) throws IOException {
        ReplyClassifier classifier = new ReplyClassifier(Lexicon.defaults());
        List<String> corpus = ClassifyBenchmark.corpusBodies();
        Runnable all = () -> corpus.forEach(classifier::classify);
        double perPass = cpuMicros(all, 300, 300);
        System.out.printf("corpus (%d replies): %.1f us CPU per reply, %.0f replies per CPU-second%n",
                corpus.size(), perPass / corpus.size(), corpus.size() * 1e6 / perPass);
        for (String shape : new String[]{"quotes", "backticks", "boxes", "comments", "dense-cues", "numbered", "mixed-scripts"}) {
            String body = ClassifyBenchmark.shape(shape, 64 * 1024);
            System.out.printf("64 KB %-14s %9.1f us CPU%n", shape, cpuMicros(() -> classifier.classify(body), 50, 100));
        }
        String megabyte = ClassifyBenchmark.shape("mixed-scripts", 1024 * 1024);
        System.out.printf("1 MB  %-14s %9.1f us CPU%n", "mixed-scripts", cpuMicros(() -> classifier.classify(megabyte), 20, 40));
    }

    /** Median CPU microseconds of one run of the task, after warm-up runs. */
    private static double cpuMicros(Runnable task, int warmups, int runs) {
        for (int i = 0; i < warmups; i++) {
            task.run();
        }
        long[] times = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = CPU.getCurrentThreadCpuTime();
            task.run();
            times[i] = CPU.getCurrentThreadCpuTime() - start;
        }
        java.util.Arrays.sort(times);
        return times[runs / 2] / 1000.0;
    }
}
