package dev.addrinfo.testing.dnsserver;

import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelOption;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

/**
 * Answers one TCP query on its connection. Every action is scheduled on the connection's event loop
 * after the ones before it, so a script reads as the stream the client will see.
 */
final class TcpResponder implements ScriptedDnsServer.Responder {
  private static final long PIECE_GAP_MILLIS = 20;
  private final Channel ch;
  /** When, in ms from now, the last scheduled action runs. */
  private long lastAt;

  TcpResponder(Channel ch) {
    this.ch = ch;
  }

  static byte[] framed(byte[] m) {
    byte[] framed = new byte[m.length + 2];
    framed[0] = (byte) (m.length >> 8);
    framed[1] = (byte) m.length;
    System.arraycopy(m, 0, framed, 2, m.length);
    return framed;
  }

  private void at(long millis, Runnable action) {
    lastAt = Math.max(lastAt, millis);
    if (millis == 0 && ch.eventLoop().inEventLoop()) {
      action.run();
    } else {
      ch.eventLoop().schedule(action, millis, TimeUnit.MILLISECONDS);
    }
  }

  private void write(byte[] bytes) {
    ch.writeAndFlush(Unpooled.wrappedBuffer(bytes));
  }

  @Override
  public void reply(byte[] m) {
    at(lastAt, () -> write(framed(m)));
  }

  @Override
  public void replyAfter(long millis, byte[] m) {
    at(lastAt + millis, () -> write(framed(m)));
  }

  @Override
  public void replyFromOtherPort(byte[] message) {
    throw new UnsupportedOperationException("replyFromOtherPort is for UDP; the query came over TCP");
  }

  @Override
  public void writeRaw(byte[]... pieces) {
    long start = lastAt;
    for (int i = 0; i < pieces.length; i++) {
      byte[] piece = pieces[i];
      at(start + PIECE_GAP_MILLIS * i, () -> write(piece));
    }
  }

  @Override
  public void writeOneByteAtATime(byte[] message) {
    byte[] f = framed(message);
    long start = lastAt;
    for (int i = 0; i < f.length; i++) {
      byte[] one = {f[i]};
      at(start + i, () -> write(one));
    }
  }

  @Override
  public void closeAfter(byte[] message, int bytes) {
    byte[] part = Arrays.copyOf(framed(message), bytes);
    at(lastAt, () -> write(part));
    closeConnection();
  }

  @Override
  public void resetAfter(byte[] message, int bytes) {
    byte[] part = Arrays.copyOf(framed(message), bytes);
    at(lastAt, () -> write(part));
    // The bytes must leave before the reset, or the kernel discards them with the connection.
    at(lastAt + PIECE_GAP_MILLIS, () -> {
      ch.config().setOption(ChannelOption.SO_LINGER, 0);
      ch.close();
    });
  }

  @Override
  public void closeConnection() {
    at(lastAt + PIECE_GAP_MILLIS, ch::close);
  }
}
