package dev.pincite.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.util.function.BooleanSupplier;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.util.BufferUtil;

/**
 * Tells whether the HTTP client of a request being answered has gone, so that a costly search is
 * stopped instead of computing an answer no one will read (issue 18). While a handler runs, Jetty
 * does not read its connection, so a client that closed it goes unnoticed until the answer is
 * written; this reads the connection without waiting: end of stream means the client has gone.
 *
 * <p>Only requests without a body are asked (a GET's): their bytes have all been read, so what the
 * connection holds next is either the end of stream or a pipelined request. The latter is consumed
 * by the read; the answer then carries {@code Connection: close}, and the client resends the
 * pipelined request on a new connection as HTTP/1.1 asks of pipelining clients (RFC 9112, 9.3.2).
 * No read is made while Jetty itself waits to read. One instance per request, used on the request's
 * thread.
 */
final class ClientPresence implements BooleanSupplier {

  private final Context ctx;
  private final EndPoint endPoint;
  private boolean gone;
  private boolean askedAgain;

  private ClientPresence(Context ctx, EndPoint endPoint) {
    this.ctx = ctx;
    this.endPoint = endPoint;
  }

  /**
   * @param ctx a request being answered
   * @return true once its client has gone; always false for a request with a body or one not served
   *     by Jetty's HTTP connections
   */
  static BooleanSupplier of(Context ctx) {
    if (ctx.req().getContentLengthLong() > 0 || ctx.header("Transfer-Encoding") != null) {
      return () -> false;
    }
    ServletContextRequest request = ServletContextRequest.getServletContextRequest(ctx.req());
    if (request == null) {
      return () -> false;
    }
    return new ClientPresence(ctx, request.getConnectionMetaData().getConnection().getEndPoint());
  }

  /**
   * @return whether the client has closed its connection (or it failed)
   */
  @Override
  public boolean getAsBoolean() {
    if (gone || askedAgain) {
      return gone;
    }
    if (!endPoint.isOpen() || endPoint.isInputShutdown()) {
      gone = true;
      return true;
    }
    if (endPoint.isFillInterested()) {
      return false;
    }
    try {
      int read = endPoint.fill(BufferUtil.allocate(1));
      if (read < 0) {
        gone = true;
      } else if (read > 0) {
        // A pipelined request: see the class comment.
        ctx.header("Connection", "close");
        askedAgain = true;
      }
    } catch (IOException e) {
      gone = true;
    }
    return gone;
  }
}
