using System.Globalization;
using SearchPortal.Core.Export;
using SearchPortal.Core.Indexing;

namespace SearchPortal.Web.Exports;

/// <summary>
/// Writes the provenance of a result set as <c>X-SearchPortal-*</c> response headers: query and filters
/// (values percent-encoded, since header values must be ASCII; "dim=value" joined by "; "), match (about or mentions), sort, total, the index version (generation,
/// documents, build time, schema), export time and permalink. Stateless and thread-safe.
/// </summary>
public static class ProvenanceHeaders
{
    public const string Prefix = "X-SearchPortal-";
    public const string Query = Prefix + "Query";
    public const string Filters = Prefix + "Filters";
    public const string Match = Prefix + "Match";
    public const string Sort = Prefix + "Sort";
    public const string Total = Prefix + "Total";
    public const string Exported = Prefix + "Exported";
    public const string Permalink = Prefix + "Permalink";
    public const string IndexGeneration = Prefix + "Index-Generation";
    public const string IndexDocuments = Prefix + "Index-Documents";
    public const string IndexBuilt = Prefix + "Index-Built";
    public const string IndexSchema = Prefix + "Index-Schema";

    public static void Write(HttpResponse response, ExportHeader header)
    {
        var headers = response.Headers;
        headers[Query] = Uri.EscapeDataString(header.Query);
        headers[Filters] = string.Join("; ", header.Filters.Filters().Select(f => f.Dimension.Name + "=" + Uri.EscapeDataString(f.Value)));
        headers[Match] = header.Match.ToString().ToLowerInvariant();
        headers[Sort] = header.Sort.ToString().ToLowerInvariant();
        headers[Total] = header.Total.ToString(CultureInfo.InvariantCulture);
        headers[Exported] = header.ExportedAt.ToString("O", CultureInfo.InvariantCulture);
        if (header.Permalink is { } permalink) headers[Permalink] = permalink;
        WriteIndex(response, header.Index);
    }

    public static void WriteIndex(HttpResponse response, IndexVersion version)
    {
        var headers = response.Headers;
        headers[IndexGeneration] = version.Generation.ToString(CultureInfo.InvariantCulture);
        headers[IndexDocuments] = version.Documents.ToString(CultureInfo.InvariantCulture);
        if (version.BuiltAt is { } built) headers[IndexBuilt] = built.ToString("O", CultureInfo.InvariantCulture);
        if (version.Schema is { } schema) headers[IndexSchema] = schema.ToString(CultureInfo.InvariantCulture);
    }
}
