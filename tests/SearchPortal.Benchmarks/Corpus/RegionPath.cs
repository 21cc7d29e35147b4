namespace SearchPortal.Benchmarks.Corpus;

/// <summary>Region paths are hierarchical: a filter on a department matches its provinces too.</summary>
internal static class RegionPath
{
    /// <summary>"Peru/Loreto/Maynas" → "Peru", "Peru/Loreto", "Peru/Loreto/Maynas".</summary>
    public static IEnumerable<string> Levels(string path)
    {
        for (var cut = path.IndexOf('/'); cut >= 0; cut = path.IndexOf('/', cut + 1)) yield return path[..cut];
        yield return path;
    }
}
