package dev.rsvpbot.config;

import dev.rsvpbot.thread.Association;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ConfigLoaderTest {
    private static final Path INVALID = Path.of("src/test/resources/config/invalid");

    @Test
    void theShippedConfigIsTheBuiltInDefaults() throws Exception {
        assertThat(ConfigLoader.load(Path.of("config/rsvp-bot.yml"))).isEqualTo(RsvpConfig.defaults());
    }

    @Test
    void theDocumentedExampleStatesTheTrueDefaults() throws Exception {
        assertThat(ConfigLoader.load(Path.of("config/rsvp-bot.example.yml"))).isEqualTo(RsvpConfig.defaults());
    }

    @Test
    void anEmptyFileMeansDefaults() throws Exception {
        assertThat(ConfigLoader.parse("", "empty.yml")).isEqualTo(RsvpConfig.defaults());
        assertThat(ConfigLoader.parse("# nothing but a comment\n", "empty.yml")).isEqualTo(RsvpConfig.defaults());
    }

    @Test
    void aTabInYamlNamesTheLineWithTheTab() {
        assertThatThrownBy(() -> ConfigLoader.parse("github:\n  repos: [a/b]\n\tbot-login: x\n", "tab.yml"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("tab.yml:3: not valid YAML: a tab character cannot indent YAML");
        assertThatThrownBy(() -> ConfigLoader.parse("github:\n  repos:\n\t- a/b\n", "tab.yml"))
                .hasMessageContaining("tab.yml:3:");
    }

    @Test
    void aMissingDefaultFileMeansDefaultsButANamedMissingFileIsAnError(@org.junit.jupiter.api.io.TempDir Path dir) {
        assertThatThrownBy(() -> ConfigLoader.loadDefaultOrFile(dir.resolve("nope.yml")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("nope.yml: config file not found");
    }

    @Test
    void valuesFromTheFileOverrideDefaultsAndTheRestStay() throws Exception {
        RsvpConfig config = ConfigLoader.parse("""
                github:
                  api-url: https://ghe.example.com/api/v3
                  repos: [acme/reading-group]
                  max-rate-limit-wait: 2m
                  write-interval: PT2S
                agenda:
                  weekday: friday
                  orals: 2
                  tracks:
                    order: []
                classify:
                  extra-cues:
                    oral: ["长报告", "long talk"]
                render:
                  language: en
                """, "club.yml");
        assertThat(config.github().apiUrl()).isEqualTo(URI.create("https://ghe.example.com/api/v3"));
        assertThat(config.github().repos()).containsExactly("acme/reading-group");
        assertThat(config.github().maxRateLimitWait()).isEqualTo(Duration.ofMinutes(2));
        assertThat(config.github().writeInterval()).isEqualTo(Duration.ofSeconds(2));
        assertThat(config.github().issues()).isEqualTo(GithubConfig.IssueSelector.defaults());
        assertThat(config.agenda().weekday()).isEqualTo(java.time.DayOfWeek.FRIDAY);
        assertThat(config.agenda().orals()).isEqualTo(2);
        assertThat(config.agenda().maxPosters()).isEqualTo(4);
        assertThat(config.agenda().tracks().enabled()).isFalse();
        assertThat(config.classify().extraCues()).containsEntry("oral", List.of("长报告", "long talk"));
        assertThat(config.render().language()).isEqualTo("en");
    }

    @Test
    void chairAssociationsAreReadInAnyCaseAndDefaultToOwner() throws ConfigException {
        RsvpConfig config = ConfigLoader.parse("commands:\n  chair-associations: [owner, MEMBER, MEMBER]\n", "club.yml");

        assertThat(config.commands().chairAssociations()).containsExactly(Association.OWNER, Association.MEMBER);
        assertThat(RsvpConfig.defaults().commands().chairAssociations()).containsExactly(Association.OWNER);
    }

    @Test
    void digestKeysAreReadAndADeadlineCanBeSwitchedOff() throws ConfigException {
        RsvpConfig config = ConfigLoader.parse("""
                digest:
                  issue: acme/reading-group#7
                  days: 14
                  returning-after: 8w
                  deadlines:
                    announcement-before: 24h
                    minutes-after: off
                """.replace("8w", "56d"), "club.yml");

        assertThat(config.digest().issueRepo()).contains("acme/reading-group");
        assertThat(config.digest().issueNumber()).contains(7);
        assertThat(config.digest().days()).isEqualTo(14);
        assertThat(config.digest().returningAfter()).isEqualTo(Duration.ofDays(56));
        assertThat(config.digest().deadlines().announcementBefore()).contains(Duration.ofHours(24));
        assertThat(config.digest().deadlines().minutesAfter()).isEmpty();
        assertThat(config.digest().deadlines().announcementTitles())
                .isEqualTo(DigestConfig.defaults().deadlines().announcementTitles());
        assertThat(RsvpConfig.defaults().digest().deadlines().minutesAfter()).contains(Duration.ofHours(48));
    }

    static Stream<Path> invalidFiles() throws IOException {
        try (Stream<Path> files = Files.list(INVALID)) {
            return files.filter(f -> f.toString().endsWith(".yml")).sorted().toList().stream();
        }
    }

    @DisplayName("an invalid file reports every expected problem with its line and key")
    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidFiles")
    void invalidFileReportsEveryProblem(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        List<String> expected = text.lines()
                .filter(l -> l.startsWith("# expect: "))
                .map(l -> l.substring("# expect: ".length()))
                .toList();
        assertThat(expected).as("the case file states what it expects").isNotEmpty();

        ConfigException e = catchThrowableOfType(ConfigException.class, () -> ConfigLoader.parse(text, "bad.yml"));

        assertThat(e).as("a config error").isNotNull();
        assertThat(e.problems()).as("one problem per expectation").hasSize(expected.size());
        for (String expectation : expected) {
            assertThat(e.problems()).anySatisfy(problem -> assertThat(problem).startsWith(expectation));
        }
    }
}
