package dev.rsvpbot.ledger;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * People's names by login, as the club writes people ({@code 范弘炜 @hwfan}): from the minutes, and from replies
 * (a newcomer's own {@code 我是王琳玉} or {@code I'm Li Ming}, a member bringing {@code 徐魁 @barrykui}). A
 * person's own words win over a friend's, and both over the minutes.
 *
 * @param byLogin names keyed by lower-case login
 */
public record Names(Map<String, String> byLogin) {
    public Names {
        byLogin = Map.copyOf(byLogin);
    }

    public static Names none() {
        return new Names(Map.of());
    }

    /** The names the minutes (the issue body) and the ledger's newcomers give. */
    public static Names read(String minutesBody, Ledger ledger) {
        Map<String, String> names = new LinkedHashMap<>(NameReader.fromMinutes(minutesBody == null ? "" : minutesBody));
        for (Newcomer n : ledger.newcomers()) {
            if (n.login().isEmpty()) {
                continue;
            }
            // A friend's naming first, so the newcomer's own introduction, put after it, wins.
            if (!n.name().isBlank()) {
                names.put(key(n.login()), n.name().strip());
            }
            NameReader.fromIntroduction(n.bio()).ifPresent(name -> names.put(key(n.login()), name));
        }
        return new Names(names);
    }

    public Optional<String> of(String login) {
        return login == null ? Optional.empty() : Optional.ofNullable(byLogin.get(key(login)));
    }

    private static String key(String login) {
        return login.toLowerCase(Locale.ROOT);
    }
}
