package org.opentrade.facade.edge;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.opentrade.api.ErrorCode;
import org.opentrade.facade.error.ApiError;
import org.opentrade.facade.error.ContainerErrors;

/**
 * Tomcat's own refusals, which never reach Spring (a {@code %00} in the path, a header block over the limit, a
 * malformed request line), answered in the API's error shape instead of Tomcat's HTML page. Replaces the host's
 * {@link ErrorReportValve}; an answer someone already wrote (Spring's, through /error) is left alone.
 */
public class JsonErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        ErrorCode code = ContainerErrors.codeOf(status);
        String requestId = UUID.randomUUID().toString();
        try {
            response.setContentType("application/json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.setHeader("X-Request-Id", requestId);
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Cache-Control", "no-store");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(ApiError.of(code, requestId).json());
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the response was committed: nothing more to say
        }
    }
}
