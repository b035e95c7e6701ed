package dev.rsvpbot.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DigestMessagesTest {
    @Test
    void bothLanguagesHaveEveryText() {
        assertThat(DigestMessages.of("zh").keys()).isEqualTo(DigestMessages.of("en").keys());
    }

    @Test
    void aMarkerNamesItsWeekAndAnEditedDigestIsNoLongerIntact() {
        String body = DigestMarker.mark("2019-W38", "## digest\n");

        assertThat(DigestMarker.weekOf(body)).contains("2019-W38");
        assertThat(DigestMarker.isIntact(body)).isTrue();
        assertThat(DigestMarker.isIntact(body + "edited by hand")).isFalse();
        assertThat(SummaryMarker.isMarked(body)).isFalse();
        assertThat(DigestMarker.weekOf(SummaryMarker.mark("## summary\n"))).isEmpty();
    }
}
