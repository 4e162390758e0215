package dev.addrinfo.internal.nss;

/** What to do after a source's status: stop with its result, go on to the next source, or merge. */
public enum NssAction {
  RETURN,
  CONTINUE,
  MERGE
}
