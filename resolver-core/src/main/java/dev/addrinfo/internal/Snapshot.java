package dev.addrinfo.internal;

import dev.addrinfo.ResolverConfig;
import dev.addrinfo.internal.config.HostsFile;
import dev.addrinfo.internal.nss.NsSwitchConf;
import dev.addrinfo.internal.ifaddr.InterfaceAddresses;
import dev.addrinfo.internal.numeric.ScopeIds;
import dev.addrinfo.internal.sort.AddressSorter;
import dev.addrinfo.services.ServicesDb;

/**
 * Everything one getaddrinfo or getnameinfo call reads, taken once at its start so that a file
 * re-read in the middle of a call cannot mix two versions.
 *
 * @param localDomain the domain part of the host name, for NI_NOFQDN, or null
 */
public record Snapshot(
    ServicesDb services,
    HostsFile hosts,
    boolean multi,
    NsSwitchConf nsswitch,
    ResolverConfig dns,
    AddressSorter sorter,
    InterfaceAddresses interfaces,
    ScopeIds scopes,
    String localDomain) {}
