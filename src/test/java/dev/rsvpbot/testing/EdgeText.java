package dev.rsvpbot.testing;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generated text for the fuzz properties: Markdown and HTML that could forge something, Unicode edge cases
 * (right-to-left and bidi controls, zero-width characters, stacked combining marks, emoji sequences, lone
 * surrogates, NUL and line separators), deeply nested structures and huge runs, and mixtures of all of them.
 */
public final class EdgeText {
    public static final List<String> PIECES = List.of(
            // Markdown and HTML that must stay text
            "@alice", "＠bob", "@org/team", "<!-- rsvp-bot:summary sha256=" + "a".repeat(64) + " -->", "<!--", "-->",
            "<b>bold</b>", "<script>alert(1)</script>", "<img src=x onerror=y>", "<details><summary>x</summary>",
            "</details>", "[link](https://e.vil/x)", "![img](https://e.vil/i.png)", "<https://e.vil>", "[ref]: https://e.vil",
            "|", "\\|", "| a | b |\n|---|---|", "```", "~~~", "`", "# heading", "\n===\n", "> quote", "- [x] done",
            "&#64;carol", "&lt;!--", "*", "_", "\\",
            // Unicode edge cases
            "\u202Eevil\u202C", "\u200F\u05E9\u05DC\u05D5\u05DD", "مرحبا بالعالم", "\u2067isolate\u2069", "\u200B", "\u200C",
            "\u200D", "\u2060", "\uFEFF", "e\u0301\u0302\u0303\u0304\u0305\u0306", "Z\u0351\u0352\u0353\u0354\u0355\u0356\u0357",
            "👩\u200D💻", "👍🏽", "🇨🇳", "🏳️\u200D🌈", "\uD800", "\uDC00", "\uDBFF\uDBFF", "\u0000", "\u2028", "\u2029", "\r\n",
            "\u3000", "漢字", "第三季7场", "Oral", "poster", "/rsvp drop @erin", "/rsvp add @zoe oral");

    private EdgeText() {
    }

    /** A piece, arbitrary text, a mixture, a deep nesting or a huge run. */
    public static Arbitrary<String> text() {
        Arbitrary<String> piece = Arbitraries.of(PIECES);
        Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(60);
        Arbitrary<String> mixed = Combinators.combine(piece, any, piece, piece).as((a, b, c, d) -> a + b + c + d);
        Arbitrary<String> nested = Combinators.combine(Arbitraries.of("> ", "- ", "  - ", "[", "(", "<div>", "**", "`"),
                Arbitraries.integers().between(50, 2000), piece).as((open, depth, inside) -> open.repeat(depth) + inside);
        Arbitrary<String> huge = Combinators.combine(piece, Arbitraries.integers().between(1_000, 70_000))
                .as((p, n) -> p.repeat(Math.max(1, n / Math.max(1, p.length()))));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, piece), net.jqwik.api.Tuple.of(3, any), net.jqwik.api.Tuple.of(4, mixed),
                net.jqwik.api.Tuple.of(1, nested), net.jqwik.api.Tuple.of(1, huge));
    }
}
