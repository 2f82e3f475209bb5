package org.tongxin.infra.edge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.UriComponentsBuilder;
import org.tongxin.infra.security.UserAccounts;

/**
 * Hostile input against the whole API, read from its own OpenAPI document so that every endpoint added later is
 * covered without touching this test: for every operation, every path and query parameter and every field of its
 * JSON body gets each hostile value in turn (control characters, empty, 1 MB, negative and huge numbers, wrong types,
 * script tags, extreme dates, malformed ids and enums), and every body is also sent malformed, empty, as the wrong
 * type and with the wrong content type — signed in as the proposal office and anonymously. Nothing may answer 5xx,
 * and every 4xx of the API is a problem detail. The number of requests sent is printed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
class HostileInputIT {

    private static final String MEGABYTE = "x".repeat(1_000_000);

    /** Values for parameters and string fields; the names say what each one is in a failure message. */
    static final Map<String, String> HOSTILE_TEXT = hostileText();

    private static Map<String, String> hostileText() {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("empty", "");
        v.put("NUL", "a\u0000b");
        v.put("SOH", "\u0001");
        v.put("DEL", "x\u007f");
        v.put("C1 NEL", "x\u0085");
        v.put("lone surrogate", "x\ud800");
        v.put("U+FFFF", "x\uffff");
        v.put("1 MB", MEGABYTE);
        v.put("script tag", "<script>alert(1)</script>");
        v.put("SQL", "' OR 1=1 --");
        v.put("negative", "-1");
        v.put("zero", "0");
        v.put("int max", "2147483647");
        v.put("beyond long", "99999999999999999999");
        v.put("float overflow", "1e309");
        v.put("NaN", "NaN");
        v.put("bad date", "9999-99-99");
        v.put("year 1e9", "+1000000000-01-01T00:00Z");
        v.put("year 999999999", "+999999999-12-31T23:59:59Z");
        v.put("year -999999999", "-999999999-01-01");
        v.put("year 0", "0000-01-01T00:00:00Z");
        v.put("malformed uuid", "00000000-0000-0000-0000-00000000000g");
        v.put("path traversal", "../../etc/passwd");
        v.put("percent", "%00%");
        v.put("unknown enum", "NO_SUCH_VALUE");
        v.put("emoji", "😀");
        return v;
    }

    /** JSON values for body fields: the texts above as strings, and values of the wrong type. */
    static Map<String, JsonNode> hostileJson() {
        JsonNodeFactory f = JsonNodeFactory.instance;
        Map<String, JsonNode> v = new LinkedHashMap<>();
        HOSTILE_TEXT.forEach((name, text) -> v.put(name, f.textNode(text)));
        v.put("null", f.nullNode());
        v.put("number -1", f.numberNode(-1));
        v.put("number huge", f.numberNode(new java.math.BigInteger("9".repeat(40))));
        v.put("float", f.numberNode(1.5e308));
        v.put("boolean", f.booleanNode(true));
        v.put("array", f.arrayNode().add("a").add(1));
        v.put("object", f.objectNode().put("a", "b"));
        return v;
    }

    /** Whole bodies: malformed, empty, the wrong JSON type, absurdly deep. */
    static final Map<String, String> HOSTILE_BODIES = Map.of(
            "malformed", "{\"title\":",
            "empty", "",
            "array", "[1,2,3]",
            "string", "\"x\"",
            "null", "null",
            "deep", "[".repeat(5000) + "]".repeat(5000),
            "raw NUL", "{\"title\":\"a\u0000b\"}",
            "trailing garbage", "{} xyz");

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    UserAccounts accounts;

    private UserDetails staff;
    private final AtomicInteger sent = new AtomicInteger();
    private final Map<Integer, Integer> byStatus = new TreeMap<>();
    private final List<String> failures = new ArrayList<>();

    record Operation(HttpMethod method, String path, JsonNode spec) {}

    @Test
    void theWholeApiAnswersHostileInputWithoutA5xx() throws Exception {
        staff = accounts.loadUserByUsername("staff");
        EdgeSupport.OpenClue clue = EdgeSupport.clueWithOpenTask(mvc, json);
        assertThat(mvc.perform(get("/api/clues").with(user(staff)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("the office is signed in on the API")
                .isEqualTo(200);
        JsonNode api = json.readTree(mvc.perform(get("/v3/api-docs").with(user(accounts.loadUserByUsername("staff"))))
                .andReturn()
                .getResponse()
                .getContentAsString());
        List<Operation> operations = operations(api);
        assertThat(operations).as("operations in the OpenAPI document").hasSizeGreaterThan(15);

        for (Operation op : operations) {
            Map<String, String> pathValues = pathValues(op, clue);
            for (String caller : new String[] {"staff", "anonymous"}) {
                // the baseline first: a well-formed request
                send(op, caller, pathValues, Map.of(), baselineBody(api, op), MediaType.APPLICATION_JSON, "baseline");
                for (JsonNode parameter : op.spec().path("parameters")) {
                    String name = parameter.path("name").asText();
                    String in = parameter.path("in").asText();
                    if (!in.equals("path") && !in.equals("query")) {
                        continue;
                    }
                    for (Map.Entry<String, String> value : HOSTILE_TEXT.entrySet()) {
                        Map<String, String> path = new LinkedHashMap<>(pathValues);
                        Map<String, String> query = new LinkedHashMap<>();
                        (in.equals("path") ? path : query).put(name, value.getValue());
                        send(
                                op,
                                caller,
                                path,
                                query,
                                baselineBody(api, op),
                                MediaType.APPLICATION_JSON,
                                name + "=" + value.getKey());
                    }
                }
                JsonNode schema = bodySchema(api, op);
                if (schema == null) {
                    continue;
                }
                for (String field : fieldPaths(api, schema)) {
                    for (Map.Entry<String, JsonNode> value : hostileJson().entrySet()) {
                        ObjectNode body = baseline(api, schema);
                        put(body, field, value.getValue());
                        send(
                                op,
                                caller,
                                pathValues,
                                Map.of(),
                                json.writeValueAsString(body),
                                MediaType.APPLICATION_JSON,
                                "body " + field + "=" + value.getKey());
                    }
                }
                for (Map.Entry<String, String> body : HOSTILE_BODIES.entrySet()) {
                    send(
                            op,
                            caller,
                            pathValues,
                            Map.of(),
                            body.getValue(),
                            MediaType.APPLICATION_JSON,
                            "body " + body.getKey());
                }
                send(op, caller, pathValues, Map.of(), baselineBody(api, op), MediaType.TEXT_PLAIN, "text/plain body");
                send(op, caller, pathValues, Map.of(), "<a/>", MediaType.APPLICATION_XML, "xml body");
            }
        }

        System.out.printf(
                "HostileInputIT: %d operations, %d requests sent, by status %s, %d failures%n",
                operations.size(), sent.get(), byStatus, failures.size());
        assertThat(failures)
                .as("5xx or a 4xx without a problem detail, of " + sent.get() + " requests")
                .isEmpty();
        // the request count grows with the API, not faster: a value list multiplied per field would show here
        assertThat(sent.get()).isLessThan(operations.size() * 200);
    }

    private List<Operation> operations(JsonNode api) {
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = api.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext(); ) {
                Map.Entry<String, JsonNode> method = methods.next();
                String m = method.getKey().toUpperCase();
                if (!List.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(m)) {
                    continue;
                }
                // rebuilding a projection as an administrator is not hostile input; staff are refused it (403)
                operations.add(new Operation(HttpMethod.valueOf(m), path.getKey(), method.getValue()));
            }
        }
        return operations;
    }

    /** Real ids where the path names something that exists, so the hostile values reach the deeper code. */
    private static Map<String, String> pathValues(Operation op, EdgeSupport.OpenClue clue) {
        Map<String, String> values = new LinkedHashMap<>();
        for (JsonNode parameter : op.spec().path("parameters")) {
            if (!parameter.path("in").asText().equals("path")) {
                continue;
            }
            String name = parameter.path("name").asText();
            String value;
            if (op.path().startsWith("/api/tasks")) {
                value = clue.taskId();
            } else if (op.path().startsWith("/api/public/track")) {
                value = clue.trackingCode();
            } else if (op.path().startsWith("/api/members")) {
                value = "member";
            } else if (op.path().startsWith("/api/admin/projections")) {
                value = "clue-pool";
            } else {
                value = clue.clueId();
            }
            values.put(name, value);
        }
        return values;
    }

    private void send(
            Operation op,
            String caller,
            Map<String, String> pathValues,
            Map<String, String> query,
            String body,
            MediaType contentType,
            String what)
            throws Exception {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(op.path());
        MockHttpServletRequestBuilder request =
                request(op.method(), uri.buildAndExpand(pathValues).encode().toUri());
        query.forEach(request::param);
        if (body != null && op.method() != HttpMethod.GET) {
            request.contentType(contentType).content(body);
        }
        boolean api = op.path().startsWith("/api/");
        if (caller.equals("staff")) {
            // signed in directly: an HTTP Basic check costs a BCrypt round per request
            request.with(user(staff));
        }
        if (!api) {
            request.with(csrf());
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        sent.incrementAndGet();
        int status = response.getStatus();
        byStatus.merge(status, 1, Integer::sum);
        String where = op.method() + " " + op.path() + " as " + caller + " with " + what + " → " + status;
        if (status >= 500) {
            failures.add(where + " " + abbreviate(response.getContentAsString()));
        } else if (api
                && status >= 400
                && (response.getContentType() == null
                        || !response.getContentType().startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE))) {
            failures.add(where + " is " + response.getContentType() + ", not a problem detail");
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    private static JsonNode bodySchema(JsonNode api, Operation op) {
        JsonNode schema = op.spec()
                .path("requestBody")
                .path("content")
                .path("application/json")
                .path("schema");
        return schema.isMissingNode() ? null : resolve(api, schema);
    }

    private static JsonNode resolve(JsonNode api, JsonNode schema) {
        String ref = schema.path("$ref").asText(null);
        if (ref == null) {
            return schema;
        }
        JsonNode target = api;
        for (String part : ref.substring(2).split("/")) {
            target = target.path(part);
        }
        return target;
    }

    private String baselineBody(JsonNode api, Operation op) throws Exception {
        JsonNode schema = bodySchema(api, op);
        return schema == null ? null : json.writeValueAsString(baseline(api, schema));
    }

    /** A plausible body: every property of the schema with an ordinary value of its type. */
    private static ObjectNode baseline(JsonNode api, JsonNode schema) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it =
                        schema.path("properties").fields();
                it.hasNext(); ) {
            Map.Entry<String, JsonNode> property = it.next();
            JsonNode p = resolve(api, property.getValue());
            String type = p.path("type").asText("object");
            if (p.has("enum")) {
                body.set(property.getKey(), p.path("enum").get(0));
            } else if (type.equals("string")) {
                body.put(property.getKey(), "测试");
            } else if (type.equals("integer") || type.equals("number")) {
                body.put(property.getKey(), 1);
            } else if (type.equals("boolean")) {
                body.put(property.getKey(), true);
            } else if (type.equals("array")) {
                body.putArray(property.getKey());
            } else if (p.has("properties")) {
                body.set(property.getKey(), baseline(api, p));
            }
        }
        return body;
    }

    /**
     * Dotted paths of the body's fields, nested objects one level deep; a free map (a task form) gets the names a
     * form commonly has.
     */
    private static List<String> fieldPaths(JsonNode api, JsonNode schema) {
        List<String> paths = new ArrayList<>();
        if (!schema.has("properties")) {
            paths.add("category");
            paths.add("note");
            return paths;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it =
                        schema.path("properties").fields();
                it.hasNext(); ) {
            Map.Entry<String, JsonNode> property = it.next();
            paths.add(property.getKey());
            JsonNode nested = resolve(api, property.getValue());
            for (Iterator<String> names = nested.path("properties").fieldNames(); names.hasNext(); ) {
                paths.add(property.getKey() + "." + names.next());
            }
        }
        return paths;
    }

    private static void put(ObjectNode body, String path, JsonNode value) {
        int dot = path.indexOf('.');
        if (dot < 0) {
            body.set(path, value);
            return;
        }
        JsonNode parent = body.path(path.substring(0, dot));
        ObjectNode object = parent instanceof ObjectNode o ? o : body.putObject(path.substring(0, dot));
        object.set(path.substring(dot + 1), value);
    }
}
