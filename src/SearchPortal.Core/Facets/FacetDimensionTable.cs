using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Util;
using SearchPortal.Core.Analysis;

namespace SearchPortal.Core.Facets;

/// <summary>
/// The values of one facet field (a dimension's values, or its mentions) across all segments of one reader, numbered by global ordinal
/// (the UTF-8 sort order of the values), with each segment's ordinal-to-global mapping and the
/// parent/child links of hierarchical values. Built once per reader by <see cref="FacetReaderCache"/>
/// and read-only afterwards, so concurrent searches share it without locks.
/// </summary>
internal sealed class FacetDimensionTable
{
    private readonly Dictionary<string, int> ordByValue;
    private readonly Dictionary<string, int[]> ordsByFoldedValue;
    private readonly Dictionary<string, int[]> ordsByFoldedLabel;

    private FacetDimensionTable(FacetDimension dimension, string field, int fieldIndex, string[] values, int[]?[] segmentToGlobal)
    {
        Dimension = dimension;
        Field = field;
        FieldIndex = fieldIndex;
        Values = values;
        SegmentToGlobal = segmentToGlobal;
        Labels = values.Select(v => FacetSchema.LabelFor(dimension, v)).ToArray();
        ordByValue = Enumerable.Range(0, values.Length).ToDictionary(o => values[o], StringComparer.Ordinal);
        Parents = values.Select(ParentOrd).ToArray();
        Children = BuildChildren(Parents);
        Roots = Enumerable.Range(0, values.Length).Where(o => Parents[o] < 0).ToArray();
        FoldedSegments = values.Select(v => FoldedSegmentsOf(dimension, v)).ToArray();
        Years = values.Select(v => int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y : (int?)null).ToArray();
        ordsByFoldedValue = GroupByFolded(values);
        ordsByFoldedLabel = GroupByFolded(Labels);
        Canonical = dimension.MergesSpellings ? SpellingGroups.Canonical(values) : null;
    }

    public FacetDimension Dimension { get; }

    /// <summary>The doc-values field read: <see cref="FacetDimension.Field"/> or the dimension's mentions field.</summary>
    public string Field { get; }

    /// <summary>The field's position in <see cref="FacetSchema.Fields"/>, which indexes the per-segment arrays.</summary>
    public int FieldIndex { get; }

    public int Count => Values.Length;

    public string[] Values { get; }

    public string[] Labels { get; }

    /// <summary>Global ordinal of the parent level, or -1 for a top-level (or flat) value.</summary>
    public int[] Parents { get; }

    public int[][] Children { get; }

    public int[] Roots { get; }

    /// <summary>
    /// Per leaf (by <see cref="AtomicReaderContext.Ord"/>, the position in <see cref="IndexReader.Leaves"/>): segment
    /// ordinal to global ordinal; null when the segment has no values. Read out of the <c>OrdinalMap</c> once,
    /// because its lookups decode packed deltas and searches need the mapping for every counted ordinal.
    /// </summary>
    public int[]?[] SegmentToGlobal { get; }

    /// <summary>Folded label, plus every folded path segment for hierarchical values, for prefix search.</summary>
    public string[][] FoldedSegments { get; }

    /// <summary>
    /// For a dimension that merges spellings (<see cref="FacetDimension.MergesSpellings"/>): per ordinal, the ordinal
    /// of its group's best spelling, which stands for the group; null for other dimensions.
    /// </summary>
    public int[]? Canonical { get; }

    /// <summary>The value as a number when it is one (the year dimension's range filter reads it).</summary>
    public int?[] Years { get; }

    public int OrdOf(string value) => ordByValue.TryGetValue(value, out var ord) ? ord : -1;

    /// <summary>
    /// Ordinals whose folded value equals the folded <paramref name="userValue"/>; failing that,
    /// those whose folded label does ("english" finds "en", "loreto" finds "Peru/Loreto").
    /// </summary>
    public IReadOnlyList<int> OrdsMatchingFolded(string userValue)
    {
        var key = Folding.Fold(userValue.Trim());
        if (ordsByFoldedValue.TryGetValue(key, out var ords)) return ords;
        return ordsByFoldedLabel.TryGetValue(key, out ords) ? ords : [];
    }

    public static FacetDimensionTable Build(IndexReader reader, FacetDimension dimension, string field, int fieldIndex)
    {
        var leaves = reader.Leaves;
        var docValues = new SortedSetDocValues?[leaves.Count];
        var termsEnums = new TermsEnum[leaves.Count];
        for (var i = 0; i < leaves.Count; i++)
        {
            docValues[i] = leaves[i].AtomicReader.GetSortedSetDocValues(field);
            termsEnums[i] = (docValues[i] ?? DocValues.EMPTY_SORTED_SET).GetTermsEnum();
        }
        var map = new MultiDocValues.OrdinalMap(reader.CoreCacheKey, termsEnums);
        var values = new string[checked((int)map.ValueCount)];
        var scratch = new BytesRef();
        for (var global = 0; global < values.Length; global++)
        {
            var segment = map.GetFirstSegmentNumber(global);
            docValues[segment]!.LookupOrd(map.GetFirstSegmentOrd(global), scratch);
            values[global] = scratch.Utf8ToString();
        }
        var segmentToGlobal = new int[]?[leaves.Count];
        for (var i = 0; i < leaves.Count; i++)
        {
            if (docValues[i] is not { ValueCount: > 0 } segmentValues) continue;
            var mapping = new int[segmentValues.ValueCount];
            for (var ord = 0; ord < mapping.Length; ord++) mapping[ord] = (int)map.GetGlobalOrd(i, ord);
            segmentToGlobal[i] = mapping;
        }
        return new FacetDimensionTable(dimension, field, fieldIndex, values, segmentToGlobal);
    }

    private int ParentOrd(string value)
    {
        if (!Dimension.Hierarchical) return -1;
        var separator = value.LastIndexOf(FacetSchema.PathSeparator);
        return separator < 0 ? -1 : OrdOf(value[..separator]);
    }

    private static int[][] BuildChildren(int[] parents)
    {
        var children = parents.Select(_ => new List<int>()).ToArray();
        for (var ord = 0; ord < parents.Length; ord++)
        {
            if (parents[ord] >= 0) children[parents[ord]].Add(ord);
        }
        return children.Select(c => c.ToArray()).ToArray();
    }

    private static Dictionary<string, int[]> GroupByFolded(string[] texts) =>
        Enumerable.Range(0, texts.Length)
            .GroupBy(o => Folding.Fold(texts[o]), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);

    private static string[] FoldedSegmentsOf(FacetDimension dimension, string value) =>
        dimension.Hierarchical
            ? value.Split(FacetSchema.PathSeparator).Select(Folding.Fold).Reverse().ToArray()
            : [Folding.Fold(FacetSchema.LabelFor(dimension, value))];
}
