package dev.pincite.web;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own error responses, for requests that never reach Pincite's routes (a bad {@code %} in
 * the path, a URI or headers too long, an unknown HTTP version): the same security headers as every
 * page of the archive ({@link PinciteApp#SECURITY_HEADERS}), so an error page is no weaker than the
 * rest. The connection is closed after such an answer: a client that sent {@code CONNECT *} or a
 * request line the archive never serves has nothing further to ask on it, and keeping it open held
 * it until Jetty's idle timeout (30 s). Thread safe.
 */
final class JettyErrorPages extends ErrorHandler {

  JettyErrorPages() {
    setShowStacks(false);
    setShowMessageInTitle(false);
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    PinciteApp.SECURITY_HEADERS.forEach((name, value) -> response.getHeaders().put(name, value));
    response.getHeaders().put(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE.asString());
    return super.handle(request, response, callback);
  }
}
