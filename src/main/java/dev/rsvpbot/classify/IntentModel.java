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
 * The reader learned from real replies: one logistic regression per label over {@link ReplyFeatures}, trained on
 * the real corpus's train and dev threads (docs/understanding.md) and shipped as {@code intent-model.tsv}. It
 * takes the rules' verdict as one of its inputs and decides the label set; the rules keep what they alone can
 * give (the talk's title and link, the referrer, the presenter a companion attaches to). Immutable; thread-safe.
 */
public final class IntentModel {
    private static final String RESOURCE = "intent-model.tsv";
    private static final Label[] LABELS = Label.values();
    /** A probability this close to one half makes the decision unsure: a person should confirm. */
    private static final double UNSURE_MARGIN = 0.15;

    private final Map<String, float[]> weights;

    IntentModel(Map<String, float[]> weights) {
        this.weights = Map.copyOf(weights);
    }

    /** The model shipped with rsvp-bot, read once. */
    public static IntentModel shipped() {
        if (Shipped.FAILURE != null) {
            throw Shipped.FAILURE;
        }
        return Shipped.MODEL;
    }

    private static final class Shipped {
        private static final IntentModel MODEL;
        private static final RuntimeException FAILURE;

        static {
            IntentModel model = null;
            RuntimeException failure = null;
            try (InputStream in = IntentModel.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the model " + RESOURCE + " is missing from the classpath; run scripts/train-model.sh");
                }
                model = read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                failure = new UncheckedIOException("cannot read the model " + RESOURCE + ": " + e.getMessage(), e);
            } catch (RuntimeException e) {
                failure = e;
            }
            MODEL = model;
            FAILURE = failure;
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
            String[] cols = line.split("\t", -1);
            if (cols.length != LABELS.length + 1) {
                throw new IllegalStateException("the model file's line " + lineNumber + " has " + cols.length
                        + " columns, expected " + (LABELS.length + 1));
            }
            float[] ws = new float[LABELS.length];
            for (int i = 0; i < ws.length; i++) {
                ws[i] = Float.parseFloat(cols[i + 1]);
            }
            w.put(unescape(cols[0]), ws);
        }
        return new IntentModel(w);
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

    /** The probability of each label (in {@link Label} order) for a reply with these features. */
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
        double[] p = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            p[i] = 1 / (1 + Math.exp(-z[i]));
        }
        return p;
    }

    /**
     * The label set for a reply: each label the model finds likelier than not, a talk without {@code ATTEND}
     * (labels.md), the likelier talk kind when both pass, {@code OTHER} when none does. Labels the rules also gave
     * keep the rules' evidence and details; a label only the model gives is explained by its weightiest features.
     */
    Classification decide(Classification rules, List<String> features, String excerpt) {
        double[] p = probabilities(features);
        Set<Label> chosen = EnumSet.noneOf(Label.class);
        for (Label l : LABELS) {
            if (l != Label.OTHER && p[l.ordinal()] >= 0.5) {
                chosen.add(l);
            }
        }
        if (chosen.contains(Label.ORAL) && !rules.has(Label.ORAL)) {
            // An Oral is named (oral, 长报告, a full talk); a talk the words do not name is a Poster (labels.md), and
            // the few real Orals are too few to learn what else names one.
            chosen.remove(Label.ORAL);
            chosen.add(Label.POSTER);
            p[Label.POSTER.ordinal()] = Math.max(p[Label.POSTER.ordinal()], p[Label.ORAL.ordinal()]);
        }
        if (chosen.contains(Label.ORAL) && chosen.contains(Label.POSTER)) {
            chosen.remove(p[Label.ORAL.ordinal()] >= p[Label.POSTER.ordinal()] ? Label.POSTER : Label.ORAL);
        }
        if (chosen.contains(Label.ORAL) || chosen.contains(Label.POSTER)) {
            chosen.remove(Label.ATTEND);
        }
        boolean unsure = false;
        for (Label l : LABELS) {
            if (l != Label.OTHER && Math.abs(p[l.ordinal()] - 0.5) < UNSURE_MARGIN) {
                unsure = true;
            }
        }
        if (chosen.isEmpty()) {
            chosen.add(Label.OTHER);
        }
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

    /** {@code model p=0.91: kind=SIGN_UP, letters=1-3, w=here}: the probability and the three weightiest features. */
    private String explain(Label l, double[] p, List<String> features) {
        int i = l.ordinal();
        boolean positive = l != Label.OTHER;
        List<String> top = features.stream()
                .filter(f -> weights.containsKey(f) && !f.equals("bias"))
                .sorted(Comparator.comparingDouble((String f) -> positive ? -weights.get(f)[i] : maxOther(f))
                        .thenComparing(Comparator.naturalOrder()))
                .limit(3)
                .toList();
        double shown = positive ? p[i] : 1 - maxOtherProbability(p);
        return String.format(Locale.ROOT, "model p=%.2f: %s", shown, String.join(", ", top));
    }

    /** For OTHER: the features that pushed hardest against every other label. */
    private double maxOther(String f) {
        float[] w = weights.get(f);
        double max = Double.NEGATIVE_INFINITY;
        for (Label l : LABELS) {
            if (l != Label.OTHER) {
                max = Math.max(max, w[l.ordinal()]);
            }
        }
        return max;
    }

    private static double maxOtherProbability(double[] p) {
        double max = 0;
        for (Label l : LABELS) {
            if (l != Label.OTHER) {
                max = Math.max(max, p[l.ordinal()]);
            }
        }
        return max;
    }
}
