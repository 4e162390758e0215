/**
 * Implementation of the services(5) parser and of the bundled table's reader; not a public API,
 * may change without notice. Nothing here depends on {@code dev.addrinfo.services}: the readers
 * hand fields to an {@link dev.addrinfo.services.internal.EntrySink}, and the public package builds
 * its types from them.
 */
package dev.addrinfo.services.internal;
