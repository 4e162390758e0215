package dev.addrinfo.netty.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.channel.EventLoop;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.DatagramPacket;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class UdpSocketPoolTest {
  private final MultiThreadIoEventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
  private final EventLoop loop = group.next();
  private final UdpSocketPool pool = new UdpSocketPool(loop, ChannelKind.NIO, 1, UdpSocketPool.USES_PER_SOCKET, new UdpSocketPool.PacketSink() {
    @Override
    public void onPacket(UdpSocket socket, DatagramPacket packet) {}

    @Override
    public void onSocketError(UdpSocket socket, Throwable cause) {}

    @Override
    public void onLaneRetired(ServerLane lane) {}
  });

  @AfterEach
  void stop() {
    group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
  }

  private <T> T onLoop(Callable<T> task) throws Exception {
    return loop.submit(task).get(5, TimeUnit.SECONDS);
  }

  private UdpSocket pick(InetSocketAddress server) throws Exception {
    UdpSocket s = onLoop(() -> pool.pick(pool.lane(server), new RandomBits(new Random(1)), System.nanoTime()));
    s.bound.sync();
    return s;
  }

  private static InetSocketAddress server(int i) {
    return new InetSocketAddress("127.0.0.1", 5300 + i);
  }

  @Test
  void eachSocketIsConnectedToItsServer() throws Exception {
    UdpSocket a = pick(server(1));
    UdpSocket b = pick(server(2));
    assertNotSame(a, b);
    assertEquals(server(1), a.channel.remoteAddress());
    assertEquals(server(2), b.channel.remoteAddress());
    assertSame(a, pick(server(1)));
  }

  @Test
  void theServerUsedLeastRecentlyLosesItsSocketsPastEightServers() throws Exception {
    List<UdpSocket> sockets = new ArrayList<>();
    for (int i = 0; i < UdpSocketPool.MAX_SERVERS; i++) {
      sockets.add(pick(server(i)));
    }
    pick(server(0)); // now server 1 is the least recently used
    pick(server(UdpSocketPool.MAX_SERVERS));
    assertTrue(sockets.get(1).channel.closeFuture().await(5, TimeUnit.SECONDS));
    assertTrue(sockets.get(0).channel.isOpen());
    assertEquals(UdpSocketPool.MAX_SERVERS, (int) onLoop(() -> pool.openSockets().size()));
    assertFalse(sockets.get(0).retired);
  }

  @Test
  void aSocketIsRetiredAfterItsLastUseAndItsSlotGetsAFreshPort() throws Exception {
    UdpSocket first = pick(server(1));
    for (int i = 1; i < UdpSocketPool.USES_PER_SOCKET; i++) {
      assertSame(first, pick(server(1)));
    }
    UdpSocket next = pick(server(1));
    assertNotSame(first, next);
    assertTrue(first.retired);
    assertTrue(first.channel.closeFuture().await(5, TimeUnit.SECONDS), "nothing waited on it, so it closed");
    assertTrue(next.channel.isOpen());
  }

  @Test
  void aSpentSocketsSuccessorIsOpenedBeforeAnyQueryNeedsIt() throws Exception {
    UdpSocket first = null;
    for (int i = 0; i < UdpSocketPool.USES_PER_SOCKET; i++) {
      first = pick(server(1));
    }
    UdpSocket spent = first;
    // Queued behind the loop's tasks: two more round trips through the loop let it run.
    onLoop(() -> null);
    onLoop(() -> null);
    UdpSocket successor = onLoop(() -> pool.lane(server(1)).slots[0]);
    assertNotSame(spent, successor, "the slot was refilled without waiting for a query");
    assertTrue(spent.retired);
    assertTrue(successor.bound.await(5, TimeUnit.SECONDS));
    assertTrue(successor.channel.isOpen());
    assertEquals(0, successor.uses);
    assertSame(successor, pick(server(1)));
  }

  @Test
  void noSuccessorIsOpenedOnceThePoolIsClosing() throws Exception {
    for (int i = 1; i < UdpSocketPool.USES_PER_SOCKET; i++) {
      pick(server(1));
    }
    UdpSocket spent = onLoop(() -> {
      UdpSocket s = pool.pick(pool.lane(server(1)), new RandomBits(new Random(1)), System.nanoTime());
      pool.close();
      return s;
    });
    onLoop(() -> null);
    onLoop(() -> null);
    assertSame(spent, onLoop(() -> pool.lane(server(1)).slots[0]));
    assertEquals(1, (int) onLoop(() -> pool.openSockets().size()));
  }
}
