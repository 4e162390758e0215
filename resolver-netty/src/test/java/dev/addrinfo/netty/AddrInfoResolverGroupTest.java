package dev.addrinfo.netty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.addrinfo.AddrInfo;
import dev.addrinfo.AddrInfoException;
import dev.addrinfo.EaiError;
import dev.addrinfo.Hints;
import dev.addrinfo.Linux;
import dev.addrinfo.Resolver;
import dev.addrinfo.testing.dnsserver.DnsRequest;
import dev.addrinfo.testing.dnsserver.ScriptedDnsServer;
import dev.addrinfo.testing.dnsserver.WireBuilder;
import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.resolver.AddressResolver;
import io.netty.util.concurrent.DefaultPromise;
import io.netty.util.concurrent.Future;
import io.netty.util.concurrent.Promise;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link AddrInfoResolverGroup} in a real Netty client against a scripted name server and a
 * loopback server: what {@code resolve} and {@code resolveAll} give, how they fail, where their
 * futures complete, and who closes the resolver.
 */
class AddrInfoResolverGroupTest {
  /** Generous: every wait here ends in milliseconds unless something is broken. */
  private static final long WAIT_SECONDS = 10;

  @TempDir
  Path dir;

  private final List<AutoCloseable> toClose = new ArrayList<>();
  private final EventLoopGroup clientLoops = new MultiThreadIoEventLoopGroup(2, NioIoHandler.newFactory());

  @AfterEach
  void closeAll() throws Exception {
    for (int i = toClose.size() - 1; i >= 0; i--) {
      toClose.get(i).close();
    }
    clientLoops.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
  }

  /**
   * server.example.test is 127.0.0.1; three.example.test has two A and one AAAA record;
   * servfail.example.test fails; every other name is NXDOMAIN.
   */
  static byte[] zone(DnsRequest r) {
    String name = r.name().toLowerCase(Locale.ROOT);
    WireBuilder answer = WireBuilder.response(r.id()).question(r.name(), r.type());
    switch (name) {
      case "server.example.test." -> {
        return (r.type() == 1 ? answer.a(r.name(), 300, "127.0.0.1") : answer.soa("example.test.", 60, 60)).bytes();
      }
      case "three.example.test." -> {
        return (r.type() == 1 ? answer.a(r.name(), 300, "192.0.2.1").a(r.name(), 300, "192.0.2.2")
            : answer.aaaa(r.name(), 300, "2001:db8::1")).bytes();
      }
      case "servfail.example.test." -> {
        return WireBuilder.withFlags(r.id(), 0x8182).question(r.name(), r.type()).bytes();
      }
      default -> {
        return WireBuilder.withFlags(r.id(), 0x8183).question(r.name(), r.type()).soa("example.test.", 60, 60).bytes();
      }
    }
  }

  private ScriptedDnsServer dns() throws InterruptedException {
    ScriptedDnsServer s = ScriptedDnsServer.start((r, out) -> out.reply(zone(r)));
    toClose.add(s);
    return s;
  }

  /** A resolver over our files whose only name server is {@code dns}, its DNS on {@code loops}. */
  private Resolver resolver(ScriptedDnsServer dns, EventLoopGroup loops) {
    Resolver r = NettyResolver.builder(loops).files(new TestEtc(dir).files()).environment(Map.of())
        .addNameserver(dns.address()).build();
    toClose.add(r);
    return r;
  }

  private AddrInfoResolverGroup sharing(Resolver resolver) {
    AddrInfoResolverGroup group = AddrInfoResolverGroup.sharing(resolver);
    toClose.add(group);
    return group;
  }

  private AddressResolver<InetSocketAddress> resolverOnALoop(AddrInfoResolverGroup group) {
    return group.getResolver(clientLoops.next());
  }

  private static <T> T get(Future<T> f) throws Exception {
    assertTrue(f.await(WAIT_SECONDS, TimeUnit.SECONDS), "not done in " + WAIT_SECONDS + " s");
    if (!f.isSuccess()) {
      throw new ExecutionException(f.cause());
    }
    return f.getNow();
  }

  private static Throwable failure(Future<?> f) throws InterruptedException {
    assertTrue(f.await(WAIT_SECONDS, TimeUnit.SECONDS), "not done in " + WAIT_SECONDS + " s");
    assertFalse(f.isSuccess(), "succeeded with " + f.getNow());
    return f.cause();
  }

  private static InetSocketAddress unresolved(String host, int port) {
    return InetSocketAddress.createUnresolved(host, port);
  }

  private static List<String> texts(List<InetSocketAddress> addresses) {
    return addresses.stream().map(a -> a.getAddress().getHostAddress() + " " + a.getPort()).toList();
  }

  @Test
  void aBootstrapConnectsToANameOnlyTheScriptedServerKnows() throws Exception {
    ScriptedDnsServer dns = dns();
    LoopbackServer server = LoopbackServer.listen(new InetSocketAddress("127.0.0.1", 0));
    toClose.add(server);
    AddrInfoResolverGroup group = sharing(resolver(dns, clientLoops));
    ChannelFuture connect = new Bootstrap().group(clientLoops).channel(NioSocketChannel.class)
        .handler(new ChannelInboundHandlerAdapter()).resolver(group)
        .connect("server.example.test", server.port());
    get(connect);
    Channel ch = connect.channel();
    toClose.add(() -> ch.close().sync());
    InetSocketAddress remote = (InetSocketAddress) ch.remoteAddress();
    assertEquals("127.0.0.1 " + server.port(), texts(List.of(remote)).get(0));
    assertEquals("server.example.test", remote.getHostString(), "the address carries the name asked");
    assertTrue(dns.requests().stream().anyMatch(r -> r.name().equals("server.example.test.") && r.type() == 1),
        dns.requests().toString());
  }

  @Test
  void resolveGivesTheFirstAddressOfGetaddrinfosList() throws Exception {
    Resolver resolver = resolver(dns(), clientLoops);
    List<AddrInfo> list = resolver.getAddrInfo("three.example.test", null, streamHints()).get(WAIT_SECONDS, TimeUnit.SECONDS);
    InetSocketAddress first = get(resolverOnALoop(sharing(resolver)).resolve(unresolved("three.example.test", 8080)));
    assertEquals(list.get(0).address().getAddress(), first.getAddress());
    assertEquals(8080, first.getPort());
    assertEquals("three.example.test", first.getHostString());
  }

  @Test
  void resolveAllGivesEveryAddressInGetaddrinfosOrderEachOnce() throws Exception {
    Resolver resolver = resolver(dns(), clientLoops);
    List<AddrInfo> list = resolver.getAddrInfo("three.example.test", null, streamHints()).get(WAIT_SECONDS, TimeUnit.SECONDS);
    List<InetSocketAddress> all = get(resolverOnALoop(sharing(resolver)).resolveAll(unresolved("three.example.test", 443)));
    assertEquals(list.stream().map(r -> r.address().getAddress().getHostAddress() + " 443").toList(), texts(all));
    assertEquals(Set.of("192.0.2.1 443", "192.0.2.2 443", "2001:db8:0:0:0:0:0:1 443"), Set.copyOf(texts(all)));
    assertEquals(3, all.size(), "each address once: " + all);
  }

  @Test
  void anAddressLiteralResolvesWithoutAQuestionAndUnnamed() throws Exception {
    ScriptedDnsServer dns = dns();
    AddressResolver<InetSocketAddress> r = resolverOnALoop(sharing(resolver(dns, clientLoops)));
    InetSocketAddress v4 = get(r.resolve(unresolved("192.0.2.9", 80)));
    InetSocketAddress v6 = get(r.resolve(unresolved("2001:db8::9", 80)));
    assertEquals("192.0.2.9", v4.getHostString());
    assertEquals("2001:db8:0:0:0:0:0:9", v6.getAddress().getHostAddress());
    assertEquals(List.of(), dns.requests());
  }

  @Test
  void aResolvedAddressIsGivenBackAsItIs() throws Exception {
    AddressResolver<InetSocketAddress> r = resolverOnALoop(sharing(resolver(dns(), clientLoops)));
    InetSocketAddress resolved = new InetSocketAddress("127.0.0.1", 9);
    assertTrue(r.isResolved(resolved));
    assertSame(resolved, get(r.resolve(resolved)));
  }

  @Test
  void anUnknownNameFailsWithEaiNonameAnUnknownHostException() throws Exception {
    AddressResolver<InetSocketAddress> r = resolverOnALoop(sharing(resolver(dns(), clientLoops)));
    assertEquals(EaiError.EAI_NONAME,
        assertInstanceOf(AddrInfoException.class, failure(r.resolve(unresolved("nosuch.example.test", 80)))).error());
    assertEquals(EaiError.EAI_NONAME,
        assertInstanceOf(AddrInfoException.class, failure(r.resolveAll(unresolved("nosuch.example.test", 80)))).error());
  }

  @Test
  void aServerFailureFailsWithEaiAgain() throws Exception {
    AddressResolver<InetSocketAddress> r = resolverOnALoop(sharing(resolver(dns(), clientLoops)));
    Throwable t = failure(r.resolve(unresolved("servfail.example.test", 80)));
    assertEquals(EaiError.EAI_AGAIN, assertInstanceOf(AddrInfoException.class, t).error());
  }

  @Test
  void aBootstrapConnectingToAnUnknownNameFailsWithTheLookupsErrorAndClosesItsChannel() throws Exception {
    AddrInfoResolverGroup group = sharing(resolver(dns(), clientLoops));
    ChannelFuture connect = new Bootstrap().group(clientLoops).channel(NioSocketChannel.class)
        .handler(new ChannelInboundHandlerAdapter()).resolver(group)
        .connect("nosuch.example.test", 80);
    Throwable t = failure(connect);
    assertInstanceOf(UnknownHostException.class, t);
    assertEquals(EaiError.EAI_NONAME, assertInstanceOf(AddrInfoException.class, t).error());
    assertTrue(connect.channel().closeFuture().await(WAIT_SECONDS, TimeUnit.SECONDS), "the channel is closed");
  }

  @Test
  void promisesCompleteOnTheResolversEventLoopWhateverThreadAnswers() throws Exception {
    // The DNS transport has a loop of its own here, so every answer arrives on another thread.
    EventLoopGroup dnsLoop = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    toClose.add(() -> dnsLoop.shutdownGracefully(0, 1, TimeUnit.SECONDS).sync());
    AddrInfoResolverGroup group = sharing(resolver(dns(), dnsLoop));
    EventLoop loop = clientLoops.next();
    for (String host : List.of("server.example.test", "server.example.test", "nosuch.example.test", "127.0.0.1")) {
      RecordingPromise<InetSocketAddress> promise = new RecordingPromise<>(loop);
      group.getResolver(loop).resolve(unresolved(host, 80), promise);
      promise.await(WAIT_SECONDS, TimeUnit.SECONDS);
      assertTrue(promise.isDone(), host);
      assertTrue(promise.completedOn.inEventLoop(loop), host + " completed on " + promise.completedOn.thread);
    }
  }

  @Test
  void onTheCallersLoopsALookupStartedThereIsAnsweredThereAndNoThreadStarts() throws Exception {
    Set<String> before = addrinfoThreads();
    ScriptedDnsServer dns = dns();
    AddrInfoResolverGroup group = sharing(resolver(dns, clientLoops));
    EventLoop loop = clientLoops.next();
    RecordingPromise<InetSocketAddress> promise = new RecordingPromise<>(loop);
    loop.execute(() -> group.getResolver(loop).resolve(unresolved("server.example.test", 80), promise));
    promise.await(WAIT_SECONDS, TimeUnit.SECONDS);
    assertTrue(promise.isSuccess(), String.valueOf(promise.cause()));
    assertTrue(promise.completedOn.inEventLoop(loop), "completed on " + promise.completedOn.thread);
    Set<String> started = addrinfoThreads();
    started.removeAll(before);
    assertEquals(Set.of(), started);
  }

  @Test
  void onEventLoopGroupOwnsAResolverOnTheCallersLoops() throws Exception {
    Set<String> before = addrinfoThreads();
    AddrInfoResolverGroup group = AddrInfoResolverGroup.onEventLoopGroup(clientLoops);
    toClose.add(group);
    // Numeric, so that this machine's /etc (which the group reads) decides nothing.
    assertEquals("127.0.0.1", get(group.getResolver(clientLoops.next()).resolve(unresolved("127.0.0.1", 1)))
        .getAddress().getHostAddress());
    Set<String> started = addrinfoThreads();
    started.removeAll(before);
    assertEquals(Set.of(), started);
  }

  @Test
  void closingASharingGroupLeavesTheResolverOpen() throws Exception {
    Resolver resolver = resolver(dns(), clientLoops);
    AddrInfoResolverGroup group = AddrInfoResolverGroup.sharing(resolver);
    get(group.getResolver(clientLoops.next()).resolve(unresolved("server.example.test", 80)));
    group.close();
    List<AddrInfo> after = resolver.getAddrInfo("three.example.test", null, streamHints()).get(WAIT_SECONDS, TimeUnit.SECONDS);
    assertEquals(3, after.size());
  }

  @Test
  void closingAnOwningGroupClosesTheResolver() throws Exception {
    Resolver resolver = resolver(dns(), clientLoops);
    AddrInfoResolverGroup group = AddrInfoResolverGroup.owning(resolver);
    get(group.getResolver(clientLoops.next()).resolve(unresolved("server.example.test", 80)));
    group.close();
    ExecutionException e = assertThrows(ExecutionException.class,
        () -> resolver.getAddrInfo("three.example.test", null, streamHints()).get(WAIT_SECONDS, TimeUnit.SECONDS));
    assertEquals(EaiError.EAI_AGAIN, assertInstanceOf(AddrInfoException.class, e.getCause()).error());
  }

  @Test
  void hintsWithoutASocketTypeAreRejectedByName() throws Exception {
    Resolver resolver = resolver(dns(), clientLoops);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> AddrInfoResolverGroup.sharing(resolver, Hints.DEFAULT));
    assertTrue(e.getMessage().contains("socket type") && e.getMessage().contains(Hints.DEFAULT.toString()), e.getMessage());
  }

  @Test
  void givenHintsDecideTheFamily() throws Exception {
    Resolver resolver = resolver(dns(), clientLoops);
    AddrInfoResolverGroup group = AddrInfoResolverGroup.sharing(resolver,
        Hints.builder().family(Linux.AF_INET6).socketType(Linux.SOCK_STREAM).build());
    toClose.add(group);
    List<InetSocketAddress> all = get(group.getResolver(clientLoops.next()).resolveAll(unresolved("three.example.test", 80)));
    assertEquals(List.of("2001:db8:0:0:0:0:0:1 80"), texts(all));
  }

  private static Hints streamHints() {
    return Hints.builder().socketType(Linux.SOCK_STREAM).build();
  }

  private static Set<String> addrinfoThreads() {
    return Thread.getAllStackTraces().keySet().stream().map(Thread::getName).filter(n -> n.startsWith("addrinfo-dns"))
        .collect(Collectors.toSet());
  }

  /** Where a promise was completed: a real promise that notes the thread that completes it. */
  private static final class RecordingPromise<T> extends DefaultPromise<T> {
    private volatile CompletedOn completedOn;

    RecordingPromise(EventLoop loop) {
      super(loop);
    }

    @Override
    public boolean trySuccess(T result) {
      completedOn = new CompletedOn(Thread.currentThread());
      return super.trySuccess(result);
    }

    @Override
    public boolean tryFailure(Throwable cause) {
      completedOn = new CompletedOn(Thread.currentThread());
      return super.tryFailure(cause);
    }

    @Override
    public Promise<T> setSuccess(T result) {
      completedOn = new CompletedOn(Thread.currentThread());
      return super.setSuccess(result);
    }

    @Override
    public Promise<T> setFailure(Throwable cause) {
      completedOn = new CompletedOn(Thread.currentThread());
      return super.setFailure(cause);
    }
  }

  private record CompletedOn(Thread thread) {
    boolean inEventLoop(EventLoop loop) {
      return loop.inEventLoop(thread);
    }
  }
}
