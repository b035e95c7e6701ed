package dev.rsvpbot.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rsvpbot.config.AgendaConfig;
import dev.rsvpbot.config.CommandsConfig;
import dev.rsvpbot.digest.ChairItem;
import dev.rsvpbot.digest.Deadline;
import dev.rsvpbot.digest.Digest;
import dev.rsvpbot.digest.NextSeminar;
import dev.rsvpbot.digest.SeasonPoint;
import dev.rsvpbot.digest.Welcome;
import dev.rsvpbot.ledger.ReplyRef;

import java.io.UncheckedIOException;

/**
 * The digest as JSON ({@code digest --format json}): the same data as the comment, in a fixed order, member text
 * unescaped; reasons worded in the configured language as the summary's JSON words them.
 */
public final class DigestJson {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final SummaryRenderer summaryWords;

    public DigestJson(AgendaConfig rules, CommandsConfig commands, String language) {
        this.summaryWords = new SummaryRenderer(rules, commands, Messages.of(language));
    }

    public String write(Digest d) {
        ObjectNode root = JSON.createObjectNode();
        root.put("week", d.week());
        root.put("since", d.windowStart().toString());
        root.put("now", d.now().toString());
        root.put("issuesRead", d.issuesRead());
        root.put("issuesUpdated", d.issuesUpdated());
        d.next().ifPresentOrElse(n -> next(root.putObject("next"), n), () -> root.putNull("next"));
        ArrayNode waiting = root.putArray("waiting");
        for (ChairItem item : d.waiting()) {
            ObjectNode o = waiting.addObject().put("kind", item.kind().name()).put("repo", item.repo())
                    .put("issue", item.issue()).put("login", item.login());
            reply(o, item.source());
            item.review().ifPresent(r -> o.put("code", r.reason().name()).put("reason", summaryWords.describe(r)));
            item.command().ifPresent(g -> o.put("command", g.text()).put("reason", summaryWords.describe(g)));
            if (!item.excerpt().isEmpty()) {
                o.put("excerpt", item.excerpt());
            }
        }
        ArrayNode deadlines = root.putArray("deadlines");
        for (Deadline dl : d.deadlines()) {
            ObjectNode o = deadlines.addObject().put("kind", dl.kind().name()).put("seminar", dl.seminar())
                    .put("due", dl.due().toString()).put("status", dl.status().name());
            if (dl.doneAt() != null) {
                o.put("doneAt", dl.doneAt().toString());
            }
            if (!dl.url().isEmpty()) {
                o.put("url", dl.url());
            }
        }
        welcomes(root.putArray("newcomers"), d.newcomers());
        welcomes(root.putArray("returning"), d.returning());
        ArrayNode season = root.putArray("season");
        for (SeasonPoint p : d.season()) {
            ObjectNode o = season.addObject().put("seminar", p.label());
            p.date().ifPresentOrElse(date -> o.put("date", date.toString()), () -> o.putNull("date"));
            o.put("oral", p.orals()).put("poster", p.posters()).put("attendance", p.attendance())
                    .put("source", p.source().name());
            p.presenters().forEach(o.putArray("presenters")::add);
        }
        ArrayNode top = root.putArray("topPresenters");
        d.topPresenters().forEach(p -> top.addObject().put("who", p.who()).put("talks", p.talks()));
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void next(ObjectNode o, NextSeminar n) {
        o.put("repo", n.repo()).put("issue", n.issue()).put("url", n.issueUrl()).put("summaryUrl", n.summaryUrl());
        n.episode().ifPresentOrElse(e -> o.put("episode", e.toString()), () -> o.putNull("episode"));
        o.put("date", n.date().toString()).put("start", n.start().toString()).put("room", n.room());
        n.track().ifPresentOrElse(t -> o.put("track", t.name()), () -> o.putNull("track"));
        o.put("chair", n.officers().chair()).put("viceChair", n.officers().viceChair());
        o.putObject("oral").put("signedUp", n.orals()).put("seats", n.oralSeats());
        o.putObject("poster").put("signedUp", n.posters()).put("seats", n.posterSeats());
        o.put("waitlist", n.waitlist()).put("newcomers", n.newcomers()).put("companions", n.companions())
                .put("attendees", n.attendees());
    }

    private static void welcomes(ArrayNode array, java.util.List<Welcome> people) {
        for (Welcome w : people) {
            ObjectNode o = array.addObject().put("who", w.who());
            if (!w.referrer().isEmpty()) {
                o.put("referrer", w.referrer());
            }
            if (!w.bio().isEmpty()) {
                o.put("bio", w.bio());
            }
            w.lastSeen().ifPresent(t -> o.put("lastSeen", t.toString()));
            reply(o, w.source());
        }
    }

    private static void reply(ObjectNode o, ReplyRef ref) {
        o.put("comment", ref.id()).put("url", ref.url()).put("at", ref.createdAt().toString());
    }
}
