package dev.addrinfo.netty.transport;

import dev.addrinfo.spi.DnsResponse;

/**
 * A DNS response read off the wire: what is needed to match it to its query, and the decoded
 * answer handed to the caller.
 *
 * @param id the message ID
 * @param truncated the TC bit
 * @param questionName the question name in presentation form, or null when the message has no question
 * @param questionType the question's type number, or -1 without a question
 * @param questionClass the question's class number, or -1 without a question
 * @param answerCount the answer section's record count from the header (all types)
 * @param response the decoded answer
 */
record DecodedMessage(
    int id,
    boolean truncated,
    String questionName,
    int questionType,
    int questionClass,
    int answerCount,
    DnsResponse response) {

  public int rcode() {
    return response.rcode();
  }
}
