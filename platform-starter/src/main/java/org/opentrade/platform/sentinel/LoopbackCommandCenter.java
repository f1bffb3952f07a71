package org.opentrade.platform.sentinel;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import com.alibaba.csp.sentinel.command.CommandHandlerProvider;
import com.alibaba.csp.sentinel.concurrent.NamedThreadFactory;
import com.alibaba.csp.sentinel.log.RecordLog;
import com.alibaba.csp.sentinel.spi.Spi;
import com.alibaba.csp.sentinel.transport.CommandCenter;
import com.alibaba.csp.sentinel.transport.command.SimpleHttpCommandCenter;
import com.alibaba.csp.sentinel.transport.command.http.HttpEventTask;
import com.alibaba.csp.sentinel.transport.config.TransportConfig;

/**
 * Sentinel's transport API (what the dashboard calls to read metrics and push rules), listening on the loopback
 * interface only. The stock SimpleHttpCommandCenter binds every interface; this one reuses its request handling
 * and binds {@code csp.sentinel.api.port} on 127.0.0.1 (or the address in {@code opentrade.sentinel.bind-address},
 * copied to the system property {@value #BIND_ADDRESS_PROPERTY}). Chosen over the stock one by SPI priority.
 */
@Spi(order = Spi.ORDER_HIGHEST)
public class LoopbackCommandCenter implements CommandCenter {
    static final String BIND_ADDRESS_PROPERTY = "opentrade.sentinel.bind-address";
    static final int BACKLOG_MAX = 50;
    static final int REQUEST_QUEUE_MAX = 16;
    static final int SOCKET_TIMEOUT_MS = 3_000;

    private volatile ServerSocket server;
    private volatile ThreadPoolExecutor workers;

    @Override
    public void beforeStart() {
        SimpleHttpCommandCenter.registerCommands(CommandHandlerProvider.getInstance().namedHandlers());
    }

    @Override
    public void start() throws IOException {
        int port = Integer.parseInt(TransportConfig.getPort());
        InetAddress address = InetAddress.getByName(System.getProperty(BIND_ADDRESS_PROPERTY, "127.0.0.1"));
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(address, port), BACKLOG_MAX);
        server = socket;
        workers = new ThreadPoolExecutor(1, 2, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(REQUEST_QUEUE_MAX),
                new NamedThreadFactory("sentinel-command-center", true));
        TransportConfig.setRuntimePort(port);
        Thread acceptor = new Thread(this::acceptLoop, "sentinel-command-center-acceptor");
        acceptor.setDaemon(true);
        acceptor.start();
        RecordLog.info("[LoopbackCommandCenter] listening on {}:{}", address.getHostAddress(), port);
    }

    private void acceptLoop() {
        ServerSocket socket = server;
        while (socket != null && !socket.isClosed()) {
            try {
                Socket client = socket.accept();
                client.setSoTimeout(SOCKET_TIMEOUT_MS);
                try {
                    workers.execute(new HttpEventTask(client));
                } catch (RejectedExecutionException busy) {
                    client.close();
                }
            } catch (IOException e) {
                if (!socket.isClosed()) {
                    RecordLog.warn("[LoopbackCommandCenter] accept failed", e);
                }
            }
        }
    }

    @Override
    public void stop() throws IOException {
        ServerSocket socket = server;
        server = null;
        if (socket != null) {
            socket.close();
        }
        if (workers != null) {
            workers.shutdownNow();
        }
    }
}
