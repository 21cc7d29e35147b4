using SearchPortal.Core.Enrichment;
using SearchPortal.Core.Evaluation;

namespace SearchPortal.Indexer.Commands;

/// <summary>
/// <c>eval --collection tags --data FILE</c>: enriches every labelled article and prints precision, recall and F1
/// of its focus countries, divisions, crime types and groups, and every wrong-country tag; <c>--json</c> prints
/// the <see cref="TagEvaluationResult"/>, <c>--errors</c> lists the disagreements.
/// </summary>
internal static class TagEvalReport
{
    public static int Run(string? path, bool json, bool listErrors)
    {
        if (path is null || !File.Exists(path))
        {
            Console.Error.WriteLine(path is null ? "--data is required with --collection tags." : $"Not found: {path}");
            return 2;
        }
        IReadOnlyList<LabelledArticle> set;
        try
        {
            set = TagDevSet.Load(path);
        }
        catch (Exception e) when (e is FormatException or IOException)
        {
            Console.Error.WriteLine($"Cannot read the labelled set: {e.Message}");
            return 2;
        }

        var result = TagEvaluator.Evaluate(set, ArticleEnricher.CreateDefault().Enrich);
        if (json) Console.WriteLine(result.ToJson());
        else Print(path, result);
        if (listErrors)
        {
            foreach (var error in result.Errors.Concat(result.WrongCountry))
                Console.WriteLine($"{error.ArticleId,-28} {error.Dimension,-11} {(error.Extra ? "extra  " : "missing")} {error.Tag}");
        }
        return 0;
    }

    private static void Print(string path, TagEvaluationResult result)
    {
        Console.WriteLine($"Focus tags on {result.Articles} labelled articles ({Path.GetFileName(path)}), micro-averaged.");
        Console.WriteLine($"{"Dimension",-12} {"Precision",9} {"Recall",7} {"F1",6} {"TP",5} {"FP",5} {"FN",5}");
        foreach (var (name, score) in new[] { ("countries", result.Countries), ("divisions", result.Divisions), ("crimeTypes", result.CrimeTypes), ("groups", result.Groups) })
        {
            Console.WriteLine($"{name,-12} {score.Precision,9:F3} {score.Recall,7:F3} {score.F1,6:F3} {score.TruePositives,5} {score.FalsePositives,5} {score.FalseNegatives,5}");
        }
        Console.WriteLine($"Wrong-country tags (focus or mention in a country the article does not name): {result.WrongCountry.Count}");
        foreach (var error in result.WrongCountry) Console.WriteLine($"  {error.ArticleId}: {error.Tag}");
    }
}
