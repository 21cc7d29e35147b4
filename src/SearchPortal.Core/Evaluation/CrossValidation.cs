using System.Globalization;
using SearchPortal.Core.Indexing;
using SearchPortal.Core.Search;

namespace SearchPortal.Core.Evaluation;

/// <summary>
/// Two-fold cross-validation of the portal's ranking weights (title boost, proximity weight) on one judged collection:
/// the judged topics, sorted by id, go alternately to fold A and fold B; every point of the grid is run once over all
/// topics (trec_eval <c>-c</c>), each weight pair is chosen on one fold by nDCG@10 (a tie goes to the smaller weights,
/// so a feature must earn its place) and reported on the other. Also reports each feature's gain over the portal
/// without it, fold by fold, and the BM25 reference. Stateless; each call builds its own indexes (about a second each).
/// </summary>
public static class CrossValidation
{
    public static IReadOnlyList<float> TitleBoosts { get; } = [1f, 1.25f, 1.5f, 2f];

    public static IReadOnlyList<float> ProximityBoosts { get; } = [0f, 0.1f, 0.25f, 0.5f];

    public static CrossValidationReport Run(EvalCollection collection)
    {
        var judged = collection.Qrels.TopicIds.Where(id => collection.Topics.Any(t => t.Id == id))
            .OrderBy(id => int.TryParse(id, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : int.MaxValue)
            .ThenBy(id => id, StringComparer.Ordinal)
            .ToList();
        string[][] folds = [[.. judged.Where((_, i) => i % 2 == 0)], [.. judged.Where((_, i) => i % 2 == 1)]];
        var baseline = Score(collection, RetrievalConfig.AnseriniBm25.Model, folds);
        var grid = TitleBoosts
            .SelectMany(title => ProximityBoosts.Select(proximity => (Title: title, Proximity: proximity)))
            .Select(w => new GridPoint(w.Title, w.Proximity, Score(collection, Model(w.Title, w.Proximity), folds)))
            .ToList();
        var results = new List<FoldResult>();
        for (var tune = 0; tune < 2; tune++)
        {
            var test = 1 - tune;
            var best = grid.OrderByDescending(p => Math.Round(p.Scores[tune].Ndcg10, 4)).ThenBy(p => p.TitleBoost).ThenBy(p => p.ProximityBoost).First();
            results.Add(new FoldResult(tune == 0 ? "A" : "B", test == 0 ? "A" : "B", best.TitleBoost, best.ProximityBoost, best.Scores[test], baseline[test],
                Point(grid, 1f, 0f).Scores[test]));
        }
        return new CrossValidationReport(folds.Select(f => f.Length).ToList(), baseline, grid, results);
    }

    /// <summary>The portal's ranking with the given weights and the default query policy otherwise.</summary>
    public static PortalRankingModel Model(float titleBoost, float proximityBoost) =>
        new(string.Create(CultureInfo.InvariantCulture, $"portal(title={titleBoost},proximity={proximityBoost})"), ArticleSchema.Similarity,
            QueryPolicy.Default with { TitleBoost = titleBoost, ProximityBoost = proximityBoost });

    public static GridPoint Point(IReadOnlyList<GridPoint> grid, float titleBoost, float proximityBoost) =>
        grid.First(p => p.TitleBoost == titleBoost && p.ProximityBoost == proximityBoost);

    private static FoldScore[] Score(EvalCollection collection, IRetrievalModel model, string[][] folds)
    {
        var perTopic = EvaluationRunner.Run(collection, new RetrievalConfig(model), complete: true).PerTopic.ToDictionary(t => t.TopicId);
        return [.. folds.Select(fold => new FoldScore(
            fold.Average(id => perTopic[id].AveragePrecision),
            fold.Average(id => perTopic[id].NdcgAt10)))];
    }
}
