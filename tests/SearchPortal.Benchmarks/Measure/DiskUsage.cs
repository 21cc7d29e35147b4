namespace SearchPortal.Benchmarks.Measure;

/// <summary>Size on disk of an index folder or database file, in MB.</summary>
internal static class DiskUsage
{
    public static double Mb(string path) =>
        (File.Exists(path) ? new FileInfo(path).Length
            : Directory.Exists(path) ? Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length)
            : 0) / 1e6;
}
