using System.Globalization;

namespace SearchPortal.Benchmarks.Measure;

/// <summary>Memory figures from Linux /proc: this process's peak RSS (VmHWM) and a process's proportional set size.</summary>
internal static class ProcMemory
{
    /// <summary>Peak resident set size of this process, in MB.</summary>
    public static double PeakRssMb() => ReadKb("/proc/self/status", "VmHWM:") / 1024.0;

    /// <summary>
    /// Proportional set size of a process in MB (shared pages split between their users), which adds up
    /// correctly over PostgreSQL's backends sharing one buffer pool; 0 when the process is gone.
    /// </summary>
    public static double PssMb(int pid) => ReadKb($"/proc/{pid}/smaps_rollup", "Pss:") / 1024.0;

    private static long ReadKb(string path, string key)
    {
        try
        {
            foreach (var line in File.ReadLines(path))
            {
                if (!line.StartsWith(key, StringComparison.Ordinal)) continue;
                var number = line[key.Length..].Trim().Split(' ')[0];
                return long.Parse(number, CultureInfo.InvariantCulture);
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
        return 0;
    }
}
