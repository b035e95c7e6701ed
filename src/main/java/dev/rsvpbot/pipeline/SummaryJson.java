package dev.rsvpbot.pipeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rsvpbot.agenda.Agenda;
import dev.rsvpbot.agenda.Slot;
import dev.rsvpbot.agenda.Waitlisted;
import dev.rsvpbot.command.Verdict;
import dev.rsvpbot.ledger.AgendaOverrides;
import dev.rsvpbot.ledger.Attendee;
import dev.rsvpbot.ledger.GivenCommand;
import dev.rsvpbot.ledger.Correction;
import dev.rsvpbot.ledger.Ledger;
import dev.rsvpbot.ledger.Newcomer;
import dev.rsvpbot.ledger.ReviewItem;
import dev.rsvpbot.ledger.SignUp;
import dev.rsvpbot.ledger.Steering;
import dev.rsvpbot.ledger.Withdrawal;
import dev.rsvpbot.render.SummaryRenderer;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Predicate;

/**
 * The JSON form of a {@link ThreadSummary}, with the field names interface.md promises, in a fixed order. What
 * commands did appears only when the thread holds commands ({@code steeredBy}, {@code doneBy}, {@code settledBy},
 * {@code commands}), so a thread without them gives the same JSON as before.
 */
final class SummaryJson {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final SummaryRenderer words;

    SummaryJson(SummaryRenderer words) {
        this.words = words;
    }

    String write(ThreadSummary summary) {
        Ledger ledger = summary.ledger();
        Agenda agenda = summary.agenda();
        ObjectNode root = JSON.createObjectNode();
        root.put("repo", summary.repo());
        root.put("issue", summary.issue());
        talks(root.putArray("oral"), agenda.orals());
        talks(root.putArray("poster"), agenda.posters());
        ArrayNode waitlist = root.putArray("waitlist");
        for (Waitlisted w : agenda.waitlist()) {
            ObjectNode o = talk(waitlist.addObject(), w.signUp()).put("kind", w.signUp().kind().name())
                    .put("code", w.reason().name()).put("reason", words.describe(w));
            w.signUp().steeredBy().ifPresent(by -> o.put("steeredBy", by));
        }
        // A companion's presenter may wait for a later seminar: say so, as the Markdown marks it, so that
        // "with" is never read as a talk this time.
        Predicate<String> waits = agenda.waitingPresenters();
        ArrayNode attendees = root.putArray("attendees");
        for (Attendee a : ledger.attendees()) {
            ObjectNode o = attendees.addObject().put("login", a.login());
            o.put("with", a.with().orElse(null));
            o.put("presenterWaits", a.with().map(waits::test).orElse(false));
            o.put("asked", a.asked().orElse(null));
            o.put("comment", a.source().id());
            a.steeredBy().ifPresent(by -> o.put("steeredBy", by));
        }
        ArrayNode newcomers = root.putArray("newcomers");
        for (Newcomer n : ledger.newcomers()) {
            // null, not the name, when a member named a friend without a login: a name read as a login is somebody else.
            ObjectNode o = newcomers.addObject().put("login", n.login().isEmpty() ? null : n.login()).put("name", n.name())
                    .put("referrer", n.referrer()).put("bio", n.bio()).put("comment", n.source().id());
            n.steeredBy().ifPresent(by -> o.put("steeredBy", by));
        }
        ArrayNode corrections = root.putArray("corrections");
        for (Correction c : ledger.corrections()) {
            ObjectNode o = corrections.addObject().put("login", c.login()).put("comment", c.source().id())
                    .put("url", c.source().url()).put("excerpt", c.excerpt());
            c.doneBy().ifPresent(by -> o.put("doneBy", by));
        }
        ArrayNode review = root.putArray("review");
        for (ReviewItem r : ledger.review()) {
            ObjectNode o = review.addObject().put("login", r.login()).put("comment", r.source().id()).put("url", r.source().url())
                    .put("code", r.reason().name()).put("reason", words.describe(r));
            r.settledBy().ifPresent(by -> o.put("settledBy", by));
        }
        ArrayNode withdrawn = root.putArray("withdrawn");
        for (Withdrawal w : ledger.withdrawals()) {
            ObjectNode o = withdrawn.addObject().put("login", w.login());
            o.put("had", w.had().map(Enum::name).orElse(null));
            o.put("comment", w.source().id());
            w.steeredBy().ifPresent(by -> o.put("steeredBy", by));
        }
        if (ledger.steering().any()) {
            commands(root.putObject("commands"), ledger.steering());
        }
        root.put("memberReplies", ledger.memberReplies());
        root.put("chatter", ledger.chatter().size());
        root.put("superseded", ledger.superseded().size());
        root.put("botReplies", ledger.botReplies());

        ObjectNode a = root.putObject("agenda");
        a.put("episode", agenda.episode().map(Object::toString).orElse(null));
        a.put("date", agenda.date().toString());
        a.put("start", agenda.start().toString());
        a.put("end", agenda.end().toString());
        a.put("room", agenda.room());
        a.put("track", agenda.track().map(Enum::name).orElse(null));
        a.put("chair", agenda.officers().chair());
        a.put("viceChair", agenda.officers().viceChair());
        a.put("totalMinutes", agenda.totalMinutes());
        a.put("pastSoftLimit", agenda.pastSoftLimit());
        a.put("pastHardLimit", agenda.pastHardLimit());
        ArrayNode slots = a.putArray("slots");
        for (Slot s : agenda.slots()) {
            ObjectNode o = slots.addObject().put("start", s.start().toString()).put("minutes", s.minutes())
                    .put("kind", s.kind().name()).put("what", words.describe(s, agenda));
            s.talk().ifPresent(t -> o.put("login", t.login()));
            if (s.shortened()) {
                o.put("askedMinutes", s.asked());
            }
        }
        try {
            DefaultPrettyPrinter pretty = new DefaultPrettyPrinter()
                    .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n"));
            return JSON.writer(pretty).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("a tree of plain nodes always serialises", e);
        }
    }

    private void commands(ObjectNode o, Steering steering) {
        given(o.putArray("applied"), steering.applied());
        given(o.putArray("refused"), steering.refused());
        given(o.putArray("malformed"), steering.malformed());
        steering.posterOrder().ifPresent(order -> {
            ObjectNode p = o.putObject("posterOrder").put("by", order.by()).put("comment", order.source().id());
            order.value().forEach(p.putArray("logins")::add);
        });
        AgendaOverrides a = steering.agenda();
        ObjectNode set = o.putObject("agenda");
        a.date().ifPresent(s -> set.putObject("date").put("value", s.value().toString()).put("by", s.by()));
        a.time().ifPresent(s -> set.putObject("start").put("value", s.value().toString()).put("by", s.by()));
        a.room().ifPresent(s -> set.putObject("room").put("value", s.value()).put("by", s.by()));
        a.track().ifPresent(s -> set.putObject("track").put("value", s.value().name()).put("by", s.by()));
        o.put("help", steering.help());
    }

    private void given(ArrayNode array, List<GivenCommand> commands) {
        for (GivenCommand g : commands) {
            ObjectNode o = array.addObject().put("login", g.by()).put("command", g.text())
                    .put("comment", g.source().id()).put("url", g.source().url());
            if (g.verdict() instanceof Verdict.Refused r) {
                o.put("code", r.reason().name()).put("reason", words.describe(g));
            } else if (g.verdict() instanceof Verdict.Malformed mal) {
                o.put("expected", mal.expected()).put("problem", mal.problem());
            }
        }
    }

    private static void talks(ArrayNode array, List<SignUp> talks) {
        for (SignUp s : talks) {
            ObjectNode o = talk(array.addObject(), s).put("comment", s.source().id());
            s.steeredBy().ifPresent(by -> o.put("steeredBy", by));
        }
    }

    private static ObjectNode talk(ObjectNode o, SignUp s) {
        return o.put("login", s.login()).put("title", s.talk().title()).put("url", s.talk().url());
    }
}
