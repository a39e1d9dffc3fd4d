package io.papyri.examples.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.papyri.examples.web.WebSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Keeps the container and Kubernetes files under {@code deploy/} consistent with each other.
 * No Docker engine or cluster is needed: the manifests are parsed as YAML (every document of every
 * {@code deploy/k8s/*.yaml}) and the Dockerfiles are read as text.
 *
 * <p>Secrets: no Secret is part of the kustomization (no secret values are committed). A Secret that
 * a Deployment refers to must be declared in a {@code *.example.yaml} file with the referenced key,
 * so that the example documents exactly what has to be created.
 */
class DeploymentFilesTest {

    private static final YAMLMapper YAML = new YAMLMapper();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Path root;
    private static Path k8s;
    private static Path docker;
    /** File name (in deploy/k8s) to the documents it holds, in file order. */
    private static final Map<String, List<JsonNode>> FILES = new LinkedHashMap<>();

    /** One Kubernetes object and the file it came from. */
    record Resource(String file, JsonNode node) {
        String kind() { return node.path("kind").asText(); }
        String name() { return node.path("metadata").path("name").asText(); }
        @Override public String toString() { return kind() + "/" + name() + " (" + file + ")"; }
    }

    @BeforeAll
    static void readManifests() throws IOException {
        root = findRepositoryRoot();
        k8s = root.resolve("deploy/k8s");
        docker = root.resolve("deploy/docker");
        List<Path> yamls;
        try (Stream<Path> files = Files.list(k8s)) {
            yamls = files.filter(p -> p.getFileName().toString().matches(".*\\.ya?ml")).sorted().toList();
        }
        assertThat(yamls).as("YAML files in %s", k8s).isNotEmpty();
        for (Path yaml : yamls) {
            List<JsonNode> docs = new ArrayList<>();
            try (MappingIterator<JsonNode> it = YAML.readerFor(JsonNode.class).readValues(yaml.toFile())) {
                while (it.hasNextValue()) {
                    JsonNode doc = it.nextValue();
                    if (doc != null && !doc.isNull() && !doc.isMissingNode()) {   // empty documents ("---" at the end)
                        docs.add(doc);
                    }
                }
            } catch (IOException e) {
                fail("deploy/k8s/%s is not valid YAML: %s", yaml.getFileName(), e.getMessage());
            }
            FILES.put(yaml.getFileName().toString(), docs);
        }
    }

    /** Under surefire the working directory is the module directory; the repository root is above it. */
    private static Path findRepositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("deploy/k8s")) && Files.isRegularFile(p.resolve("pom.xml"))) {
                return p;
            }
        }
        return fail("no deploy/k8s folder in %s or any folder above it", dir);
    }

    // ------------------------------------------------------------------------------------------
    // Kubernetes manifests
    // ------------------------------------------------------------------------------------------

    @Test
    void everyManifestParsesAndHasApiVersionKindAndName() {
        FILES.forEach((file, docs) -> {
            assertThat(docs).as("deploy/k8s/%s holds no YAML document", file).isNotEmpty();
            for (JsonNode doc : docs) {
                assertThat(doc.isObject()).as("deploy/k8s/%s: a document is not a mapping: %s", file, doc).isTrue();
                for (String field : List.of("apiVersion", "kind")) {
                    assertThat(doc.path(field).asText())
                            .as("deploy/k8s/%s: document without %s: %s", file, field, doc).isNotBlank();
                }
                assertThat(doc.path("metadata").path("name").asText())
                        .as("deploy/k8s/%s: %s without metadata.name", file, doc.path("kind").asText()).isNotBlank();
            }
        });
    }

    @Test
    void kustomizationListsExactlyTheOtherManifests() {
        JsonNode kustomization = single("kustomization.yaml");
        assertThat(kustomization.path("kind").asText()).as("kind of kustomization.yaml").isEqualTo("Kustomization");
        List<String> listed = texts(kustomization.path("resources"));
        assertThat(listed).as("kustomization.yaml resources (no duplicates)").doesNotHaveDuplicates();
        Set<String> expected = FILES.keySet().stream()
                .filter(f -> !f.equals("kustomization.yaml") && !isExample(f))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(new TreeSet<>(listed))
                .as("kustomization.yaml must list every manifest in deploy/k8s except itself and *.example.yaml; "
                        + "listed %s, present %s", listed, expected)
                .isEqualTo(expected);
    }

    @Test
    void namespacedResourcesUseTheDeclaredNamespace() {
        List<String> namespaces = deployed().stream().filter(r -> r.kind().equals("Namespace")).map(Resource::name).toList();
        assertThat(namespaces).as("Namespace objects in the kustomization").hasSize(1);
        String namespace = namespaces.get(0);
        assertThat(single("kustomization.yaml").path("namespace").asText())
                .as("kustomization.yaml namespace").isEqualTo(namespace);
        for (Resource r : all()) {
            if (!r.kind().equals("Namespace") && !r.kind().equals("Kustomization")) {
                assertThat(r.node().path("metadata").path("namespace").asText(namespace))
                        .as("metadata.namespace of %s", r).isEqualTo(namespace);
            }
        }
    }

    @Test
    void deploymentSelectorsMatchTheirPodTemplateLabels() {
        assertThat(deployments()).extracting(Resource::name)
                .as("Deployments in deploy/k8s").contains("papyri-web", "papyri-worker");
        for (Resource d : deployments()) {
            Map<String, String> selector = stringMap(d.node().path("spec").path("selector").path("matchLabels"));
            Map<String, String> labels = podLabels(d);
            assertThat(selector).as("spec.selector.matchLabels of %s", d).isNotEmpty();
            assertThat(labels).as("pod template labels of %s must contain its selector %s", d, selector)
                    .containsAllEntriesOf(selector);
            assertThat(labels.get("app.kubernetes.io/name"))
                    .as("app.kubernetes.io/name pod label of %s", d).isEqualTo(d.name());
        }
    }

    @Test
    void servicesSelectTheWebPodsAndTargetANamedContainerPort() {
        List<Resource> services = ofKind("Service");
        assertThat(services).as("Services in deploy/k8s").isNotEmpty();
        for (Resource s : services) {
            Map<String, String> selector = stringMap(s.node().path("spec").path("selector"));
            assertThat(selector).as("spec.selector of %s", s).isNotEmpty();
            List<Resource> selected = deployments().stream()
                    .filter(d -> podLabels(d).entrySet().containsAll(selector.entrySet())).toList();
            assertThat(selected).extracting(Resource::name)
                    .as("Deployments whose pods %s selects with %s", s, selector).containsExactly("papyri-web");
            for (JsonNode port : s.node().path("spec").path("ports")) {
                JsonNode target = port.path("targetPort");
                for (Resource d : selected) {
                    assertThat(containerPortMatches(d, target))
                            .as("targetPort %s of %s is not a container port of %s (ports %s)",
                                    target, s, d, containerPorts(d))
                            .isTrue();
                }
            }
        }
    }

    @Test
    void probesUseTheHealthPathsOnNamedContainerPorts() {
        for (Resource d : deployments()) {
            for (JsonNode c : containers(d)) {
                String where = "container " + c.path("name").asText() + " of " + d;
                Map<String, String> expectedPaths = Map.of(
                        "startupProbe", "/health/live",
                        "livenessProbe", "/health/live",
                        "readinessProbe", "/health/ready");
                expectedPaths.forEach((probe, path) -> {
                    JsonNode http = c.path(probe).path("httpGet");
                    assertThat(http.isObject()).as("%s has no %s.httpGet", where, probe).isTrue();
                    assertThat(http.path("path").asText()).as("%s.httpGet.path of %s", probe, where).isEqualTo(path);
                    assertThat(http.path("port").isTextual())
                            .as("%s.httpGet.port of %s should name a container port, not a number: %s",
                                    probe, where, http.path("port"))
                            .isTrue();
                    assertThat(containerPortMatches(c, http.path("port")))
                            .as("%s.httpGet.port '%s' of %s names no container port (ports %s)",
                                    probe, http.path("port").asText(), where, c.path("ports"))
                            .isTrue();
                });
            }
        }
    }

    @Test
    void containersHaveResourcesAndRunAsTheImageUserReadOnly() {
        for (Resource d : deployments()) {
            JsonNode pod = d.node().path("spec").path("template").path("spec");
            int imageUid = dockerUid(dockerfileFor(d));
            for (JsonNode c : containers(d)) {
                String where = "container " + c.path("name").asText() + " of " + d;
                for (String part : List.of("requests", "limits")) {
                    for (String resource : List.of("cpu", "memory")) {
                        assertThat(c.path("resources").path(part).path(resource).asText())
                                .as("resources.%s.%s of %s", part, resource, where).isNotBlank();
                    }
                }
                JsonNode runAsNonRoot = effective(pod, c, "runAsNonRoot");
                assertThat(runAsNonRoot.asBoolean(false)).as("securityContext.runAsNonRoot of %s", where).isTrue();
                JsonNode runAsUser = effective(pod, c, "runAsUser");
                assertThat(runAsUser.isInt()).as("securityContext.runAsUser of %s is not set", where).isTrue();
                assertThat(runAsUser.asInt())
                        .as("runAsUser of %s must be non-root and equal the USER of %s", where, dockerfileFor(d))
                        .isNotZero().isEqualTo(imageUid);
                assertThat(c.path("securityContext").path("readOnlyRootFilesystem").asBoolean(false))
                        .as("securityContext.readOnlyRootFilesystem of %s", where).isTrue();
                assertThat(texts(c.path("volumeMounts"), "mountPath"))
                        .as("volume mounts of %s (read-only root filesystem: /tmp and the store /data need volumes)", where)
                        .contains("/tmp", "/data");
                Set<String> volumes = new TreeSet<>(texts(pod.path("volumes"), "name"));
                assertThat(volumes).as("volumes of %s must hold every mounted volume", d)
                        .containsAll(texts(c.path("volumeMounts"), "name"));
            }
        }
    }

    @Test
    void autoscalersTargetExistingDeployments() {
        List<Resource> scalers = new ArrayList<>(ofKind("HorizontalPodAutoscaler"));
        scalers.addAll(ofKind("ScaledObject"));
        assertThat(scalers).extracting(Resource::kind).as("autoscalers in deploy/k8s")
                .contains("HorizontalPodAutoscaler", "ScaledObject");
        Set<String> deploymentNames = deployments().stream().map(Resource::name).collect(Collectors.toSet());
        for (Resource s : scalers) {
            JsonNode ref = s.node().path("spec").path("scaleTargetRef");
            assertThat(ref.path("kind").asText("Deployment")).as("scaleTargetRef.kind of %s", s).isEqualTo("Deployment");
            assertThat(ref.path("name").asText())
                    .as("scaleTargetRef.name of %s must name a Deployment in deploy/k8s %s", s, deploymentNames)
                    .isIn(deploymentNames);
        }
        for (Resource hpa : ofKind("HorizontalPodAutoscaler")) {
            JsonNode spec = hpa.node().path("spec");
            assertThat(hpa.node().path("apiVersion").asText()).as("apiVersion of %s", hpa).isEqualTo("autoscaling/v2");
            assertThat(spec.path("minReplicas").asInt()).as("minReplicas of %s (at least 2 for availability)", hpa)
                    .isGreaterThanOrEqualTo(2).isLessThanOrEqualTo(spec.path("maxReplicas").asInt());
            assertThat(spec.path("metrics").findValuesAsText("name")).as("metrics of %s", hpa).contains("cpu");
            // A Deployment scaled by an autoscaler must not pin its replica count.
            Resource target = deployment(spec.path("scaleTargetRef").path("name").asText());
            assertThat(target.node().path("spec").has("replicas"))
                    .as("%s is scaled by %s and must not set spec.replicas", target, hpa).isFalse();
        }
    }

    @Test
    void ingressBackendsNameAServiceAndOneOfItsPorts() {
        List<Resource> ingresses = ofKind("Ingress");
        assertThat(ingresses).as("Ingresses in deploy/k8s").isNotEmpty();
        for (Resource ing : ingresses) {
            assertThat(ing.node().path("apiVersion").asText()).as("apiVersion of %s", ing).isEqualTo("networking.k8s.io/v1");
            assertThat(ing.node().path("metadata").path("annotations").path("nginx.ingress.kubernetes.io/proxy-body-size").asText())
                    .as("proxy-body-size annotation of %s: the app's default body limit", ing)
                    .isEqualTo(WebSettings.DEFAULT_MAX_BODY_BYTES / 1024 + "k");
            List<JsonNode> backends = ing.node().path("spec").findValues("backend");
            assertThat(backends).as("backends of %s", ing).isNotEmpty();
            for (JsonNode backend : backends) {
                String serviceName = backend.path("service").path("name").asText();
                Optional<Resource> service = ofKind("Service").stream().filter(s -> s.name().equals(serviceName)).findFirst();
                assertThat(service).as("backend of %s names Service '%s', which is not in deploy/k8s", ing, serviceName).isPresent();
                JsonNode port = backend.path("service").path("port");
                JsonNode ports = service.get().node().path("spec").path("ports");
                boolean found = port.has("name")
                        ? texts(ports, "name").contains(port.path("name").asText())
                        : texts(ports, "port").contains(port.path("number").asText());
                assertThat(found).as("backend port %s of %s is not a port of %s (ports %s)", port, ing, service.get(), ports)
                        .isTrue();
            }
        }
    }

    @Test
    void configMapSecretAndServiceAccountReferencesResolve() {
        assertThat(deployed()).filteredOn(r -> r.kind().equals("Secret"))
                .as("Secrets must not be part of the kustomization (no secret values in the repository)").isEmpty();
        for (Resource d : deployments()) {
            JsonNode pod = d.node().path("spec").path("template").path("spec");
            for (JsonNode c : containers(d)) {
                String where = "container " + c.path("name").asText() + " of " + d;
                for (JsonNode from : c.path("envFrom")) {
                    if (from.has("configMapRef")) {
                        configMap(from.path("configMapRef").path("name").asText(), where + " envFrom");
                    }
                    if (from.has("secretRef")) {
                        exampleSecret(from.path("secretRef").path("name").asText(), where + " envFrom");
                    }
                }
                for (JsonNode env : c.path("env")) {
                    JsonNode from = env.path("valueFrom");
                    String var = where + " env " + env.path("name").asText();
                    if (from.has("configMapKeyRef")) {
                        JsonNode ref = from.path("configMapKeyRef");
                        assertThat(configMap(ref.path("name").asText(), var).path("data").has(ref.path("key").asText()))
                                .as("%s: ConfigMap %s has no key %s", var, ref.path("name").asText(), ref.path("key").asText())
                                .isTrue();
                    }
                    if (from.has("secretKeyRef")) {
                        JsonNode ref = from.path("secretKeyRef");
                        JsonNode secret = exampleSecret(ref.path("name").asText(), var);
                        String key = ref.path("key").asText();
                        assertThat(secret.path("stringData").has(key) || secret.path("data").has(key))
                                .as("%s: example Secret %s has no key %s", var, ref.path("name").asText(), key).isTrue();
                    }
                }
            }
            for (JsonNode volume : pod.path("volumes")) {
                if (volume.has("configMap")) {
                    configMap(volume.path("configMap").path("name").asText(), "volume of " + d);
                }
                if (volume.has("secret")) {
                    exampleSecret(volume.path("secret").path("secretName").asText(), "volume of " + d);
                }
            }
            if (pod.has("serviceAccountName")) {
                String sa = pod.path("serviceAccountName").asText();
                assertThat(deployed()).filteredOn(r -> r.kind().equals("ServiceAccount") && r.name().equals(sa))
                        .as("serviceAccountName '%s' of %s: no such ServiceAccount in the kustomization", sa, d).hasSize(1);
            }
        }
        Resource worker = deployment("papyri-worker");
        String sa = worker.node().path("spec").path("template").path("spec").path("serviceAccountName").asText();
        assertThat(sa).as("serviceAccountName of %s (IRSA role for SQS)", worker).isNotBlank();
        Resource account = ofKind("ServiceAccount").stream().filter(r -> r.name().equals(sa)).findFirst().orElseThrow();
        assertThat(account.node().path("metadata").path("annotations").path("eks.amazonaws.com/role-arn").asText())
                .as("IRSA role annotation eks.amazonaws.com/role-arn of %s", account).startsWith("arn:aws:iam::");
    }

    @Test
    void scaledObjectScalesOnTheWorkersSqsQueue() {
        List<Resource> scaledObjects = ofKind("ScaledObject");
        assertThat(scaledObjects).as("KEDA ScaledObjects").hasSize(1);
        Resource so = scaledObjects.get(0);
        assertThat(so.node().path("apiVersion").asText()).as("apiVersion of %s", so).isEqualTo("keda.sh/v1alpha1");
        assertThat(so.node().path("spec").path("scaleTargetRef").path("name").asText())
                .as("scaleTargetRef of %s", so).isEqualTo("papyri-worker");
        JsonNode triggers = so.node().path("spec").path("triggers");
        assertThat(triggers.size()).as("triggers of %s", so).isEqualTo(1);
        JsonNode trigger = triggers.get(0);
        assertThat(trigger.path("type").asText()).as("trigger type of %s", so).isEqualTo("aws-sqs-queue");
        JsonNode meta = trigger.path("metadata");
        for (String field : List.of("queueURL", "queueLength", "awsRegion")) {
            assertThat(meta.path(field).asText()).as("trigger metadata.%s of %s", field, so).isNotBlank();
        }
        assertThat(meta.path("queueLength").isTextual() && meta.path("queueLength").asText().matches("[1-9][0-9]*"))
                .as("queueLength of %s must be a quoted positive integer, was %s", so, meta.path("queueLength")).isTrue();

        // The worker reads the queue from the ConfigMap; KEDA must watch the same queue.
        Resource worker = deployment("papyri-worker");
        String configMapName = containers(worker).get(0).path("envFrom").findValuesAsText("name").stream()
                .findFirst().orElseGet(() -> fail("%s takes no envFrom ConfigMap", worker));
        JsonNode data = configMap(configMapName, worker.toString()).path("data");
        assertThat(meta.path("queueURL").asText()).as("queueURL of %s vs PAPYRI_QUEUE_URL of ConfigMap %s", so, configMapName)
                .isEqualTo(data.path("PAPYRI_QUEUE_URL").asText());
        assertThat(meta.path("awsRegion").asText()).as("awsRegion of %s vs AWS_REGION of ConfigMap %s", so, configMapName)
                .isEqualTo(data.path("AWS_REGION").asText());
        assertThat(meta.path("queueURL").asText()).as("queueURL of %s should be in region %s", so, meta.path("awsRegion").asText())
                .contains("sqs." + meta.path("awsRegion").asText() + ".amazonaws.com");

        String authName = trigger.path("authenticationRef").path("name").asText();
        List<Resource> auths = ofKind("TriggerAuthentication").stream().filter(r -> r.name().equals(authName)).toList();
        assertThat(auths).as("TriggerAuthentication '%s' referenced by %s", authName, so).hasSize(1);
        assertThat(auths.get(0).node().path("spec").path("podIdentity").path("provider").asText())
                .as("podIdentity.provider of %s", auths.get(0)).isEqualTo("aws");
    }

    // ------------------------------------------------------------------------------------------
    // Dockerfiles
    // ------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "web.Dockerfile,    papyri-web,    serve",
            "worker.Dockerfile, papyri-worker, worker"})
    void dockerfileMatchesItsDeployment(String dockerfile, String deploymentName, String command) throws IOException {
        List<String[]> instructions = instructions(docker.resolve(dockerfile));
        Resource d = deployment(deploymentName);
        JsonNode container = containers(d).get(0);

        List<String> froms = args(instructions, "FROM");
        assertThat(froms).as("%s must be multi-stage (a build stage and a runtime stage): FROM lines", dockerfile).hasSize(2);
        assertThat(froms.get(0)).as("build stage of %s", dockerfile).startsWith("maven:3.9-eclipse-temurin-17");
        assertThat(froms.get(1)).as("runtime stage of %s", dockerfile).isEqualTo("eclipse-temurin:17-jre");

        int uid = dockerUid(dockerfile);
        assertThat(uid).as("USER of %s must be a non-root numeric uid", dockerfile).isPositive();
        assertThat(effective(d.node().path("spec").path("template").path("spec"), container, "runAsUser").asInt())
                .as("runAsUser of %s must equal USER %d of %s", d, uid, dockerfile).isEqualTo(uid);

        Set<Integer> ports = containerPorts(d);
        Set<Integer> exposed = args(instructions, "EXPOSE").stream()
                .flatMap(a -> Stream.of(a.split("\\s+"))).map(p -> Integer.parseInt(p.replaceAll("/.*", "")))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        assertThat(exposed).as("EXPOSE of %s vs container ports of %s", dockerfile, d).isEqualTo(ports);

        List<String> healthchecks = args(instructions, "HEALTHCHECK");
        assertThat(healthchecks).as("HEALTHCHECK of %s", dockerfile).hasSize(1);
        assertThat(healthchecks.get(0)).as("HEALTHCHECK of %s", dockerfile)
                .contains("/health/live").containsAnyOf(ports.stream().map(p -> ":" + p + "/").toArray(String[]::new));

        List<String> entrypoint = execForm(instructions, "ENTRYPOINT", dockerfile);
        assertThat(entrypoint).as("ENTRYPOINT of %s", dockerfile).isNotEmpty();
        assertThat(entrypoint.get(0)).as("ENTRYPOINT of %s runs java", dockerfile).isEqualTo("java");
        int jar = entrypoint.indexOf("-jar");
        assertThat(jar).as("ENTRYPOINT of %s has -jar: %s", dockerfile, entrypoint).isPositive().isLessThan(entrypoint.size() - 1);
        String jarPath = entrypoint.get(jar + 1);
        assertThat(jarPath).as("jar of the ENTRYPOINT of %s", dockerfile).endsWith("papyri-cli.jar");
        assertThat(args(instructions, "COPY")).as("%s must copy %s from the build stage", dockerfile, jarPath)
                .anyMatch(copy -> copy.startsWith("--from=") && copy.endsWith(" " + jarPath));
        assertThat(entrypoint.subList(0, jar)).as("container-aware heap flag in the ENTRYPOINT of %s", dockerfile)
                .anyMatch(flag -> flag.startsWith("-XX:MaxRAMPercentage="));

        List<String> cmd = execForm(instructions, "CMD", dockerfile);
        assertThat(cmd).as("CMD of %s", dockerfile).isNotEmpty();
        assertThat(cmd.get(0)).as("first word of the CMD of %s", dockerfile).isEqualTo(command);
        if (container.has("args")) {
            assertThat(texts(container.path("args"))).as("args of %s vs CMD of %s", d, dockerfile).isEqualTo(cmd);
        }
        if (command.equals("serve")) {
            assertThat(cmd).as("CMD of %s must listen on all interfaces on the container port", dockerfile)
                    .containsSubsequence("--host", "0.0.0.0").containsSubsequence("--port", String.valueOf(ports.iterator().next()));
        }

        assertThat(args(instructions, "WORKDIR")).as("WORKDIR of %s", dockerfile).contains("/app");
        assertThat(args(instructions, "VOLUME")).as("VOLUME of %s (the store)", dockerfile).anyMatch(v -> v.contains("/data"));
    }

    @Test
    void dockerignoreKeepsBuildOutputAndGitOutOfTheContext() throws IOException {
        Path ignore = root.resolve(".dockerignore");
        assertThat(ignore).as(".dockerignore at the repository root (the build context)").isRegularFile();
        List<String> lines = Files.readAllLines(ignore).stream().map(String::strip).toList();
        assertThat(lines).as(".dockerignore").contains(".git/").anyMatch(l -> l.contains("target"));
        assertThat(lines).as(".dockerignore must not exclude what the build stage copies")
                .noneMatch(l -> l.equals("*") || l.equals("pom.xml") || l.equals("**/pom.xml") || l.equals("**/src"));
    }

    // ------------------------------------------------------------------------------------------
    // helpers
    // ------------------------------------------------------------------------------------------

    private static boolean isExample(String file) {
        return file.endsWith(".example.yaml") || file.endsWith(".example.yml");
    }

    private static List<Resource> all() {
        List<Resource> all = new ArrayList<>();
        FILES.forEach((file, docs) -> docs.forEach(doc -> all.add(new Resource(file, doc))));
        return all;
    }

    /** What {@code kubectl apply -k deploy/k8s} creates: everything but the examples and the kustomization. */
    private static List<Resource> deployed() {
        return all().stream().filter(r -> !isExample(r.file()) && !r.file().equals("kustomization.yaml")).toList();
    }

    private static List<Resource> ofKind(String kind) {
        return deployed().stream().filter(r -> r.kind().equals(kind)).toList();
    }

    private static List<Resource> deployments() {
        return ofKind("Deployment");
    }

    private static Resource deployment(String name) {
        return deployments().stream().filter(d -> d.name().equals(name)).findFirst()
                .orElseGet(() -> fail("no Deployment %s in deploy/k8s", name));
    }

    private static JsonNode single(String file) {
        List<JsonNode> docs = FILES.get(file);
        assertThat(docs).as("deploy/k8s/%s (one document)", file).isNotNull().hasSize(1);
        return docs.get(0);
    }

    private static JsonNode configMap(String name, String referrer) {
        return ofKind("ConfigMap").stream().filter(r -> r.name().equals(name)).findFirst()
                .map(Resource::node)
                .orElseGet(() -> fail("%s refers to ConfigMap '%s', which is not in the kustomization", referrer, name));
    }

    private static JsonNode exampleSecret(String name, String referrer) {
        return all().stream().filter(r -> isExample(r.file()) && r.kind().equals("Secret") && r.name().equals(name))
                .findFirst().map(Resource::node)
                .orElseGet(() -> fail("%s refers to Secret '%s', which no *.example.yaml in deploy/k8s declares", referrer, name));
    }

    private static List<JsonNode> containers(Resource d) {
        List<JsonNode> containers = new ArrayList<>();
        d.node().path("spec").path("template").path("spec").path("containers").forEach(containers::add);
        assertThat(containers).as("containers of %s", d).isNotEmpty();
        return containers;
    }

    private static Map<String, String> podLabels(Resource d) {
        return stringMap(d.node().path("spec").path("template").path("metadata").path("labels"));
    }

    private static Set<Integer> containerPorts(Resource d) {
        Set<Integer> ports = new LinkedHashSet<>();
        for (JsonNode c : containers(d)) {
            c.path("ports").forEach(p -> ports.add(p.path("containerPort").asInt()));
        }
        return ports;
    }

    private static boolean containerPortMatches(Resource d, JsonNode port) {
        return containers(d).stream().anyMatch(c -> containerPortMatches(c, port));
    }

    /** A port given by name must name a container port; one given by number must be a containerPort. */
    private static boolean containerPortMatches(JsonNode container, JsonNode port) {
        for (JsonNode p : container.path("ports")) {
            if (port.isTextual() && !port.asText().matches("\\d+") ? p.path("name").asText().equals(port.asText())
                    : p.path("containerPort").asInt() == port.asInt()) {
                return true;
            }
        }
        return false;
    }

    /** A securityContext field of the container, else of the pod (the container's wins). */
    private static JsonNode effective(JsonNode pod, JsonNode container, String field) {
        JsonNode own = container.path("securityContext").path(field);
        return own.isMissingNode() ? pod.path("securityContext").path(field) : own;
    }

    private static Map<String, String> stringMap(JsonNode node) {
        Map<String, String> map = new LinkedHashMap<>();
        node.properties().forEach(e -> map.put(e.getKey(), e.getValue().asText()));
        return map;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.path(field).asText()));
        return texts;
    }

    private static String dockerfileFor(Resource d) {
        return d.name().replaceFirst("^papyri-", "") + ".Dockerfile";
    }

    private static final Pattern USER = Pattern.compile("(\\d+)(?::(\\d+))?");

    /** The numeric uid of the last USER instruction (the runtime user). */
    private static int dockerUid(String dockerfile) {
        List<String> users;
        try {
            users = args(instructions(docker.resolve(dockerfile)), "USER");
        } catch (IOException e) {
            return fail("cannot read deploy/docker/%s: %s", dockerfile, e);
        }
        assertThat(users).as("USER instructions of %s", dockerfile).isNotEmpty();
        String user = users.get(users.size() - 1);
        Matcher m = USER.matcher(user);
        assertThat(m.matches()).as("USER of %s must be numeric (uid or uid:gid) so Kubernetes can verify "
                + "runAsNonRoot, was '%s'", dockerfile, user).isTrue();
        return Integer.parseInt(m.group(1));
    }

    /** Instructions of a Dockerfile as {keyword, arguments}, continuation lines joined, comments dropped. */
    private static List<String[]> instructions(Path dockerfile) throws IOException {
        assertThat(dockerfile).as("Dockerfile").isRegularFile();
        List<String[]> instructions = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String raw : Files.readAllLines(dockerfile)) {
            String line = raw.strip();
            if (line.startsWith("#") || (line.isEmpty() && current.length() == 0)) {
                continue;
            }
            if (line.endsWith("\\")) {
                current.append(line, 0, line.length() - 1).append(' ');
                continue;
            }
            current.append(line);
            String text = current.toString().strip();
            current.setLength(0);
            if (text.isEmpty()) {
                continue;
            }
            String[] parts = text.split("\\s+", 2);
            instructions.add(new String[] {parts[0].toUpperCase(), parts.length > 1 ? parts[1].strip() : ""});
        }
        return instructions;
    }

    private static List<String> args(List<String[]> instructions, String keyword) {
        return instructions.stream().filter(i -> i[0].equals(keyword)).map(i -> i[1].replaceAll("\\s+", " ")).toList();
    }

    /** The last ENTRYPOINT/CMD, which must be in exec (JSON array) form. */
    private static List<String> execForm(List<String[]> instructions, String keyword, String dockerfile) {
        List<String> all = args(instructions, keyword);
        assertThat(all).as("%s instructions of %s", keyword, dockerfile).isNotEmpty();
        String last = all.get(all.size() - 1);
        try {
            return List.of(JSON.readValue(last, String[].class));
        } catch (IOException e) {
            return fail("%s of %s must be in exec form (a JSON array), was: %s", keyword, dockerfile, last);
        }
    }
}
