package org.tongxin.infra.attachments;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The S3 store as the AWS SDK drives it, against an in-process fake of the three calls it makes (HEAD, PUT, GET of an
 * object, path-style) on loopback. No real S3-compatible server runs here (no Docker), so what this proves is the
 * client's configuration (endpoint, path-style addresses, credentials, checksums a third-party server accepts) and the
 * store's own logic (content-addressed keys, no second upload of the same bytes, a missing key is empty) — not the
 * behaviour of MinIO or AWS themselves.
 */
class S3BlobStoreTest {

    private HttpServer server;
    private final Map<String, byte[]> objects = new ConcurrentHashMap<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private S3Client client;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
        client = AttachmentConfiguration.s3Client(new AttachmentProperties.S3(
                "http://127.0.0.1:" + server.getAddress().getPort(), "cn-south-1", "tongxin", "key", "secret", true));
    }

    @AfterEach
    void stop() {
        client.close();
        server.stop(0);
    }

    @Test
    void bytesGoUnderTheirDigestAndComeBackAsTheyWent() {
        S3BlobStore store = new S3BlobStore(client, "tongxin");
        byte[] pdf = TestFiles.pdf();
        String digest = Attachments.sha256(pdf);

        store.put(digest, pdf);

        assertThat(objects).containsOnlyKeys("/tongxin/sha256/" + digest);
        assertThat(store.get(digest)).hasValueSatisfying(b -> assertThat(b).isEqualTo(pdf));
    }

    @Test
    void theSameBytesAreUploadedOnce() {
        S3BlobStore store = new S3BlobStore(client, "tongxin");
        byte[] photo = TestFiles.image("png", 20, 20);
        String digest = Attachments.sha256(photo);

        store.put(digest, photo);
        store.put(digest, photo);

        assertThat(requests.stream().filter(r -> r.startsWith("PUT ")).count()).isEqualTo(1);
    }

    @Test
    void aMissingKeyIsEmpty() {
        assertThat(new S3BlobStore(client, "tongxin").get("0".repeat(64))).isEmpty();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        requests.add(method + " " + path);
        try (exchange) {
            switch (method) {
                case "PUT" -> {
                    objects.put(path, body(exchange));
                    exchange.getResponseHeaders().add("ETag", "\"fake\"");
                    exchange.sendResponseHeaders(200, -1);
                }
                case "HEAD" -> {
                    byte[] object = objects.get(path);
                    if (object == null) {
                        exchange.sendResponseHeaders(404, -1);
                    } else {
                        exchange.getResponseHeaders().add("Content-Length", String.valueOf(object.length));
                        exchange.sendResponseHeaders(200, -1);
                    }
                }
                case "GET" -> {
                    byte[] object = objects.get(path);
                    if (object == null) {
                        byte[] error = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>NoSuchKey</Code>"
                                        + "<Message>The specified key does not exist.</Message></Error>")
                                .getBytes(StandardCharsets.UTF_8);
                        exchange.getResponseHeaders().add("Content-Type", "application/xml");
                        exchange.sendResponseHeaders(404, error.length);
                        exchange.getResponseBody().write(error);
                    } else {
                        exchange.getResponseHeaders().add("Content-Type", "application/octet-stream");
                        exchange.sendResponseHeaders(200, object.length);
                        exchange.getResponseBody().write(object);
                    }
                }
                default -> exchange.sendResponseHeaders(405, -1);
            }
        }
    }

    /** The object's bytes, unwrapping the SDK's aws-chunked framing where it used one. */
    private static byte[] body(HttpExchange exchange) throws IOException {
        byte[] raw = exchange.getRequestBody().readAllBytes();
        String encoding = exchange.getRequestHeaders().getFirst("Content-Encoding");
        boolean chunked = (encoding != null && encoding.contains("aws-chunked"))
                || exchange.getRequestHeaders().containsKey("x-amz-decoded-content-length");
        if (!chunked) {
            return raw;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        InputStream in = new java.io.ByteArrayInputStream(raw);
        while (true) {
            String header = line(in);
            int size = Integer.parseInt(header.split(";")[0].trim(), 16);
            if (size == 0) {
                return out.toByteArray();
            }
            out.write(in.readNBytes(size));
            line(in);
        }
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = in.read()) != -1 && c != '\n') {
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }
}
