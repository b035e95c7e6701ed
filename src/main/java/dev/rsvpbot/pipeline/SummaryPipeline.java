package dev.rsvpbot.pipeline;

import dev.rsvpbot.agenda.Agenda;
import dev.rsvpbot.agenda.AgendaPlanner;
import dev.rsvpbot.classify.Classification;
import dev.rsvpbot.classify.Lexicon;
import dev.rsvpbot.classify.ReplyClassifier;
import dev.rsvpbot.classify.ThreadAsk;
import dev.rsvpbot.classify.ReplyContext;
import dev.rsvpbot.classify.ThreadHistory;
import dev.rsvpbot.command.ChairRule;
import dev.rsvpbot.command.CommandParser;
import dev.rsvpbot.command.Permissions;
import dev.rsvpbot.command.ThreadCommands;
import dev.rsvpbot.config.RsvpConfig;
import dev.rsvpbot.ledger.Ledger;
import dev.rsvpbot.ledger.LedgerEvents;
import dev.rsvpbot.ledger.LedgerFold;
import dev.rsvpbot.ledger.Names;
import dev.rsvpbot.render.Messages;
import dev.rsvpbot.render.SummaryMarker;
import dev.rsvpbot.render.SummaryRenderer;
import dev.rsvpbot.thread.Bots;
import dev.rsvpbot.thread.IssueThread;
import dev.rsvpbot.thread.Reply;
import dev.rsvpbot.thread.SeminarIssue;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Function;

/**
 * The pure core end to end: a thread in, the summary comment out. Classify each member reply, fold the replies
 * into the ledger, plan the agenda by the club's rules, render the comment.
 *
 * <p>Deterministic (the same thread gives a byte-identical body, whatever the order of its replies) and total:
 * no reply content makes it throw; a reply the classifier cannot handle goes to the review list.
 *
 * <pre>{@code
 * Summary summary = new SummaryPipeline(config).summarize(thread, "rsvp-bot");
 * github.keepOneComment(issue, summary.body());
 * }</pre>
 */
public final class SummaryPipeline {
    /** For a thread, what reads each of its members' replies in it. */
    @FunctionalInterface
    private interface ThreadReaders {
        Function<Reply, Classification> forThread(IssueThread thread, Predicate<Reply> isMember);
    }

    private final ThreadReaders readers;
    private final CommandParser commandParser;
    private final ChairRule chairs;
    private final LedgerFold fold;
    private final AgendaPlanner planner;
    private final SummaryRenderer renderer;

    /** The pipeline with the classifier's default lexicon extended by the config's extra cues. */
    public SummaryPipeline(RsvpConfig config) {
        this(config, new ReplyClassifier(Lexicon.defaults().extendedWith(config.classify().extraCues())));
    }

    private SummaryPipeline(RsvpConfig config, ReplyClassifier classifier) {
        this(config, inThread(classifier), classifier::ownWords);
    }

    /**
     * A pipeline whose classifier reads reply bodies alone (tests that fix what each body means); commands are
     * read from the author's own words as the shipped classifier strips them.
     */
    SummaryPipeline(RsvpConfig config, Function<String, Classification> classifier) {
        this(config, (ThreadReaders) (thread, isMember) -> reply -> classifier.apply(reply.body()),
                ReplyClassifier.rulesOnly(Lexicon.defaults().extendedWith(config.classify().extraCues()))::ownWords);
    }

    private SummaryPipeline(RsvpConfig config, ThreadReaders readers, Function<String, String> ownWords) {
        this.readers = readers;
        this.commandParser = new CommandParser(ownWords);
        this.chairs = ChairRule.of(config.agenda(), config.commands());
        this.fold = new LedgerFold(config.agenda().companionsPerPresenter());
        this.planner = new AgendaPlanner(config.agenda());
        this.renderer = new SummaryRenderer(config.agenda(), config.commands(), Messages.of(config.render().language()));
    }

    /**
     * The issue's ask is read once; each reply is then read in it, with its author and what the members' earlier
     * replies said (who was invited to talk, what the model made of them), in time order as the ledger counts them
     * (labels.md).
     */
    private static ThreadReaders inThread(ReplyClassifier classifier) {
        return (thread, isMember) -> {
            SeminarIssue issue = thread.issue();
            ThreadAsk ask = classifier.readThread(issue.title(), issue.body(), issue.author());
            Map<Long, Classification> read = new HashMap<>();
            ThreadHistory history = new ThreadHistory(classifier, ask);
            for (Reply r : thread.replies().stream().filter(isMember).sorted(IN_TIME_ORDER).toList()) {
                read.put(r.id(), classify(reply -> history.read(reply.body(), reply.author()), r));
            }
            return reply -> read.computeIfAbsent(reply.id(), id -> classifier.classify(reply.body(), ask, reply.author()));
        };
    }

    private static final Comparator<Reply> IN_TIME_ORDER = Comparator.comparing(Reply::createdAt).thenComparingLong(Reply::id);

    /**
     * Commands are read first, from each reply's own words, and judged by who wrote them; the classifier then
     * reads each reply without its command lines, so a command never also counts as prose.
     */
    public Summary summarize(IssueThread thread, String botLogin) {
        IssueThread marked = withSummariesAsBots(thread);
        Predicate<Reply> isMember = reply -> !Bots.isBot(reply, botLogin);
        ThreadCommands commands = ThreadCommands.read(marked, isMember, commandParser,
                new Permissions(chairs, thread.issue().author()));
        IssueThread prose = commands.withoutCommandLines(marked);
        Function<Reply, Classification> reader = readers.forThread(prose, isMember);
        Ledger ledger = fold.fold(new LedgerEvents(botLogin, reply -> classify(reader, reply), commands::of).of(marked));
        Agenda agenda = planner.plan(thread.issue(), ledger);
        String markdown = renderer.render(ledger, agenda, Names.read(thread.issue().body(), ledger));
        return new Summary(SummaryMarker.mark(markdown),
                new ThreadSummary(thread.issue().repo(), thread.issue().number(), ledger, agenda));
    }

    /**
     * A reply that is an intact summary (its marker's hash matches its content) was written by a bot, whatever
     * account posted it: a bot run with a personal token, or an earlier install under another login. Read as a
     * member's reply, its Oral and Poster tables would sign that account up. A member cannot forge this by
     * pasting a marker: the hash must match what follows it.
     */
    private static IssueThread withSummariesAsBots(IssueThread thread) {
        List<Reply> replies = thread.replies().stream()
                .map(r -> !r.authorIsBot() && SummaryMarker.isIntact(r.body())
                        ? r.asBot() : r)
                .toList();
        return new IssueThread(thread.issue(), replies);
    }

    /** The JSON form of a summary ({@code preview --format json}), in the configured language. */
    public String json(ThreadSummary summary) {
        return new SummaryJson(renderer).write(summary);
    }

    /**
     * One bad reply must not stop the summary: if the classifier fails on it, the chair reviews it instead. A
     * stack overflow (deeply nested text) unwinds cleanly, so it counts as such a failure too.
     */
    private static Classification classify(Function<Reply, Classification> reader, Reply reply) {
        try {
            return reader.apply(reply);
        } catch (RuntimeException | StackOverflowError e) {
            return Classification.other("classifier-error", true, true);
        }
    }
}
