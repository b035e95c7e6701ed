package dev.rsvpbot.command;

import dev.rsvpbot.classify.Label;
import dev.rsvpbot.classify.Talk;
import dev.rsvpbot.classify.Track;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/**
 * One well-formed command from a reply, before anyone checked whether its author may give it. Logins are
 * written without {@code @}; an empty {@code who} means the command's author.
 */
public sealed interface Command {
    Verb verb();

    /** {@code /rsvp oral|poster [@login] [title] [url]}: a sign-up that replaces what that person had. */
    record SignUp(Optional<String> who, Label kind, Talk talk) implements Command {
        public SignUp {
            if (kind != Label.ORAL && kind != Label.POSTER) {
                throw new IllegalArgumentException("kind (" + kind + ") must be ORAL or POSTER");
            }
        }

        @Override
        public Verb verb() {
            return kind == Label.ORAL ? Verb.ORAL : Verb.POSTER;
        }
    }

    /** {@code /rsvp attend [@login] [with @presenter]}. */
    record Attend(Optional<String> who, Optional<String> with) implements Command {
        @Override
        public Verb verb() {
            return Verb.ATTEND;
        }
    }

    /** {@code /rsvp drop [@login]}: withdraws whatever that person had. */
    record Drop(Optional<String> who) implements Command {
        @Override
        public Verb verb() {
            return Verb.DROP;
        }
    }

    /** {@code /rsvp newcomer @login [referrer @member]}; without a referrer, the command's author refers them. */
    record Newcomer(String login, Optional<String> referrer) implements Command {
        @Override
        public Verb verb() {
            return Verb.NEWCOMER;
        }
    }

    /** {@code /rsvp order @a @b …}: these Posters first, in this order; the others follow, first come first. */
    record PosterOrder(List<String> logins) implements Command {
        public PosterOrder {
            logins = List.copyOf(logins);
        }

        @Override
        public Verb verb() {
            return Verb.ORDER;
        }
    }

    /** {@code /rsvp done <comment>}: the correction in that comment is applied, or its review item settled. */
    record Done(long commentId) implements Command {
        @Override
        public Verb verb() {
            return Verb.DONE;
        }
    }

    /** {@code /agenda date YYYY-MM-DD}. */
    record AgendaDate(LocalDate date) implements Command {
        @Override
        public Verb verb() {
            return Verb.DATE;
        }
    }

    /** {@code /agenda time HH:MM}. */
    record AgendaTime(LocalTime time) implements Command {
        @Override
        public Verb verb() {
            return Verb.TIME;
        }
    }

    /** {@code /agenda room …}. */
    record AgendaRoom(String room) implements Command {
        @Override
        public Verb verb() {
            return Verb.ROOM;
        }
    }

    /** {@code /agenda track CV|NLP}. */
    record AgendaTrack(Track track) implements Command {
        @Override
        public Verb verb() {
            return Verb.TRACK;
        }
    }

    /** {@code /rsvp help}: the summary lists the commands. */
    record Help() implements Command {
        @Override
        public Verb verb() {
            return Verb.HELP;
        }
    }
}
