/**
 * The resolver on Netty: {@link dev.addrinfo.netty.NettyResolver} builds a
 * {@link dev.addrinfo.Resolver} whose DNS transport is
 * {@link dev.addrinfo.netty.transport.NettyDnsTransport} (UDP, TCP on truncation, epoll where its
 * native library loads, NIO elsewhere).
 */
module dev.addrinfo.netty {
  requires transitive dev.addrinfo;
  requires transitive io.netty.transport;
  requires io.netty.buffer;
  requires io.netty.codec;
  requires io.netty.common;
  requires io.netty.resolver;
  requires io.netty.transport.classes.epoll;
  requires io.netty.transport.unix.common;

  exports dev.addrinfo.netty;
  exports dev.addrinfo.netty.transport;
}
