using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using SearchPortal.Core.Facets;

namespace SearchPortal.Core.Tests.Facets;

/// <summary>
/// A random corpus for the property test, indexed in several segments with some documents deleted,
/// and random selections (by focus or by mentions) and base queries over it. Everything derives from one seed.
/// </summary>
internal sealed class RandomFacetCorpus
{
    private static readonly string[] Countries = ["Peru", "Colombia", "Bolivia"];
    private static readonly string[] Provinces = ["Piura", "Tacna", "Madre de Dios", "Cusco", "Áncash"];
    private static readonly string[] Districts = ["Sullana", "Tambopata", "Manu", "Huaraz", "San Martín"];
    private static readonly string[] Crimes = ["Human trafficking", "Smuggling", "Illegal mining", "Drug trafficking", "Extortion"];
    private static readonly string[] GroupNames = ["Shining Path", "Tren de Aragua", "ELN", "Los Choneros"];
    private static readonly string[] Outlets = ["InSight Crime", "La República", "Mongabay", "El Comercio", "Ojo Público", "IDL"];
    private static readonly string[] Words = ["alpha", "beta", "gamma"];

    private readonly Random random;

    public RandomFacetCorpus(int seed)
    {
        random = new Random(seed);
        var count = random.Next(5, 60);
        Docs = Enumerable.Range(0, count).Select(i => NewDoc("d" + i.ToString(CultureInfo.InvariantCulture))).ToList();
        Directory = new RAMDirectory();
        Deleted = [];
        Index();
    }

    public IReadOnlyList<FacetDoc> Docs { get; }

    public HashSet<string> Deleted { get; }

    public RAMDirectory Directory { get; }

    public FacetSelection NewSelection()
    {
        var selection = FacetSelection.Empty;
        foreach (var dimension in FacetSchema.All)
        {
            if (random.NextDouble() < 0.35) selection = selection.WithValues(dimension, Enumerable.Range(0, random.Next(1, 4)).Select(_ => FacetPath.Parse(dimension, RandomValue(dimension))!));
        }
        if (random.NextDouble() < 0.3)
        {
            int? from = random.NextDouble() < 0.3 ? null : random.Next(2000, 2011);
            int? to = random.NextDouble() < 0.3 ? null : random.Next(from ?? 2000, 2011);
            selection = selection.WithYears(from is null && to is null ? null : new YearRange(from, to));
        }
        return selection.WithMatch(random.NextDouble() < 0.5 ? FacetMatch.About : FacetMatch.Mentions);
    }

    /// <summary>All documents, or those containing one word; the word is returned for the brute force (null: all).</summary>
    public (Query Query, string? Word) NewQuery()
    {
        if (random.NextDouble() < 0.5) return (new MatchAllDocsQuery(), null);
        var word = Words[random.Next(Words.Length)];
        return (new TermQuery(new Term(FacetTestIndex.TextField, word)), word);
    }

    public int NewTopN() => random.Next(1, 4);

    private FacetDoc NewDoc(string id) => new(
        id,
        Some(RandomPath, 3),
        random.NextDouble() < 0.1 ? null : random.Next(2000, 2011),
        Some(() => Crimes[random.Next(Crimes.Length)], 3),
        random.NextDouble() < 0.1 ? null : Outlets[random.Next(Outlets.Length)],
        random.NextDouble() < 0.1 ? null : random.NextDouble() < 0.5 ? "en" : "es",
        string.Join(' ', Enumerable.Range(0, random.Next(1, 3)).Select(_ => Words[random.Next(Words.Length)])))
    {
        Groups = Some(() => GroupNames[random.Next(GroupNames.Length)], 2),
        RegionMentions = Some(RandomPath, 3),
        CrimeMentions = Some(() => Crimes[random.Next(Crimes.Length)], 3),
        GroupMentions = Some(() => GroupNames[random.Next(GroupNames.Length)], 3),
    };

    private List<string> Some(Func<string> value, int most) => Enumerable.Range(0, random.Next(0, most + 1)).Select(_ => value()).ToList();

    private string RandomPath()
    {
        string[] levels = [Countries[random.Next(Countries.Length)], Provinces[random.Next(Provinces.Length)], Districts[random.Next(Districts.Length)]];
        return string.Join('/', levels.Take(random.Next(1, 4)));
    }

    private string RandomValue(FacetDimension dimension)
    {
        if (random.NextDouble() < 0.05) return "Nowhere";
        if (dimension == FacetSchema.Region) return RandomPath();
        if (dimension == FacetSchema.Year) return random.Next(2000, 2011).ToString(CultureInfo.InvariantCulture);
        if (dimension == FacetSchema.Crime) return Crimes[random.Next(Crimes.Length)];
        if (dimension == FacetSchema.Group) return GroupNames[random.Next(GroupNames.Length)];
        if (dimension == FacetSchema.Outlet) return Outlets[random.Next(Outlets.Length)];
        return random.NextDouble() < 0.5 ? "en" : "es";
    }

    private void Index()
    {
        using var writer = FacetTestIndex.OpenWriter(Directory);
        for (var i = 0; i < Docs.Count; i++)
        {
            writer.AddDocument(ToDocument(Docs[i]));
            if (random.NextDouble() < 0.15)
            {
                var victim = Docs[random.Next(i + 1)].Id;
                writer.DeleteDocuments(new Term(FacetTestIndex.IdField, victim));
                Deleted.Add(victim);
            }
            if (random.NextDouble() < 0.25) writer.Commit();
        }
        writer.Commit();
    }

    private static Document ToDocument(FacetDoc doc)
    {
        var document = new Document
        {
            new StringField(FacetTestIndex.IdField, doc.Id, Field.Store.YES),
            new TextField(FacetTestIndex.TextField, doc.Text, Field.Store.NO),
        };
        FacetFields.AddTo(document, FacetSchema.Region, doc.Regions);
        FacetFields.AddTo(document, FacetSchema.Year, doc.Year is { } y ? [y.ToString(CultureInfo.InvariantCulture)] : []);
        FacetFields.AddTo(document, FacetSchema.Crime, doc.Crimes);
        FacetFields.AddTo(document, FacetSchema.Group, doc.Groups);
        FacetFields.AddTo(document, FacetSchema.Outlet, [doc.Outlet]);
        FacetFields.AddTo(document, FacetSchema.Language, [doc.Language]);
        // As the indexer writes them: the mentions field holds the focus too.
        FacetFields.AddTo(document, FacetSchema.Region, [.. doc.Regions, .. doc.RegionMentions], FacetMatch.Mentions);
        FacetFields.AddTo(document, FacetSchema.Crime, [.. doc.Crimes, .. doc.CrimeMentions], FacetMatch.Mentions);
        FacetFields.AddTo(document, FacetSchema.Group, [.. doc.Groups, .. doc.GroupMentions], FacetMatch.Mentions);
        return document;
    }
}
