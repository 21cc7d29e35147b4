using SearchPortal.Core.Search;

namespace SearchPortal.Core.Export;

/// <summary>
/// Writes a whole result set in one format: start, every hit as it is enumerated, end. Pulls the hits
/// one at a time, so with a <see cref="HitStream"/> nothing but the current chunk of doc ids and the
/// current record is in memory. Stateless and thread-safe.
/// </summary>
public static class ResultExporter
{
    /// <summary>Writes the export and returns the number of records written.</summary>
    public static async Task<int> WriteAsync(ExportHeader header, IEnumerable<SearchHit> hits, Stream output,
        CancellationToken cancellation = default)
    {
        var writer = ExportWriter.Create(header.Format, output);
        await writer.WriteStartAsync(header, cancellation);
        var count = 0;
        foreach (var hit in hits)
        {
            cancellation.ThrowIfCancellationRequested();
            await writer.WriteAsync(hit, cancellation);
            count++;
        }
        await writer.WriteEndAsync(cancellation);
        return count;
    }
}
