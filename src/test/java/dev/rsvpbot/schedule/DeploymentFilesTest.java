package dev.rsvpbot.schedule;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.rsvpbot.config.ConfigLoader;
import dev.rsvpbot.config.RsvpConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quartz.CronExpression;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The files users copy: every cron expression in them parses, every job name is unique, and the
 * deployments carry what makes them safe (one run at a time, the token from a file, limits, non-root).
 */
class DeploymentFilesTest {
    private static final Path K8S = Path.of("config/kubernetes-cronjob.yml");
    private static final Path WORKFLOW = Path.of("config/github-actions-rsvp-bot.yml");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @ParameterizedTest
    @ValueSource(strings = {"config/rsvp-bot.yml", "config/rsvp-bot.example.yml"})
    void theShippedConfigurationsScheduleValidQuartzCronsUnderUniqueNames(String file) throws Exception {
        RsvpConfig config = ConfigLoader.load(Path.of(file));

        assertSchedulable(config, file);
    }

    @Test
    void theKubernetesConfigMapHoldsAConfigurationWithValidQuartzCrons() throws Exception {
        JsonNode configMap = documentOfKind(K8S, "ConfigMap");
        String embedded = configMap.path("data").path("rsvp-bot.yml").asText();

        RsvpConfig config = ConfigLoader.parse(embedded, K8S + " (ConfigMap rsvp-bot.yml)");

        assertSchedulable(config, K8S.toString());
        assertThat(config.github().cacheDir()).isEqualTo(Path.of("/cache"));
    }

    @Test
    void theKubernetesCronJobRunsOnePollAtATimeWithTheTokenFromASecretFile() throws Exception {
        JsonNode cronJob = documentOfKind(K8S, "CronJob");
        JsonNode pod = cronJob.at("/spec/jobTemplate/spec/template/spec");
        JsonNode container = pod.at("/containers/0");

        assertThat(cronJob.at("/apiVersion").asText()).isEqualTo("batch/v1");
        assertThat(cronJob.at("/spec/concurrencyPolicy").asText()).isEqualTo("Forbid");
        assertUnixCron(cronJob.at("/spec/schedule").asText());
        assertThat(texts(container.path("args"))).startsWith("poll").contains("--config", "--cache-dir");
        JsonNode tokenFile = StreamSupport.stream(container.path("env").spliterator(), false)
                .filter(e -> e.path("name").asText().equals("GITHUB_TOKEN_FILE")).findFirst().orElseThrow();
        assertThat(tokenFile.path("value").asText()).startsWith("/var/run/secrets/rsvp-bot/");
        assertThat(container.at("/resources/limits/memory").asText()).isNotEmpty();
        assertThat(container.at("/resources/limits/cpu").asText()).isNotEmpty();
        assertThat(pod.at("/securityContext/runAsNonRoot").asBoolean()).isTrue();
        assertThat(pod.at("/securityContext/runAsUser").asInt()).isPositive();
        assertThat(volumeKinds(pod)).contains("persistentVolumeClaim", "configMap", "secret");
        assertThat(documentOfKind(K8S, "PersistentVolumeClaim").at("/metadata/name").asText())
                .isEqualTo(volume(pod, "cache").at("/persistentVolumeClaim/claimName").asText());
        assertThat(documentOfKind(K8S, "ConfigMap").at("/metadata/name").asText())
                .isEqualTo(volume(pod, "config").at("/configMap/name").asText());
    }

    @Test
    void theActionsWorkflowPollsOnAScheduleWithIssuesWritePermission() throws Exception {
        JsonNode workflow = YAML.readTree(WORKFLOW.toFile());
        // YAML 1.1 reads a bare `on` as true; Jackson keeps it as the text key "on".
        JsonNode on = workflow.has("on") ? workflow.get("on") : workflow.get("true");

        assertThat(on.path("schedule").isArray()).isTrue();
        assertThat(on.path("schedule")).isNotEmpty();
        on.path("schedule").forEach(entry -> assertUnixCron(entry.path("cron").asText()));
        assertThat(workflow.at("/permissions/issues").asText()).isEqualTo("write");
        List<JsonNode> steps = new ArrayList<>();
        workflow.path("jobs").forEach(job -> job.path("steps").forEach(steps::add));
        assertThat(steps).anySatisfy(step -> assertThat(step.path("run").asText())
                .contains("rsvp-bot.jar poll").contains("--repo").contains("--cache-dir .rsvp-bot-cache"));
        assertThat(steps).anySatisfy(step -> {
            assertThat(step.path("uses").asText()).startsWith("actions/cache@");
            assertThat(step.at("/with/path").asText()).isEqualTo(".rsvp-bot-cache");
        });
        assertThat(steps).anySatisfy(step ->
                assertThat(step.at("/env/GITHUB_TOKEN").asText()).isEqualTo("${{ secrets.GITHUB_TOKEN }}"));
    }

    @Test
    void theKubernetesPodRunsTheImageAsItsOwnUserWithTheImagesPaths() throws Exception {
        String dockerfile = Files.readString(Path.of("Dockerfile"));
        JsonNode pod = documentOfKind(K8S, "CronJob").at("/spec/jobTemplate/spec/template/spec");
        int uid = pod.at("/securityContext/runAsUser").asInt();

        assertThat(dockerfile).contains("useradd --uid " + uid + " ", "USER rsvp:rsvp",
                "ARG BUILD_IMAGE=", "ARG RUNTIME_IMAGE=", "FROM ${BUILD_IMAGE}", "FROM ${RUNTIME_IMAGE}",
                "CMD [\"poll\", \"--config\", \"/config/rsvp-bot.yml\", \"--cache-dir\", \"/cache\"]");
        JsonNode mounts = pod.at("/containers/0/volumeMounts");
        assertThat(StreamSupport.stream(mounts.spliterator(), false).map(m -> m.path("mountPath").asText()))
                .contains("/config", "/cache");
    }

    @Test
    void theKubernetesDigestCronJobPostsWeeklyWithItsOwnCache() throws Exception {
        JsonNode poll = documentNamed(K8S, "CronJob", "rsvp-bot");
        JsonNode digest = documentNamed(K8S, "CronJob", "rsvp-bot-digest");
        JsonNode pod = digest.at("/spec/jobTemplate/spec/template/spec");
        JsonNode container = pod.at("/containers/0");

        assertThat(digest.at("/spec/concurrencyPolicy").asText()).isEqualTo("Forbid");
        assertUnixCron(digest.at("/spec/schedule").asText());
        assertThat(digest.at("/spec/timeZone").asText()).isEqualTo("Asia/Shanghai");
        assertThat(texts(container.path("args"))).startsWith("digest", "--post").contains("--config", "--cache-dir");
        assertThat(pod.at("/securityContext/runAsNonRoot").asBoolean()).isTrue();
        assertThat(container.at("/resources/limits/memory").asText()).isNotEmpty();
        // Its own cache volume: OkHttp's cache must not be shared by two processes that may run together.
        String claim = volume(pod, "cache").at("/persistentVolumeClaim/claimName").asText();
        assertThat(claim).isNotEqualTo(volume(poll.at("/spec/jobTemplate/spec/template/spec"), "cache")
                .at("/persistentVolumeClaim/claimName").asText());
        assertThat(documentNamed(K8S, "PersistentVolumeClaim", claim)).isNotNull();
        assertThat(volume(pod, "config").at("/configMap/name").asText())
                .isEqualTo(documentOfKind(K8S, "ConfigMap").at("/metadata/name").asText());
    }

    @Test
    void theActionsWorkflowRunsTheDigestOnItsOwnScheduleAndPollOnTheOther() throws Exception {
        JsonNode workflow = YAML.readTree(WORKFLOW.toFile());
        JsonNode on = workflow.has("on") ? workflow.get("on") : workflow.get("true");
        List<String> crons = new ArrayList<>();
        on.path("schedule").forEach(entry -> crons.add(entry.path("cron").asText()));
        JsonNode digest = workflow.at("/jobs/digest");
        JsonNode poll = workflow.at("/jobs/poll");

        assertThat(crons).hasSize(2).doesNotHaveDuplicates();
        String digestCron = crons.stream().filter(c -> digest.path("if").asText().contains("'" + c + "'"))
                .findFirst().orElseThrow(() -> new AssertionError("the digest job's if names none of " + crons));
        assertThat(digest.path("if").asText()).contains("==");
        assertThat(poll.path("if").asText()).contains("!=", "'" + digestCron + "'");
        List<JsonNode> steps = new ArrayList<>();
        digest.path("steps").forEach(steps::add);
        assertThat(steps).anySatisfy(step -> assertThat(step.path("run").asText())
                .contains("rsvp-bot.jar digest --post").contains("--repo").contains("--cache-dir .rsvp-bot-cache"));
        assertThat(steps).anySatisfy(step -> assertThat(step.at("/with/key").asText()).startsWith("rsvp-bot-digest-http-"));
    }

    @Test
    void aConfiguredDigestCronSchedulesTheDigestBesidePoll() throws Exception {
        RsvpConfig config = ConfigLoader.parse("schedule:\n  digest-cron: \"0 0 9 ? * MON\"\n", "club.yml");

        List<ScheduledJob> jobs = ServeJobs.of(config.schedule(), "club.yml", Optional.empty(), config.agenda().timeZone(),
                () -> { }, Optional.of(() -> { }));

        assertThat(jobs).extracting(ScheduledJob::name).containsExactly("poll", "digest");
        assertThat(jobs.get(1).origin()).isEqualTo("schedule.digest-cron in club.yml");
        BotScheduler.create(jobs, SchedulerSettings.defaults(), Clock.systemUTC()).shutdown();
    }

    private static JsonNode documentNamed(Path file, String kind, String name) throws IOException {
        try (YAMLParser parser = new YAMLFactory().createParser(Files.readString(file))) {
            for (JsonNode document : YAML.readValues(parser, JsonNode.class).readAll()) {
                if (document.path("kind").asText().equals(kind) && document.at("/metadata/name").asText().equals(name)) {
                    return document;
                }
            }
        }
        throw new AssertionError(file + " has no " + kind + " named " + name);
    }

    private static void assertSchedulable(RsvpConfig config, String origin) {
        assertThat(CronExpression.isValidExpression(config.schedule().pollCron())).as("poll-cron of " + origin).isTrue();
        if (!config.schedule().digestCron().isBlank()) {
            assertThat(CronExpression.isValidExpression(config.schedule().digestCron())).as("digest-cron of " + origin).isTrue();
        }
        List<ScheduledJob> jobs = ServeJobs.of(config.schedule(), origin, Optional.empty(), config.agenda().timeZone(),
                () -> { }, Optional.of(() -> { }));
        assertThat(jobs).extracting(ScheduledJob::name).doesNotHaveDuplicates().contains("poll");
        // Creating the scheduler parses every expression and rejects a repeated name.
        BotScheduler.create(jobs, SchedulerSettings.defaults(), Clock.systemUTC()).shutdown();
    }

    /** Kubernetes and Actions use Unix cron (5 fields); checked by reading it as the Quartz expression it maps to. */
    private static void assertUnixCron(String expression) {
        String[] fields = expression.trim().split("\\s+");
        assertThat(fields).as("fields of '%s'", expression).hasSize(5);
        String dayOfMonth = fields[2];
        String dayOfWeek = fields[4];
        String quartz = "0 " + fields[0] + " " + fields[1] + " "
                + (dayOfWeek.equals("*") ? dayOfMonth : "?") + " " + fields[3] + " "
                + (dayOfWeek.equals("*") ? "?" : dayOfWeek);
        assertThat(CronExpression.isValidExpression(quartz)).as("'%s' read as Quartz '%s'", expression, quartz).isTrue();
    }

    private static JsonNode documentOfKind(Path file, String kind) throws IOException {
        try (YAMLParser parser = new YAMLFactory().createParser(Files.readString(file))) {
            for (JsonNode document : YAML.readValues(parser, JsonNode.class).readAll()) {
                if (document.path("kind").asText().equals(kind)) {
                    return document;
                }
            }
        }
        throw new AssertionError(file + " has no document of kind " + kind);
    }

    private static JsonNode volume(JsonNode pod, String name) {
        return StreamSupport.stream(pod.path("volumes").spliterator(), false)
                .filter(v -> v.path("name").asText().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no volume named " + name));
    }

    private static List<String> volumeKinds(JsonNode pod) {
        List<String> kinds = new ArrayList<>();
        pod.path("volumes").forEach(v -> v.fieldNames().forEachRemaining(kinds::add));
        return kinds;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }

}
