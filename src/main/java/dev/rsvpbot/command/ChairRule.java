package dev.rsvpbot.command;

import dev.rsvpbot.config.AgendaConfig;
import dev.rsvpbot.config.CommandsConfig;
import dev.rsvpbot.thread.Association;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Who is a chair, and so may steer the bot for anyone: a chair or vice-chair login of the config
 * ({@code agenda.chair}, {@code agenda.vice-chair}, {@code agenda.tracks.chairs}), the issue's author (who wrote
 * the minutes), or a commenter whose {@code author_association} is one of {@code commands.chair-associations}.
 *
 * @param logins       the configured chair and vice-chair logins, lower case
 * @param associations the associations that make a commenter a chair
 */
public record ChairRule(Set<String> logins, Set<Association> associations) {
    public ChairRule {
        logins = Set.copyOf(logins);
        associations = associations.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(associations));
    }

    public static ChairRule of(AgendaConfig agenda, CommandsConfig commands) {
        Set<String> logins = new HashSet<>();
        add(logins, agenda.chair());
        add(logins, agenda.viceChair());
        agenda.tracks().chairs().values().forEach(c -> {
            add(logins, c.chair());
            add(logins, c.viceChair());
        });
        return new ChairRule(logins, Set.copyOf(commands.chairAssociations()));
    }

    private static void add(Set<String> logins, String login) {
        String l = login == null ? "" : login.strip();
        while (l.startsWith("@")) {
            l = l.substring(1);
        }
        if (!l.isEmpty()) {
            logins.add(l.toLowerCase(Locale.ROOT));
        }
    }

    /** Whether the author of a comment with this association, on an issue by {@code issueAuthor}, is a chair. */
    public boolean isChair(String login, Association association, String issueAuthor) {
        return logins.contains(login.toLowerCase(Locale.ROOT))
                || (!issueAuthor.isBlank() && issueAuthor.equalsIgnoreCase(login))
                || associations.contains(association);
    }
}
