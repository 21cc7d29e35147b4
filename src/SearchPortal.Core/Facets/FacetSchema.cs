namespace SearchPortal.Core.Facets;

/// <summary>
/// The facet dimensions, the one list the indexer (Indexing.ArticleDocumentBuilder fills each from an article), the searcher,
/// the HTTP binder (one URL parameter each) and the pages share. Static and immutable, therefore thread-safe.
/// </summary>
public static class FacetSchema
{
    public static readonly FacetDimension Region = new("region", Hierarchical: true) { HasMentions = true };
    public static readonly FacetDimension Year = new("year", Hierarchical: false);
    public static readonly FacetDimension Crime = new("crime", Hierarchical: false) { HasMentions = true };
    public static readonly FacetDimension Group = new("group", Hierarchical: false) { HasMentions = true };
    public static readonly FacetDimension Outlet = new("outlet", Hierarchical: false) { MergesSpellings = true };
    public static readonly FacetDimension Language = new("language", Hierarchical: false) { Parameter = "lang" };

    public static IReadOnlyList<FacetDimension> All { get; } = [Region, Year, Crime, Group, Outlet, Language];

    /// <summary>
    /// Every doc-values field of the facets: each dimension's <see cref="FacetDimension.Field"/> in <see cref="All"/>
    /// order, then the mentions field of each dimension that has one.
    /// </summary>
    public static IReadOnlyList<string> Fields { get; } =
        [.. All.Select(d => d.Field), .. All.Where(d => d.HasMentions).Select(d => d.FieldFor(FacetMatch.Mentions))];

    /// <summary>Separates the bounds of a year range filter: "year=2010..2015", "year=2010..".</summary>
    public const string RangeMark = "..";

    /// <summary>Separator between the levels of a hierarchical value: "Peru/Madre de Dios/Tambopata".</summary>
    public const char PathSeparator = '/';

    /// <summary>
    /// Prefix of the facet doc-values fields. The '$' keeps them apart from the text fields of
    /// <see cref="Indexing.ArticleSchema"/>, so the query parser never targets them by accident.
    /// </summary>
    public const string FieldPrefix = "$facet.";

    /// <summary>Ends the name of a dimension's mentions field: "$facet.region.mentions".</summary>
    public const string MentionsSuffix = ".mentions";

    private static readonly Dictionary<string, string> LanguageLabels = new(StringComparer.Ordinal)
    {
        ["en"] = "English",
        ["es"] = "Español",
        ["pt"] = "Português",
    };

    public static FacetDimension? Find(string name) =>
        All.FirstOrDefault(d => string.Equals(d.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The display label of a stored value: the last path segment of a hierarchical value,
    /// the language name for a language code, otherwise the value itself.
    /// </summary>
    public static string LabelFor(FacetDimension dimension, string value)
    {
        if (dimension.Hierarchical)
        {
            return value[(value.LastIndexOf(PathSeparator) + 1)..];
        }
        if (dimension == Language && LanguageLabels.TryGetValue(value, out var label))
        {
            return label;
        }
        return value;
    }
}
