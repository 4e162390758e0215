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

  public static Builder builder() {
    return new Builder();
  }

  public boolean has(int flag) {
    return (flags & flag) == flag;
  }

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

    public Builder family(int family) {
      this.family = family;
      return this;
    }

    public Builder socketType(int socketType) {
      this.socketType = socketType;
      return this;
    }

    public Builder protocol(int protocol) {
      this.protocol = protocol;
      return this;
    }

    /** Adds the given {@code AI_*} bits to the flags. */
    public Builder flags(int flags) {
      this.flags |= flags;
      return this;
    }

    public Hints build() {
      return new Hints(family, socketType, protocol, flags);
    }
  }
}
