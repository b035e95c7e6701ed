package dev.rsvpbot.classify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A reader learned from real replies: a multinomial logistic regression (softmax) over {@link ReplyFeatures},
 * trained on the real corpus's train and dev threads (docs/understanding.md). One label per reply, as nearly
 * every real reply has one. It takes the rules' verdict as one of its inputs and decides the label; the rules keep
 * what they alone can give (the talk's title and link, the referrer, the presenter a companion attaches to).
 * {@link IntentModels} holds the two that ship. Immutable; thread-safe.
 */
public final class IntentModel {
    private static final Label[] LABELS = Label.values();
    /** A chosen label less likely than this makes the decision unsure: a person should confirm. */
    private static final double SURE = 0.7;

    private final Map<String, float[]> weights;

    IntentModel(Map<String, float[]> weights) {
        this.weights = Map.copyOf(weights);
    }

    /** Reads a model shipped as a resource beside this class. */
    static IntentModel resource(String name) {
        try (InputStream in = IntentModel.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the model " + name + " is missing from the classpath; run scripts/train-model.sh");
            }
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the model " + name + ": " + e.getMessage(), e);
        }
    }

    /** Reads the TSV form {@link #write} writes: a header, then one feature a line with one weight per label. */
    static IntentModel read(BufferedReader in) throws IOException {
        Map<String, float[]> w = new HashMap<>();
        String header = in.readLine();
        String expected = header();
        if (!expected.equals(header)) {
            throw new IllegalStateException("the model file starts with \"" + header + "\", expected \"" + expected + "\"");
        }
        String line;
        int lineNumber = 1;
        while ((line = in.readLine()) != null) {
            lineNumber++;
            int tab = line.indexOf('\t');
            float[] ws = new float[LABELS.length];
            int columns = 1;
            while (tab >= 0 && columns <= ws.length) {
                int next = line.indexOf('\t', tab + 1);
                ws[columns - 1] = weight(line, tab + 1, next < 0 ? line.length() : next);
                columns++;
                tab = next;
            }
            if (columns != LABELS.length + 1 || tab >= 0) {
                throw new IllegalStateException("the model file's line " + lineNumber + " has " + line.split("\t", -1).length
                        + " columns, expected " + (LABELS.length + 1));
            }
            w.put(unescape(line.substring(0, line.indexOf('\t'))), ws);
        }
        return new IntentModel(w);
    }

    /**
     * A weight as {@link #write} writes it ({@code -1.2345}), read without the general float parser: the shipped
     * models hold some 270,000 weights, read at every start. Any other form goes to {@link Float#parseFloat}.
     */
    private static float weight(String line, int from, int to) {
        int i = from;
        boolean negative = i < to && line.charAt(i) == '-';
        if (negative) {
            i++;
        }
        long units = 0;
        int point = -1;
        for (; i < to; i++) {
            char c = line.charAt(i);
            if (c >= '0' && c <= '9' && i - from < 12) {
                units = units * 10 + (c - '0');
            } else if (c == '.' && point < 0) {
                point = i;
            } else {
                return Float.parseFloat(line.substring(from, to));
            }
        }
        if (point < 0 || to - point - 1 != 4 || units > 1 << 24) { // beyond 2^24 a float no longer holds every integer
            return Float.parseFloat(line.substring(from, to));
        }
        float value = units / 10_000f;
        return negative ? -value : value;
    }

    /** Writes the model, features sorted, so the same training gives a byte-identical file. */
    void write(Writer out) throws IOException {
        out.write(header());
        out.write('\n');
        for (Map.Entry<String, float[]> e : new TreeMap<>(weights).entrySet()) {
            out.write(escape(e.getKey()));
            for (float x : e.getValue()) {
                out.write('\t');
                out.write(String.format(Locale.ROOT, "%.4f", x));
            }
            out.write('\n');
        }
    }

    private static String header() {
        StringBuilder b = new StringBuilder("feature");
        for (Label l : LABELS) {
            b.append('\t').append(l.name());
        }
        return b.toString();
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unescape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                b.append(n == 't' ? '\t' : n == 'n' ? '\n' : n == 'r' ? '\r' : n);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    int size() {
        return weights.size();
    }

    /** One feature's weights, in {@link Label} order (a copy); empty when the model does not know it. */
    float[] weightsOf(String feature) {
        float[] w = weights.get(feature);
        return w == null ? new float[0] : w.clone();
    }

    /** The probability of each label (in {@link Label} order, summing to one) for a reply with these features. */
    double[] probabilities(List<String> features) {
        double[] z = new double[LABELS.length];
        for (String f : features) {
            float[] w = weights.get(f);
            if (w != null) {
                for (int i = 0; i < z.length; i++) {
                    z[i] += w[i];
                }
            }
        }
        double max = Double.NEGATIVE_INFINITY;
        for (double x : z) {
            max = Math.max(max, x);
        }
        double sum = 0;
        for (int i = 0; i < z.length; i++) {
            z[i] = Math.exp(z[i] - max);
            sum += z[i];
        }
        for (int i = 0; i < z.length; i++) {
            z[i] /= sum;
        }
        return z;
    }

    /** The likeliest label of these probabilities. */
    static Label likeliest(double[] p) {
        int best = 0;
        for (int i = 1; i < p.length; i++) {
            if (p[i] > p[best]) {
                best = i;
            }
        }
        return LABELS[best];
    }

    /**
     * The label for a reply: the likeliest, except that a talk the rules did not find named an Oral is a Poster, and
     * a sign-up where the rules found a talk is for that talk.
     * Labels the rules also gave keep the rules' evidence and details; a label only the model gives is explained by
     * its weightiest features.
     */
    Classification decide(Classification rules, List<String> features, String excerpt) {
        double[] p = probabilities(features);
        Label label = likeliest(p);
        if (label == Label.ORAL && !rules.has(Label.ORAL)) {
            // An Oral is named (oral, 长报告, a full talk); a talk the words do not name is a Poster (labels.md), and
            // the few real Orals are too few to learn what else names one.
            label = Label.POSTER;
            p[Label.POSTER.ordinal()] += p[Label.ORAL.ordinal()];
        }
        if (label == Label.ATTEND && (rules.has(Label.POSTER) || rules.has(Label.ORAL))) {
            // Who signs up, the model judges; for what, the words say: a sign-up that names a talk is for the talk.
            label = rules.has(Label.ORAL) ? Label.ORAL : Label.POSTER;
            p[label.ordinal()] += p[Label.ATTEND.ordinal()];
        }
        Set<Label> chosen = EnumSet.of(label);
        boolean unsure = p[label.ordinal()] < SURE;
        List<Evidence> evidence = new ArrayList<>();
        for (Label l : chosen) {
            List<Evidence> byRules = rules.evidence().stream().filter(e -> e.label() == l).toList();
            if (rules.has(l) && !byRules.isEmpty()) {
                evidence.addAll(byRules);
            } else {
                evidence.add(new Evidence(l, explain(l, p, features), excerpt));
            }
        }
        boolean agree = chosen.equals(rules.labels());
        return Classification.of(chosen, evidence, rules.details(), rules.track(), unsure || (agree && rules.unsure()),
                rules.mentionsRsvpWords());
    }

    /**
     * {@code model p=0.91: kind=SIGN_UP, letters=1-3, w=here}: the probability and the three features that favour
     * the label most over its strongest rival.
     */
    private String explain(Label l, double[] p, List<String> features) {
        int i = l.ordinal();
        List<String> top = features.stream()
                .filter(f -> weights.containsKey(f) && !f.equals("bias"))
                .sorted(Comparator.comparingDouble((String f) -> -margin(weights.get(f), i)).thenComparing(Comparator.naturalOrder()))
                .limit(3)
                .toList();
        return String.format(Locale.ROOT, "model p=%.2f: %s", p[i], String.join(", ", top));
    }

    /** How much a feature's weights favour label i over the strongest other label. */
    private static double margin(float[] w, int i) {
        double rival = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < w.length; j++) {
            if (j != i) {
                rival = Math.max(rival, w[j]);
            }
        }
        return w[i] - rival;
    }
}
