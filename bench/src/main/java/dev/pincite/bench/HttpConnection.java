package dev.pincite.bench;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One keep-alive HTTP/1.1 connection for the benchmark's clients: a blocking socket, a {@code GET}
 * written and its answer read in the calling thread, reconnecting when the server closed the
 * connection. No thread hand-offs, so on a busy machine the latency measured is the server's. Reads
 * bodies sized by {@code Content-Length} or chunked; not a general client (no redirects, no TLS).
 * Not thread safe: one per client thread.
 */
final class HttpConnection implements Closeable {

  /**
   * An answer.
   *
   * @param status the HTTP status
   * @param bodyLength the body's length in bytes
   */
  record Response(int status, long bodyLength) {}

  private static final int TIMEOUT_MILLIS = 30_000;

  private final String host;
  private final int port;
  private Socket socket;
  private InputStream in;
  private OutputStream out;

  HttpConnection(String host, int port) {
    this.host = host;
    this.port = port;
  }

  /**
   * Sends a {@code GET} and reads the whole answer.
   *
   * @param pathAndQuery the path with its query string, already encoded
   * @return the status and body length
   * @throws IOException when the server does not answer, even on a fresh connection
   */
  Response get(String pathAndQuery) throws IOException {
    byte[] request =
        ("GET " + pathAndQuery + " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII);
    boolean reused = socket != null;
    try {
      return exchange(request);
    } catch (IOException e) {
      close();
      if (!reused) {
        throw e;
      }
      // The server may close an idle keep-alive connection: retry once on a new one.
      return exchange(request);
    }
  }

  private Response exchange(byte[] request) throws IOException {
    if (socket == null) {
      connect();
    }
    out.write(request);
    out.flush();
    String statusLine = line();
    String[] parts = statusLine.split(" ", 3);
    if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
      throw new IOException("not an HTTP answer: " + statusLine);
    }
    int status = Integer.parseInt(parts[1]);
    long length = -1;
    boolean chunked = false;
    boolean closeAfter = false;
    for (String header = line(); !header.isEmpty(); header = line()) {
      int colon = header.indexOf(':');
      if (colon < 0) {
        continue;
      }
      String name = header.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      String value = header.substring(colon + 1).strip();
      switch (name) {
        case "content-length" -> length = Long.parseLong(value);
        case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
        case "connection" -> closeAfter = value.equalsIgnoreCase("close");
        default -> {
          // other headers do not matter here
        }
      }
    }
    long body;
    if (chunked) {
      body = chunkedBody();
    } else if (length >= 0) {
      skip(length);
      body = length;
    } else {
      body = in.transferTo(OutputStream.nullOutputStream());
      closeAfter = true;
    }
    if (closeAfter) {
      close();
    }
    return new Response(status, body);
  }

  private void connect() throws IOException {
    socket = new Socket();
    socket.setTcpNoDelay(true);
    socket.setSoTimeout(TIMEOUT_MILLIS);
    socket.connect(new InetSocketAddress(host, port), TIMEOUT_MILLIS);
    in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
    out = socket.getOutputStream();
  }

  private long chunkedBody() throws IOException {
    long total = 0;
    while (true) {
      String size = line();
      int semicolon = size.indexOf(';');
      long n = Long.parseLong((semicolon < 0 ? size : size.substring(0, semicolon)).strip(), 16);
      if (n == 0) {
        for (String trailer = line(); !trailer.isEmpty(); trailer = line()) {
          // trailers are ignored
        }
        return total;
      }
      skip(n);
      total += n;
      line(); // the CRLF after the chunk
    }
  }

  private void skip(long n) throws IOException {
    long left = n;
    while (left > 0) {
      long skipped = in.skip(left);
      if (skipped <= 0) {
        if (in.read() < 0) {
          throw new EOFException("answer ended " + left + " bytes early");
        }
        skipped = 1;
      }
      left -= skipped;
    }
  }

  /** One header line without its CRLF. */
  private String line() throws IOException {
    StringBuilder line = new StringBuilder(64);
    for (int c = in.read(); c != '\n'; c = in.read()) {
      if (c < 0) {
        throw new EOFException("connection closed mid-answer");
      }
      if (c != '\r') {
        line.append((char) c);
      }
    }
    return line.toString();
  }

  @Override
  public void close() {
    if (socket != null) {
      try {
        socket.close();
      } catch (IOException e) {
        // closing a loopback socket: nothing to do about a failure
      }
      socket = null;
      in = null;
      out = null;
    }
  }
}
