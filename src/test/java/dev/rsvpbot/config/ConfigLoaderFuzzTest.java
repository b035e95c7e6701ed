package dev.rsvpbot.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rsvpbot.testing.EdgeText;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Fuzz of the config loader: YAML built from the real keys with edge-case values, wrong types and unknown keys,
 * arbitrary text, deep nesting (block and flow) and huge values. Whatever comes in, {@link ConfigLoader#parse}
 * returns a configuration or throws {@link ConfigException} whose every line names the file; nothing else escapes.
 */
class ConfigLoaderFuzzTest {
    private static final List<String> KEYS = List.of("github", "repos", "bot-login", "cache-dir", "retries",
            "max-rate-limit-wait", "write-interval", "issues", "labels", "title-patterns", "state", "classify",
            "render", "language", "agenda", "schedule", "poll", "digest", "commands", "issue", "enabled", "x-unknown");

    @Provide
    Arbitrary<String> value() {
        return Arbitraries.oneOf(EdgeText.text().filter(s -> s.length() < 5_000).map(ConfigLoaderFuzzTest::quoted),
                EdgeText.text().filter(s -> s.length() < 200), Arbitraries.of("", "~", "null", "true", "-1", "0", "99999999999999999999",
                        "1e9", "[]", "{}", "[a, b]", "{a: 1}", "*alias", "&anchor x", "!!binary AAAA", "!!python/object x",
                        "'unterminated", "\"unterminated", "club/seminars", "club/seminars#12", "PT1S", "60s", "-\t1"));
    }

    private static String quoted(String s) {
        StringBuilder out = new StringBuilder("\"");
        s.codePoints().forEach(cp -> {
            if (cp == '"' || cp == '\\') {
                out.append('\\').appendCodePoint(cp);
            } else if (cp < 0x20 || (cp >= 0xD800 && cp <= 0xDFFF)) {
                out.append(String.format("\\u%04x", cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.append('"').toString();
    }

    @Provide
    Arbitrary<String> yaml() {
        Arbitrary<String> line = Combinators.combine(Arbitraries.integers().between(0, 3), Arbitraries.of(KEYS), value(),
                Arbitraries.of(": ", ":", ":\n", " - ", ": - ")).as((indent, key, value, sep) -> "  ".repeat(indent) + key + sep + value);
        Arbitrary<String> structured = line.list().ofMaxSize(12).map(lines -> String.join("\n", lines));
        Arbitrary<String> deepBlock = Arbitraries.integers().between(50, 400).map(n -> {
            StringBuilder b = new StringBuilder("github:\n");
            for (int i = 1; i <= n; i++) {
                b.append("  ".repeat(i)).append("k").append(i).append(":\n");
            }
            return b.toString();
        });
        Arbitrary<String> deepFlow = Arbitraries.integers().between(100, 20_000).map(n -> "github: " + "[".repeat(n) + "]".repeat(n));
        Arbitrary<String> huge = Arbitraries.integers().between(100_000, 2_000_000)
                .map(n -> "github:\n  bot-login: \"" + "a".repeat(n) + "\"\n");
        Arbitrary<String> manyAliases = Arbitraries.integers().between(5, 12).map(n -> {
            StringBuilder b = new StringBuilder("a0: &a0 [x, x]\n");
            for (int i = 1; i <= n; i++) {
                b.append("a").append(i).append(": &a").append(i).append(" [*a").append(i - 1).append(", *a").append(i - 1).append("]\n");
            }
            return b.toString();
        });
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(6, structured), net.jqwik.api.Tuple.of(2, Arbitraries.strings().all().ofMaxLength(300)),
                net.jqwik.api.Tuple.of(1, deepBlock), net.jqwik.api.Tuple.of(1, deepFlow), net.jqwik.api.Tuple.of(1, huge),
                net.jqwik.api.Tuple.of(1, manyAliases));
    }

    @Property(tries = 250, seed = "12004")
    void anyConfigTextGivesAConfigOrSaysWhatIsWrong(@ForAll("yaml") String text) {
        try {
            RsvpConfig config = ConfigLoader.parse(text, "fuzz.yml");
            assertThat(config).isNotNull();
        } catch (ConfigException e) {
            assertThat(e.problems()).isNotEmpty().allSatisfy(p -> assertThat(p).startsWith("fuzz.yml"));
        }
    }

    /** Found by the property above: it escaped as an IllegalStateException ("YAML parsed once but not twice"). */
    @Example
    void aSecondMappingAtAnotherIndentationIsInvalidYamlOnItsLine() {
        try {
            ConfigLoader.parse("  github: \"@alice\"\ngithub: \"@alice\"\n", "fuzz.yml");
            throw new AssertionError("parsed");
        } catch (ConfigException e) {
            assertThat(e.problems()).singleElement().asString().startsWith("fuzz.yml:2: not valid YAML");
        }
    }
}
