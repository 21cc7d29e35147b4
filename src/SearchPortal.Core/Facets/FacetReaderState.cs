using Lucene.Net.Index;

namespace SearchPortal.Core.Facets;

/// <summary>
/// The facet tables of every dimension for one reader. Immutable once built; shared by all
/// searches on that reader through <see cref="FacetReaderCache"/>.
/// </summary>
internal sealed class FacetReaderState
{
    private readonly FacetDimensionTable[] tables;

    private FacetReaderState(FacetDimensionTable[] tables) => this.tables = tables;

    /// <summary>Tables in <see cref="FacetSchema.All"/> order.</summary>
    public IReadOnlyList<FacetDimensionTable> Tables => tables;

    /// <summary>Position of a dimension's table (and counts); throws for a dimension not in the schema.</summary>
    public int IndexOf(FacetDimension dimension)
    {
        var index = Array.FindIndex(tables, t => t.Dimension == dimension);
        return index >= 0 ? index : throw new ArgumentException($"'{dimension.Name}' is not a dimension of FacetSchema.", nameof(dimension));
    }

    public static FacetReaderState Build(IndexReader reader) =>
        new(FacetSchema.All.Select(d => FacetDimensionTable.Build(reader, d)).ToArray());
}
