namespace SearchPortal.Benchmarks.Measure;

/// <summary>
/// Garbage collections counted around a class's measured passes, by collector kind ("gen0", "gen1", "gen2" for .NET,
/// where a gen1 collection also counts as gen0 and a gen2 as both; "young", "old" for the JVM), and the queries those
/// passes ran.
/// </summary>
internal sealed record GcCounts(IReadOnlyDictionary<string, long> Collections, int Queries)
{
    /// <summary>Bytes the measuring thread allocated during the passes; null when unknown.</summary>
    public long? AllocatedBytes { get; init; }

    /// <summary>Kilobytes allocated per query; null when unknown.</summary>
    public double? AllocatedKbPerQuery => AllocatedBytes is { } bytes && Queries > 0 ? bytes / 1024.0 / Queries : null;

    /// <summary>Collections per 1,000 queries of one kind.</summary>
    public double PerThousand(string kind) => Queries == 0 ? 0 : Collections.GetValueOrDefault(kind) * 1000.0 / Queries;

    /// <summary>The .NET collection counts so far (GC.CollectionCount) and this thread's allocated bytes, to subtract with <see cref="Since"/>.</summary>
    public static long[] DotNetNow() => [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetAllocatedBytesForCurrentThread()];

    public static GcCounts Since(long[] before, int queries)
    {
        var now = DotNetNow();
        return new GcCounts(new Dictionary<string, long> { ["gen0"] = now[0] - before[0], ["gen1"] = now[1] - before[1], ["gen2"] = now[2] - before[2] }, queries)
        {
            AllocatedBytes = now[3] - before[3],
        };
    }

    /// <summary>Sums the counts of several classes (the whole mix).</summary>
    public static GcCounts? Sum(IEnumerable<GcCounts?> counts)
    {
        var present = counts.OfType<GcCounts>().ToArray();
        if (present.Length == 0) return null;
        var kinds = present.SelectMany(c => c.Collections.Keys).Distinct().ToArray();
        return new GcCounts(kinds.ToDictionary(k => k, k => present.Sum(c => c.Collections.GetValueOrDefault(k))), present.Sum(c => c.Queries))
        {
            AllocatedBytes = present.All(c => c.AllocatedBytes is not null) ? present.Sum(c => c.AllocatedBytes) : null,
        };
    }
}
