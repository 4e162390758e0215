package dev.addrinfo.bench;

import dev.addrinfo.Hints;
import dev.addrinfo.Linux;
import dev.addrinfo.Resolver;
import dev.addrinfo.netty.transport.NettyDnsTransport;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * addrinfo's public {@link Resolver}: getaddrinfo with AF_UNSPEC and stream sockets; its UDP
 * sockets carry {@code socketUses} queries each (1: a fresh port per query, as glibc).
 */
final class AddrinfoPeer implements Peer {
  private static final Hints STREAM = Hints.builder().socketType(Linux.SOCK_STREAM).build();

  private final BenchFiles files = new BenchFiles("127.0.0.1 localhost\n");
  private final Resolver resolver;
  private final String label;

  AddrinfoPeer(InetSocketAddress server, String label, int socketUses) {
    this.label = label;
    // Cache off: every look-up goes to the server, as for the other peers.
    resolver = Resolver.builder().transport(NettyDnsTransport.builder().udpSocketUses(socketUses).build())
        .files(files.files()).environment(Map.of()).addNameserver(server).cacheSize(0).build();
  }

  @Override
  public String label() {
    return label;
  }

  @Override
  public CompletableFuture<Integer> lookup(String name) {
    return resolver.getAddrInfo(name, null, STREAM).thenApply(list -> list.size());
  }

  @Override
  public void close() {
    resolver.close();
    files.close();
  }
}
