/**
 * Internationalized domain names as glibc 2.36 converts them through libidn2 2.3.3: {@link
 * dev.addrinfo.internal.idn.Idna#toAscii} for AI_IDN, {@link dev.addrinfo.internal.idn.Idna#toUnicode}
 * for AI_CANONIDN and NI_IDN. Nothing here is loaded unless one of those flags is given. Not a
 * public API; may change without notice.
 */
package dev.addrinfo.internal.idn;
