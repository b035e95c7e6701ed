package dev.rsvpbot.command;

import dev.rsvpbot.thread.Reply;

import java.util.Optional;

/**
 * Decides whether a reply's author may give a command: anyone may sign themself up, attend, drop or ask for help;
 * a chair ({@link ChairRule}) may do everything for anyone; a member may record the newcomer they refer.
 *
 * <pre>{@code
 * Permissions permissions = new Permissions(ChairRule.of(config.agenda(), config.commands()), issue.author());
 * Verdict v = permissions.judge(new Command.Drop(Optional.of("alice")), reply);   // Refused unless a chair or alice
 * }</pre>
 */
public final class Permissions {
    private final ChairRule chairs;
    private final String issueAuthor;

    public Permissions(ChairRule chairs, String issueAuthor) {
        this.chairs = chairs;
        this.issueAuthor = issueAuthor == null ? "" : issueAuthor;
    }

    /** The verdict on a well-formed command given in {@code reply}; a malformed line stays malformed. */
    public Verdict judge(Verdict parsed, Reply reply) {
        if (!(parsed instanceof Verdict.Accepted accepted)) {
            return parsed;
        }
        return refusal(accepted.command(), reply)
                .<Verdict>map(reason -> new Verdict.Refused(accepted.command(), reason))
                .orElse(parsed);
    }

    /** Why the author of {@code reply} may not give {@code command}; empty when they may. */
    public Optional<Refusal> refusal(Command command, Reply reply) {
        String author = reply.author();
        if (command instanceof Command.Help) {
            return Optional.empty();
        }
        if (chairs.isChair(author, reply.association(), issueAuthor)) {
            return Optional.empty();
        }
        if (command instanceof Command.SignUp s) {
            return self(s.who(), author);
        }
        if (command instanceof Command.Attend a) {
            return self(a.who(), author);
        }
        if (command instanceof Command.Drop d) {
            return self(d.who(), author);
        }
        if (command instanceof Command.Newcomer n) {
            // Without "referrer", the command's author refers the newcomer.
            return n.referrer().isEmpty() || n.referrer().get().equalsIgnoreCase(author)
                    ? Optional.empty() : Optional.of(Refusal.NOT_REFERRER_OR_CHAIR);
        }
        return Optional.of(Refusal.CHAIR_ONLY);
    }

    private static Optional<Refusal> self(Optional<String> who, String author) {
        return who.isEmpty() || who.get().equalsIgnoreCase(author) ? Optional.empty() : Optional.of(Refusal.NOT_SELF_OR_CHAIR);
    }
}
