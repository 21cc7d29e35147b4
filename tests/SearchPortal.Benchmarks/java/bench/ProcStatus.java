package bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** This process's peak resident set size (VmHWM in /proc/self/status), the figure the other engines report. */
final class ProcStatus {
  private ProcStatus() {}

  static double peakRssMb() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) return Long.parseLong(line.substring(6).trim().split("\\s+")[0]) / 1024.0;
      }
    } catch (IOException | RuntimeException e) {
      return 0;
    }
    return 0;
  }
}
