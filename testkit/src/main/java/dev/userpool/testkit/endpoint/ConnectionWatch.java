package dev.userpool.testkit.endpoint;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.util.ReferenceCountUtil;

/** Before the codec: notes the first byte of each request (for the request timeout), and drops bytes once the connection ends. */
final class ConnectionWatch extends ChannelInboundHandlerAdapter {
  private final Connection connection;

  ConnectionWatch(Connection connection) {
    this.connection = connection;
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    if (connection.ending()) {
      ReferenceCountUtil.release(msg);
      return;
    }
    connection.bytesArrived();
    ctx.fireChannelRead(msg);
  }
}
