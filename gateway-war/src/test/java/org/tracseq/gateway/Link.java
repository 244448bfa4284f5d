package org.tracseq.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A TCP relay in front of a real server that can be slowed down or cut: how a test makes an
 * instance slow (an overloaded host, a bad network path) or unreachable and reachable again,
 * without touching the service itself.
 */
final class Link implements AutoCloseable {
    private final ServerSocket listener;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private volatile long delayMillis;
    private volatile boolean cut;

    Link(int port, int targetPort) throws IOException {
        listener = new ServerSocket();
        listener.setReuseAddress(true);
        listener.bind(new InetSocketAddress("127.0.0.1", port));
        threads.submit(() -> accept(targetPort));
    }

    /** Every answer from now on starts this much later. */
    void delay(long millis) {
        delayMillis = millis;
    }

    /** While cut, every new connection is closed at once, as if the server were gone. */
    void cut(boolean cut) {
        this.cut = cut;
    }

    private void accept(int targetPort) {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                if (cut) {
                    closeQuietly(client);
                    continue;
                }
                Socket server = new Socket("127.0.0.1", targetPort);
                threads.submit(() -> pump(client, server, false));
                threads.submit(() -> pump(server, client, true));
            } catch (IOException e) {
                return; // closed, or the target is down: the client sees its connection dropped
            }
        }
    }

    private void pump(Socket from, Socket to, boolean delayed) {
        byte[] buffer = new byte[8192];
        try (InputStream in = from.getInputStream();
                OutputStream out = to.getOutputStream()) {
            int read;
            while ((read = in.read(buffer)) >= 0) {
                if (delayed && delayMillis > 0) {
                    Thread.sleep(delayMillis); // the simulated slowness, per answer on kept-alive connections too
                }
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (IOException | InterruptedException e) {
            // one side closed: close the other below
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
        threads.shutdownNow();
    }
}
