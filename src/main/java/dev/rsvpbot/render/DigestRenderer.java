package dev.rsvpbot.render;

import dev.rsvpbot.config.AgendaConfig;
import dev.rsvpbot.config.CommandsConfig;
import dev.rsvpbot.digest.ChairItem;
import dev.rsvpbot.digest.Deadline;
import dev.rsvpbot.digest.Digest;
import dev.rsvpbot.digest.NextSeminar;
import dev.rsvpbot.digest.SeasonPoint;
import dev.rsvpbot.digest.Welcome;
import dev.rsvpbot.ledger.ReplyRef;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The digest as the Markdown comment the chair reads: the next seminar, what waits on the chair, deadlines,
 * people to welcome, and the season as a Mermaid {@code xychart-beta} (GitHub draws it) with a plain table
 * beneath for mail notifications and readers without Mermaid. Member text is escaped as in the summary, and
 * nobody is @-mentioned: the digest is for the chair, not a notification to members.
 */
public final class DigestRenderer {
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private final DigestMessages m;
    private final ZoneId zone;
    /** Words review reasons and refused commands exactly as the summary does. */
    private final SummaryRenderer summaryWords;

    public DigestRenderer(AgendaConfig rules, CommandsConfig commands, String language) {
        this.m = DigestMessages.of(language);
        this.zone = rules.timeZone();
        this.summaryWords = new SummaryRenderer(rules, commands, Messages.of(language));
    }

    /** The whole comment, starting with the {@link DigestMarker} line of the digest's week. */
    public String render(Digest d) {
        StringBuilder out = new StringBuilder();
        out.append("## ").append(m.get("title", d.week())).append("\n\n");
        out.append(m.get("intro", d.issuesRead(), d.issuesUpdated(), day(d.windowStart()))).append("\n\n");
        next(out, d);
        waiting(out, d.waiting());
        deadlines(out, d.deadlines());
        people(out, d.newcomers(), d.returning());
        season(out, d);
        return DigestMarker.mark(d.week(), out.toString());
    }

    private void next(StringBuilder out, Digest d) {
        if (d.next().isEmpty()) {
            out.append("### ").append(m.get("next.heading")).append("\n\n").append(m.get("next.none")).append("\n\n");
            return;
        }
        NextSeminar n = d.next().get();
        out.append("### ").append(n.episode().map(e -> m.get("next.heading.episode", e)).orElse(m.get("next.heading")))
                .append("\n\n");
        out.append(m.get("next.headers")).append('\n').append("| --- | --- | --- | --- | --- | --- |\n");
        String unknown = m.get("unknown");
        out.append(row(date(n.date()), n.start().toString(), n.room().isBlank() ? unknown : Md.text(n.room()),
                n.track().map(Enum::name).orElse("—"), officer(n.officers().chair(), n.officers().logins(), unknown),
                officer(n.officers().viceChair(), n.officers().logins(), unknown))).append("\n\n");
        out.append(m.get("next.fill", n.orals(), n.oralSeats(), n.posters(), n.posterSeats(), n.waitlist(), n.newcomers(),
                n.companions(), n.attendees() - n.companions()));
        String where = Md.link(m.get("next.issue") + " " + Md.text(n.repo()) + "#" + n.issue(), n.issueUrl());
        out.append(" — ").append(n.summaryUrl().isEmpty() ? where
                : Md.link(m.get("next.summary"), n.summaryUrl()) + " · " + where).append("\n\n");
    }

    private static String officer(String who, boolean login, String unknown) {
        if (who.isBlank()) {
            return unknown;
        }
        return login ? Md.person(who) : Md.text(who);
    }

    private void waiting(StringBuilder out, List<ChairItem> items) {
        out.append("### ").append(m.get("waiting.heading", items.size())).append("\n\n");
        if (items.isEmpty()) {
            out.append(m.get("waiting.none")).append("\n\n");
            return;
        }
        for (ChairItem item : items) {
            String what = switch (item.kind()) {
                case CORRECTION -> Md.text(item.excerpt());
                case COMMAND_NOT_APPLIED -> item.command().map(g -> "`" + Md.text(g.text()).replace("`", "'") + "`: "
                        + Md.text(summaryWords.describe(g))).orElse("");
                default -> item.review().map(r -> Md.text(summaryWords.describe(r))).orElse("");
            };
            out.append("- **").append(m.get("kind." + item.kind().name())).append("** ").append(Md.person(item.login()))
                    .append(what.isEmpty() ? "" : m.get("colon") + what).append(" — ").append(reply(item.source()))
                    .append(" (").append(Md.text(item.repo())).append('#').append(item.issue()).append(")\n");
        }
        out.append('\n');
    }

    private void deadlines(StringBuilder out, List<Deadline> deadlines) {
        out.append("### ").append(m.get("deadlines.heading")).append("\n\n");
        if (deadlines.isEmpty()) {
            out.append(m.get("deadlines.none")).append("\n\n");
            return;
        }
        for (Deadline d : deadlines) {
            String status = m.get("status." + d.status().name(), time(d.due()), d.doneAt() == null ? "" : time(d.doneAt()));
            out.append("- ").append(m.get("deadline." + d.kind().name(), Md.text(d.seminar()))).append(m.get("colon")).append(status);
            if (!d.url().isEmpty()) {
                out.append(" — ").append(Md.link(Md.text(d.seminar()), d.url()));
            }
            out.append('\n');
        }
        out.append('\n');
    }

    private void people(StringBuilder out, List<Welcome> newcomers, List<Welcome> returning) {
        out.append("### ").append(m.get("people.heading")).append("\n\n");
        if (newcomers.isEmpty()) {
            out.append(m.get("people.none")).append("\n\n");
        } else {
            for (Welcome w : newcomers) {
                String who = w.who().isEmpty() ? m.get("people.unnamed", Md.person(w.referrer())) : Md.person(w.who());
                out.append("- ").append(who).append(m.language().equals("zh") ? "，" : ", ")
                        .append(w.referrer().isEmpty() ? m.get("people.noReferrer") : m.get("people.referrer", Md.person(w.referrer())))
                        .append(w.bio().isEmpty() ? "" : m.get("colon") + Md.text(w.bio())).append(" — ").append(reply(w.source()))
                        .append('\n');
            }
            out.append('\n');
        }
        if (!returning.isEmpty()) {
            out.append("### ").append(m.get("back.heading")).append("\n\n");
            for (Welcome w : returning) {
                out.append("- ").append(Md.person(w.who())).append(" (")
                        .append(m.get("back.entry", w.lastSeen().map(this::day).orElse("—"))).append(") — ")
                        .append(reply(w.source())).append('\n');
            }
            out.append('\n');
        }
    }

    private void season(StringBuilder out, Digest d) {
        out.append("### ").append(m.get("season.heading")).append("\n\n");
        List<SeasonPoint> points = d.season();
        if (points.isEmpty()) {
            out.append(m.get("season.none")).append("\n\n");
        } else {
            // Labels are episodes (S3E7) or dates the bot formatted itself, never member text.
            out.append("```mermaid\nxychart-beta\n");
            out.append("    title \"").append(m.get("season.chartTitle")).append("\"\n");
            out.append("    x-axis [").append(points.stream().map(p -> "\"" + p.label() + "\"").collect(Collectors.joining(", ")))
                    .append("]\n");
            int top = points.stream().mapToInt(p -> Math.max(p.attendance(), p.orals() + p.posters())).max().orElse(0);
            out.append("    y-axis \"").append(m.get("season.axis")).append("\" 0 --> ").append(Math.max(top + 1, 5)).append('\n');
            out.append("    bar [").append(points.stream().map(p -> String.valueOf(p.orals() + p.posters()))
                    .collect(Collectors.joining(", "))).append("]\n");
            out.append("    line [").append(points.stream().map(p -> String.valueOf(p.attendance()))
                    .collect(Collectors.joining(", "))).append("]\n");
            out.append("```\n\n");
            out.append(m.get("season.legend")).append("\n\n");
            out.append(m.get("season.headers")).append('\n').append("| --- | --- | --: | --: | --: | --- |\n");
            for (SeasonPoint p : points) {
                out.append(row(p.label(), p.date().map(this::date).orElse("—"), String.valueOf(p.orals()),
                        String.valueOf(p.posters()), String.valueOf(p.attendance()), m.get("source." + p.source().name())))
                        .append('\n');
            }
            out.append('\n');
        }
        out.append("**").append(m.get("top.heading")).append("**").append(m.get("colon"));
        out.append(d.topPresenters().isEmpty() ? m.get("top.none")
                : d.topPresenters().stream().map(p -> m.get("top.entry", Md.person(p.who()), p.talks()))
                .collect(Collectors.joining(m.language().equals("zh") ? "、" : ", ")));
        out.append('\n');
    }

    private String reply(ReplyRef ref) {
        return Md.isSafeUrl(ref.url()) ? "[" + m.get("reply") + "](" + Md.href(ref.url()) + ")" : "#" + ref.id();
    }

    private String date(LocalDate date) {
        String weekday = m.get("weekdays").split(",")[date.getDayOfWeek().getValue() - 1];
        return date + (m.language().equals("zh") ? "（" + weekday + "）" : " (" + weekday + ")");
    }

    private String day(Instant instant) {
        return instant.atZone(zone).toLocalDate().toString();
    }

    private String time(Instant instant) {
        return DAY_TIME.format(instant.atZone(zone));
    }

    private static String row(String... cells) {
        return "| " + String.join(" | ", cells) + " |";
    }
}
