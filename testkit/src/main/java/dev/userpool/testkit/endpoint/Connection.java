package dev.userpool.testkit.endpoint;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.CompositeByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.DecoderResult;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.netty.util.ReferenceCountUtil;
import io.netty.util.concurrent.ScheduledFuture;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * One HTTP/1.1 connection, confined to its Netty event loop: gathers each request (head and body, at
 * most the body cap), hands whole requests one at a time to the endpoint's workers (or answers them on its own
 * thread where the endpoint {@linkplain LocalEndpoint#answersOnIoThread() allows it}), and writes the
 * answers in request order (pipelining). Reading stops while a request is being answered, so a
 * connection holds at most one body, the bytes of one read, and one answer being written: memory per
 * connection is bounded whatever the client sends.
 *
 * <p>No thread waits for a client: a request that does not arrive whole within the request timeout, or
 * a connection idle for the idle timeout, is closed by a timer on the event loop; a write that does not
 * finish within the response timeout closes the connection (Netty's {@code WriteTimeoutHandler}).
 *
 * <p>An answer that ends the connection (413, malformed request, shutdown) is sent, then the write side
 * is shut (FIN) and whatever the client still sends is discarded unread for {@link #LINGER_MILLIS} ms
 * before the socket closes, so the client reads the answer instead of a reset.
 */
final class Connection extends ChannelInboundHandlerAdapter {

  /** How long an ending connection discards what the client still sends before closing. */
  static final long LINGER_MILLIS = 2000;

  /**
   * A request read whole (or refused early, or a CORS preflight, with its answer ready), waiting for its
   * turn, with the request's {@code Origin} (or null) for the answer's CORS headers.
   */
  private record Pending(LocalEndpoint.Request request, Reply ready, boolean keepAlive, boolean admitted, HttpVersion version,
      String origin) {}

  private enum Timer {
    NONE, IDLE, REQUEST
  }

  private final LocalEndpoint endpoint;
  private final ArrayDeque<Pending> queue = new ArrayDeque<>();
  private ChannelHandlerContext ctx;
  private HttpRequest head;
  private CompositeByteBuf body;
  private boolean busy;
  private boolean ending;
  private boolean overLimit;
  private int admitted;
  private Timer timer = Timer.NONE;
  private ScheduledFuture<?> timeout;

  Connection(LocalEndpoint endpoint) {
    this.endpoint = endpoint;
  }

  /** Whether the connection only discards what comes (it answered for the last time). */
  boolean ending() {
    return ending;
  }

  /** Raw bytes arrived (before decoding): a new request has begun if none was under way. */
  void bytesArrived() {
    if (!busy && timer != Timer.REQUEST) {
      arm(Timer.REQUEST, endpoint.requestTimeoutMillis());
    }
  }

  @Override
  public void channelActive(ChannelHandlerContext ctx) {
    this.ctx = ctx;
    overLimit = !endpoint.connectionOpened();
    arm(Timer.IDLE, endpoint.idleTimeoutMillis());
    ctx.fireChannelActive();
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) {
    endpoint.connectionClosed(admitted);
    admitted = 0;
    disarm();
    releaseBody();
    ctx.fireChannelInactive();
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    // A reset by the client, a write timeout, a failed write: nothing to answer, only to close.
    ctx.close();
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    try {
      if (ending) {
        return;
      }
      if (msg instanceof HttpRequest) {
        head((HttpRequest) msg);
      }
      if (!ending && msg instanceof HttpContent) {
        content((HttpContent) msg);
      }
    } finally {
      ReferenceCountUtil.release(msg);
    }
  }

  private void head(HttpRequest request) {
    String origin = request.headers().get(HttpHeaderNames.ORIGIN);
    if (request.decoderResult().isFailure()) {
      refuse(malformed(request.decoderResult()), false, request.protocolVersion(), origin);
      return;
    }
    if (endpoint.closing()) {
      refuse(endpoint.error(503, "ServiceUnavailableException", "The endpoint is shutting down.").closing(), false,
          request.protocolVersion(), origin);
      return;
    }
    if (overLimit) {
      refuse(endpoint.error(503, "ServiceUnavailableException", "The endpoint has too many open connections; retry later.").closing(),
          false, request.protocolVersion(), origin);
      return;
    }
    admitted++;
    endpoint.admitted();
    long length = contentLength(request.headers());
    if (length > endpoint.maxBodyBytes()) {
      refuse(endpoint.tooLarge(), true, request.protocolVersion(), origin);
      return;
    }
    head = request;
    body = ctx.alloc().compositeBuffer(64);
    if (HttpUtil.is100ContinueExpected(request) && !busy && queue.isEmpty()) {
      ctx.writeAndFlush(new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.CONTINUE, Unpooled.EMPTY_BUFFER));
    }
  }

  private void content(HttpContent content) {
    if (content.decoderResult().isFailure()) {
      boolean wasAdmitted = head != null;
      HttpVersion version = head != null ? head.protocolVersion() : HttpVersion.HTTP_1_1;
      String origin = head != null ? head.headers().get(HttpHeaderNames.ORIGIN) : null;
      releaseBody();
      refuse(malformed(content.decoderResult()), wasAdmitted, version, origin);
      return;
    }
    if (head == null) {
      return;
    }
    ByteBuf bytes = content.content();
    if (body.readableBytes() + (long) bytes.readableBytes() > endpoint.maxBodyBytes()) {
      HttpVersion version = head.protocolVersion();
      String origin = head.headers().get(HttpHeaderNames.ORIGIN);
      releaseBody();
      refuse(endpoint.tooLarge(), true, version, origin);
      return;
    }
    if (bytes.isReadable()) {
      body.addComponent(true, bytes.retain());
    }
    if (content instanceof LastHttpContent) {
      HttpRequest request = head;
      byte[] data = ByteBufUtil.getBytes(body);
      releaseBody();
      if (timer == Timer.REQUEST) {
        disarm();
      }
      HttpHeaders headers = request.headers();
      String origin = headers.get(HttpHeaderNames.ORIGIN);
      if (Cors.isPreflight(request.method().name(), origin, headers.get(HttpHeaderNames.ACCESS_CONTROL_REQUEST_METHOD))) {
        // Answered here, never by a worker: a preflight is no AWS call (no request id, no operation).
        enqueue(new Pending(null, Reply.preflight(Cors.preflightHeaders(headers.get(HttpHeaderNames.ACCESS_CONTROL_REQUEST_HEADERS))),
            HttpUtil.isKeepAlive(request), true, request.protocolVersion(), origin));
        return;
      }
      enqueue(new Pending(new LocalEndpoint.Request(request.method().name(), request.uri(), headers.get("X-Amz-Target"), data,
          headers.get(HttpHeaderNames.AUTHORIZATION), headers.get(HttpHeaderNames.COOKIE)), null,
          HttpUtil.isKeepAlive(request), true, request.protocolVersion(), origin));
    }
  }

  /** Answers {@code reply} after what is queued, then ends the connection. */
  private void refuse(Reply reply, boolean wasAdmitted, HttpVersion version, String origin) {
    enqueue(new Pending(null, reply, false, wasAdmitted, version, origin));
    ending = true;
  }

  private void enqueue(Pending pending) {
    queue.add(pending);
    next();
  }

  /** Starts on the next waiting request unless one is under way. */
  private void next() {
    if (busy) {
      return;
    }
    Pending pending = queue.poll();
    if (pending == null) {
      ctx.channel().config().setAutoRead(true);
      if (!ending) {
        if (head != null) {
          arm(Timer.REQUEST, endpoint.requestTimeoutMillis());
        } else {
          arm(Timer.IDLE, endpoint.idleTimeoutMillis());
        }
      }
      return;
    }
    busy = true;
    disarm();
    ctx.channel().config().setAutoRead(false);
    if (pending.ready() != null) {
      send(pending, pending.ready());
      return;
    }
    if (endpoint.answersOnIoThread()) {
      send(pending, endpoint.answer(pending.request()));
      return;
    }
    try {
      endpoint.workers().execute(() -> {
        Reply reply = endpoint.answer(pending.request());
        ctx.channel().eventLoop().execute(() -> send(pending, reply));
      });
    } catch (RejectedExecutionException e) {
      send(pending, endpoint.error(400, "TooManyRequestsException", "Too many requests: the endpoint's queue is full; retry later."));
    }
  }

  private void send(Pending pending, Reply reply) {
    // Answers queued before a connection-ending one still keep the connection: the ending one comes after them.
    boolean keepAlive = pending.keepAlive() && !reply.close();
    if (!keepAlive) {
      ending = true;
      releaseBody();
    }
    if (pending.admitted()) {
      admitted--;
      endpoint.answered();
    }
    if (!ctx.channel().isActive()) {
      return;
    }
    HttpVersion version = pending.version() == HttpVersion.HTTP_1_0 ? HttpVersion.HTTP_1_0 : HttpVersion.HTTP_1_1;
    boolean head = pending.request() != null && "HEAD".equals(pending.request().method());
    FullHttpResponse response = new DefaultFullHttpResponse(version, HttpResponseStatus.valueOf(reply.status()),
        head ? Unpooled.EMPTY_BUFFER : Unpooled.wrappedBuffer(reply.body()));
    HttpHeaders headers = response.headers();
    if (!reply.isPreflight()) {
      headers.set(HttpHeaderNames.CONTENT_TYPE, reply.contentType());
      String requestId = reply.headers().get(LocalEndpoint.REQUEST_ID); // the Cognito's own id for its error, if it gave one
      headers.set(LocalEndpoint.REQUEST_ID, requestId != null ? requestId : endpoint.nextRequestId());
    }
    headers.setInt(HttpHeaderNames.CONTENT_LENGTH, head ? 0 : reply.body().length);
    headers.set(HttpHeaderNames.DATE, endpoint.httpDate());
    if (reply.errorType() != null) {
      headers.set("x-amzn-ErrorType", reply.errorType());
    }
    for (Map.Entry<String, String> header : endpoint.cors().answerHeaders(pending.origin()).entrySet()) {
      headers.set(header.getKey(), header.getValue());
    }
    for (Map.Entry<String, String> header : reply.headers().entrySet()) {
      headers.set(header.getKey(), header.getValue());
    }
    if (!keepAlive) {
      headers.set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
    } else if (version == HttpVersion.HTTP_1_0) {
      headers.set(HttpHeaderNames.CONNECTION, HttpHeaderValues.KEEP_ALIVE);
    }
    ChannelFuture written = ctx.writeAndFlush(response);
    written.addListener(f -> {
      if (!f.isSuccess()) {
        ctx.close();
      } else if (!keepAlive) {
        linger();
      } else {
        busy = false;
        next();
      }
    });
  }

  /** Shuts the write side and discards what comes for a while, then closes: the client reads the last answer, not a reset. */
  private void linger() {
    ending = true;
    releaseBody();
    queue.clear();
    disarm();
    ctx.channel().config().setAutoRead(true);
    if (ctx.channel() instanceof SocketChannel) {
      ((SocketChannel) ctx.channel()).shutdownOutput();
    }
    ctx.executor().schedule(() -> {
      ctx.close();
    }, LINGER_MILLIS, TimeUnit.MILLISECONDS);
  }

  private Reply malformed(DecoderResult result) {
    Throwable cause = result.cause();
    // Netty's messages quote the request: say what is wrong in words of our own.
    String message;
    if (cause instanceof TooLongHttpLineException) {
      message = "Malformed HTTP request: the request line is too long.";
    } else if (cause instanceof TooLongHttpHeaderException) {
      message = "Malformed HTTP request: the headers are too large.";
    } else if (cause instanceof TooLongFrameException) {
      message = "Malformed HTTP request: a part of it is too long.";
    } else {
      message = "Malformed HTTP request: the request line, a header or the body's framing cannot be read.";
    }
    return endpoint.error(400, "BadRequestException", message).closing();
  }

  private static long contentLength(HttpHeaders headers) {
    String value = headers.get(HttpHeaderNames.CONTENT_LENGTH);
    if (value == null) {
      return -1;
    }
    try {
      return Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      return Long.MAX_VALUE; // the decoder checks the form; a number too large for a long is too large
    }
  }

  private void arm(Timer kind, long millis) {
    disarm();
    timer = kind;
    timeout = ctx.executor().schedule(this::expire, millis, TimeUnit.MILLISECONDS);
  }

  private void disarm() {
    if (timeout != null) {
      timeout.cancel(false);
      timeout = null;
    }
    timer = Timer.NONE;
  }

  private void expire() {
    timeout = null;
    if (busy || timer == Timer.NONE) {
      return;
    }
    // Too slow to send a request, or idle too long: close without an answer.
    ctx.close();
  }

  private void releaseBody() {
    if (body != null) {
      body.release();
      body = null;
    }
    head = null;
  }
}
