using System.Globalization;
using System.Text.Json;
using SearchPortal.Core.Evaluation;

namespace SearchPortal.Indexer.Commands;

/// <summary>Prints a <see cref="CrossValidationReport"/>: the grid per fold, then each fold's choice tested on the other.</summary>
internal static class CrossValidationTable
{
    public static void Print(CrossValidationReport report, bool json)
    {
        if (json)
        {
            Console.WriteLine(JsonSerializer.Serialize(report, new JsonSerializerOptions(JsonSerializerDefaults.Web)));
            return;
        }
        Console.WriteLine($"2-fold cross-validation: folds of {report.FoldSizes[0]} and {report.FoldSizes[1]} judged topics (alternate by id), all counted (-c).");
        Console.WriteLine($"{"title",6} {"prox",5}  {"nDCG@10 A",9} {"nDCG@10 B",9}  {"MAP A",7} {"MAP B",7}");
        Console.WriteLine($"{"bm25",-12}  {report.Bm25[0].Ndcg10,9:F4} {report.Bm25[1].Ndcg10,9:F4}  {report.Bm25[0].Map,7:F4} {report.Bm25[1].Map,7:F4}");
        foreach (var point in report.Grid)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{point.TitleBoost,6} {point.ProximityBoost,5}  {point.Scores[0].Ndcg10,9:F4} {point.Scores[1].Ndcg10,9:F4}  {point.Scores[0].Map,7:F4} {point.Scores[1].Map,7:F4}"));
        }
        foreach (var fold in report.Folds)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Tuned on {fold.TunedOn}: title {fold.TitleBoost}, proximity {fold.ProximityBoost}; on {fold.TestedOn}: nDCG@10 {fold.Tested.Ndcg10:F4} (plain portal {fold.Plain.Ndcg10:F4}, bm25 {fold.Bm25.Ndcg10:F4}), MAP {fold.Tested.Map:F4} (plain {fold.Plain.Map:F4}, bm25 {fold.Bm25.Map:F4})"));
        }
    }
}
