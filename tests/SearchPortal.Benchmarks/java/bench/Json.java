package bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The JSON the benchmark reads back: the BuildOutcome line (same marker and names as the C# builds print). */
final class Json {
  static final ObjectMapper MAPPER = new ObjectMapper();
  static final String MARKER = "BENCH-RESULT ";

  private Json() {}

  static String buildOutcome(double seconds, long indexed, double peakRssMb, double indexMb) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("seconds", seconds);
    node.put("indexed", indexed);
    node.put("problems", 0);
    node.put("peakRssMb", peakRssMb);
    node.put("indexMb", indexMb);
    node.putObject("extras");
    return MARKER + node;
  }
}
