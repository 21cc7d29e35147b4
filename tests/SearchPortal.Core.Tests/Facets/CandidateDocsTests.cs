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
        var (data, leaf, columns, accepted) = Prepare(reader, selection);

        // Act
        var bits = CandidateDocs.Find(data, leaf, columns, accepted, walked: [true, true, true, true, true], baseCost: leaf.MaxDoc);

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
        var (data, leaf, columns, accepted) = Prepare(reader, FacetSelection.Empty.With(FacetSchema.Language, "en"));

        // Act
        var bits = CandidateDocs.Find(data, leaf, columns, accepted, walked: [true, true, true, true, true], baseCost: leaf.MaxDoc);

        // Assert
        Assert.Null(bits);
    }

    private static (SegmentFacetData, AtomicReader, OrdinalColumn?[], bool[]?[]) Prepare(IndexReader reader, FacetSelection selection)
    {
        var state = FacetReaderCache.For(reader);
        var leaf = reader.Leaves.Single().AtomicReader;
        var data = SegmentFacetCache.For(leaf);
        var columns = Enumerable.Range(0, state.Tables.Count).Select(d => (OrdinalColumn?)data.Column(d, leaf)).ToArray();
        var accepted = state.Tables.Select(t => DimensionFilter.Compile(t, selection)?.ForSegment(t.SegmentToGlobal[0])).ToArray();
        return (data, leaf, columns, accepted);
    }
}
