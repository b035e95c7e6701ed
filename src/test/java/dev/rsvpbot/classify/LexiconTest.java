package dev.rsvpbot.classify;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LexiconTest {
    @Test
    void theDefaultLexiconHasEveryCategoryTheClassifierNeeds() {
        assertThat(Lexicon.defaults().categories()).containsAll(Vocabulary.REQUIRED);
    }

    @Test
    void extendingAddsPhrasesToNamedCategories() {
        Lexicon lexicon = Lexicon.defaults().extendedWith(Map.of("oral", List.of("大讲")));
        assertThat(lexicon.phrases("oral")).contains("大讲", "oral");
        assertThat(Lexicon.defaults().phrases("oral")).doesNotContain("大讲");
    }

    @Test
    void anUnknownCategoryIsNamedWithTheValidOnes() {
        assertThatThrownBy(() -> Lexicon.defaults().extendedWith(Map.of("orals", List.of("x"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'orals'")
                .hasMessageContaining("valid categories are: ")
                .hasMessageContaining("withdraw");
    }

    @Test
    void aBlankExtraPhraseIsRefused() {
        assertThatThrownBy(() -> Lexicon.defaults().extendedWith(Map.of("oral", List.of(" "))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("classify.extra-cues.oral");
    }

    @Test
    void aLexiconMissingARequiredCategoryCannotDriveTheClassifier() {
        assertThatThrownBy(() -> new ReplyClassifier(new Lexicon(Map.of("oral", List.of("oral")))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("withdraw");
    }
}
