package dev.addrinfo.spi;

import java.net.InetSocketAddress;
import java.time.Duration;

/**
 * What one DNS exchange did, for {@code --trace} and for observability hooks.
 *
 * @param question what was asked
 * @param server where it was sent
 * @param transport {@code "udp"} or {@code "tcp"}
 * @param id the 16-bit message ID used
 * @param rcode the response code, or -1 when no answer came (timeout or error)
 * @param answerCount records in the answer section, 0 when no answer came
 * @param truncated whether the answer had the TC bit set
 * @param roundTrip time from send to answer (or to giving up)
 * @param outcome {@code "ok"}, {@code "timeout"}, or a short description of the failure
 * @since 0.1
 */
public record QueryTrace(
    DnsQuestion question,
    InetSocketAddress server,
    String transport,
    int id,
    int rcode,
    int answerCount,
    boolean truncated,
    Duration roundTrip,
    String outcome) {}
