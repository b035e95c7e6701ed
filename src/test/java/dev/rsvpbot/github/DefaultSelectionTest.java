package dev.rsvpbot.github;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rsvpbot.config.ConfigLoader;
import dev.rsvpbot.config.GithubConfig;
import dev.rsvpbot.config.RsvpConfig;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** With no configuration file at all, poll must still find the reference club's seminar issues (interface.md). */
class DefaultSelectionTest {
    private final GithubConfig defaults = RsvpConfig.defaults().github();
    private final SeminarIssueFilter filter = new SeminarIssueFilter(defaults.issues());

    @Test
    void withoutAConfigFileTheClubsRepositoryAndOpenIssuesArePolled() throws Exception {
        assertThat(ConfigLoader.loadDefaultOrFile(null)).isEqualTo(RsvpConfig.defaults());
        assertThat(defaults.repos()).containsExactly("BUPT/ai-ml.club");
        assertThat(defaults.issues().state()).isEqualTo("open");
        assertThat(defaults.apiUrl()).hasToString("https://api.github.com");
    }

    @Test
    void theDefaultsPickTheClubsMinutesAndAnnouncementsByTitleOrLabel() {
        assertThat(filter.matches("第三季6场 AI ML Club 活动纪要", List.of())).isTrue();
        assertThat(filter.matches("AI ML Club Meeting Announcement: S3E7", List.of())).isTrue();
        assertThat(filter.matches("Whatever the title", List.of("Seminar"))).isTrue();
        assertThat(filter.matches("Projector in room 3-415 is broken", List.of("bug"))).isFalse();
    }

    @Test
    void theShippedConfigurationSelectsTheSameIssuesAsTheDefaults() throws Exception {
        GithubConfig shipped = ConfigLoader.load(Path.of("config/rsvp-bot.yml")).github();

        assertThat(shipped.repos()).isEqualTo(defaults.repos());
        assertThat(shipped.issues()).isEqualTo(defaults.issues());
    }
}
