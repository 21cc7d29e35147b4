using Lucene.Net.Index;

namespace SearchPortal.Core.Facets;

/// <summary>
/// The facet tables of every field (<see cref="FacetSchema.Fields"/>: each dimension's values and the mentions of
/// tagged dimensions) for one reader. Immutable once built; shared by all searches on that reader through
/// <see cref="FacetReaderCache"/>.
/// </summary>
internal sealed class FacetReaderState
{
    private readonly FacetDimensionTable[] tables;
    private readonly FacetDimensionTable[][] byMatch;

    private FacetReaderState(FacetDimensionTable[] tables)
    {
        this.tables = tables;
        byMatch = Enum.GetValues<FacetMatch>()
            .Select(match => FacetSchema.All.Select(d => tables.Single(t => t.Field == d.FieldFor(match))).ToArray())
            .ToArray();
    }

    /// <summary>Tables in <see cref="FacetSchema.Fields"/> order; <see cref="FacetDimensionTable.FieldIndex"/> is the position.</summary>
    public IReadOnlyList<FacetDimensionTable> Tables => tables;

    /// <summary>The table each dimension reads under <paramref name="match"/>, in <see cref="FacetSchema.All"/> order.</summary>
    public IReadOnlyList<FacetDimensionTable> TablesFor(FacetMatch match) => byMatch[(int)match];

    /// <summary>Position of a dimension in <see cref="FacetSchema.All"/> (and in counts); throws for a dimension not in the schema.</summary>
    public static int IndexOf(FacetDimension dimension)
    {
        var index = FacetSchema.All.Select((d, i) => d == dimension ? i : -1).FirstOrDefault(i => i >= 0, -1);
        return index >= 0 ? index : throw new ArgumentException($"'{dimension.Name}' is not a dimension of FacetSchema.", nameof(dimension));
    }

    public static FacetReaderState Build(IndexReader reader) =>
        new([.. FacetSchema.Fields.Select((field, i) => FacetDimensionTable.Build(reader, DimensionOf(field), field, i))]);

    private static FacetDimension DimensionOf(string field) => FacetSchema.All.Single(d => d.Field == field || d.FieldFor(FacetMatch.Mentions) == field);
}
