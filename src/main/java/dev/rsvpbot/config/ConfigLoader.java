package dev.rsvpbot.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.rsvpbot.classify.Lexicon;
import dev.rsvpbot.classify.Track;
import dev.rsvpbot.thread.Association;
import org.quartz.CronExpression;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads {@code rsvp-bot.yml} into an {@link RsvpConfig}: defaults first, then the file's values, then validation.
 * Unknown keys and bad values are errors naming the file, the line and the key, and all of them are reported
 * at once. Keys are kebab-case, as in {@code config/rsvp-bot.example.yml}, which documents each one.
 *
 * <pre>{@code
 * RsvpConfig config = ConfigLoader.load(Path.of("config/rsvp-bot.yml"));
 * }</pre>
 */
public final class ConfigLoader {
    private static final Logger LOG = LoggerFactory.getLogger(ConfigLoader.class);
    /** Where commands look when no {@code --config} is given. */
    public static final String DEFAULT_FILE = "config/rsvp-bot.yml";

    private static final Pattern REPO = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})/[A-Za-z0-9._-]{1,100}");
    private static final Pattern LOGIN = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\\[bot])?");

    private ConfigLoader() {
    }

    /**
     * The file, or built-in defaults when {@code file} is null or is the default path and does not exist.
     * A file named explicitly must exist.
     */
    public static RsvpConfig loadDefaultOrFile(Path file) throws ConfigException {
        if (file == null || (file.equals(Path.of(DEFAULT_FILE)) && !Files.exists(file))) {
            return RsvpConfig.defaults();
        }
        return load(file);
    }

    /** Reads and validates one file. */
    public static RsvpConfig load(Path file) throws ConfigException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (NoSuchFileException e) {
            throw new ConfigException(List.of(file + ": config file not found; pass an existing file with --config, "
                    + "or copy config/rsvp-bot.example.yml"));
        } catch (CharacterCodingException e) {
            throw new ConfigException(List.of(file + ": config file is not UTF-8 text"));
        } catch (IOException e) {
            throw new ConfigException(List.of(file + ": cannot read config file: " + e.getMessage()));
        }
        return parse(text, file.toString());
    }

    /** Reads and validates YAML text; {@code fileName} is only used in messages. */
    public static RsvpConfig parse(String text, String fileName) throws ConfigException {
        YamlDocument document;
        try {
            document = YamlDocument.parse(text);
        } catch (JsonProcessingException e) {
            throw new ConfigException(List.of(fileName + ":" + yamlErrorLine(e) + ": not valid YAML: "
                    + yamlProblem(e.getOriginalMessage())));
        }
        if (text.isBlank() || document.root().isEmpty()) {
            // Not an error (every key has a default), but rarely meant: say so, so a truncated file is noticed.
            LOG.warn("{}: the config file is empty; using the built-in defaults (rsvp-bot config prints them)", fileName);
        }
        Problems problems = new Problems(fileName, document);
        Section root = new Section(problems, document.root(), "");
        RsvpConfig defaults = RsvpConfig.defaults();
        RsvpConfig config = new RsvpConfig(
                github(root.section("github"), defaults.github()),
                classify(root.section("classify"), defaults.classify()),
                agenda(root.section("agenda"), defaults.agenda()),
                render(root.section("render"), defaults.render()),
                schedule(root.section("schedule"), defaults.schedule()),
                commands(root.section("commands"), defaults.commands()),
                digest(root.section("digest"), defaults.digest()));
        root.finish();
        if (!problems.all().isEmpty()) {
            throw new ConfigException(problems.all());
        }
        return config;
    }

    /**
     * The line of the YAML error itself. Jackson reports where the scanner's context began (for a tab, the line
     * before it); SnakeYAML's problem mark is the offending character.
     */
    private static int yamlErrorLine(JsonProcessingException e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof org.yaml.snakeyaml.error.MarkedYAMLException marked && marked.getProblemMark() != null) {
                return marked.getProblemMark().getLine() + 1;
            }
        }
        return e.getLocation() == null ? 1 : e.getLocation().getLineNr();
    }

    /** SnakeYAML's words for a tab, which is the usual mistake, said plainly; other problems as SnakeYAML says them. */
    private static String yamlProblem(String message) {
        String text = message == null ? "" : message;
        return text.contains("\\t(TAB)") || text.contains("\t(TAB)")
                ? "a tab character cannot indent YAML; indent with spaces"
                : text;
    }

    private static GithubConfig github(Section s, GithubConfig d) {
        List<String> repos = s.stringList("repos", d.repos());
        for (int i = 0; i < repos.size(); i++) {
            if (!REPO.matcher(repos.get(i)).matches()) {
                s.problem("repos/" + i, "must be owner/name, e.g. BUPT/ai-ml.club, got \"" + repos.get(i) + "\"");
            }
        }
        Section issues = s.section("issues");
        GithubConfig.IssueSelector di = d.issues();
        String state = issues.string("state", di.state());
        if (!List.of("open", "closed", "all").contains(state)) {
            issues.problem("state", "must be open, closed or all, got \"" + state + "\"");
        }
        List<String> titlePatterns = issues.stringList("title-patterns", di.titlePatterns());
        for (int i = 0; i < titlePatterns.size(); i++) {
            try {
                Pattern.compile(titlePatterns.get(i));
            } catch (PatternSyntaxException e) {
                issues.problem("title-patterns/" + i, "is not a valid regular expression: " + e.getDescription());
            }
        }
        GithubConfig.IssueSelector selector = new GithubConfig.IssueSelector(state,
                issues.stringList("labels", di.labels()), titlePatterns);
        issues.finish();
        String botLogin = s.string("bot-login", d.botLogin());
        if (!botLogin.isEmpty() && !LOGIN.matcher(botLogin).matches()) {
            s.problem("bot-login", "must be a GitHub login such as my-app[bot], got \"" + botLogin + "\"");
        }
        GithubConfig config = new GithubConfig(
                s.uri("api-url", d.apiUrl()), repos, selector, botLogin,
                Path.of(s.string("cache-dir", d.cacheDir().toString())),
                s.duration("max-rate-limit-wait", d.maxRateLimitWait()),
                s.duration("write-interval", d.writeInterval()),
                s.integer("retries", d.retries(), 0, 10),
                s.duration("since-overlap", d.sinceOverlap()));
        s.finish();
        return config;
    }

    private static ClassifyConfig classify(Section s, ClassifyConfig d) {
        Map<String, List<String>> extra = s.map("extra-cues", d.extraCues(), Section::asStringList);
        Set<String> categories = Lexicon.defaults().categories();
        for (String category : extra.keySet()) {
            if (!categories.contains(category)) {
                s.problem("extra-cues/" + category, "is not a lexicon category; categories are: " + String.join(", ", categories));
            }
        }
        s.finish();
        return new ClassifyConfig(extra);
    }

    private static AgendaConfig agenda(Section s, AgendaConfig d) {
        Section tracks = s.section("tracks");
        AgendaConfig.Tracks dt = d.tracks();
        List<Track> order = tracks.enumList("order", Track.class, dt.order());
        Track anchorTrack = tracks.enumValue("anchor-track", Track.class, dt.anchorTrack());
        if (!order.isEmpty() && !order.contains(anchorTrack)) {
            tracks.problem("anchor-track", "must be one of the tracks in order " + order + ", got " + anchorTrack);
        }
        Map<String, AgendaConfig.Chairs> defaultChairs = new LinkedHashMap<>();
        dt.chairs().forEach((track, c) -> defaultChairs.put(track.name(), c));
        Map<String, AgendaConfig.Chairs> named = tracks.map("chairs", defaultChairs, entry -> {
            AgendaConfig.Chairs c = new AgendaConfig.Chairs(entry.string("chair", ""), entry.string("vice-chair", ""));
            entry.finish();
            return c;
        });
        Map<Track, AgendaConfig.Chairs> chairs = new EnumMap<>(Track.class);
        named.forEach((name, c) -> {
            try {
                chairs.put(Track.valueOf(name.toUpperCase(java.util.Locale.ROOT)), c);
            } catch (IllegalArgumentException e) {
                tracks.problem("chairs/" + name, "is not a track; tracks are " + List.of(Track.values()));
            }
        });
        AgendaConfig.Tracks trackConfig = new AgendaConfig.Tracks(order,
                tracks.date("anchor-date", dt.anchorDate()), anchorTrack, chairs);
        tracks.finish();
        int soft = s.integer("soft-limit-minutes", d.softLimitMinutes(), 1, 24 * 60);
        int hard = s.integer("hard-limit-minutes", d.hardLimitMinutes(), 1, 24 * 60);
        if (hard < soft) {
            s.problem("hard-limit-minutes", "must not be less than soft-limit-minutes (" + soft + "), got " + hard);
        }
        AgendaConfig config = new AgendaConfig(
                s.zone("time-zone", d.timeZone()),
                s.enumValue("weekday", DayOfWeek.class, d.weekday()),
                s.time("start", d.start()),
                s.string("room", d.room()),
                s.string("chair", d.chair()),
                s.string("vice-chair", d.viceChair()),
                s.integer("orals", d.orals(), 0, 10),
                s.integer("max-posters", d.maxPosters(), 0, 50),
                s.integer("oral-minutes", d.oralMinutes(), 1, 240),
                s.integer("poster-minutes", d.posterMinutes(), 1, 240),
                s.integer("companions-per-presenter", d.companionsPerPresenter(), 0, 20),
                s.integer("opening-minutes", d.openingMinutes(), 0, 240),
                s.integer("newcomer-minutes", d.newcomerMinutes(), 0, 60),
                s.integer("break-minutes", d.breakMinutes(), 0, 120),
                s.integer("closing-minutes-per-person", d.closingMinutesPerPerson(), 0, 60),
                soft, hard, trackConfig);
        s.finish();
        return config;
    }

    private static RenderConfig render(Section s, RenderConfig d) {
        String language = s.string("language", d.language());
        if (!List.of("zh", "en").contains(language)) {
            s.problem("language", "must be zh or en, got \"" + language + "\"");
        }
        s.finish();
        return new RenderConfig(language);
    }

    private static CommandsConfig commands(Section s, CommandsConfig d) {
        List<Association> associations = s.enumList("chair-associations", Association.class, d.chairAssociations());
        if (associations.contains(Association.NONE)) {
            s.problem("chair-associations", "must not contain NONE: it would make every commenter a chair; "
                    + "list the associations that are, e.g. [OWNER, MEMBER]");
        }
        s.finish();
        return new CommandsConfig(associations.stream().distinct().toList());
    }

    private static final Pattern DIGEST_ISSUE = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})/[A-Za-z0-9._-]{1,100}#[1-9][0-9]{0,8}");

    private static DigestConfig digest(Section s, DigestConfig d) {
        String issue = s.string("issue", d.issue()).strip();
        if (!issue.isEmpty() && !DIGEST_ISSUE.matcher(issue).matches()) {
            s.problem("issue", "must be OWNER/NAME#NUMBER, e.g. BUPT/ai-ml.club#330, or empty for the latest seminar "
                    + "issue; got \"" + issue + "\"");
        }
        Section deadlines = s.section("deadlines");
        DigestConfig.Deadlines dd = d.deadlines();
        java.util.Optional<java.time.Duration> announcement = deadlines.durationOrOff("announcement-before", dd.announcementBefore());
        java.util.Optional<java.time.Duration> minutes = deadlines.durationOrOff("minutes-after", dd.minutesAfter());
        List<String> titles = deadlines.stringList("announcement-titles", dd.announcementTitles());
        for (int i = 0; i < titles.size(); i++) {
            try {
                Pattern.compile(titles.get(i));
            } catch (PatternSyntaxException e) {
                deadlines.problem("announcement-titles/" + i, "is not a valid regular expression: " + e.getDescription());
            }
        }
        deadlines.finish();
        DigestConfig config = new DigestConfig(issue, s.integer("days", d.days(), 1, 366),
                s.duration("returning-after", d.returningAfter()), s.integer("top-presenters", d.topPresenters(), 0, 50),
                new DigestConfig.Deadlines(announcement, minutes, titles));
        s.finish();
        return config;
    }

    private static ScheduleConfig schedule(Section s, ScheduleConfig d) {
        String pollCron = cron(s, "poll-cron", d.pollCron(), false);
        String digestCron = cron(s, "digest-cron", d.digestCron(), true);
        ScheduleConfig config = new ScheduleConfig(pollCron, digestCron, s.integer("health-port", d.healthPort(), 0, 65535));
        s.finish();
        return config;
    }

    private static String cron(Section s, String key, String fallback, boolean mayBeEmpty) {
        String expression = s.string(key, fallback);
        if (expression.isBlank() && mayBeEmpty) {
            return "";
        }
        if (!CronExpression.isValidExpression(expression)) {
            s.problem(key, "is not a Quartz cron expression (seconds minutes hours day-of-month month day-of-week), "
                    + "e.g. \"0 */10 * * * ?\"; got \"" + expression + "\"");
        }
        return expression;
    }
}
