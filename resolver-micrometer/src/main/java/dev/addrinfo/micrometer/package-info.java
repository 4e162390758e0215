/**
 * Micrometer meters for a {@link dev.addrinfo.Resolver}: {@link dev.addrinfo.micrometer.AddrInfoMetrics}.
 *
 * @since 0.1
 */
package dev.addrinfo.micrometer;
