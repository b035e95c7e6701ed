package dev.rsvpbot.command;

import java.util.List;

/**
 * A reply split into its commands and the rest, which the classifier reads.
 *
 * @param commands          the command lines, in the reply's order
 * @param rest              the body without its command lines (the whole body when it has none)
 * @param restSaysSomething false when the rest holds none of the author's own words: a reply of commands only
 *                          is not also classified
 */
public record ReplyCommands(List<Issued> commands, String rest, boolean restSaysSomething) {
    public ReplyCommands {
        commands = List.copyOf(commands);
    }

    /** A reply without commands: all of it is for the classifier. */
    public static ReplyCommands none(String body) {
        return new ReplyCommands(List.of(), body, true);
    }
}
