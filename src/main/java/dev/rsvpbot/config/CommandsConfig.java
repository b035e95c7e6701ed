package dev.rsvpbot.config;

import dev.rsvpbot.thread.Association;

import java.util.List;

/**
 * Who may steer the bot with commands in replies ({@code /rsvp drop @x}, {@code /agenda room …}) beyond the
 * configured chairs and the author.
 *
 * @param chairAssociations comment {@code author_association} values that make a commenter a chair; {@code OWNER}
 *                          by default, because a club whose members all belong to the organisation must not make
 *                          every {@code MEMBER} a chair
 */
public record CommandsConfig(List<Association> chairAssociations) {
    public CommandsConfig {
        chairAssociations = List.copyOf(chairAssociations);
    }

    public static CommandsConfig defaults() {
        return new CommandsConfig(List.of(Association.OWNER));
    }
}
