using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchPortal.Core.Facets;
using static SearchPortal.Core.Tests.Facets.FacetTestIndex;

namespace SearchPortal.Core.Tests.Facets;

public sealed class FacetReaderCacheTests
{
    [Fact]
    public void For_SameReaderTwice_ReusesTheState()
    {
        // Arrange
        using var directory = Build(Corpus());
        using var reader = DirectoryReader.Open(directory);
        var first = FacetReaderCache.For(reader);

        // Act
        Run(new IndexSearcher(reader), FacetSelection.Empty);
        var second = FacetReaderCache.For(reader);

        // Assert
        Assert.Same(first, second);
    }

    [Fact]
    public void Run_ReaderReopenedAfterNewDocuments_CountsTheNewValues()
    {
        // Arrange
        using var directory = Build(Corpus());
        using var oldReader = DirectoryReader.Open(directory);
        var oldState = FacetReaderCache.For(oldReader);
        using (var writer = OpenWriter(directory))
        {
            Add(writer, new FacetDoc("b1", ["Peru/Tacna/Tacna", "Peru/Ucayali"], 2020, ["Human trafficking"], "Ojo Público", "es", "trata"));
        }

        // Act
        using var newReader = DirectoryReader.OpenIfChanged(oldReader);
        var (_, newFacets) = Run(new IndexSearcher(newReader), FacetSelection.Empty);
        var (_, oldFacets) = Run(new IndexSearcher(oldReader), FacetSelection.Empty);

        // Assert
        Assert.NotSame(oldState, FacetReaderCache.For(newReader));
        Assert.Equal(3, CountOf(newFacets["region"], "Peru/Tacna"));
        Assert.Equal(1, CountOf(newFacets["region"], "Peru/Ucayali"));
        Assert.Equal(1, CountOf(newFacets["outlet"], "Ojo Público"));
        Assert.Equal(2, CountOf(oldFacets["region"], "Peru/Tacna"));
        Assert.Null(CountOf(oldFacets["region"], "Peru/Ucayali"));
    }
}
