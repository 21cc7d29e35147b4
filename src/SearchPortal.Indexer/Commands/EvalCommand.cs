using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using SearchPortal.Core.Evaluation;

namespace SearchPortal.Indexer.Commands;

/// <summary>
/// The <c>eval</c> verb: runs a test collection (CACM, or any TREC-style JSONL corpus with topics and
/// qrels) through the BM25 reference and/or the portal's ranking and prints MAP, P@30 and nDCG@10;
/// <c>--json</c> prints <c>{"map":…,"p30":…,"ndcg10":…,"queries":…}</c> for one model, or one such
/// object per model name. <c>--collection tags</c> instead scores the enrichment's focus tags against a labelled
/// JSONL set (<see cref="TagEvalReport"/>).
/// </summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var collection = new Option<string>("--collection") { Description = "cacm (Anserini's CACM files), trec (JSONL corpus, topics, qrels) or tags (labelled articles: precision and recall of focus tags).", DefaultValueFactory = _ => "cacm" };
        collection.AcceptOnlyFromAmong("cacm", "trec", "tags");
        var data = new Option<string?>("--data") { Description = "cacm: folder with cacm.tar.gz, topics.cacm.txt and qrels.cacm.txt; tags: the labelled JSONL file." };
        var corpus = new Option<string?>("--corpus") { Description = "trec: JSONL corpus, one {id, title?, text} per line." };
        var topics = new Option<string?>("--topics") { Description = "trec: topics file (TREC <top> or CACM <DOC> format)." };
        var qrels = new Option<string?>("--qrels") { Description = "trec: qrels file (qid iter docid rel)." };
        var model = new Option<string>("--model") { Description = "bm25 (reference), portal (the portal's ranking), both, or all (the portal variants too).", DefaultValueFactory = _ => "bm25" };
        model.AcceptOnlyFromAmong("bm25", "portal", "both", "all");
        var complete = new Option<bool>("--complete") { Description = "Average over every judged topic, a topic without results counting 0 (trec_eval -c)." };
        var run = new Option<string?>("--run") { Description = "Write the TREC run to this file (one file per model: name.model.ext when several)." };
        var json = new Option<bool>("--json") { Description = "Print the figures as JSON." };
        var errors = new Option<bool>("--errors") { Description = "tags: also list every extra and missing tag per article." };
        var crossValidate = new Option<bool>("--cv") { Description = "2-fold cross-validation of the portal's title boost and proximity weight (tune on half the judged topics, report on the other)." };
        var command = new Command("eval", "Evaluate a ranking on a test collection (MAP, P@30, nDCG@10) or the enrichment on labelled articles.")
        {
            collection, data, corpus, topics, qrels, model, complete, run, json, errors, crossValidate,
        };
        command.SetAction(result => result.GetValue(collection) == "tags"
            ? TagEvalReport.Run(result.GetValue(data), result.GetValue(json), result.GetValue(errors))
            : Run(
            result.GetValue(collection)!,
            [result.GetValue(data), result.GetValue(corpus), result.GetValue(topics), result.GetValue(qrels)],
            result.GetValue(model)!, result.GetValue(complete), result.GetValue(run), result.GetValue(json), result.GetValue(crossValidate)));
        return command;
    }

    private static int Run(string collectionKind, string?[] paths, string modelChoice, bool complete, string? runPath, bool json, bool crossValidate)
    {
        var missing = MissingInputs(collectionKind, paths);
        if (missing.Count > 0)
        {
            foreach (var problem in missing) Console.Error.WriteLine(problem);
            return 2;
        }
        EvalCollection collection;
        try
        {
            collection = collectionKind == "cacm" ? CacmCollection.Load(paths[0]!) : TrecCollection.Load(paths[1]!, paths[2]!, paths[3]!);
        }
        catch (Exception e) when (e is FormatException or InvalidDataException or JsonException or IOException)
        {
            Console.Error.WriteLine($"Cannot read the collection: {e.Message}");
            return 2;
        }

        if (crossValidate)
        {
            CrossValidationTable.Print(CrossValidation.Run(collection), json);
            return 0;
        }

        var models = Models(modelChoice);
        var results = new List<(IRetrievalModel Model, EvaluationResult Result, TimeSpan Elapsed)>();
        foreach (var model in models)
        {
            var clock = Stopwatch.StartNew();
            var trecRun = EvaluationRunner.Retrieve(collection.Documents, collection.Topics, new RetrievalConfig(model));
            results.Add((model, TrecEval.Evaluate(trecRun, collection.Qrels, complete), clock.Elapsed));
            if (runPath is not null) WriteRun(trecRun, RunFile(runPath, model, models.Count), model.Name);
        }

        if (json) PrintJson(results.Select(r => (r.Model.Name, r.Result)).ToList());
        else PrintTable(collectionKind, collection, results, complete);
        return 0;
    }

    private static List<string> MissingInputs(string collectionKind, string?[] paths)
    {
        if (collectionKind == "cacm")
        {
            if (paths[0] is null) return ["--data is required with --collection cacm."];
            return new[] { CacmCollection.ArchiveFile, CacmCollection.TopicsFile, CacmCollection.QrelsFile }
                .Select(name => Path.Combine(paths[0]!, name))
                .Where(file => !File.Exists(file))
                .Select(file => $"Not found: {file}")
                .ToList();
        }
        return new[] { ("--corpus", paths[1]), ("--topics", paths[2]), ("--qrels", paths[3]) }
            .Where(input => input.Item2 is null || !File.Exists(input.Item2))
            .Select(input => input.Item2 is null ? $"{input.Item1} is required with --collection trec." : $"Not found: {input.Item2}")
            .ToList();
    }

    private static List<IRetrievalModel> Models(string choice) => choice switch
    {
        "bm25" => [RetrievalConfig.AnseriniBm25.Model],
        "portal" => [RetrievalConfig.Portal.Model],
        "both" => [RetrievalConfig.AnseriniBm25.Model, RetrievalConfig.Portal.Model],
        _ => [RetrievalConfig.AnseriniBm25.Model, .. PortalRankingModel.Variants],
    };

    private static string RunFile(string path, IRetrievalModel model, int modelCount)
    {
        if (modelCount == 1) return path;
        var name = string.Join('-', model.Name.Split(model.Name.Where(c => !char.IsLetterOrDigit(c) && c != '.').Distinct().ToArray(), StringSplitOptions.RemoveEmptyEntries));
        return Path.Combine(Path.GetDirectoryName(path) ?? "", $"{Path.GetFileNameWithoutExtension(path)}.{name}{Path.GetExtension(path)}");
    }

    private static void WriteRun(TrecRun run, string path, string tag)
    {
        using var writer = new StreamWriter(path);
        run.Write(writer, new string(tag.Select(c => char.IsWhiteSpace(c) ? '_' : c).ToArray()));
        Console.Error.WriteLine($"Run written to {path}");
    }

    private static void PrintJson(List<(string Name, EvaluationResult Result)> results)
    {
        if (results.Count == 1)
        {
            Console.WriteLine(results[0].Result.ToJson());
            return;
        }
        Console.WriteLine(JsonSerializer.Serialize(results.ToDictionary(r => r.Name, r => r.Result)));
    }

    private static void PrintTable(string kind, EvalCollection collection, List<(IRetrievalModel Model, EvaluationResult Result, TimeSpan Elapsed)> results, bool complete)
    {
        Console.WriteLine($"{kind.ToUpperInvariant()}: {collection.Documents.Count:N0} documents, {collection.Topics.Count:N0} topics, {collection.Qrels.TopicIds.Count:N0} judged; top 1,000 per topic{(complete ? ", all judged topics averaged (-c)" : "")}.");
        Console.WriteLine($"{"Model",-26} {"MAP",7} {"P@30",7} {"nDCG@10",8} {"Topics",7} {"Seconds",8}");
        foreach (var (model, result, elapsed) in results)
        {
            Console.WriteLine($"{model.Name,-26} {result.Map,7:F4} {result.P30,7:F4} {result.Ndcg10,8:F4} {result.Queries,7} {elapsed.TotalSeconds,8:F1}");
        }
        var judged = collection.Qrels.TopicIds.Count(id => collection.Topics.Any(t => t.Id == id));
        var leftOut = results.Where(r => !complete && r.Result.Queries < judged).Select(r => $"{r.Model.Name} ({judged - r.Result.Queries})").ToList();
        if (leftOut.Count > 0)
        {
            Console.WriteLine($"Note: without -c, trec_eval leaves out judged topics a model finds nothing for: {string.Join(", ", leftOut)}; --complete counts them as 0.");
        }
    }
}
