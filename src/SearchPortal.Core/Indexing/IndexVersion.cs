using System.Globalization;
using Lucene.Net.Index;

namespace SearchPortal.Core.Indexing;

/// <summary>
/// Identifies one committed state of the index: commit generation, document count, build time and
/// schema version. Exports and permalinks record it so a result set can be reproduced and a stale
/// schema detected. Immutable.
/// </summary>
public sealed record IndexVersion(long Generation, int Documents, DateTimeOffset? BuiltAt, int? Schema)
{
    public static IndexVersion Of(DirectoryReader reader)
    {
        var data = reader.IndexCommit.UserData;
        return new IndexVersion(
            reader.IndexCommit.Generation,
            reader.NumDocs,
            data.TryGetValue(ArticleSchema.BuiltAtKey, out var built) && DateTimeOffset.TryParse(built, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at) ? at : null,
            data.TryGetValue(ArticleSchema.SchemaVersionKey, out var schema) && int.TryParse(schema, CultureInfo.InvariantCulture, out var v) ? v : null);
    }

    public bool IsCurrentSchema => Schema == ArticleSchema.Version;
}
