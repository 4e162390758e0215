package dev.addrinfo.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.addrinfo.AddrInfo;
import dev.addrinfo.Linux;
import dev.addrinfo.NameInfo;
import dev.addrinfo.spi.DnsRecord;
import dev.addrinfo.spi.QueryTrace;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * One JSON object per line on stdout, with Linux's numbers, the keys always in the same order:
 * {@code {"family":10,"socktype":1,"protocol":6,"canonname":"","address":"::1","port":25,"scope_id":0}}.
 * Errors go to stdout too, with what was asked:
 * {@code {"error":"EAI_NONAME","message":"Name or service not known","host":"nosuch.example","service":null}};
 * so does the trace, one {@code {"trace":{...}}} object per DNS exchange.
 *
 * <p>Loaded only for {@code --json}, and with it Jackson's generator.
 */
final class JsonOutput implements Output {
  private static final JsonFactory FACTORY = new JsonFactory();

  private final PrintStream out;

  JsonOutput(PrintStream out) {
    this.out = out;
  }

  /** Writes one object with {@code body} and ends the line; PrintStream keeps lines from several threads whole. */
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
  public void records(List<DnsRecord> records) {
    for (DnsRecord r : records) {
      line(json -> {
        json.writeStringField("name", r.name());
        json.writeNumberField("ttl", r.ttlSeconds());
        json.writeStringField("class", "IN");
        json.writeStringField("type", r.type().name());
        json.writeStringField("data", DigFormat.data(r));
      });
    }
  }

  @Override
  public void error(Asked asked, String code, String message) {
    line(json -> {
      json.writeStringField("error", code);
      json.writeStringField("message", message);
      for (Asked.Field f : asked.fields()) {
        json.writeFieldName(f.key());
        if (f.value() == null) {
          json.writeNull();
        } else if (f.value() instanceof Integer n) {
          json.writeNumber(n);
        } else {
          json.writeString(f.value().toString());
        }
      }
    });
  }

  /**
   * One DNS exchange: {@code {"trace":{"server":"127.0.0.1","port":53,"transport":"udp","id":4660,
   * "name":"www.example.com.","type":"AAAA","rcode":"NOERROR","answers":2,"truncated":false,
   * "rtt_ms":1.25,"outcome":"ok"}}}; rcode is null when no answer came.
   */
  void trace(QueryTrace t) {
    line(json -> {
      json.writeObjectFieldStart("trace");
      json.writeStringField("server", TraceLine.host(t.server()));
      json.writeNumberField("port", t.server().getPort());
      json.writeStringField("transport", t.transport());
      json.writeNumberField("id", t.id());
      json.writeStringField("name", t.question().name());
      json.writeStringField("type", t.question().type().name());
      json.writeStringField("rcode", t.rcode() < 0 ? null : TraceLine.rcode(t.rcode()));
      json.writeNumberField("answers", t.answerCount());
      json.writeBooleanField("truncated", t.truncated());
      json.writeNumberField("rtt_ms", new BigDecimal(t.roundTrip().toNanos()).movePointLeft(6)
          .setScale(3, RoundingMode.HALF_EVEN));
      json.writeStringField("outcome", t.outcome());
      json.writeEndObject();
    });
  }

  private interface JsonBody {
    void write(JsonGenerator json) throws IOException;
  }
}
