package org.collectivization.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * README, "Running a large study on a cluster": docs/kubernetes-study.yaml is a Kubernetes indexed Job that runs
 * the README's study.sbatch study: it parses as YAML, and its fields agree with each other and with the script
 * (no cluster: the manifest's syntax and the fields a task's index depends on).
 */
class KubernetesJobTest {

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o, String what) {
        assertThat(o).as(what).isInstanceOf(Map.class);
        return (Map<String, Object>) o;
    }

    private static int option(String command, String name) {
        Matcher m = Pattern.compile("--" + name + " (\\d+)").matcher(command);
        assertThat(m.find()).as("the command gives --%s: %s", name, command).isTrue();
        return Integer.parseInt(m.group(1));
    }

    private static String readmeDefault(String script, String variable) {
        Matcher m = Pattern.compile("(?m)^" + variable + "=\\$\\{" + variable + ":-([^}]+)}").matcher(script);
        assertThat(m.find()).as("study.sbatch sets %s", variable).isTrue();
        return m.group(1);
    }

    @Test
    void theManifestIsAnIndexedJobOfTheReadmesStudy() throws Exception {
        Map<String, Object> job = map(new Load(LoadSettings.builder().build())
                .loadFromString(Files.readString(Path.of("docs/kubernetes-study.yaml"))), "the manifest");
        assertThat(job).containsEntry("apiVersion", "batch/v1").containsEntry("kind", "Job");
        Map<String, Object> spec = map(job.get("spec"), "spec");
        assertThat(spec).containsEntry("completionMode", "Indexed");
        Map<String, Object> pod = map(map(spec.get("template"), "spec.template").get("spec"), "the pod's spec");
        assertThat(pod.get("restartPolicy")).as("a failed task is a failed pod, for the Job to count").isEqualTo("Never");
        List<?> containers = (List<?>) pod.get("containers");
        assertThat(containers).hasSize(1);
        Map<String, Object> container = map(containers.get(0), "the container");
        String command = String.join(" ", ((List<?>) container.get("command")).stream().map(String::valueOf).toList());

        int tasks = option(command, "tasks");
        assertThat(spec.get("completions")).as("completions = --tasks").isEqualTo(tasks);
        assertThat(spec.get("parallelism")).as("parallelism = --tasks").isEqualTo(tasks);
        assertThat(command).as("each pod's index").contains("--task-index \"$JOB_COMPLETION_INDEX\"");
        assertThat(command).startsWith("bash -c exec bin/collectivization compare ");
        Map<String, Object> requests = map(map(container.get("resources"), "resources").get("requests"), "requests");
        assertThat(String.valueOf(requests.get("cpu"))).as("one CPU a thread").isEqualTo(String.valueOf(option(command, "threads")));

        // the README's script, at its defaults, runs the same study
        String script = SlurmTest.readmeScript();
        assertThat(tasks).isEqualTo(Integer.parseInt(readmeDefault(script, "TASKS")));
        assertThat(option(command, "replications")).isEqualTo(Integer.parseInt(readmeDefault(script, "REPLICATIONS")));
        assertThat(option(command, "households")).isEqualTo(Integer.parseInt(readmeDefault(script, "HOUSEHOLDS")));
        assertThat(command).contains("--out " + readmeDefault(script, "STUDY"),
                "compare scenarios/historical.yaml scenarios/responsive-relief.yaml");
        assertThat(script).contains("compare scenarios/historical.yaml scenarios/responsive-relief.yaml");
        assertThat(script).contains("#SBATCH --array=0-" + (tasks - 1), "#SBATCH --cpus-per-task=" + option(command, "threads"));
    }
}
