using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using SearchPortal.Core.Facets;
using static SearchPortal.Core.Tests.Facets.FacetTestIndex;

namespace SearchPortal.Core.Tests.Facets;

public sealed class OrdinalColumnBuilderTests
{
    [Fact]
    public void Build_RegionPaths_IsMultiValuedWithEveryLevel()
    {
        // Arrange
        using var directory = Build([
            new FacetDoc("r1", ["Peru/Piura/Sullana", "Peru/Tacna"], 2013, [], "IDL", "es", "x"),
            new FacetDoc("r2", [], 2014, [], "IDL", "es", "x"),
        ], commitEvery: 100);
        using var reader = DirectoryReader.Open(directory);
        var leaf = reader.Leaves.Single().AtomicReader;

        // Act
        var column = OrdinalColumnBuilder.Build(leaf, FacetSchema.Region.Field);

        // Assert
        Assert.IsType<MultiValuedColumn<byte>>(column);
        Assert.Equal(["Peru", "Peru/Piura", "Peru/Piura/Sullana", "Peru/Tacna"], ValuesOf(leaf, column, FacetSchema.Region, doc: 0));
        Assert.Empty(ValuesOf(leaf, column, FacetSchema.Region, doc: 1));
    }

    [Fact]
    public void Build_MissingValues_CountNowhereAndMatchNothing()
    {
        // Arrange
        using var directory = Build([
            new FacetDoc("m1", [], 2013, [], null, "es", "x"),
            new FacetDoc("m2", [], 2014, [], "IDL", "es", "x"),
        ], commitEvery: 100);
        using var reader = DirectoryReader.Open(directory);
        var leaf = reader.Leaves.Single().AtomicReader;

        // Act
        var column = OrdinalColumnBuilder.Build(leaf, FacetSchema.Outlet.Field);

        // Assert
        Assert.IsType<SingleValuedColumn<byte>>(column);
        Assert.Equal([0, 1], column.DocFreq);
        Assert.Empty(ValuesOf(leaf, column, FacetSchema.Outlet, doc: 0));
        Assert.False(column.Matches(0, Enumerable.Range(0, column.Slots).Select(slot => slot > 0).ToArray()));
        Assert.Equal(["IDL"], ValuesOf(leaf, column, FacetSchema.Outlet, doc: 1));
    }

    [Fact]
    public void Build_FieldAbsentFromSegment_HasOnlyTheNoValueSlot()
    {
        // Arrange
        using var directory = Build([new FacetDoc("n1", [], null, [], null, null, "x")], commitEvery: 100);
        using var reader = DirectoryReader.Open(directory);

        // Act
        var column = OrdinalColumnBuilder.Build(reader.Leaves.Single().AtomicReader, FacetSchema.Region.Field);

        // Assert
        Assert.Equal(1, column.Slots);
        Assert.False(column.Matches(0, [false]));
    }

    [Theory]
    [InlineData(255, typeof(SingleValuedColumn<byte>))]
    [InlineData(256, typeof(SingleValuedColumn<ushort>))]
    [InlineData(65535, typeof(SingleValuedColumn<ushort>))]
    [InlineData(65536, typeof(SingleValuedColumn<int>))]
    public void Build_ManyDistinctValues_UsesTheNarrowestTypeThatHoldsThem(int distinct, Type expected)
    {
        // Arrange
        using var directory = new RAMDirectory();
        using (var writer = OpenWriter(directory))
        {
            for (var i = 0; i < distinct; i++)
            {
                var document = new Document();
                FacetFields.AddTo(document, FacetSchema.Outlet, [i.ToString("D6", CultureInfo.InvariantCulture)]);
                writer.AddDocument(document);
            }
            writer.ForceMerge(1);
        }
        using var reader = DirectoryReader.Open(directory);
        var leaf = reader.Leaves.Single().AtomicReader;

        // Act
        var column = OrdinalColumnBuilder.Build(leaf, FacetSchema.Outlet.Field);

        // Assert
        Assert.IsType(expected, column);
        Assert.Equal([(distinct - 1).ToString("D6", CultureInfo.InvariantCulture)], ValuesOf(leaf, column, FacetSchema.Outlet, doc: distinct - 1));
    }

    /// <summary>The values a column holds for one document, read back through the segment's own doc values.</summary>
    private static List<string> ValuesOf(AtomicReader leaf, OrdinalColumn column, FacetDimension dimension, int doc)
    {
        var counts = new int[column.Slots];
        column.Count([doc], counts);
        var docValues = leaf.GetSortedSetDocValues(dimension.Field);
        var scratch = new Lucene.Net.Util.BytesRef();
        var values = new List<string>();
        for (var slot = 1; slot < counts.Length; slot++)
        {
            if (counts[slot] == 0) continue;
            docValues.LookupOrd(slot - 1, scratch);
            values.Add(scratch.Utf8ToString());
        }
        return values;
    }
}
