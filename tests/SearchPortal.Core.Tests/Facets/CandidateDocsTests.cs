using Lucene.Net.Index;
using SearchPortal.Core.Facets;
using static SearchPortal.Core.Tests.Facets.ShortcutCorpus;

namespace SearchPortal.Core.Tests.Facets;

public sealed class CandidateDocsTests
{
    [Fact]
    public void Find_TwoRareValues_ReturnsTheUnionOfTheirDocuments()
    {
        // Arrange
        using var directory = FacetTestIndex.Build(Docs(), commitEvery: 1000);
        using var reader = DirectoryReader.Open(directory);
        var selection = FacetSelection.Empty.With(FacetSchema.Region, RareRegion).With(FacetSchema.Outlet, RareOutlet);
        var (data, leaf, fields, columns, accepted) = Prepare(reader, selection);

        // Act
        var bits = CandidateDocs.Find(data, leaf, fields, columns, accepted, walked: [.. fields.Select(_ => true)], baseCost: leaf.MaxDoc);

        // Assert
        var expected = Docs().Select((d, i) => (d, i)).Where(x => x.d.Regions.Contains(RareRegion) || x.d.Outlet == RareOutlet).Select(x => x.i);
        Assert.NotNull(bits);
        Assert.Equal(expected, Enumerable.Range(0, leaf.MaxDoc).Where(doc => (bits[doc >> 6] & (1L << doc)) != 0));
    }

    [Fact]
    public void Find_CommonValueOfTheOnlyCountedDimension_WalksTheBaseQuery()
    {
        // Arrange
        using var directory = FacetTestIndex.Build(Docs(), commitEvery: 1000);
        using var reader = DirectoryReader.Open(directory);
        var (data, leaf, fields, columns, accepted) = Prepare(reader, FacetSelection.Empty.With(FacetSchema.Language, "en"));

        // Act
        var bits = CandidateDocs.Find(data, leaf, fields, columns, accepted, walked: [.. fields.Select(_ => true)], baseCost: leaf.MaxDoc);

        // Assert
        Assert.Null(bits);
    }

    private static (SegmentFacetData, AtomicReader, int[], OrdinalColumn?[], bool[]?[]) Prepare(IndexReader reader, FacetSelection selection)
    {
        var tables = FacetReaderCache.For(reader).TablesFor(selection.Match);
        var leaf = reader.Leaves.Single().AtomicReader;
        var data = SegmentFacetCache.For(leaf);
        var fields = tables.Select(t => t.FieldIndex).ToArray();
        var columns = fields.Select(f => (OrdinalColumn?)data.Column(f, leaf)).ToArray();
        var accepted = tables.Select(t => DimensionFilter.Compile(t, selection)?.ForSegment(t.SegmentToGlobal[0])).ToArray();
        return (data, leaf, fields, columns, accepted);
    }
}
