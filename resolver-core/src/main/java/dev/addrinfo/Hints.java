package dev.addrinfo;

/**
 * The hints of getaddrinfo(3): family, socket type, protocol and {@code AI_*} flags, as Linux's raw
 * numbers (see {@link Linux}). Values are not checked here: getaddrinfo checks them and fails with
 * glibc's error code (EAI_FAMILY, EAI_SOCKTYPE, EAI_BADFLAGS), as C code would see.
 *
 * @since 0.1
 */
public record Hints(int family, int socketType, int protocol, int flags) {
  /** AF_UNSPEC, any socket type, any protocol, no flags: what a null hints pointer means to glibc. */
  public static final Hints DEFAULT = new Hints(Linux.AF_UNSPEC, 0, 0, 0);

  /** {@return a builder whose every field starts as in {@link #DEFAULT}} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Whether every bit of {@code flag} is set.
   *
   * @param flag one {@code AI_*} flag or several or-ed together
   * @return true if the flags hold all of its bits
   */
  public boolean has(int flag) {
    return (flags & flag) == flag;
  }

  /**
   * These hints with other flags.
   *
   * @param newFlags the {@code AI_*} flags that replace the current ones
   * @return new hints; this one is unchanged
   */
  public Hints withFlags(int newFlags) {
    return new Hints(family, socketType, protocol, newFlags);
  }

  /** Builds {@link Hints}; every field starts as in {@link #DEFAULT}. */
  public static final class Builder {
    private int family;
    private int socketType;
    private int protocol;
    private int flags;

    private Builder() {}

    /**
     * Sets the address family.
     *
     * @param family {@link Linux#AF_UNSPEC}, {@link Linux#AF_INET} or {@link Linux#AF_INET6}
     * @return this builder
     */
    public Builder family(int family) {
      this.family = family;
      return this;
    }

    /**
     * Sets the socket type.
     *
     * @param socketType 0 for any, or a {@code SOCK_*} value such as {@link Linux#SOCK_STREAM}
     * @return this builder
     */
    public Builder socketType(int socketType) {
      this.socketType = socketType;
      return this;
    }

    /**
     * Sets the protocol.
     *
     * @param protocol 0 for any, or an {@code IPPROTO_*} value such as {@link Linux#IPPROTO_TCP}
     * @return this builder
     */
    public Builder protocol(int protocol) {
      this.protocol = protocol;
      return this;
    }

    /**
     * Adds the given {@code AI_*} bits to the flags.
     *
     * @param flags one or more {@code AI_*} flags or-ed together
     * @return this builder
     */
    public Builder flags(int flags) {
      this.flags |= flags;
      return this;
    }

    /** {@return the hints, unchecked (getaddrinfo checks them)} */
    public Hints build() {
      return new Hints(family, socketType, protocol, flags);
    }
  }
}
