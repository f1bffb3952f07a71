package org.opentrade.facade.edge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/** A request whose body stream counts what it reads and throws {@link BodyTooLarge} past the cap. */
final class CappedRequest extends HttpServletRequestWrapper {
    private final long bytesMax;
    private ServletInputStream stream;

    CappedRequest(HttpServletRequest request, long bytesMax) {
        super(request);
        this.bytesMax = bytesMax;
    }

    @Override
    public synchronized ServletInputStream getInputStream() throws IOException {
        if (stream == null) {
            stream = new CountingStream(super.getInputStream(), bytesMax);
        }
        return stream;
    }

    /** Through the counted stream too: a reader of the wrapped request would read past the cap. */
    @Override
    public BufferedReader getReader() throws IOException {
        String encoding = getCharacterEncoding();
        return new BufferedReader(new InputStreamReader(getInputStream(),
                encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding)));
    }

    private static final class CountingStream extends ServletInputStream {
        private final ServletInputStream in;
        private final long bytesMax;
        private long read;

        CountingStream(ServletInputStream in, long bytesMax) {
            this.in = in;
            this.bytesMax = bytesMax;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws BodyTooLarge {
            read += n;
            if (read > bytesMax) {
                throw new BodyTooLarge(bytesMax);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
