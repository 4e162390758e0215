/**
 * Implementation of the services(5) parser; not a public API, may change without notice.
 */
package dev.addrinfo.services.internal;
