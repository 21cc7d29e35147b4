using SearchPortal.Benchmarks.Cli;
using SearchPortal.Benchmarks.Measure;

namespace SearchPortal.Benchmarks.Engines.LuceneJava;

/// <summary>
/// Makes the Lucene Java peer runnable: installs a JDK, Debian's liblucene8-java and Jackson when missing
/// (scripts/ensure-java.sh), then compiles the peer's sources (java/bench, copied next to the program) with javac
/// against the jars in /usr/share/java into the work folder. Nothing Java is kept in the repository but those sources.
/// </summary>
internal static class JavaToolchain
{
    private const string JarFolder = "/usr/share/java";
    private static readonly string[] JacksonJars = ["jackson-core.jar", "jackson-databind.jar", "jackson-annotations.jar"];

    /// <summary>JVM options of the build: the IndexWriter's 256 MB buffer and two threads' documents fit with room.</summary>
    public static IReadOnlyList<string> BuildOptions { get; } = ["-Xmx3g", "-XX:+UseG1GC"];

    /// <summary>JVM options of the measurement: the heap holds the facet state and per-query garbage; the index is memory-mapped outside it.</summary>
    public static IReadOnlyList<string> SearchOptions { get; } = ["-Xmx4g", "-XX:+UseG1GC"];

    /// <summary>The classpath of the compiled peer (its classes, then Lucene's and Jackson's jars).</summary>
    public static string Prepare(string workDir, Action<string> log)
    {
        if (Scripts.Run("ensure-java.sh", log) != 0) throw new InvalidOperationException("a JDK, liblucene8-java or Jackson is missing and could not be installed");
        var jars = Directory.GetFiles(JarFolder, "lucene-*.jar").Order(StringComparer.Ordinal)
            .Concat(JacksonJars.Select(j => Path.Combine(JarFolder, j)))
            .ToArray();
        var classes = Path.Combine(workDir, "lucene-java-classes");
        if (Directory.Exists(classes)) Directory.Delete(classes, recursive: true);
        Directory.CreateDirectory(classes);
        var sources = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "java"), "*.java", SearchOption.AllDirectories);
        if (sources.Length == 0) throw new InvalidOperationException("the Lucene Java peer's sources are not next to the program (java/)");
        var dependencies = string.Join(':', jars);
        log($"lucene-java: compiling {sources.Length} sources against {jars.Length} jars");
        ChildProcess.Exec("javac", ["-nowarn", "-encoding", "UTF-8", "-d", classes, "-cp", dependencies, .. sources], log);
        return classes + ":" + dependencies;
    }
}
