package org.opentrade.facade.edge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.autoconfigure.web.embedded.TomcatWebServerFactoryCustomizer;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServer;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.util.unit.DataSize;

/** A real embedded Tomcat with the facade's customizer: what Tomcat refuses by itself comes back as JSON. */
class TomcatErrorShapeTest {
    WebServer server;

    @BeforeEach
    void start() {
        TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory(0);
        factory.setAddress(java.net.InetAddress.getLoopbackAddress());
        // Spring Boot's own customizer first, as in the application: it adds the plain ErrorReportValve ours replaces
        new TomcatWebServerFactoryCustomizer(new MockEnvironment(), new ServerProperties()).customize(factory);
        new TomcatErrorShape().customize(factory);
        factory.addConnectorCustomizers(connector -> connector.setProperty("maxHttpHeaderSize",
                Long.toString(DataSize.ofKilobytes(16).toBytes())));
        server = factory.getWebServer(context -> context.addServlet("ok", new HttpServlet() {
            @Override
            protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
                response.setContentType("application/json");
                response.getWriter().write("{\"ok\":true}");
            }
        }).addMapping("/*"));
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void aNulInThePathIsA400InTheErrorShape() throws IOException {
        String answer = raw("GET /api/v1/instruments%00 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertErrorShape(answer, 400, "MALFORMED_REQUEST");
    }

    @Test
    void anOversizedHeaderIsRefusedInTheErrorShape() throws IOException {
        String answer = raw("GET /api/v1/instruments HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(20_000)
                + "\r\nConnection: close\r\n\r\n");
        assertThat(status(answer)).isIn(400, 431);
        assertThat(body(answer)).startsWith("{");
        JsonNode json = new ObjectMapper().readTree(body(answer));
        assertThat(json.get("code").asText()).isIn("MALFORMED_REQUEST", "HEADERS_TOO_LARGE");
        assertThat(json.get("requestId").asText()).isNotBlank();
    }

    @Test
    void anOrdinaryRequestIsUntouched() throws IOException {
        String answer = raw("GET /api/v1/instruments HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertThat(status(answer)).isEqualTo(200);
        assertThat(body(answer)).isEqualTo("{\"ok\":true}");
    }

    private static void assertErrorShape(String answer, int status, String code) throws IOException {
        assertThat(status(answer)).as(answer).isEqualTo(status);
        assertThat(answer.toLowerCase()).contains("content-type: application/json");
        JsonNode json = new ObjectMapper().readTree(body(answer));
        assertThat(json.get("code").asText()).isEqualTo(code);
        assertThat(json.get("message").asText()).isNotBlank();
        assertThat(json.get("requestId").asText()).isNotBlank();
    }

    private String raw(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.getPort())) {
            socket.setSoTimeout(5_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    private static int status(String answer) {
        return Integer.parseInt(answer.substring(9, 12));
    }

    private static String body(String answer) {
        String body = answer.substring(answer.indexOf("\r\n\r\n") + 4);
        // a chunked answer: the JSON sits between the chunk size line and the closing chunk
        if (!body.startsWith("{") && body.contains("{")) {
            body = body.substring(body.indexOf('{'), body.lastIndexOf('}') + 1);
        }
        return body.strip();
    }
}
