package dev.rsvpbot.digest;

import dev.rsvpbot.agenda.Episode;
import dev.rsvpbot.agenda.MinutesFacts;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Which issues belong to the current season: those naming an episode of the latest season any of them names,
 * and those naming none that are no older than that season's first issue. With no episode anywhere, all of them.
 * Used before reading comments (so older seasons cost no request) and by {@link DigestBuilder}.
 */
public final class Season {
    private Season() {
    }

    /** The issues of the current season, in the order given. */
    public static <T> List<T> current(List<T> issues, Function<T, String> title, Function<T, String> body,
                                      Function<T, Instant> createdAt) {
        List<Optional<Episode>> episodes = issues.stream()
                .map(i -> MinutesFacts.read(title.apply(i), body.apply(i)).episode()).toList();
        Optional<Integer> season = episodes.stream().flatMap(Optional::stream).map(Episode::season).max(Integer::compare);
        if (season.isEmpty()) {
            return List.copyOf(issues);
        }
        int latest = season.get();
        Instant first = java.util.stream.IntStream.range(0, issues.size())
                .filter(i -> episodes.get(i).map(e -> e.season() == latest).orElse(false))
                .mapToObj(i -> createdAt.apply(issues.get(i))).min(Comparator.naturalOrder()).orElseThrow();
        return java.util.stream.IntStream.range(0, issues.size())
                .filter(i -> episodes.get(i).map(e -> e.season() == latest)
                        .orElse(!createdAt.apply(issues.get(i)).isBefore(first)))
                .mapToObj(issues::get).toList();
    }
}
