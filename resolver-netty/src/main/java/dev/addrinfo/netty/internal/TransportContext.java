package dev.addrinfo.netty.internal;

import dev.addrinfo.spi.QueryTrace;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;

/** What every shard of one transport shares: settings, the random source, the timer, the counters. */
public record TransportContext(
    RandomGenerator random,
    Consumer<QueryTrace> trace,
    int udpSocketPoolSize,
    int maxTcpMessageLength,
    QueryTimer timer,
    Counters counters) {}
