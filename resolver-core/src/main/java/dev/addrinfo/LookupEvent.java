package dev.addrinfo;

import java.time.Duration;

/**
 * One getaddrinfo or getnameinfo call and how it ended.
 *
 * @param call {@code "getaddrinfo"} or {@code "getnameinfo"}
 * @param subject the host (getaddrinfo, null for a null host) or the address (getnameinfo)
 * @param cacheHit the finished result was reused from the last second (getaddrinfo only)
 * @param error the failure's code, or null on success
 * @param elapsed from the call to its result
 * @since 0.1
 */
public record LookupEvent(String call, String subject, boolean cacheHit, EaiError error, Duration elapsed) {}
