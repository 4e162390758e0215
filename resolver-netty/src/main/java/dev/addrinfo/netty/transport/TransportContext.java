package dev.addrinfo.netty.transport;

import dev.addrinfo.spi.QueryTrace;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;

/**
 * What every shard of one transport shares: settings, the random source, the counters.
 *
 * @param udpSocketUses queries a UDP socket carries before a fresh one (a new port) replaces it
 * @param udpWindow tries one shard keeps on the wire to one server over UDP; more wait in a queue
 * @param randomizeCase DNS 0x20 over UDP (see {@link QuestionCase})
 */
record TransportContext(
    RandomGenerator random,
    Consumer<QueryTrace> trace,
    int udpSocketPoolSize,
    int udpSocketUses,
    int udpWindow,
    int maxTcpMessageLength,
    Counters counters,
    boolean randomizeCase) {}
