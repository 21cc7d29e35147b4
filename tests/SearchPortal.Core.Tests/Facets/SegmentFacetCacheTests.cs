using Lucene.Net.Index;
using SearchPortal.Core.Facets;
using static SearchPortal.Core.Tests.Facets.FacetTestIndex;

namespace SearchPortal.Core.Tests.Facets;

public sealed class SegmentFacetCacheTests
{
    private static readonly int Region = FacetSchema.All.ToList().IndexOf(FacetSchema.Region);
    private static readonly int Language = FacetSchema.All.ToList().IndexOf(FacetSchema.Language);

    [Fact]
    public void For_ReaderReopenedAfterNewDocuments_ReusesUnchangedSegments()
    {
        // Arrange
        using var directory = Build(Corpus());
        using var oldReader = DirectoryReader.Open(directory);
        var oldColumns = oldReader.Leaves.Select(l => SegmentFacetCache.For(l.AtomicReader).Column(Region, l.AtomicReader)).ToList();
        using (var writer = OpenWriter(directory))
        {
            Add(writer, new FacetDoc("b1", ["Peru/Ucayali"], 2020, [], "IDL", "es", "trata"));
        }

        // Act
        using var newReader = DirectoryReader.OpenIfChanged(oldReader);
        var newColumns = newReader.Leaves.Select(l => SegmentFacetCache.For(l.AtomicReader).Column(Region, l.AtomicReader)).ToList();

        // Assert
        Assert.Equal(oldColumns.Count + 1, newColumns.Count);
        Assert.All(oldColumns, old => Assert.Contains(newColumns, c => ReferenceEquals(c, old)));
        Assert.Single(newColumns, c => !oldColumns.Any(old => ReferenceEquals(c, old)));
    }

    [Fact]
    public void LiveCounts_ReaderReopenedAfterDeletion_KeepsTheColumnAndDropsTheDeletedValues()
    {
        // Arrange
        using var directory = Build(Corpus(), commitEvery: 100);
        using var oldReader = DirectoryReader.Open(directory);
        var oldLeaf = oldReader.Leaves.Single().AtomicReader;
        var oldColumn = SegmentFacetCache.For(oldLeaf).Column(Language, oldLeaf);
        var oldLive = (int[])SegmentFacetCache.For(oldLeaf).LiveCounts(Language, oldLeaf).Clone();
        using (var writer = OpenWriter(directory))
        {
            writer.DeleteDocuments(new Term(IdField, "a01"));
        }

        // Act
        using var newReader = DirectoryReader.OpenIfChanged(oldReader);
        var newLeaf = newReader.Leaves.Single().AtomicReader;
        var newLive = SegmentFacetCache.For(newLeaf).LiveCounts(Language, newLeaf);

        // Assert
        Assert.Same(oldColumn, SegmentFacetCache.For(newLeaf).Column(Language, newLeaf));
        Assert.Equal(oldLive.Sum() - 1, newLive.Sum());
        Assert.Equal(oldLive, SegmentFacetCache.For(oldLeaf).LiveCounts(Language, oldLeaf));
    }

    [Fact]
    public void Postings_RareValues_ListTheirDocumentsAndLeaveCommonOnesOut()
    {
        // Arrange
        using var directory = ShortcutCorpus.BuildWithDeletions();
        using var reader = DirectoryReader.Open(directory);
        var leaf = reader.Leaves[0].AtomicReader;
        var data = SegmentFacetCache.For(leaf);
        var column = data.Column(Region, leaf);
        var slots = Enumerable.Range(1, column.Slots - 1).ToList();

        // Act
        var postings = data.Postings(Region, leaf);

        // Assert
        var maxDocFreq = SegmentFacetData.PostingsMaxDocFreq(leaf.MaxDoc);
        Assert.All(slots.Where(s => column.DocFreq[s] <= maxDocFreq), s => Assert.Equal(column.DocFreq[s], postings.Docs(s).Length));
        Assert.All(slots.Where(s => column.DocFreq[s] > maxDocFreq), s => Assert.Equal(0, postings.Docs(s).Length));
        Assert.Contains(slots, s => column.DocFreq[s] > maxDocFreq);
        Assert.Contains(slots, s => column.DocFreq[s] is > 0 and <= 12);
    }
}
