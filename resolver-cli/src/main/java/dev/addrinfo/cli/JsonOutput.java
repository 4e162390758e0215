package dev.addrinfo.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.addrinfo.AddrInfo;
import dev.addrinfo.EaiError;
import dev.addrinfo.Linux;
import dev.addrinfo.NameInfo;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * One JSON object per line, with Linux's numbers, the keys always in the same order:
 * {@code {"family":10,"socktype":1,"protocol":6,"canonname":"","address":"::1","port":25,"scope_id":0}}.
 * Errors go to stdout too, as {@code {"error":"EAI_NONAME","message":"Name or service not known"}}.
 */
final class JsonOutput implements Output {
  private static final JsonFactory FACTORY = new JsonFactory();

  private final PrintStream out;

  JsonOutput(PrintStream out) {
    this.out = out;
  }

  /** Writes one object with {@code body} and ends the line. */
  private void line(JsonBody body) {
    StringWriter text = new StringWriter();
    try (JsonGenerator json = FACTORY.createGenerator(text)) {
      json.writeStartObject();
      body.write(json);
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    out.print(text.append('\n'));
  }

  @Override
  public void addrInfo(List<AddrInfo> results) {
    for (AddrInfo r : results) {
      line(json -> {
        json.writeNumberField("family", r.family());
        json.writeNumberField("socktype", r.socketType());
        json.writeNumberField("protocol", r.protocol());
        json.writeStringField("canonname", r.canonicalName());
        // as Python's getaddrinfo prints it: inet_ntop text, the scope only in scope_id
        json.writeStringField("address", AddressText.bare(r.address().getAddress(), r.family() == Linux.AF_INET6));
        json.writeNumberField("port", r.port());
        json.writeNumberField("scope_id", Integer.toUnsignedLong(r.scopeId()));
      });
    }
  }

  @Override
  public void nameInfo(NameInfo result) {
    line(json -> {
      json.writeStringField("host", result.host());
      json.writeStringField("service", result.service());
    });
  }

  @Override
  public void error(String query, EaiError error) {
    line(json -> {
      json.writeStringField("error", error.name());
      json.writeStringField("message", error.text());
    });
  }

  private interface JsonBody {
    void write(JsonGenerator json) throws IOException;
  }
}
