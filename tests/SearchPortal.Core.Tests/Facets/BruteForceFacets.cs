using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Util;
using SearchPortal.Core.Facets;

namespace SearchPortal.Core.Tests.Facets;

/// <summary>
/// The oracle of the property test: hits and drill-sideways counts computed document by document from
/// the values given to the indexer, and the expected result lists built from them by the documented rules. Under
/// <see cref="FacetMatch.Mentions"/> a tagged dimension's values are the document's focus and mentions together.
/// </summary>
internal sealed class BruteForceFacets(
    RandomFacetCorpus corpus, IReadOnlyDictionary<string, HashSet<string>> knownByField, string? word, FacetSelection selection)
{
    private readonly List<FacetDoc> matching = corpus.Docs
        .Where(d => !corpus.Deleted.Contains(d.Id) && (word is null || d.Text.Split(' ').Contains(word)))
        .ToList();

    public List<string> HitIds() =>
        matching.Where(d => FacetSchema.All.All(dim => Passes(d, dim))).Select(d => d.Id).Order(StringComparer.Ordinal).ToList();

    /// <summary>The expected results, one line per value ("  Peru/Piura|Piura|3", indented by depth).</summary>
    public List<string> Expected(FacetDimension dimension, int topN)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var doc in matching.Where(d => FacetSchema.All.Where(o => o != dimension).All(o => Passes(d, o))))
        {
            foreach (var value in ValuesOf(doc, dimension)) counts[value] = counts.GetValueOrDefault(value) + 1;
        }
        var known = knownByField[dimension.FieldFor(selection.Match)];
        var forced = selection.ValuesOf(dimension).Texts().Where(known.Contains).SelectMany(v => Ancestors(dimension, v)).ToHashSet();
        var lines = new List<string>();
        AddLevel(dimension, known, counts, forced, topN, parent: null, depth: 0, lines);
        return lines;
    }

    public static List<string> Lines(IEnumerable<FacetValue> values, int depth = 0) =>
        values.SelectMany(v => Lines(v.Children, depth + 1).Prepend($"{new string(' ', depth * 2)}{v.Value}|{v.Label}|{v.Count}")).ToList();

    private void AddLevel(FacetDimension dimension, HashSet<string> known, Dictionary<string, int> counts,
        HashSet<string> forced, int topN, string? parent, int depth, List<string> lines)
    {
        var ranked = known
            .Where(v => !dimension.Hierarchical || Parent(v) == parent)
            .Where(v => counts.ContainsKey(v) || forced.Contains(v))
            .OrderByDescending(v => counts.GetValueOrDefault(v))
            .ThenBy(v => Label(dimension, v), StringComparer.Ordinal)
            .ThenBy(v => v, StringComparer.Ordinal)
            .Where((v, rank) => rank < topN || forced.Contains(v));
        foreach (var value in ranked)
        {
            lines.Add($"{new string(' ', depth * 2)}{value}|{Label(dimension, value)}|{counts.GetValueOrDefault(value)}");
            if (dimension.Hierarchical) AddLevel(dimension, known, counts, forced, topN, value, depth + 1, lines);
        }
    }

    private bool Passes(FacetDoc doc, FacetDimension dimension)
    {
        var selected = selection.ValuesOf(dimension).Texts();
        var values = ValuesOf(doc, dimension);
        if (dimension == FacetSchema.Year && selection.Years is not null)
        {
            return doc.Year is { } year && selection.Years.Contains(year)
                && (selected.Count == 0 || selected.Any(values.Contains));
        }
        return selected.Count == 0 || selected.Any(values.Contains);
    }

    private HashSet<string> ValuesOf(FacetDoc doc, FacetDimension dimension)
    {
        var mentions = selection.Match == FacetMatch.Mentions;
        string?[] values = dimension.Name switch
        {
            "region" => [.. doc.Regions.Concat(mentions ? doc.RegionMentions : []).SelectMany(r => Ancestors(dimension, r))],
            "year" => [doc.Year?.ToString(CultureInfo.InvariantCulture)],
            "crime" => [.. doc.Crimes, .. mentions ? doc.CrimeMentions : []],
            "group" => [.. doc.Groups, .. mentions ? doc.GroupMentions : []],
            "outlet" => [doc.Outlet],
            "language" => [doc.Language],
            _ => throw new ArgumentException($"The oracle does not know the dimension '{dimension.Name}'.", nameof(dimension)),
        };
        return values.OfType<string>().ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Values the index holds per facet field, read through Lucene's own merged view rather than the code under test.</summary>
    public static Dictionary<string, HashSet<string>> KnownValues(IndexReader reader)
    {
        var known = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var scratch = new BytesRef();
        foreach (var field in FacetSchema.Fields)
        {
            known[field] = new HashSet<string>(StringComparer.Ordinal);
            var values = MultiDocValues.GetSortedSetValues(reader, field);
            for (long ord = 0; values is not null && ord < values.ValueCount; ord++)
            {
                values.LookupOrd(ord, scratch);
                known[field].Add(scratch.Utf8ToString());
            }
        }
        return known;
    }

    private static IEnumerable<string> Ancestors(FacetDimension dimension, string value)
    {
        if (!dimension.Hierarchical) return [value];
        var parts = value.Split('/');
        return Enumerable.Range(1, parts.Length).Select(n => string.Join('/', parts.Take(n)));
    }

    private static string? Parent(string value) => value.Contains('/') ? value[..value.LastIndexOf('/')] : null;

    private static string Label(FacetDimension dimension, string value) =>
        dimension == FacetSchema.Region ? value.Split('/')[^1]
        : dimension == FacetSchema.Language ? value switch { "en" => "English", "es" => "Español", _ => value }
        : value;
}
