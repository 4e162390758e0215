import dev.addrinfo.AddrInfoException;
import dev.addrinfo.internal.idn.Idna;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;

/** Java twin of idn2batch.c: the same line protocol, through dev.addrinfo.internal.idn.Idna. */
public class IdnBatch {
  public static void main(String[] args) throws Exception {
    boolean to = args[0].equals("to");
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8), 1 << 16);
    BufferedWriter out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
    for (String line; (line = in.readLine()) != null; ) {
      if (to) {
        try {
          out.write("OK\t" + Idna.toAscii(line) + "\n");
        } catch (AddrInfoException e) {
          out.write("ERR\t" + e.getMessage() + "\n");
        }
      } else {
        out.write(Idna.toUnicode(line) + "\n");
      }
    }
    out.flush();
  }
}
