using System.CommandLine;
using System.Text.Json;
using Lucene.Net.Index;
using SearchPortal.Core.Indexing;
using SearchPortal.Core.Export;
using SearchPortal.Core.Facets;
using SearchPortal.Core.Messages;
using SearchPortal.Core.Search;

namespace SearchPortal.Indexer.Commands;

/// <summary>The <c>search</c> verb: query an index; <c>--json</c> prints the same document as /api/search.</summary>
internal static class SearchCommand
{
    public static Command Create()
    {
        var index = new Option<string>("--index") { Description = "Index folder.", Required = true };
        var query = new Option<string>("--query") { Description = "Query in user syntax; empty lists all articles newest first.", DefaultValueFactory = _ => "" };
        var filter = new Option<string[]>("--filter") { Description = "Facet filter dim=value (repeatable); dims: " + string.Join(", ", FacetSchema.All.Select(d => d.Name)) + ".", AllowMultipleArgumentsPerToken = false };
        var match = new Option<FacetMatch>("--match") { Description = "about (default): region, crime and group filters and counts use what articles are about; mentions: everything they mention." };
        var size = new Option<int>("--size") { Description = "Hits per page (1-100).", DefaultValueFactory = _ => 10 };
        var page = new Option<int>("--page") { Description = "Page number, from 1.", DefaultValueFactory = _ => 1 };
        var sort = new Option<SortOrder?>("--sort") { Description = "relevance, newest or oldest." };
        var json = new Option<bool>("--json") { Description = "Print the JSON document of the web API." };
        var command = new Command("search", "Search an index.") { index, query, filter, match, size, page, sort, json };
        command.SetAction(result =>
        {
            var filters = FacetSelectionParser.Read(result.GetValue(filter) ?? [], out var filterErrors);
            return Run(result.GetValue(index)!, new SearchRequest
            {
                Query = result.GetValue(query),
                Filters = filters.WithMatch(result.GetValue(match)),
                Size = result.GetValue(size),
                Page = result.GetValue(page),
                Sort = result.GetValue(sort),
            }, filterErrors, result.GetValue(json));
        });
        return command;
    }

    /// <summary>Searches; malformed filters (<paramref name="filterErrors"/>) are answered as unknown filter values are: no hits, the reasons as notices.</summary>
    private static int Run(string indexPath, SearchRequest request, IReadOnlyList<UserMessage> filterErrors, bool json)
    {
        var errors = SearchLimits.Validate(request);
        if (errors.Count > 0)
        {
            foreach (var error in errors) Console.Error.WriteLine(TerminalText.Safe(error.Message));
            return 2;
        }
        using var directory = new MappedDirectory(indexPath);
        if (!DirectoryReader.IndexExists(directory))
        {
            Console.Error.WriteLine($"No index in {indexPath}; run the build verb first.");
            return 2;
        }
        using var snapshots = Composition.OpenSnapshots(directory);
        SearchResponse response;
        if (filterErrors.Count > 0) response = SearchResponse.Refused(request, filterErrors, filterErrors);
        else using (var snapshot = snapshots.Current()) response = Composition.CreateSearcher().Search(snapshot, request);
        if (response.QueryProblem is { } problem)
        {
            Console.Error.WriteLine(TerminalText.Safe(problem.Message));
            return 2;
        }
        if (json) Console.WriteLine(JsonSerializer.Serialize(response, SearchJson.Indented));
        else SearchReport.Print(response);
        return 0;
    }
}
